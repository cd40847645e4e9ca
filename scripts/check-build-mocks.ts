// `npm run check:build-mocks`, after `next build`: the production server never loads the mock national
// systems (mock-national/). The adapter factories (lib/adapters/civil-registry/index.ts,
// lib/adapters/population/index.ts) import the mock by dynamic import() in "in-process" mode only, so
// Turbopack may still emit it as a separate chunk; what is checked is that no chunk a route, the proxy
// or instrumentation loads at start (the `R.c("…")` lines of each entry file under .next/server) holds
// the synthetic-population generator or is named after a file of mock-national/. Exits 1 when one
// does, or when there is no build to check.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A string literal of the generator (mock-national/data/generate.ts) that minification keeps. */
export const GENERATOR_MARKER = "generateDataset: people must be a non-negative integer";
const GENERATOR_SOURCE = "mock-national/data/generate.ts";

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (name.endsWith(".js")) out.push(path);
  }
  return out;
}

export type BuildMockReport = {
  entries: number;
  eagerChunks: number;
  /** Chunks holding the generator (loadable on demand by the in-process factories). */
  mockChunks: string[];
  /** Entry files, or chunks they load at start, holding the generator: must be empty. */
  eagerMock: string[];
};

/** Which server files hold the generator, and whether any is loaded when an entry is. */
export function checkBuild(nextDir: string): BuildMockReport {
  const server = join(nextDir, "server");
  const files = jsFiles(server);
  const chunksDir = join(server, "chunks");
  const entries = files.filter((f) => !f.startsWith(chunksDir + "/") && !f.endsWith("_client-reference-manifest.js"));
  const holdsMarker = (f: string) => readFileSync(f, "utf8").includes(GENERATOR_MARKER);
  const eager = new Set<string>();
  const eagerMock: string[] = [];
  for (const entry of entries) {
    const text = readFileSync(entry, "utf8");
    if (text.includes(GENERATOR_MARKER)) eagerMock.push(relative(nextDir, entry));
    for (const m of text.matchAll(/\bR\.c\("server\/([^"]+)"\)/g)) eager.add(join(server, m[1]!));
  }
  // Turbopack names a chunk after the source folder it comes from: no mock-national_… chunk either.
  for (const chunk of eager) {
    if (/(^|\/)mock-national_/.test(relative(chunksDir, chunk)) || (existsSync(chunk) && holdsMarker(chunk))) eagerMock.push(relative(nextDir, chunk));
  }
  const mockChunks = files.filter((f) => f.startsWith(chunksDir + "/") && holdsMarker(f)).map((f) => relative(nextDir, f));
  return { entries: entries.length, eagerChunks: eager.size, mockChunks, eagerMock };
}

function main(): void {
  if (!readFileSync(GENERATOR_SOURCE, "utf8").includes(GENERATOR_MARKER)) {
    console.error(`[check-build-mocks] ${GENERATOR_SOURCE} no longer holds the marker ${JSON.stringify(GENERATOR_MARKER)}: pick another.`);
    process.exit(1);
  }
  if (!existsSync(".next/server")) {
    console.error("[check-build-mocks] no .next/server: run `next build` first.");
    process.exit(1);
  }
  const report = checkBuild(".next");
  console.log(`[check-build-mocks] ${report.entries} entry files load ${report.eagerChunks} chunks at start; ${report.mockChunks.length} chunk(s) hold the mock generator, loaded on demand only`);
  if (report.eagerMock.length > 0) {
    console.error(`[check-build-mocks] the production server loads the mock generator at start from:\n  ${report.eagerMock.join("\n  ")}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
