import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };

// Two projects: `unit` (no I/O beyond an embedded database) and `integration` (use cases and route
// handlers against a real database — in-memory PGlite per file, or PostgreSQL when TEST_DATABASE_URL
// is set — and the mock national systems over HTTP).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/server-only.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/server-only.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns its database; files run in parallel processes on the two cores.
          pool: "forks",
        },
      },
    ],
  },
});
