// Prisma CLI configuration. Prisma 7 reads no .env by itself, so dotenv loads it here; when
// DATABASE_URL is unset the embedded PGlite socket server's address is the default (see lib/db/url.ts).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/url";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/seed.ts --demo",
  },
  datasource: {
    url: resolveDatabaseUrl(process.env),
  },
});
