import type { NextConfig } from "next";
import { devAllowedOrigins } from "./lib/dev/allowed-origins";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` serves its scripts only to pages opened at localhost: opened at 127.0.0.1 or from another
  // PC at this machine's network address, a page rendered but no form worked. Allowed: the addresses
  // the dev server prints, plus DEV_ALLOWED_ORIGINS (lib/dev/allowed-origins.ts). Production ignores it.
  allowedDevOrigins: devAllowedOrigins(process.env.DEV_ALLOWED_ORIGINS),
  // The container image (Dockerfile) sets NEXT_OUTPUT=standalone: .next/standalone then holds a
  // server.js and only the node_modules files the server needs. Elsewhere the build stays as it was,
  // since `next start` (npm start, the e2e server) warns that it "does not work" with standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Files the server reads at run time from process.cwd(), which tracing cannot see through a computed
  // path: the PDF fonts (lib/documents/pdf/fonts.ts) and the units' data (lib/units/data.ts,
  // mock-national/data/reference.ts); those reads carry /*turbopackIgnore*/ so tracing does not take
  // the whole project instead.
  outputFileTracingIncludes: {
    "/**": ["./lib/documents/fonts/*.ttf", "./prisma/data/*.csv", "./prisma/data/*.json"],
  },
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@electric-sql/pglite"],
  // The per-request headers (Content-Security-Policy with its nonce, HSTS in production) come from
  // proxy.ts and lib/security/headers.ts; these are the same for every response.
  experimental: {
    // NEXT_DEV_CACHE=0 (the e2e run against `next dev`, scripts/e2e-server.ts) starts Turbopack cold:
    // reopening the .next/dev cache an earlier run left sent the page into an endless
    // "Compiled → reload" loop under Playwright (Next.js 16.4), so sign-in never completed.
    turbopackFileSystemCacheForDev: process.env.NEXT_DEV_CACHE !== "0",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          // No powerful browser feature is used by the portal: none may be turned on by injected code.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
          // A window the portal opens, or that opened it, gets no handle on it (tab-nabbing, XS-Leaks).
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
