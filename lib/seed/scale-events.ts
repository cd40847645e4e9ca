import type pg from "pg";
import { Rng } from "@/mock-national/data/prng";
import { BatchInserter, arrayLiteral } from "@/lib/seed/scale-batch";
import type { ChainWriter } from "@/lib/seed/scale-access-log";

// Writers for one simulated event each (a lookup with its access-log rows, a copy request, a
// dossier), shared by the day loop of scale.ts. Everything is batched; nothing is read back.

export type ScaleUnit = { id: string; code: string; name: string; weight: number; officers: { id: string; label: string; grant: boolean }[]; signerId: string; dossiers: number; lastDossier: { id: string; code: string; procedure: number } | null; requests: number };
export type ScaleProcedure = { id: string; papers: string[] };

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Ksor", "Rơ Mah", "Siu", "Nay", "Rơ Lan", "Kpă", "Puih", "Đinh"];
const GIVEN = ["Văn An", "Thị Hồng", "Minh Trang", "H'Hlan", "Văn Bình", "Thị Mai", "Quốc Huy", "Thị Lan", "H'Nhung", "Văn Dũng", "Thị Thu", "Đức Thắng"];
const TYPES = ["BIRTH", "BIRTH", "BIRTH", "MARRIAGE", "DEATH"] as const;

export class EventWriters {
  readonly lookups: BatchInserter;
  readonly dossiers: BatchInserter;
  readonly requests: BatchInserter;
  private n = 0;

  constructor(client: pg.ClientBase, readonly log: ChainWriter, private readonly rng: Rng, private readonly tag: string, private readonly now: Date) {
    this.dossiers = new BatchInserter(client, "dossiers", [["id", "text"], ["unitId", "text"], ["code", "text"], ["procedureId", "text"], ["createdAt", "timestamp"]]);
    this.lookups = new BatchInserter(client, "lookups", [
      ["id", "text"], ["unitId", "text"], ["userId", "text"], ["source", "text", `"LookupSource"`], ["purposeKind", "text", `"PurposeKind"`],
      ["dossierId", "text"], ["purposeRef", "text"], ["legalBasis", "text"], ["replacesPapers", "text", "text[]"], ["queryKind", "text"],
      ["eventTypes", "text", "text[]"], ["outcome", "text", `"LookupOutcome"`], ["resultCount", "int"], ["resultIds", "text", "text[]"], ["createdAt", "timestamp"],
    ], 5_000, () => this.dossiers.flush());
    this.requests = new BatchInserter(client, "civil_requests", [
      ["id", "text"], ["unitId", "text"], ["kind", "text", `"RequestKind"`], ["channel", "text", `"RequestChannel"`], ["status", "text", `"RequestStatus"`],
      ["receiptNumber", "text"], ["requesterName", "text"], ["requesterIdNumber", "text"], ["relation", "text", `"RequesterRelation"`], ["lookupId", "text"],
      ["records", "text", "jsonb"], ["subjectName", "text"], ["registeredElsewhere", "bool"], ["purposeText", "text"], ["copies", "int"], ["feePerCopy", "int"],
      ["feeTotal", "int"], ["feeExemptReason", "text"], ["receivedAt", "timestamp"], ["receivedById", "text"], ["dueAt", "timestamp"], ["preparedAt", "timestamp"],
      ["preparedById", "text"], ["signedAt", "timestamp"], ["signedById", "text"], ["issuedAt", "timestamp"], ["deliveredAt", "timestamp"],
      ["refusedAt", "timestamp"], ["refusedById", "text"], ["refusalReason", "text"],
    ]);
  }

  id(): string {
    return `c${this.tag}${(this.n++).toString(36).padStart(7, "0")}`;
  }

  private personalId(): string {
    const r = this.rng;
    return `${r.chance(0.6) ? "064" : "052"}${r.int(0, 3)}${String(r.int(40, 99)).padStart(2, "0")}${String(r.int(0, 999_999)).padStart(6, "0")}`;
  }

