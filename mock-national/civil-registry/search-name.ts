import type { CivilRecord, CivilSearch, EventType } from "@/lib/adapters/civil-registry/port";
import { T, TYPES } from "@/mock-national/data/columns";
import type { MockDataset } from "@/mock-national/data";
import { packPartial } from "@/mock-national/data/dates";
import { bucketKey, type NameIndex } from "@/mock-national/civil-registry/name-index";
import { compareDates, compareDob, compareNames, compareNameTokens, refineNameKind, scoreMatch, type KeyResult } from "@/mock-national/civil-registry/match";
import { nameTokens } from "@/mock-national/civil-registry/names";
import type { Ranked } from "@/mock-national/civil-registry/rank";

// Search by the person's name and date of birth, optionally with both parents' names (birth) or
// the spouse's name and date of birth (marriage) — Thông tư 01/2022/TT-BTP, Art. 7.

type NameQuery = Extract<CivilSearch, { by: "name" }>;

/** Extra keys for one record: parents on births (father also on parentage), the spouse on marriages and divorces. */
function extraKeys(ds: MockDataset, q: NameQuery, r: number, role: 0 | 1, record: () => CivilRecord): KeyResult[] {
  const keys: KeyResult[] = [];
  const type = ds.records.type[r]!;
  const isBirth = type === T.BIRTH;
  const isCouple = type === T.MARRIAGE || type === T.DIVORCE;
  if (q.fatherName) {
    const father = isBirth ? record().father?.fullName : type === T.PARENTAGE ? record().related[0]?.fullName : undefined;
    keys.push({ reason: "father_name", kind: isBirth || type === T.PARENTAGE ? compareNames(q.fatherName, father) : "not_applicable" });
  }
  if (q.motherName) keys.push({ reason: "mother_name", kind: isBirth ? compareNames(q.motherName, record().mother?.fullName) : "not_applicable" });
  const other: 0 | 1 = role === 0 ? 1 : 0;
  if (q.spouseName) keys.push({ reason: "spouse_name", kind: isCouple ? compareNames(q.spouseName, ds.nameOnRecord(r, other)) : "not_applicable" });
  if (q.spouseDateOfBirth) {
    keys.push({ reason: null, kind: isCouple ? compareDates(packPartial(q.spouseDateOfBirth), ds.dobOnRecord(r, other)) : "not_applicable" });
  }
  return keys;
}

/** Every record whose subject or spouse matches the name and date of birth, scored (unsorted). */
export function searchByName(ds: MockDataset, index: NameIndex, q: NameQuery, types: Set<EventType> | null): Ranked[] {
  const query = nameTokens(q.fullName);
  const last = query[query.length - 1];
  if (last === undefined) return [];
  const dob = packPartial(q.dateOfBirth);
  const year = Math.floor(dob / 10_000);
  const { dict, tokens, tokenStart, entryKey, entryDob, buckets } = index;
  const results: Ranked[] = [];
  const seen = new Set<number>();
  // Candidates share the birth year and a given name equal or near to the query's. A query with one
  // middle word more or fewer still ends with the given name, so "partial" names are found too; a
  // query that glued the last words ("Minhkhôi") is looked up by the known word it ends with.
  const lastTokens = new Set(dict.neighbours(last));
  for (let i = 2; i < last.length - 1; i++) {
    const tail = dict.find(last.slice(i));
    if (tail >= 0) lastTokens.add(tail);
  }
  for (const n of lastTokens) {
    const bucket = buckets.get(bucketKey(n, year));
    if (!bucket) continue;
    for (const e of bucket) {
      const key = entryKey[e]!;
      const r = key >> 1;
      const role = (key & 1) as 0 | 1;
      const type = TYPES[ds.records.type[r]!]!;
      if (types && !types.has(type)) continue;
      const dobKind = compareDob(dob, entryDob[e]!);
      if (!dobKind) continue;
      const recorded: string[] = [];
      for (let i = tokenStart[e]!; i < tokenStart[e + 1]!; i++) recorded.push(dict.tokens[tokens[i]!]!);
      const folded = compareNameTokens(query, recorded);
      if (!folded) continue;
      const nameKind = refineNameKind(folded, q.fullName, ds.nameOnRecord(r, role));
      // A record names a person once; keep the better role if a name search hits both spouses.
      if (seen.has(r)) continue;
      seen.add(r);
      let materialised: CivilRecord | null = null;
      const record = () => (materialised ??= ds.record(r));
      const keys = extraKeys(ds, q, r, role, record);
      const match = scoreMatch(nameKind, dobKind, keys, { isBirth: type === "BIRTH", isDuplicate: ds.records.quality[r] === 3, fullDate: dob % 100 !== 0 });
      const party = type === "MARRIAGE" || type === "DIVORCE" ? (role === 0 ? "husband" : "wife") : "subject";
      results.push({ record: r, match: { ...match, party }, materialised });
    }
  }
  return results;
}
