// Benchmark of issued documents: npm run bench:documents [-- --renders N --issues N]
//
//   --renders N   warm PDF renders, one after another (default 200), cycling birth, marriage,
//                 death, legacy birth and confirmation; after one cold render that parses the fonts
//   --signs N     render + sign of one document, one after another, no database (default 50): the
//                 floor of a signed issue (`renderSignFloorMs`, mean; half before the issues, half after)
//   --issues N    simultaneous issues (default 50) against a fresh embedded database (PGlite, in
//                 memory, migrated): each one transaction that adds a request row, takes the next
//                 number with allocateDocumentNumber, renders and signs the PDF (a demo credential)
//                 and stores the document, as signing does. They queue on the unit's series row, so
//                 their floor is N render + sign one after another: `ratioToRenderSignFloor` =
//                 (issueElapsedMs ÷ N) ÷ renderSignFloorMs, the database's and the queue's share
//
// Checks: render p95 ≤ 300 ms; no duplicate number; the numbers are exactly 1..N.
// Progress goes to stderr; the LAST stdout line is one JSON object. Exit 1 when a check fails.
import { randomBytes } from "node:crypto";
import { concurrentIssues, loadSampleRecords, percentile, sampleSigningCredential, timeRenders, timeRenderSigns } from "@/lib/bench/documents";
import { ratio } from "@/lib/bench/floors";
import { createPrismaClient } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";

const TARGET_P95_MS = 300;
const log = (line: string) => process.stderr.write(`[bench:documents] ${line}\n`);
const round = (n: number) => Math.round(n * 10) / 10;

function intArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

let database: EmbeddedDatabase | undefined;

async function main(): Promise<number> {
  const renders = intArg("renders", 200);
  const issues = intArg("issues", 50);
  const signs = intArg("signs", 50);
  // A throw-away key: nothing issued here outlives the run.
  const secret = randomBytes(32).toString("base64url");

  log("loading the reference records (mock registry, 200 generated people)…");
  const samples = await loadSampleRecords(200);
  log(`rendering ${renders} documents…`);
  const r = await timeRenders(samples, renders, secret);
  const pdfRenderP50Ms = round(percentile(r.timesMs, 50));
  const pdfRenderP95Ms = round(percentile(r.timesMs, 95));
  log(`render cold ${round(r.coldMs)} ms, p50 ${pdfRenderP50Ms} ms, p95 ${pdfRenderP95Ms} ms, ~${Math.round(r.bytes / 1024)} KB each`);

  // The floor is measured in two halves, just before and just after the issues, so that a change
  // of the shared machine's load during the run weighs on both sides of the ratio alike.
  log(`render + sign, no database: ${Math.ceil(signs / 2)} documents…`);
  const credential = sampleSigningCredential();
  const signTimes = await timeRenderSigns(samples, Math.ceil(signs / 2), secret, credential);

  log("starting a fresh embedded database (PGlite) and applying the migrations…");
  database = await startEmbeddedDatabase({ port: 0 });
  await deployMigrations(database.url);
  const prisma = createPrismaClient(database.url, { max: 10 });
  try {
    const unit = await prisma.unit.create({ data: { code: "23575", name: "Phường Pleiku", kind: "Phường", level: "COMMUNE", path: "/23575/", depth: 1 }, select: { id: true } });
    log(`${issues} simultaneous signed issues (COPY_BIRTH, one unit, one year)…`);
    const c = await concurrentIssues(prisma, unit.id, samples.birth, issues, secret, credential);
    log(`render + sign, no database: ${Math.floor(signs / 2)} more documents…`);
    if (signs > 1) signTimes.push(...(await timeRenderSigns(samples, Math.floor(signs / 2), secret, credential)));
    const renderSignFloorMs = round(signTimes.reduce((a, b) => a + b, 0) / signTimes.length);
    log(`render + sign mean ${renderSignFloorMs} ms, p95 ${round(percentile(signTimes, 95))} ms`);
    const issueMsPerDocument = round(c.elapsedMs / Math.max(1, c.issued));
    const ratioToRenderSignFloor = ratio(issueMsPerDocument, renderSignFloorMs, 2);
    log(`issued ${c.issued} in ${Math.round(c.elapsedMs)} ms (${issueMsPerDocument} ms each, ${ratioToRenderSignFloor} × render + sign); duplicates ${c.duplicateNumbers}; numbers 1..${issues}: ${c.gapless}; rows ${c.rows}`);
    const result = {
      pdfRenderP50Ms,
      pdfRenderP95Ms,
      pdfRenderColdMs: round(r.coldMs),
      renders,
      pdfBytesAvg: r.bytes,
      concurrentIssues: c.issued,
      duplicateNumbers: c.duplicateNumbers,
      gapless: c.gapless,
      issueElapsedMs: Math.round(c.elapsedMs),
      issueMsPerDocument,
      renderSignFloorMs,
      renderSignFloorP95Ms: round(percentile(signTimes, 95)),
      ratioToRenderSignFloor,
      signedIssues: true,
      database: "embedded PGlite (in memory)",
      targets: { pdfRenderP95Ms: TARGET_P95_MS, duplicateNumbers: 0, gapless: true },
    };
    const ok = pdfRenderP95Ms <= TARGET_P95_MS && c.duplicateNumbers === 0 && c.gapless && c.rows === issues;
    if (!ok) log("FAILED: a target was missed (see targets)");
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
  }
}

async function stop(code: number): Promise<never> {
  await database?.stop().catch(() => {});
  process.exit(code);
}

process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
main().then(stop, async (error: unknown) => {
  log(`error: ${(error as Error).stack ?? String(error)}`);
  await stop(1);
});
