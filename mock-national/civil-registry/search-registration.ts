import type { CivilRecord, CivilSearch, EventType, MatchReason } from "@/lib/adapters/civil-registry/port";
import { TYPES } from "@/mock-national/data/columns";
import type { MockDataset } from "@/mock-national/data";
import type { DatasetBase } from "@/mock-national/data/dataset";
import { packPartial, yearOf } from "@/mock-national/data/dates";
import { registrationOf } from "@/mock-national/data/materialize-record";
import { buildAuthorityIndex, matchAuthority, type AuthorityIndex } from "@/lib/units/resolve-authority";
import { loadReferenceData } from "@/lib/units/data";
import { foldVietnamese, splitUnitName } from "@/lib/text/normalize";
import type { Ranked } from "@/mock-national/civil-registry/rank";

// Search by the paper's own keys: entry number (số), book (quyển số), registration date and the
// authority as written — its name then, or today's commune that holds the register now.

type RegistrationQuery = Extract<CivilSearch, { by: "registration" }>;
type Agreement = "exact" | "close" | null;

const compact = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, "");
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number).join("/");

let authorityIndex: AuthorityIndex | null = null;

/** Entry number → records, for the registration search. */
export function buildEntryIndex(ds: MockDataset): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  for (let r = 0; r < ds.records.count; r++) {
    const n = ds.records.entry[r]!;
    const list = lists.get(n);
    if (list) list.push(r);
    else lists.set(n, [r]);
  }
  return new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
}

/** A test of record authorities against the query's: same name (folded) and district, or held by the commune it names today. */
function authorityTest(text: string): (authority: string, currentCode: string | null) => Agreement {
  authorityIndex ??= buildAuthorityIndex(loadReferenceData());
  const whole = foldVietnamese(text.replace(/^\s*(UBND|Ủy ban nhân dân)\s+/iu, ""));
  const parts = text.split(",").map((p) => splitUnitName(p));
  const commune = compact(parts[0]?.bare ?? "");
  const district = parts[1] && parts[1].kind !== "Tỉnh" ? compact(parts[1].bare) : null;
  const resolved = matchAuthority(authorityIndex, text);
  const current = resolved && !resolved.historicalUnit ? new Set(resolved.currentUnits.map((u) => u.code)) : null;
  return (authority, currentCode) => {
    if (foldVietnamese(authority.replace(/^UBND\s+/u, "")) === whole) return "exact";
    const own = authority.split(",").map((p) => compact(splitUnitName(p).bare));
    if (own[0] === commune && (!district || own[1] === district)) return "close";
    if (current && currentCode && current.has(currentCode)) return "close";
    return null;
  };
}

function dateAgreement(query: string, recorded: string): Agreement {
  if (query === recorded) return "exact";
  const q = packPartial(query), r = packPartial(recorded);
  const month = Math.floor(q / 100) % 100, day = q % 100;
  const cut = (v: number) => Math.floor(v / 10_000) * 10_000 + (month ? (Math.floor(v / 100) % 100) * 100 : 0) + (day ? v % 100 : 0);
  return cut(r) === q ? "close" : null;
}

/** Records whose registration agrees with every key given; exact when each agrees as written. */
export function searchByRegistration(ds: MockDataset, entries: Map<number, Int32Array>, q: RegistrationQuery, types: Set<EventType> | null): Ranked[] {
  const entry = Number(q.entryNumber.replace(/\D/g, "") || NaN);
  const candidates = Number.isFinite(entry) ? entries.get(entry) : undefined;
  if (!candidates) return [];
  const year = q.registeredOn ? Number(q.registeredOn.slice(0, 4)) : q.bookNumber ? Number(q.bookNumber.match(/(\d{4})\s*$/)?.[1] ?? NaN) : NaN;
  const authority = q.authority ? authorityTest(q.authority) : null;
  const results: Ranked[] = [];
  for (const r of candidates) {
    const type = TYPES[ds.records.type[r]!]!;
    if (types && !types.has(type)) continue;
    // Cheap column filter first: the year of registration, when the query implies one.
    if (Number.isFinite(year) && r >= ds.reference.records.length && yearOf(ds.records.reg[r]!) !== year) continue;
    const reg: CivilRecord["registration"] = registrationOf(ds as MockDataset & DatasetBase, r);
    const agreements: [MatchReason, Agreement][] = [["entry_number", reg.entryNumber.trim() === q.entryNumber.trim() ? "exact" : "close"]];
    if (q.bookNumber) agreements.push(["book_number", reg.bookNumber === q.bookNumber.trim() ? "exact" : reg.bookNumber && numbers(reg.bookNumber) === numbers(q.bookNumber) ? "close" : null]);
    if (q.registeredOn) agreements.push(["registered_on", dateAgreement(q.registeredOn, reg.registeredOn)]);
    if (authority) agreements.push(["authority", authority(reg.authority, reg.currentCommuneCode)]);
    if (agreements.some(([, a]) => a === null)) continue;
    const close = agreements.filter(([, a]) => a === "close").length;
    results.push({
      record: r,
      materialised: null,
      match: { score: Math.max(0.5, 1 - 0.05 * close), level: close ? "probable" : "exact", reasons: agreements.map(([reason]) => reason) },
    });
  }
  return results;
}
