import type pg from "pg";
import { randomBytes } from "node:crypto";
import { Rng } from "@/mock-national/data/prng";
import { BatchInserter } from "@/lib/seed/scale-batch";
import { ChainWriter } from "@/lib/seed/scale-access-log";
import { EventWriters, type ScaleProcedure, type ScaleUnit } from "@/lib/seed/scale-events";
import { addDays, localDay } from "@/lib/reports/daily-stats";

export type ScaleOptions = { months: number; now: Date; seed?: number; /** Volume multiplier (1 = the full province). */ scale?: number; log?: (line: string) => void };
export type ScaleResult = { accessLogRows: number; lookups: number; copyRequests: number; dossiers: number; agencyRequests: number; probes: number; days: number };

/** Mean events per unit and working day at scale 1 (weekends ~8 %). */
const PER_DAY = { copies: 15.5, confirmations: 1.5, dossierLookups: 37, other: 5 };
const DAY_MS = 86_400_000;

/**
 * A year (or `months`) of activity for every commune of the province, written straight into
 * PostgreSQL in one transaction with batched multi-row inserts: officers and grants, lookups with
 * their hash-chained access-log rows (chain computed here, head moved at the end), dossiers, copy
 * and confirmation requests, agency requests and the probe's rows. Memory stays flat: one day is
 * generated, written and forgotten at a time. Refuses to run twice on the same database.
 */
