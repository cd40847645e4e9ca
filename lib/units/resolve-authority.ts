import type { Tx } from "@/lib/db/client";
import { foldVietnamese, splitUnitName, type UnitKind } from "@/lib/text/normalize";
import { buildHistoricalUnits, type HistoricalUnitSpec, type ReferenceData, type TMergeType } from "@/lib/units/data";
import { PROVINCE_NAME } from "@/lib/units/import-units";

// Civil-status records name their registering authority as it was on the day ("UBND xã Ia Kha,
// huyện Ia Grai, tỉnh Gia Lai"); officers and reports live on today's 135 communes. This maps the
// first to the second. Names are compared by a compact key (folded, letters and digits only, so
// "Ia Kha", "IaKha" and "Ia-Kha" agree); the later comma-separated parts (district, province)
// choose between homonyms — 13 old commune names recur across districts, and "Ia Băng"/"Ia Bang"
// are two communes of one district told apart only by the breve.

export type AuthorityLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
/** A current commune that holds (part of) the authority's registers. */
export interface CurrentUnitRef { code: string; name: string; mergeType: TMergeType }
export type HistoricalUnitRef = Omit<HistoricalUnitSpec, "successors" | "normalizedName">;
/** What an authority string names; no historicalUnit means it names a current unit. */
export interface AuthorityMatch { level: AuthorityLevel; historicalUnit?: HistoricalUnitRef; currentUnits: CurrentUnitRef[] }

type Named = { key: string; exact: string; kind: string };
type HistEntry = Named & { unit: HistoricalUnitRef; currentUnits: CurrentUnitRef[] };
type CurEntry = Named & { code: string; name: string };

const compactKey = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, "");
const exactName = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const named = (name: string, kind: string): Named => {
  const { bare } = splitUnitName(name);
  return { key: compactKey(bare), exact: exactName(bare), kind };
};
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/**
 * Names of historical and current units keyed for matching. Build it once and match thousands of
 * strings synchronously (mock national systems, imports); the database path builds one per call.
 */
export class AuthorityIndex {
  readonly historical = new Map<string, HistEntry[]>();
  readonly current = new Map<string, CurEntry[]>();
  /** Old province codes inside today's province: "tỉnh Gia Lai" may name any of them. */
  readonly coveredProvinceCodes: Set<string>;
  readonly currentProvinceKey = compactKey(splitUnitName(PROVINCE_NAME).bare);

  constructor(units: HistoricalUnitSpec[], communes: { code: string; name: string; kind: string }[]) {
    const names = new Map(communes.map((c) => [c.code, c.name]));
    for (const c of communes) push(this.current, named(c.name, c.kind).key, { ...named(c.name, c.kind), code: c.code, name: c.name });
    this.coveredProvinceCodes = new Set(units.map((u) => u.provinceCode));
    const communeUnits = units.filter((u) => u.level === "COMMUNE");
    for (const { successors, normalizedName: _, ...unit } of units) {
      // Order successors so the first is the best single answer: a full merge; else the commune
      // named after the unit (27 of the 28 old districts gave their name to the new commune around
      // their seat: huyện Ia Grai → xã Ia Grai); else the one that took most of its old communes.
      const self = named(unit.name, unit.kind);
      const inside = communeUnits.filter((c) => (unit.level === "DISTRICT" ? c.parentCode === unit.code : unit.level === "PROVINCE" && c.provinceCode === unit.provinceCode));
      const rank = (s: { code: string; mergeType: TMergeType }) => {
        const name = names.get(s.code) ?? s.code;
        const weight = inside.filter((c) => c.successors.some((t) => t.code === s.code)).length;
        return { ref: { code: s.code, name, mergeType: s.mergeType }, full: Number(s.mergeType === "full"), same: Number(named(name, "").key === self.key), weight };
      };
      const currentUnits = successors
        .map(rank)
        .sort((a, b) => b.full - a.full || b.same - a.same || b.weight - a.weight || a.ref.code.localeCompare(b.ref.code))
        .map((r) => r.ref);
      push(this.historical, self.key, { ...self, unit, currentUnits });
    }
  }
}

/** An index over the shipped CSV data (see lib/units/data.ts), no database needed. */
export function buildAuthorityIndex(data: ReferenceData): AuthorityIndex {
  return new AuthorityIndex(buildHistoricalUnits(data.formerCommunes), data.communes);
}

type UnitReader = Pick<Tx, "historicalUnit" | "unit">;

/** An index over the units stored in the database (as imported by importReferenceUnits). */
export async function loadAuthorityIndex(db: UnitReader): Promise<AuthorityIndex> {
  const [historical, communes] = await Promise.all([
    db.historicalUnit.findMany({ include: { mappings: { select: { mergeType: true, unit: { select: { code: true } } } } } }),
    db.unit.findMany({ where: { level: "COMMUNE" }, select: { code: true, name: true, kind: true } }),
  ]);
  const units: HistoricalUnitSpec[] = historical.flatMap(({ id: _, mappings, level, ...h }) =>
    level === "DEPARTMENT" ? [] : [{ ...h, level, successors: mappings.map((m) => ({ code: m.unit.code, mergeType: m.mergeType === "full" ? "full" : "partial" })) }],
  );
  return new AuthorityIndex(units, communes);
}

