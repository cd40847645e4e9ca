import type { Match, MatchReason } from "@/lib/adapters/civil-registry/port";
import { exactForm, nameTokens, tokenRelation, withinOneEdit } from "@/mock-national/civil-registry/names";
import { compactFold } from "@/lib/text/normalize";

// How well one record agrees with a name-and-date query, as the port's Match: a score, a level
// (exact / probable / possible) and the reasons. A record is offered, never merged: the portal
// shows probable matches for an officer to confirm.

export type NameKind = "exact" | "folded" | "variant" | "partial";
export type DobKind = "exact" | "partial_month" | "partial_year" | "swapped";
export type KeyKind = "exact" | "folded" | "variant" | "unknown" | "not_applicable" | "mismatch";

/**
 * Compares query tokens with a record's tokens (both canonical): folded when equal, variant when
 * each word is equal or a variant and at most two differ, partial when one middle word is missing
 * on either side; null otherwise.
 */
export function compareNameTokens(query: string[], record: string[]): Exclude<NameKind, "exact"> | null {
  if (query.length === record.length) {
    let changed = 0;
    for (let i = 0; i < query.length; i++) {
      const rel = tokenRelation(query[i]!, record[i]!);
      if (rel < 0) return null;
      changed += rel;
    }
    if (changed === 0) return "folded";
    // Some word must agree, except in one-word names ("A Sang", "Y Ghên"), where the one edit is the variant.
    return changed <= 2 && (changed < query.length || query.length === 1) ? "variant" : null;
  }
  // Spacing: "Minh Khôi" typed "Minhkhôi" is the same name ("RơMah Minhkhôi" one letter off).
  const [q, r] = [query.join(""), record.join("")];
  if (q === r) return "folded";
  if (q.length >= 8 && withinOneEdit(q, r)) return "variant";
  if (Math.abs(query.length - record.length) !== 1 || Math.min(query.length, record.length) < 2) return null;
  const [long, short] = query.length > record.length ? [query, record] : [record, query];
  // The family name and the given name must be there; one word in between may be missing.
  for (let skip = 1; skip < long.length - 1; skip++) {
    let ok = true;
    for (let i = 0, j = 0; i < long.length && ok; i++) {
      if (i === skip) continue;
      ok = tokenRelation(long[i]!, short[j++]!) >= 0;
    }
    if (ok) return "partial";
  }
  return null;
}

/**
 * The name kind of two names whose tokens compare as `tokens`: exact when written alike (up to tone
 * placement and Unicode form), folded when the same letters accent-free ("Nguyen Thi Hong", "Ro Mah
 * H Lan"), and a variant when the tokens agree but the letters do not ("Rah Lan"/"Rơ Lan", "Rmah").
 */
export function refineNameKind(tokens: Exclude<NameKind, "exact">, query: string, recorded: string): NameKind {
  if (tokens !== "folded") return tokens;
  if (exactForm(query) === exactForm(recorded)) return "exact";
  return compactFold(query) === compactFold(recorded) ? "folded" : "variant";
}

/** Compares two names given as text (parents, spouses). */
export function compareNames(query: string, recorded: string | null | undefined): KeyKind {
  if (!recorded) return "unknown";
  if (exactForm(query) === exactForm(recorded)) return "exact";
  const kind = compareNameTokens(nameTokens(query), nameTokens(recorded));
  if (!kind) return "mismatch";
  const refined = refineNameKind(kind, query, recorded);
  return refined === "exact" || refined === "folded" ? refined : refined === "variant" ? "variant" : "mismatch";
}

/**
 * Compares packed dates (yyyymmdd, 00 unknown): equal → exact; agreeing at the coarser precision →
 * partial; day and month swapped (both full) → swapped; null otherwise.
 */
export function compareDob(query: number, recorded: number): DobKind | null {
  if (!recorded || !query) return null;
  if (query === recorded) return "exact";
  const qy = Math.floor(query / 10_000), ry = Math.floor(recorded / 10_000);
  if (qy !== ry) return null;
  const qm = Math.floor(query / 100) % 100, rm = Math.floor(recorded / 100) % 100;
  const qd = query % 100, rd = recorded % 100;
  if (qm && rm && qd && rd) return qd === rm && qm === rd ? "swapped" : null;
  if (!qm || !rm) return "partial_year";
  if (qm !== rm) return null;
  return "partial_month";
}

/** Compares optional dates (spouse's date of birth): same rules, as a KeyKind. */
export function compareDates(query: number, recorded: number): KeyKind {
  if (!recorded) return "unknown";
  const kind = compareDob(query, recorded);
  return kind === "exact" ? "exact" : kind ? "variant" : "mismatch";
}

const NAME_SCORE: Record<NameKind, number> = { exact: 1, folded: 0.95, variant: 0.85, partial: 0.6 };
const DOB_SCORE: Record<DobKind, number> = { exact: 1, partial_month: 0.85, partial_year: 0.75, swapped: 0.75 };
const KEY_SCORE: Record<KeyKind, number> = { exact: 1, folded: 0.95, variant: 0.85, unknown: 0.6, not_applicable: 0.5, mismatch: 0 };
const NAME_REASON: Record<NameKind, MatchReason> = { exact: "name_exact", folded: "name_folded", variant: "name_variant", partial: "name_variant" };
const DOB_REASON: Record<DobKind, MatchReason> = { exact: "dob_exact", partial_month: "dob_partial", partial_year: "dob_partial", swapped: "dob_swapped" };

/** Extra keys of the query (parents' or spouse's names) and how the record agrees with each. */
export type KeyResult = { reason: MatchReason | null; kind: KeyKind };

/**
 * The Match for a record: name and date weigh most; extra keys refine. Non-birth records and
 * suspected duplicates lose a hair so that, all else equal, the person's own birth record and the
 * original entry come first.
 */
export function scoreMatch(name: NameKind, dob: DobKind, keys: KeyResult[], opts: { isBirth: boolean; isDuplicate: boolean; fullDate?: boolean }): Match {
  const reasons: MatchReason[] = [NAME_REASON[name], DOB_REASON[dob]];
  for (const k of keys) if (k.reason && k.kind !== "mismatch" && k.kind !== "unknown" && k.kind !== "not_applicable") reasons.push(k.reason);
  let score = keys.length
    ? 0.5 * NAME_SCORE[name] + 0.35 * DOB_SCORE[dob] + (0.15 * keys.reduce((s, k) => s + KEY_SCORE[k.kind], 0)) / keys.length
    : 0.55 * NAME_SCORE[name] + 0.45 * DOB_SCORE[dob];
  if (!opts.isBirth) score -= 0.01;
  if (opts.isDuplicate) score -= 0.02;
  const weak = name === "partial" || keys.some((k) => k.kind === "mismatch");
  // The same letters accent-free with the exact full date of birth is the top level (as the
  // register's own search keys read: names match without diacritics); a different spelling, or a
  // month-only date agreeing with an accent-free name, stays "probable".
  const nameTop = name === "exact" || (name === "folded" && opts.fullDate === true);
  const exact = nameTop && dob === "exact" && keys.every((k) => k.kind === "exact" || k.kind === "folded");
  return {
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    level: weak ? "possible" : exact ? "exact" : "probable",
    reasons: [...new Set(reasons)],
  };
}