  name(): string {
    return `${FAMILY[this.rng.int(0, FAMILY.length - 1)]} ${GIVEN[this.rng.int(0, GIVEN.length - 1)]}`;
  }

  /**
   * One lookup and its access-log rows: the search in the civil-registry system, each record opened,
   * and — for an officer with a grant — the population database's view. Returns the lookup's id.
   */
  async lookup(unit: ScaleUnit, at: Date, purpose: { kind: string; ref: string | null; legalBasis: string | null; dossierId: string | null; papers: string[] }, forceFound: boolean): Promise<{ id: string; recordIds: string[] }> {
    const r = this.rng;
    const api = purpose.kind === "DOSSIER" && r.chance(0.2);
    const officer = unit.officers[r.int(0, unit.officers.length - 1)]!;
    const roll = r.float();
    const outcome = forceFound ? "FOUND" : roll < 0.86 ? "FOUND" : roll < 0.96 ? "NOT_FOUND" : roll < 0.97 ? "REFUSED" : "UPSTREAM_FAILURE";
    const eventType = TYPES[r.int(0, TYPES.length - 1)]!;
    const recordIds = outcome === "FOUND" ? Array.from({ length: r.chance(0.5) ? 2 : 1 }, () => `R-${eventType[0]}${r.int(1, 9_999_999)}`) : [];
    const id = this.id();
    const query = { by: "personalId", personalId: this.personalId(), eventTypes: [eventType] };
    const base = {
      userId: api ? null : officer.id, apiClientId: null, actorLabel: api ? "Hệ thống TTHC tỉnh" : officer.label, unitId: unit.id, unitCode: unit.code,
      purposeKind: purpose.kind, purposeRef: purpose.ref, legalBasis: purpose.legalBasis, lookupId: id, ip: api ? null : "10.52.0.10",
    };
    await this.lookups.push([id, unit.id, api ? null : officer.id, api ? "API" : "PORTAL", purpose.kind, purpose.dossierId, purpose.ref, purpose.legalBasis,
      arrayLiteral(outcome === "FOUND" ? purpose.papers : []), "personalId", arrayLiteral([eventType]), outcome, recordIds.length, arrayLiteral(recordIds), at.toISOString()]);
    const refused = outcome === "REFUSED";
    await this.log.push({ ...base, at, system: refused ? "POPULATION" : "CIVIL_REGISTRY", operation: "SEARCH", query, resultIds: recordIds, resultCount: recordIds.length,
      outcome, errorKind: outcome === "UPSTREAM_FAILURE" ? "timeout" : refused ? "no-grant" : null });
    let t = at.getTime();
    for (const recordId of recordIds) {
      t += r.int(5_000, 90_000);
      await this.log.push({ ...base, at: new Date(t), system: "CIVIL_REGISTRY", operation: "GET_RECORD", query: { recordId }, resultIds: [recordId], resultCount: 1, outcome: "FOUND", errorKind: null });
    }
    if (outcome === "FOUND" && officer.grant && !api && r.chance(0.7)) {
      t += r.int(5_000, 60_000);
      await this.log.push({ ...base, at: new Date(t), system: "POPULATION", operation: "GET_CITIZEN", query: { personalId: query.personalId }, resultIds: [query.personalId], resultCount: 1, outcome: "FOUND", errorKind: null });
    }
    return { id, recordIds };
  }

