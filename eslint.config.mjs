import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // process.env is read in one place (lib/env.ts); scripts and tooling are the exceptions.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  {
    files: ["lib/env.ts", "lib/db/url.ts", "scripts/**", "tests/**", "prisma.config.ts", "playwright.config.ts", "instrumentation.ts", "lib/db/migrate/**", "lib/db/pglite-server.ts", "lib/dev/**", "lib/seed/**", "vitest.config.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Production code (the app, its components and lib) never imports demo seeds, nor the mock national
    // systems statically: the adapter factories load those by dynamic import() in "in-process" mode only.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/seed/**", "lib/db/prepare.ts", "lib/dev/**", "lib/bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/seed/*", "**/lib/seed/*"], message: "Seed code is for scripts and tests; production code never imports it." },
            { group: ["@/mock-national/*", "**/mock-national/*"], message: "The mock national systems are for the dev script, benchmarks and tests; load them by dynamic import() in in-process mode only." },
          ],
        },
      ],
    },
  },
];

export default config;
