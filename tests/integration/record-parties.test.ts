import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { T } from "@/mock-national/data/columns";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import type { CivilRecord, CivilSearch, EventType } from "@/lib/adapters/civil-registry/port";
import { env } from "@/lib/server/env";
import type { DocumentContent } from "@/lib/documents/content";
import { searchRecords } from "@/lib/lookups/search-records";
import { openRecord } from "@/lib/lookups/open-record";
import { lookupViaApi } from "@/lib/api/lookup-via-api";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { adoptRecord } from "@/lib/copies/adopt-record";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { getRequest } from "@/lib/copies/get-request";
import { fileRequest } from "@/lib/agency-requests/file-request";
import { lookupPerson } from "@/lib/agency-requests/lookup-person";
import { markPerson } from "@/lib/agency-requests/mark-person";
import { answerRequest } from "@/lib/agency-requests/answer-request";
import { getAnswerFile } from "@/lib/agency-requests/answer-files";

// Issue 12, item 2: a record about two or more people (marriage, divorce, recognition of parentage,
// guardianship, adoption) is found through one of them, and every projection of it — the result
// row, the record page, the copy request and its document, the agency answer in JSON, CSV and PDF —
// must name that person (ID number, name, date of birth), never "the first person" of the record.

const dataset = generateDataset({ people: 2_000 });
type Person = { role: string; roleLabel: string; fullName: string; personalId: string | null; dateOfBirth: string | null };
type AskedQuery = Exclude<CivilSearch, { by: "registration" }>;
type Case = { label: string; type: EventType; recordId: string; query: AskedQuery; person: Person };

/** The first record of `type` that `pick` accepts (the dataset is deterministic: same record every run). */
function firstRecord(type: number, pick: (r: CivilRecord) => boolean): CivilRecord {
  for (let i = 0; i < dataset.records.count; i++) if (dataset.records.type[i] === type && pick(dataset.record(i))) return dataset.record(i);
  throw new Error(`no record of type ${type} in the dataset`);
}
const byId = (personalId: string, type: EventType): AskedQuery => ({ by: "personalId", personalId, eventTypes: [type] });
const subjectCase = (label: string, r: CivilRecord, role: string, roleLabel: string): Case => ({
  label, type: r.type, recordId: r.id, query: byId(r.subject!.personalId!, r.type),
  person: { role, roleLabel, fullName: r.subject!.fullName, personalId: r.subject!.personalId, dateOfBirth: r.subject!.dateOfBirth },
});
const relatedCase = (label: string, r: CivilRecord, i: number, role: string, roleLabel: string): Case => ({
  label, type: r.type, recordId: r.id, query: byId(r.related[i]!.personalId!, r.type),
  // The register names the recognising parent, the guardian or an adoptive parent with their date of
  // birth (the extract forms print it); the answer gives it as the register has it.
  person: { role, roleLabel, fullName: r.related[i]!.fullName, personalId: r.related[i]!.personalId, dateOfBirth: r.related[i]!.dateOfBirth ?? null },
});

const HONG: Person = { role: "WIFE", roleLabel: "vợ", fullName: "Nguyễn Thị Hồng", personalId: "052187003321", dateOfBirth: "1987-04-23" };
const HUNG: Person = { role: "HUSBAND", roleLabel: "chồng", fullName: "Trần Văn Hùng", personalId: "052085002190", dateOfBirth: "1985-11-30" };
const divorce = firstRecord(T.DIVORCE, (r) => !!r.spouses?.wife.personalId);
const parentage = firstRecord(T.PARENTAGE, (r) => !!r.subject?.personalId && !!r.related[0]?.personalId);
const guardianship = firstRecord(T.GUARDIANSHIP, (r) => !!r.subject?.personalId && !!r.related[0]?.personalId);
const adoption = firstRecord(T.ADOPTION, (r) => !!r.subject?.personalId && !!r.related[1]?.personalId);
const wife = divorce.spouses!.wife;

