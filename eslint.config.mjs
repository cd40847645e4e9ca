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
];

export default config;