export async function seedScale(client: pg.ClientBase, opts: ScaleOptions): Promise<ScaleResult> {
  const log = opts.log ?? (() => {});
  const rng = new Rng(opts.seed ?? 20_261_128);
  const scale = opts.scale ?? 1;
  const tag = randomBytes(3).toString("hex");
  const exists = await client.query(`SELECT 1 FROM "users" WHERE "username" LIKE 'scale.%' LIMIT 1`);
  if (exists.rowCount) throw new Error("scale data is already present in this database (users scale.*): use a fresh database");
  const { rows: communes } = await client.query<{ id: string; code: string; name: string; kind: string }>(`SELECT "id", "code", "name", "kind" FROM "units" WHERE "level" = 'COMMUNE' AND "active" ORDER BY "code"`);
  const { rows: procRows } = await client.query<{ id: string; papers: string[] }>(
    `SELECT p."id", coalesce(array_agg(pp."paperCode") FILTER (WHERE pp."paperCode" IS NOT NULL), '{}') AS "papers" FROM "procedures" p LEFT JOIN "procedure_papers" pp ON pp."procedureId" = p."id" GROUP BY p."id" ORDER BY p."id"`);
  const { rows: [stp] } = await client.query<{ id: string }>(`SELECT "id" FROM "units" WHERE "level" = 'DEPARTMENT' LIMIT 1`);
  if (communes.length === 0 || procRows.length === 0 || !stp) throw new Error("run the seed first (units and the procedure catalogue)");
  const procedures: ScaleProcedure[] = procRows.map((p) => ({ id: p.id, papers: p.papers }));

  const endDay = addDays(localDay(opts.now), -1);
  const [ey, em] = endDay.split("-").map(Number) as [number, number];
  const startDay = new Date(Date.UTC(ey, em - 1 - opts.months, Number(endDay.slice(8)) + 1)).toISOString().slice(0, 10);
  const start = new Date(`${startDay}T00:00:00+07:00`);
  log(`simulating ${communes.length} communes from ${startDay} to ${endDay} (scale ${scale})`);

  await client.query("BEGIN");
  try {
    // The access log and lookups are partitioned by month: every simulated month needs its partition.
    await client.query(`SELECT hotich_ensure_month_partitions($1::date, $2::date)`, [startDay, endDay]);
    const w = new EventWriters(client, await ChainWriter.open(client), rng, tag, opts.now);
    // Officers (two per commune), a signer, population-database grants for ~3 communes in 4.
    const users = new BatchInserter(client, "users", [["id", "text"], ["username", "text"], ["passwordHash", "text"], ["fullName", "text"], ["title", "text"], ["role", "text", `"Role"`], ["unitId", "text"], ["jurisdictionUnitId", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]]);
    const grants = new BatchInserter(client, "population_grants", [["id", "text"], ["userId", "text"], ["status", "text", `"GrantStatus"`], ["decisionNumber", "text"], ["decidedOn", "date"], ["requestedAt", "timestamp"], ["decidedAt", "timestamp"]], 5_000, () => users.flush());
    const created = new Date(start.getTime() - 30 * DAY_MS).toISOString();
    const units: ScaleUnit[] = [];
    for (const c of communes) {
      const mk = async (suffix: string, role: string, title: string) => {
        const id = w.id();
        // "!" is no argon2 hash: these accounts exist for the figures and can never sign in.
        await users.push([id, `scale.${c.code}.${suffix}`, "!", w.name(), title, role, c.id, c.id, created, created]);
        return id;
      };
      const officers = [];
      for (const s of ["cb1", "cb2"]) {
        const id = await mk(s, "COMMUNE_OFFICER", "Công chức Tư pháp - Hộ tịch");
        const grant = s === "cb1" && rng.chance(0.75);
        if (grant) await grants.push([w.id(), id, "GRANTED", `${rng.int(1, 999)}/QĐ-CAT`, created.slice(0, 10), created, created]);
        officers.push({ id, label: `scale.${c.code}.${s}`, grant });
      }
      const signerId = await mk("ld", "COMMUNE_SIGNER", "Phó Chủ tịch UBND");
      const weight = (0.4 + rng.float() * 1.2) * (c.kind.toLowerCase().includes("phường") ? 1.4 : 1);
      units.push({ id: c.id, code: c.code, name: c.name, weight, officers, signerId, dossiers: 0, lastDossier: null, requests: 0 });
    }
    const mean = units.reduce((s, u) => s + u.weight, 0) / units.length;
    for (const u of units) u.weight /= mean;
    await users.drain();
    await grants.drain();
    const agencyId = w.id();
    const agencyUser = w.id();
    await client.query(`INSERT INTO "agencies" ("id", "code", "name", "kind") VALUES ($1, 'SCALE-CA', 'Công an tỉnh (dữ liệu mô phỏng)', 'POLICE')`, [agencyId]);
    await client.query(`INSERT INTO "users" ("id", "username", "passwordHash", "fullName", "role", "agencyId", "updatedAt") VALUES ($1, 'scale.agency', '!', 'Cán bộ Công an tỉnh', 'AGENCY_USER', $2, now())`, [agencyUser, agencyId]);

    const agency = new BatchInserter(client, "agency_requests", [["id", "text"], ["code", "text"], ["agencyId", "text"], ["createdById", "text"], ["status", "text", `"AgencyRequestStatus"`], ["letterNumber", "text"], ["letterDate", "date"], ["signerName", "text"], ["reason", "text"], ["legalBasis", "text"], ["recordKinds", "text", "text[]"], ["receivedAt", "timestamp"], ["dueAt", "timestamp"], ["handlingUnitId", "text"], ["triagedAt", "timestamp"], ["answeredAt", "timestamp"]]);
    const probes = new BatchInserter(client, "system_probes", [["system", "text"], ["at", "timestamp"], ["ok", "bool"], ["latencyMs", "int"], ["errorKind", "text"], ["breakerState", "text"]]);
    let agencyN = 0;
    let days = 0;
    const counts = { copies: 0 };
    for (let day = startDay; day <= endDay; day = addDays(day, 1)) {
      const dayStartMs = new Date(`${day}T00:00:00+07:00`).getTime();
      const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
      const f = (weekend ? 0.08 : 1) * scale;
      // Working hours 07:30–17:00 local; ~2 % of lookups in the evening (what unusual-use flags).
      const when = () => dayStartMs + (rng.chance(0.02) ? rng.int(18 * 60, 22 * 60) : rng.int(7 * 60 + 30, 17 * 60)) * 60_000 + rng.int(0, 59_999);
      const events: { t: number; u: ScaleUnit; k: 0 | 1 | 2 | 3 }[] = [];
      const times = (m: number) => Math.max(0, Math.round(m * (0.7 + 0.6 * rng.float())));
      for (const u of units) {
        const m = f * u.weight;
        for (let i = times(PER_DAY.copies * m); i > 0; i--) events.push({ t: when(), u, k: 0 });
        for (let i = times(PER_DAY.confirmations * m); i > 0; i--) events.push({ t: when(), u, k: 1 });
        for (let i = times(PER_DAY.dossierLookups * m); i > 0; i--) events.push({ t: when(), u, k: 2 });
        for (let i = times(PER_DAY.other * m); i > 0; i--) events.push({ t: when(), u, k: 3 });
      }
      events.sort((a, b) => a.t - b.t);
      for (const e of events) {
        const at = new Date(e.t);
        if (e.k === 0) { await w.request(e.u, at, "COPY"); counts.copies += 1; }
        else if (e.k === 1) await w.request(e.u, at, "CONFIRMATION");
        else if (e.k === 2) await w.dossierLookup(e.u, at, procedures);
        else await w.lookup(e.u, at, { kind: "OTHER", ref: "Xác minh thông tin phục vụ quản lý nhà nước", legalBasis: "Luật Hộ tịch 2014, Điều 58", dossierId: null, papers: [] }, false);
      }
      // Agency requests: ~3 a working day across the province, most handled by a commune.
      for (let i = times(3 * (weekend ? 0.08 : 1) * Math.max(scale, 0.35)); i > 0; i--) {
        const received = dayStartMs + rng.int(8 * 60, 16 * 60) * 60_000;
        const due = received + 10 * DAY_MS;
        const answered = received + rng.int(1, 14) * DAY_MS;
        const isAnswered = answered < opts.now.getTime() && rng.chance(0.95);
        agencyN += 1;
        await agency.push([w.id(), `YC-S-${String(agencyN).padStart(6, "0")}`, agencyId, agencyUser, isAnswered ? "ANSWERED" : "ACCEPTED", `${rng.int(1, 999)}/CAT-PC06`, day,
          "Đại tá Nguyễn Văn Hùng", "Xác minh nhân thân phục vụ điều tra", "Luật Hộ tịch 2014, Điều 64", "{BIRTH}", new Date(received).toISOString(), new Date(due).toISOString(),
          rng.chance(0.85) ? units[rng.int(0, units.length - 1)]!.id : stp.id, new Date(received + 3_600_000).toISOString(), isAnswered ? new Date(answered).toISOString() : null]);
      }
      // The probe: every 5 minutes per system; an outage of a few hours about once a month.
      const outage = rng.chance(1 / 30) ? { system: rng.chance(0.5) ? "population" : "civil-registry", from: rng.int(0, 200), len: rng.int(12, 48) } : null;
      for (let slot = 0; slot < 288; slot++) {
        for (const system of ["civil-registry", "population"]) {
          const down = outage && outage.system === system && slot >= outage.from && slot < outage.from + outage.len;
          const ok = !down && rng.chance(0.995);
          await probes.push([system, new Date(dayStartMs + slot * 300_000).toISOString(), ok, ok ? rng.int(40, 250) + (rng.chance(0.05) ? rng.int(200, 1500) : 0) : 5_000,
            ok ? null : down ? "unavailable" : "timeout", down ? "open" : "closed"]);
        }
      }
      days += 1;
      if (days % 30 === 0) log(`${day}: ${w.log.rows} access-log rows so far`);
    }
    await w.drain();
    await agency.drain();
    await probes.drain();
    await w.log.close();
    await client.query("COMMIT");
    return { accessLogRows: Number(w.log.rows), lookups: w.lookups.written, copyRequests: counts.copies, dossiers: w.dossiers.written, agencyRequests: agency.written, probes: probes.written, days };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