const CASES: Case[] = [
  { label: "R4 marriage, by the wife's number", type: "MARRIAGE", recordId: "HT-KH-R4", query: byId("052187003321", "MARRIAGE"), person: HONG },
  { label: "R4 marriage, by the wife's name without diacritics", type: "MARRIAGE", recordId: "HT-KH-R4", query: { by: "name", fullName: "nguyen thi hong", dateOfBirth: "1987-04-23", eventTypes: ["MARRIAGE"] }, person: HONG },
  { label: "R4 marriage, by the husband's number", type: "MARRIAGE", recordId: "HT-KH-R4", query: byId("052085002190", "MARRIAGE"), person: HUNG },
  {
    label: "divorce, by the wife's number", type: "DIVORCE", recordId: divorce.id, query: byId(wife.personalId!, "DIVORCE"),
    person: { role: "WIFE", roleLabel: "vợ", fullName: wife.fullName, personalId: wife.personalId, dateOfBirth: wife.dateOfBirth },
  },
  subjectCase("recognition of parentage, by the child's number", parentage, "CHILD", "con"),
  relatedCase("recognition of parentage, by the recognising father's number", parentage, 0, "FATHER", "cha"),
  subjectCase("guardianship, by the ward's number", guardianship, "WARD", "người được giám hộ"),
  relatedCase("guardianship, by the guardian's number", guardianship, 0, "GUARDIAN", "người giám hộ"),
  subjectCase("adoption, by the adopted child's number", adoption, "ADOPTEE", "con nuôi"),
  relatedCase("adoption, by the adoptive mother's number", adoption, 1, "ADOPTER", "mẹ nuôi"),
];

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: ReturnType<typeof createMockCivilRegistry>; population: ReturnType<typeof createMockPopulation>; now: Date };
const actors: Record<string, Actor> = {};
const vn = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = {
    db: t.prisma, civilRegistry: createMockCivilRegistry(dataset),
    population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }), now: vn("2026-11-26T09:00:00"),
  };
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "congan.tinh"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const officer = () => actors["pleiku.canbo"]!;
const who = (p: Person) => ({ fullName: p.fullName, personalId: p.personalId, dateOfBirth: p.dateOfBirth });
/** RFC 4180 lines of the answer's CSV attachment (quoted cells may hold commas). */
function parseCsv(text: string): Record<string, string>[] {
  const rows = text.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"')).slice(0, -1));
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ""])));
}

