// The reporter's scenario against the built server and the embedded database: 180 system-API lookups
// sent 30 at a time must each be answered 200 with the person asked about, and logged once.
import { test, expect } from "@playwright/test";
import { withE2eDatabase } from "./helpers/db";

const PEOPLE = ["064198004512", "064095001873", "001300007731"];
const UNITS = ["23575", "21583", "23782"];

test("180 system-API lookups, 30 at a time, mixed units: every answer right and logged once", async ({ request }) => {
  test.setTimeout(120_000);
  const ask = (i: number) =>
    request.post("/api/v1/lookups", {
      headers: { Authorization: "Bearer demo-tthc-key" },
      data: { unitCode: UNITS[i % 3], purpose: { kind: "dossier", dossierCode: `PAR-E2E-${i}`, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: PEOPLE[Math.floor(i / 3) % 3] } },
    });
  // One answer per person, asked alone, is the reference for the parallel ones.
  const expected: string[][] = [];
  for (let p = 0; p < 3; p++) expected.push(((await (await ask(1000 + p * 3)).json()).results as { recordId: string }[]).map((r) => r.recordId).sort());
  const failures: string[] = [];
  const lookupIds: string[] = [];
  for (let batch = 0; batch < 6; batch++) {
    await Promise.all(
      Array.from({ length: 30 }, async (_, k) => {
        const i = batch * 30 + k;
        const response = await ask(i);
        const body = await response.json();
        if (response.status() !== 200) return void failures.push(`${i}: ${response.status()} ${JSON.stringify(body)}`);
        const ids = (body.results as { recordId: string }[]).map((r) => r.recordId).sort();
        if (JSON.stringify(ids) !== JSON.stringify(expected[Math.floor(i / 3) % 3])) failures.push(`${i}: wrong records ${ids.join(",")}`);
        lookupIds.push(body.lookupId);
      }),
    );
  }
  expect(failures).toEqual([]);
  const logged = await withE2eDatabase((db) => db.accessLog.count({ where: { lookupId: { in: lookupIds } } }));
  expect(logged).toBe(180);
});
