import { compareDob, compareNames, compareNameTokens, refineNameKind, type NameKind } from "@/mock-national/civil-registry/match";
import { nameTokens, TokenDictionary } from "@/mock-national/civil-registry/names";
import type { MockDataset } from "@/mock-national/data";
import { packPartial, yearOf } from "@/mock-national/data/dates";
import { joinParts } from "@/mock-national/data/names";
import type { Candidate, CandidateQuery, CandidateReason, Citizen } from "@/lib/adapters/population/port";

// Candidates for a person on a record without an ID number: the population database's citizens
// born in the year the record gives, whose given name is equal to or a variant of the record's
// (the same name keys as the civil-registry search: accent-free, Jrai/Bahnar spellings, onsets,
// one slip of the pen), ranked by name, date of birth and parents' names.

type CandidateIndex = { dict: TokenDictionary; buckets: Map<number, number[]> };
const indexes = new WeakMap<MockDataset, CandidateIndex>();
const key = (token: number, year: number) => token * 512 + (year - 1800);

/** Citizens bucketed by (given-name token, year of birth); built once per dataset, on first use. */
function indexOf(ds: MockDataset): CandidateIndex {
  const cached = indexes.get(ds);
  if (cached) return cached;
  const dict = new TokenDictionary();
  const buckets = new Map<number, number[]>();
  for (let p = 0; p < ds.people.count; p++) {
    if (p >= ds.reference.citizens.length && !ds.people.pid[p]) continue;
    const citizen = p < ds.reference.citizens.length ? ds.citizen(p) : null;
    const P = ds.people;
    const name = citizen ? citizen.fullName : joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!);
    const tokens = nameTokens(name);
    const last = tokens[tokens.length - 1];
    if (last === undefined) continue;
    const year = citizen ? Number(citizen.dateOfBirth.slice(0, 4)) : yearOf(P.dob[p]!);
    const k = key(dict.id(last), year);
    const list = buckets.get(k);
    if (list) list.push(p);
    else buckets.set(k, [p]);
  }
  const index = { dict, buckets };
  indexes.set(ds, index);
  return index;
}

const NAME_SCORE: Record<NameKind, number> = { exact: 1, folded: 0.95, variant: 0.8, partial: 0.6 };
const NAME_REASON: Record<NameKind, CandidateReason> = { exact: "name_exact", folded: "name_folded", variant: "name_variant", partial: "name_variant" };

/** The reason and weight of a date of birth as precise as the query gives it. */
function dobMatch(query: number, citizen: number): { reason: CandidateReason; score: number } | null {
  const kind = compareDob(query, citizen);
  if (!kind) return null;
  if (kind === "exact") return { reason: "dob_exact", score: 1 };
  if (kind === "swapped") return { reason: "dob_swapped", score: 0.7 };
  // A partial query: how much of it agreed.
  return query % 10_000 ? { reason: "dob_month", score: 0.85 } : { reason: "dob_year", score: 0.75 };
}

/** Ranked candidates (best first, at most `limit`, default 5). */
export function findCandidates(ds: MockDataset, q: CandidateQuery): Candidate[] {
  const limit = q.limit ?? 5;
  const query = nameTokens(q.fullName);
  const last = query[query.length - 1];
  if (last === undefined) return [];
  const dob = packPartial(q.dateOfBirth);
  const year = Math.floor(dob / 10_000);
  const { dict, buckets } = indexOf(ds);
  const found: Candidate[] = [];
  const parentName = (id: string | null) => {
    const p = id ? ds.personIndex(id) : -1;
    return p >= 0 ? (ds.citizen(p)?.fullName ?? null) : null;
  };
  for (const n of dict.neighbours(last)) {
    for (const p of buckets.get(key(n, year)) ?? []) {
      const citizen: Citizen | null = ds.citizen(p);
      if (!citizen) continue;
      const date = dobMatch(dob, packPartial(citizen.dateOfBirth));
      if (!date) continue;
      const tokens = compareNameTokens(query, nameTokens(citizen.fullName));
      if (!tokens) continue;
      const name = refineNameKind(tokens, q.fullName, citizen.fullName);
      const reasons: CandidateReason[] = [NAME_REASON[name], date.reason];
      const keys: number[] = [];
      for (const [given, id, reason] of [[q.fatherName, citizen.fatherId, "father_name"], [q.motherName, citizen.motherId, "mother_name"]] as const) {
        if (!given) continue;
        const kind = compareNames(given, parentName(id));
        keys.push(kind === "exact" ? 1 : kind === "folded" ? 0.95 : kind === "variant" ? 0.8 : kind === "unknown" ? 0.5 : 0);
        if (kind === "exact" || kind === "folded" || kind === "variant") reasons.push(reason);
      }
      const score = keys.length
        ? 0.5 * NAME_SCORE[name] + 0.35 * date.score + (0.15 * keys.reduce((s, k) => s + k, 0)) / keys.length
        : 0.55 * NAME_SCORE[name] + 0.45 * date.score;
      found.push({ citizen, score: Math.round(score * 1000) / 1000, reasons });
    }
  }
  return found.sort((a, b) => b.score - a.score || a.citizen.personalId.localeCompare(b.citizen.personalId)).slice(0, limit);
}
