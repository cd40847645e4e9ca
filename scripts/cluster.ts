// `npm run cluster -- --instances 2`: several production instances behind nginx on this machine,
// without Docker (lib/dev/cluster.ts). Ctrl-C stops everything it started. package.json runs it as
// `node --import tsx`, not `tsx`: the tsx launcher SIGKILLs its child when the child does not
// acknowledge a signal within 30 ms, which a busy machine missed, leaving PostgreSQL and nginx running.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { faultsFromEnv, NO_FAULTS } from "@/mock-national/server/faults";
import { LocalCluster } from "@/lib/dev/cluster";

const USAGE = `Usage: npm run cluster -- [--instances N] [--port P] [--database-url URL] [--build]
  --instances N        portal instances (next start), default 2
  --port P             nginx's port, default $CLUSTER_PORT or 3000; the instances take P+1…P+N
  --mock-port P        the mock national systems' port, default nginx's port + 1200
  --db-port P          the private PostgreSQL's port, default a free one
  --database-url URL   a local database to use instead (default $CLUSTER_DATABASE_URL, else a private PostgreSQL 15)
  --build              run \`next build\` first (otherwise the build in .next is required)`;

const log = (line: string) => console.log(`[cluster] ${line}`);

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "2" },
    port: { type: "string" },
    "mock-port": { type: "string" },
    "db-port": { type: "string" },
    "database-url": { type: "string" },
    build: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port ?? process.env.CLUSTER_PORT ?? 3000);
const optionalPort = (v: string | undefined) => (v === undefined ? undefined : Number(v));

const cluster = new LocalCluster({
  instances: Number(values.instances),
  port,
  mockPort: optionalPort(values["mock-port"]) ?? port + 1200,
  dbPort: optionalPort(values["db-port"]),
  databaseUrl: values["database-url"] ?? (process.env.CLUSTER_DATABASE_URL || undefined),
  build: values.build,
  mock: {
    apiKeys: { civilRegistry: randomBytes(16).toString("hex"), population: randomBytes(16).toString("hex") },
    credentialSecret: randomBytes(32).toString("base64url"),
    faults: faultsFromEnv(process.env, NO_FAULTS),
    people: Number(process.env.MOCK_PEOPLE ?? 50_000),
  },
  secrets: {
    authSecret: process.env.AUTH_SECRET || undefined,
    documentSigningSecret: process.env.DOCUMENT_SIGNING_SECRET || undefined,
    serverActionsKey: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || undefined,
  },
  instanceEnv: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  log,
  onFailure: () => (process.exitCode = 1),
});

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("stopping");
    await cluster.stop();
  }
  process.exit(code);
}
// A closed terminal or pipe must not end the script before it has stopped PostgreSQL.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
process.on("exit", () => cluster.stopSync());

cluster
  .start()
  .then(() => {
    for (const line of cluster.describe()) log(line);
    log("demo accounts in README.md; Ctrl-C stops everything");
  })
  .catch(async (error: unknown) => {
    console.error(`[cluster] ${(error as Error).message}`);
    await stop(1);
  });
