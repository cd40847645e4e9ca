// `npm run mock:gov [-- --port 4010 --people 50000 --seed N]`: the two mocked national systems
// (Ministry of Justice e-civil-registry, National Population Database) served standalone over HTTP
// on loopback, over a generated synthetic population. Faults from MOCK_GOV_* (see
// mock-national/server/faults.ts) or at run time via POST /__admin/faults. Ctrl-C stops it.
// `npm run mock:gov -- --write-openapi` instead refreshes the schemas in both OpenAPI documents.
import "dotenv/config";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEV_FAULTS, faultsFromEnv, MOCK_SYSTEMS } from "@/mock-national/server/faults";
import { DEV_MOCK_ADMIN_KEY, describeLocalMockGov, startLocalMockGov } from "@/mock-national/server/local";
import { openApiComponents } from "@/mock-national/server/openapi-components";
import { DEV_UPSTREAM_KEYS, parseEnv } from "@/lib/server/env";

const log = (line: string) => console.log(`[mock-gov] ${line}`);

function writeOpenApi(): void {
  const files = { civilRegistry: "lib/adapters/civil-registry/openapi.json", population: "lib/adapters/population/openapi.json" } as const;
  for (const system of MOCK_SYSTEMS) {
    const doc = JSON.parse(readFileSync(files[system], "utf8")) as { components: { schemas: unknown } };
    doc.components.schemas = openApiComponents(system);
    writeFileSync(files[system], `${JSON.stringify(doc, null, 2)}\n`);
    log(`wrote ${files[system]}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: "string" }, people: { type: "string" }, seed: { type: "string" }, "write-openapi": { type: "boolean" } },
  });
  if (values["write-openapi"]) return writeOpenApi();
  // The same variables and defaults as the app, so keys and secret agree with what it sends.
  const env = parseEnv({ ...process.env, MOCK_GOV_PORT: values.port ?? process.env.MOCK_GOV_PORT, MOCK_PEOPLE: values.people ?? process.env.MOCK_PEOPLE, MOCK_SEED: values.seed ?? process.env.MOCK_SEED });
  const apiKeys = {
    civilRegistry: env.civilRegistry.mode === "http" ? env.civilRegistry.apiKey : DEV_UPSTREAM_KEYS.civilRegistry,
    population: env.population.mode === "http" ? env.population.apiKey : DEV_UPSTREAM_KEYS.population,
  };
  const adminKey = process.env.MOCK_GOV_ADMIN_KEY ?? DEV_MOCK_ADMIN_KEY;
  const server = await startLocalMockGov({
    port: env.mock.govPort,
    people: env.mock.people,
    seed: env.mock.seed,
    apiKeys,
    credentialSecret: env.population.credentialSecret,
    faults: faultsFromEnv(process.env, DEV_FAULTS),
    adminKey,
    log,
  });
  for (const line of describeLocalMockGov(server, apiKeys, adminKey)) log(line);
  log(`officer credentials are signed with POPULATION_CREDENTIAL_SECRET${process.env.POPULATION_CREDENTIAL_SECRET ? "" : " (the development default)"}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`[mock-gov] ${(error as Error).message}`);
  process.exit(1);
});
