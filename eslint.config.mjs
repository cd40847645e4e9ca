import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports production code never makes.
const PRODUCTION_PATTERNS = [
  { group: ["@/lib/seed/*", "**/lib/seed/*"], message: "Seed code is for scripts and tests; production code never imports it." },
  { group: ["@/mock-national/*", "**/mock-national/*"], message: "The mock national systems are for the dev script, benchmarks and tests; load them by dynamic import() in in-process mode only." },
];

/** The features that call the lookup core, which it must not import (but for `allowed`). */
function callersOfLookups(...allowed) {
  return ["agency-requests", "copies", "api-clients"]
    .filter((feature) => !allowed.includes(feature))
    .map((feature) => ({
      group: [`@/lib/${feature}/*`, `@/lib/${feature}/**`, `**/lib/${feature}/*`, `**/lib/${feature}/**`],
      message: `The lookup core does not know its callers: lib/${feature} calls lib/lookups, not the reverse. Pass in what the lookup needs.`,
    }));
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // process.env is read in one place (lib/server/env.ts); scripts and tooling are the exceptions.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/server/env.ts." }],
    },
  },
  {
    files: ["lib/server/env.ts", "lib/db/url.ts", "scripts/**", "tests/**", "prisma.config.ts", "playwright.config.ts", "instrumentation.ts", "lib/db/migrate/**", "lib/db/pglite-server.ts", "lib/dev/**", "lib/seed/**", "vitest.config.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Production code (the app, its components and lib) never imports demo seeds, nor the mock national
    // systems statically: the adapter factories load those by dynamic import() in "in-process" mode only.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/seed/**", "lib/db/prepare.ts", "lib/dev/**", "lib/bench/**"],
    rules: { "no-restricted-imports": ["error", { patterns: PRODUCTION_PATTERNS }] },
  },
  {
    // The lookup core serves agency requests, copies and the system API without knowing them: they call
    // it and pass in what it needs. (A later block replaces this rule's options for matching files, so
    // each block repeats the production patterns.)
    files: ["lib/lookups/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...PRODUCTION_PATTERNS, ...callersOfLookups()] }] },
  },
  {
    // Sign-in owns its second factor; administration builds on sign-in, never the other way round.
    files: ["lib/auth/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...PRODUCTION_PATTERNS, { group: ["@/lib/admin/*", "@/lib/admin/**", "**/lib/admin/*", "**/lib/admin/**"], message: "lib/auth must not import lib/admin: administration depends on sign-in, not the reverse." }] },
      ],
    },
  },
];

export default config;
