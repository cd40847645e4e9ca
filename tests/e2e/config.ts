import { embeddedDatabaseUrl } from "../../lib/db/url";

/** Ports and secrets of the end-to-end environment, shared by the server script and the specs. */
export const E2E = {
  port: 3100,
  dbPort: 54339,
  authSecret: "e2e-only-secret-not-for-any-real-deployment-0123",
  get databaseUrl(): string {
    return process.env.E2E_DATABASE_URL || embeddedDatabaseUrl(this.dbPort);
  },
};