describe.each(CASES)("$label", ({ type, recordId, query, person }) => {
  it("the /lookups row names that person, with their role and why they matched", async () => {
    const r = await searchRecords({ kind: "user", actor: officer(), ip: null }, { unitId: officer().unit!.id, purpose: { kind: "OTHER", description: "kiểm tra người được tra cứu", legalBasis: "Điều 64 Luật Hộ tịch" }, query }, deps);
    const row = r.results.find((x) => x.recordId === recordId)!;
    expect(row).toMatchObject(who(person));
    expect(row.matched).toMatchObject({ role: person.role, roleLabel: person.roleLabel, ...who(person) });
    expect(row.matched!.reasons).toEqual(row.match.reasons);
    expect(row.match.reasons).toContain(query.by === "personalId" ? "personal_id" : "name_folded");

    // The record page opened from that row says whom the search was about.
    const opened = await openRecord(officer(), r.lookupId, recordId, null, deps);
    expect(opened.matched).toMatchObject({ role: person.role, roleLabel: person.roleLabel, ...who(person) });
  });

  it("the copy request (/copies/new) and its signed document are about that person", async () => {
    const found = await searchForRequest(officer(), { kind: "COPY", query, ip: null }, deps);
    expect(found.results.find((x) => x.recordId === recordId)).toMatchObject({ ...who(person), matched: { role: person.role } });
    const requester = { channel: "COUNTER", requesterName: person.fullName, requesterIdNumber: person.personalId!, requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;
    const { id } = await createRequest(officer(), { ...requester, kind: "COPY", reference: found.reference, recordIds: [recordId] }, null, deps);
    const request = await getRequest(officer(), id, deps);
    expect(request.subjectName).toBe(person.fullName);
    expect(request.recordList[0]).toMatchObject({ subjectName: person.fullName, party: { role: person.role, ...who(person) } });

    await prepareRequest(officer(), { id, version: request.version }, deps);
    const signed = await signRequest(actors["pleiku.lanhdao"]!, { id, version: request.version + 1, ip: null }, deps);
    const content = (await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: signed.documentId } })).content as DocumentContent;
    expect(content.holderNames).toEqual([person.fullName]);
  });

  it("the agency answer gives that person's number, name and date of birth in JSON, CSV and the letter", async () => {
    const row = query.by === "personalId" ? { personalId: query.personalId } : { fullName: query.fullName, dateOfBirth: query.dateOfBirth.split("-").reverse().join("/") };
    const filed = await fileRequest(actors["congan.tinh"]!, {
      letterNumber: "215/CAT-PC06", letterDate: "2026-11-20", signerName: "Nguyễn Văn Thắng", signerTitle: "Phó Trưởng phòng",
      reason: "Xác minh nhân thân", legalBasis: "Điều 64 Luật Hộ tịch", recordKinds: [type], requestedDueOn: null, people: { kind: "rows", rows: [row] },
    }, deps);
    const pleiku = await t.prisma.unit.findUniqueOrThrow({ where: { code: "23575" } });
    await t.prisma.agencyRequest.update({ where: { id: filed.id }, data: { status: "ACCEPTED", handlingUnitId: pleiku.id, version: 1 } });
    const [asked] = await t.prisma.agencyRequestPerson.findMany({ where: { requestId: filed.id } });
    const looked = await lookupPerson(officer(), { agencyRequestId: filed.id, personId: asked!.id, ip: null }, deps);
    expect(looked.results.find((x) => x.recordId === recordId)).toMatchObject(who(person));
    await markPerson(officer(), { agencyRequestId: filed.id, personId: asked!.id, outcome: "FOUND", recordIds: [recordId], ip: null }, deps);
    await answerRequest(officer(), { id: filed.id, version: 2 }, deps);

    const file = async (format: "json" | "csv" | "pdf") => getAnswerFile(actors["congan.tinh"]!, filed.id, format, deps);
    const json = JSON.parse(new TextDecoder().decode((await file("json")).bytes));
    expect(json.people[0].records[0]).toMatchObject({ recordId, role: person.role, roleLabel: person.roleLabel, ...who(person) });
    // Both spouses of a marriage are printed (the extract's form), each under their own heading.
    if (type === "MARRIAGE") {
      const record = await deps.civilRegistry.getRecord(recordId, { officerId: "t", unitCode: "23575" });
      expect(json.people[0].records[0].fields).toMatchObject({
        "Bên chồng: Số định danh cá nhân": record!.spouses!.husband.personalId, "Bên vợ: Số định danh cá nhân": record!.spouses!.wife.personalId,
      });
    }

    const [csv] = parseCsv(new TextDecoder().decode((await file("csv")).bytes));
    expect(csv).toMatchObject({
      ma_ho_so: recordId, ho_ten_tren_ho_so: person.fullName, so_dinh_danh_tren_ho_so: person.personalId ?? "",
      ngay_sinh_tren_ho_so: person.dateOfBirth ?? "", vai_tro_tren_ho_so: person.roleLabel,
    });

    // The letter (its PDF is rendered from this content) names the person asked about on the record.
    const answer = await t.prisma.agencyAnswerDocument.findUniqueOrThrow({ where: { requestId: filed.id } });
    const text = (answer.content as DocumentContent).body.flatMap((b) => ("text" in b ? [b.text] : [])).join("\n");
    expect(text).toContain(`Người được yêu cầu trên hồ sơ: ${person.roleLabel} — ${person.fullName}, số định danh cá nhân ${person.personalId}`);
    expect(Buffer.from((await file("pdf")).bytes).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("the system API (POST /api/v1/lookups)", () => {
  it("answers R4 found by the wife's name with the wife, and says so", async () => {
    const body = ZApiLookupRequest.parse({
      unitCode: "21583", purpose: { kind: "dossier", dossierCode: "API-PARTY-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] },
      query: { fullName: "nguyen thi hong", dateOfBirth: "1987-04-23" }, eventTypes: ["marriage"],
    });
    const answer = (await lookupViaApi("Bearer demo-tthc-key", body, null, deps))!;
    expect(answer.results.find((r) => r.recordId === "HT-KH-R4")).toMatchObject({ ...who(HONG), matchedRole: "WIFE" });
  });
});

describe("a record taken into a copy request from the record page (/copies/new?lookupId=&recordId=)", () => {
  it("keeps the person the earlier search was about", async () => {
    const purpose = { kind: "DOSSIER" as const, dossierCode: "HS-PARTY-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] };
    const earlier = await searchRecords({ kind: "user", actor: officer(), ip: null }, { unitId: officer().unit!.id, purpose, query: byId("052187003321", "MARRIAGE") }, deps);
    const adopted = await adoptRecord(officer(), { kind: "COPY", sourceLookupId: earlier.lookupId, recordId: "HT-KH-R4", ip: null }, deps);
    expect(adopted.results[0]).toMatchObject({ ...who(HONG), matched: { role: "WIFE" } });
    const requester = { channel: "COUNTER", requesterName: HONG.fullName, requesterIdNumber: HONG.personalId!, requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;
    const { id } = await createRequest(officer(), { ...requester, kind: "COPY", reference: adopted.reference, recordIds: ["HT-KH-R4"] }, null, deps);
    expect((await getRequest(officer(), id, deps)).subjectName).toBe(HONG.fullName);
  });

  it("a record found by its registration keys names no one in particular: both spouses, no single ID", async () => {
    const r = await searchRecords({ kind: "user", actor: officer(), ip: null }, { unitId: officer().unit!.id, purpose: { kind: "OTHER", description: "tra cứu theo số đăng ký", legalBasis: "Điều 64 Luật Hộ tịch" }, query: { by: "registration", entryNumber: "12", bookNumber: "01/2019", eventTypes: ["MARRIAGE"] } }, deps);
    expect(r.results.find((x) => x.recordId === "HT-KH-R2")).toMatchObject({ fullName: "Ksor Bơ – Rơ Mah H'Lan", personalId: null, dateOfBirth: null, matched: null });
  });
});