const KIND_LEVEL: Record<UnitKind, AuthorityLevel> = {
  "Xã": "COMMUNE", "Phường": "COMMUNE", "Thị trấn": "COMMUNE",
  "Huyện": "DISTRICT", "Thị xã": "DISTRICT", "Thành phố": "DISTRICT", "Tỉnh": "PROVINCE",
};
type Scope = { allowed: Set<string>; preferred: Set<string>; allowCurrent: boolean };

/** Narrows candidates by each preference in turn, skipping a preference that would leave none. */
function prefer<T>(items: T[], ...tests: ((t: T) => boolean)[]): T[] {
  return tests.reduce((acc, test) => (acc.filter(test).length ? acc.filter(test) : acc), items);
}

/** The province a context part names, as the old province codes it may mean. */
function provinceScope(index: AuthorityIndex, key: string): Scope | null {
  const codes = new Set((index.historical.get(key) ?? []).filter((h) => h.unit.level === "PROVINCE").map((h) => h.unit.provinceCode));
  // Today's "tỉnh Gia Lai" covers old Bình Định too; old Gia Lai (64) wins a tie.
  if (key === index.currentProvinceKey) return { allowed: index.coveredProvinceCodes, preferred: codes, allowCurrent: true };
  return codes.size ? { allowed: codes, preferred: codes, allowCurrent: false } : null;
}

/**
 * Matches an authority string against an index, synchronously. Returns null when the name is
 * unknown, names a unit outside the province, or stays ambiguous after the district and province
 * parts (and the unit kind, and exact diacritics) have been used to choose.
 */
export function matchAuthority(index: AuthorityIndex, text: string): AuthorityMatch | null {
  const parts = text.split(/[,;\n]/).map((p) => splitUnitName(p)).filter((p) => p.bare.trim());
  const [target, ...context] = parts.map((p) => ({ ...p, key: compactKey(p.bare), exact: exactName(p.bare) }));
  if (!target?.key) return null;

  let scope: Scope | null = null;
  for (const part of context.filter((p) => p.kind === "Tỉnh" || p.kind === null)) {
    const found = provinceScope(index, part.key);
    if (found) scope = found;
    else if (part.kind === "Tỉnh") return null; // another province's authority is not ours to map
  }
  const inScope = (h: HistEntry) => !scope || scope.allowed.has(h.unit.provinceCode);
  const preferred = (h: HistEntry) => !scope || scope.preferred.has(h.unit.provinceCode);
  let districts: Set<string> | null = null;
  for (const part of context.filter((p) => p.kind === null || KIND_LEVEL[p.kind] === "DISTRICT")) {
    const found = prefer((index.historical.get(part.key) ?? []).filter((h) => h.unit.level === "DISTRICT" && inScope(h)), preferred);
    if (found.length) districts = new Set(found.map((h) => h.unit.code));
    else if (part.kind !== null) return null; // a named district we do not know: do not guess
  }

  const levels: AuthorityLevel[] = target.kind ? [KIND_LEVEL[target.kind]] : ["COMMUNE", "DISTRICT", "PROVINCE"];
  for (const level of levels) {
    const hist = (index.historical.get(target.key) ?? []).filter(
      (h) => h.unit.level === level && inScope(h) && (level !== "COMMUNE" || !districts || districts.has(h.unit.parentCode ?? "")),
    );
    // A current unit is named without a district, and only under today's province (or none).
    const currentAllowed = level === "COMMUNE" && !districts && (!scope || scope.allowCurrent);
    const cur = currentAllowed ? (index.current.get(target.key) ?? []) : [];
    const candidates = prefer<HistEntry | CurEntry>(
      [...cur, ...hist],
      (c) => target.kind === null || foldVietnamese(c.kind) === foldVietnamese(target.kind),
      (c) => !("unit" in c),
      (c) => !("unit" in c) || preferred(c),
      (c) => c.exact === target.exact,
    );
    if (candidates.length > 1) return null;
    const [only] = candidates;
    if (!only) continue;
    if (!("unit" in only)) return { level, currentUnits: [{ code: only.code, name: only.name, mergeType: "full" }] };
    return { level, historicalUnit: only.unit, currentUnits: only.currentUnits };
  }
  return null;
}

/** The one current unit to file a record under: the full-merge successor, else the first listed. */
export function bestCurrentUnit(match: AuthorityMatch | null): CurrentUnitRef | null {
  if (!match) return null;
  return match.currentUnits.find((u) => u.mergeType === "full") ?? match.currentUnits[0] ?? null;
}

/**
 * Resolves an authority string via a prebuilt index or the database (one index load per call;
 * for many strings call loadAuthorityIndex once and use matchAuthority).
 */
export async function resolveAuthority(source: AuthorityIndex | UnitReader, text: string): Promise<AuthorityMatch | null> {
  const index = source instanceof AuthorityIndex ? source : await loadAuthorityIndex(source);
  return matchAuthority(index, text);
}

/** The single best current unit for an authority string (see bestCurrentUnit), or null. */
export async function currentUnitForAuthority(source: AuthorityIndex | UnitReader, text: string): Promise<CurrentUnitRef | null> {
  return bestCurrentUnit(await resolveAuthority(source, text));
}
