import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./tests/e2e/config";

// Debian's Chromium, never a downloaded browser (the machines reach only the package registries).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_NEXT=dev runs against `next dev` the specs whose failure paths cross a bundle boundary (typed
// errors told apart across development bundles); `next dev` compiles each route on first use, hence
// the longer waits.
const DEV = E2E.next === "dev";
// dev-origins: `next dev` opened at 127.0.0.1 or the machine's network address (issue #18).
const DEV_SPECS = ["**/upstream-failures.spec.ts", "**/dev-origins.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: DEV ? DEV_SPECS : "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: DEV ? 120_000 : 30_000,
  expect: { timeout: DEV ? 30_000 : 5_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E.port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 768 } } },
  ],
  webServer: {
    // Node itself (tsx as a loader), not npx → tsx → node: Playwright waits for its own child to exit
    // after SIGTERM, and an intermediary that exits at once let it go on (and close the pipes) while
    // the server script was still stopping what it started.
    command: "node --import tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E.port}/api/health`,
    // A cluster (E2E_CLUSTER=N) first makes a PostgreSQL, then waits for every instance and nginx.
    timeout: DEV ? 240_000 : E2E.cluster ? 180_000 : 120_000,
    reuseExistingServer: false,
    // SIGTERM lets the server script stop Next.js and the embedded database it owns.
    // A cluster stops nginx and the instances, then PostgreSQL (a daemon of its own: killed with the
    // server script's group, it would be left running), hence the longer wait.
    gracefulShutdown: { signal: "SIGTERM", timeout: E2E.cluster ? 30_000 : 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