  /** A copy (or confirmation) request taken after its lookup, and what became of it. */
  async request(unit: ScaleUnit, at: Date, kind: "COPY" | "CONFIRMATION"): Promise<void> {
    const r = this.rng;
    unit.requests += 1;
    const year = new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear();
    const receipt = `${kind === "COPY" ? "BS" : "XN"}-${year}-S${String(unit.requests).padStart(7, "0")}`;
    const found = await this.lookup(unit, at, { kind: kind === "COPY" ? "COPY_REQUEST" : "CONFIRMATION_REQUEST", ref: receipt, legalBasis: null, dossierId: null, papers: [] }, true);
    const subject = this.name();
    const elsewhere = r.chance(0.35);
    const records = found.recordIds.map((recordId) => ({ recordId, type: "BIRTH", subjectName: subject, registeredOn: "2001-05-12", authority: elsewhere ? "UBND xã khác" : `UBND ${unit.name}`,
      entryNumber: String(r.int(1, 300)), bookNumber: "01/2001", currentCommuneCode: elsewhere ? null : unit.code, registeredAt: elsewhere ? "OTHER_COMMUNE" : "UNIT" }));
    // Due: the same day when received before 15:00 (local), else the next day at 11:00.
    const local = new Date(at.getTime() + 7 * 3_600_000);
    const dueAt = local.getUTCHours() < 15 ? new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 17) - 7 * 3_600_000)
      : new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, 11) - 7 * 3_600_000);
    const copies = kind === "COPY" ? r.int(1, 3) : 1;
    const exempt = r.chance(0.1);
    const fee = kind === "COPY" && !exempt ? 8_000 : 0;
    const refused = r.chance(0.02);
    const late = r.chance(0.08);
    const done = late ? dueAt.getTime() + r.int(1, 48) * 3_600_000 : Math.min(at.getTime() + r.int(20, 240) * 60_000, dueAt.getTime());
    const issued = !refused && done < this.now.getTime();
    const status = refused ? "REFUSED" : issued ? (r.chance(0.9) ? "DELIVERED" : "ISSUED") : "RECEIVED";
    const iso = (ms: number) => new Date(ms).toISOString();
    const officer = unit.officers[0]!.id;
    await this.requests.push([this.id(), unit.id, kind, r.chance(0.8) ? "COUNTER" : "ONLINE", status, receipt, subject, this.personalId(), "SELF", found.id,
      JSON.stringify(records), subject, elsewhere, kind === "CONFIRMATION" ? "Bổ sung hồ sơ" : null, copies, fee, fee * copies, exempt && kind === "COPY" ? "Người có công với cách mạng" : null,
      at.toISOString(), officer, dueAt.toISOString(), issued ? iso(done - 15 * 60_000) : null, issued ? officer : null, issued ? iso(done - 5 * 60_000) : null,
      issued ? unit.signerId : null, issued ? iso(done) : null, status === "DELIVERED" ? iso(done + 60_000) : null,
      refused ? iso(at.getTime() + 30 * 60_000) : null, refused ? officer : null, refused ? "Người yêu cầu không có quyền yêu cầu cấp bản sao" : null]);
  }

  /** A lookup for a procedure dossier (a new one, or a second paper of the unit's last dossier). */
  async dossierLookup(unit: ScaleUnit, at: Date, procedures: readonly ScaleProcedure[]): Promise<void> {
    const r = this.rng;
    if (!unit.lastDossier || r.chance(0.75)) {
      unit.dossiers += 1;
      const d = { id: this.id(), code: `HS-${unit.code}-${String(unit.dossiers).padStart(6, "0")}`, procedure: r.int(0, procedures.length - 1) };
      await this.dossiers.push([d.id, unit.id, d.code, procedures[d.procedure]!.id, at.toISOString()]);
      unit.lastDossier = d;
    }
    const d = unit.lastDossier;
    const papers = procedures[d.procedure]!.papers;
    const cut = papers.length ? [papers[r.int(0, papers.length - 1)]!] : [];
    await this.lookup(unit, at, { kind: "DOSSIER", ref: d.code, legalBasis: null, dossierId: d.id, papers: cut }, false);
  }

  async drain(): Promise<void> {
    await this.dossiers.drain();
    await this.lookups.drain();
    await this.requests.drain();
  }
}
