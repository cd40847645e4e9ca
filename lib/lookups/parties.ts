import type { CivilRecord, CivilSearch, EventType, Match, MatchReason, PartyKey } from "@/lib/adapters/civil-registry/port";
import { PARTY_LABELS, SUBJECT_LABELS } from "@/lib/lookups/labels";
import { nameDifference } from "@/lib/names/differ";
import { foldVietnamese } from "@/lib/text/normalize";

// A record about two or more people (marriage, divorce, recognition of parentage, guardianship,
// adoption, a birth naming its parents) is found through one of them. Everything the portal shows
// or gives of a result — the row, the record page, a copy request, an agency's answer — takes the
// ID number, name and date of birth from THAT person, never from whoever the record names first:
// handing an agency the husband's number for a question about the wife is a personal-data breach
// (Nghị định 13/2023/NĐ-CP).

/** The place a person holds on a record, in words a machine can read (the API, the agency answer). */
export const PARTY_ROLES = ["SUBJECT", "CHILD", "WARD", "ADOPTEE", "HUSBAND", "WIFE", "FATHER", "MOTHER", "GUARDIAN", "ADOPTER", "OTHER"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** One person a record names, as every projection shows them. */
export type RecordParty = {
  key: PartyKey;
  role: PartyRole;
  /** Vietnamese, lower case: "vợ", "người giám hộ", "mẹ nuôi". */
  roleLabel: string;
  fullName: string;
  personalId: string | null;
  /** As precise as the register knows it; a parent on a birth record has a year only; a guardian none. */
  dateOfBirth: string | null;
};

/**
 * The person a search was about, with why they matched; `askedAs` is the name as the search spelled
 * it when the record spells it with other letters ("Lê Văn Tám" asked, "Lê Văn Tâm" on the record).
 */
export type MatchedParty = RecordParty & { reasons: MatchReason[]; askedAs?: string };

const SUBJECT_ROLES: Partial<Record<EventType, PartyRole>> = { PARENTAGE: "CHILD", GUARDIANSHIP: "WARD", ADOPTION: "ADOPTEE" };

/** A person in `related` is named by the record's own words ("Người giám hộ", "Mẹ nuôi", "Cha"). */
function relatedRole(text: string): PartyRole {
  const folded = foldVietnamese(text);
  if (folded.includes("nguoi giam ho")) return "GUARDIAN";
  if (folded.includes("nuoi")) return "ADOPTER";
  if (/^(cha|bo)\b/.test(folded)) return "FATHER";
  if (/^me\b/.test(folded)) return "MOTHER";
  return "OTHER";
}
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** Every person the record names, in the record's order: subject, spouses, parents, then related. */
export function partiesOf(record: CivilRecord): RecordParty[] {
  const out: RecordParty[] = [];
  const add = (key: PartyKey, role: PartyRole, roleLabel: string, p: { fullName: string; personalId?: string | null; dateOfBirth?: string | null }) =>
    out.push({ key, role, roleLabel, fullName: p.fullName, personalId: p.personalId ?? null, dateOfBirth: p.dateOfBirth ?? null });
  if (record.subject) add("subject", SUBJECT_ROLES[record.type] ?? "SUBJECT", SUBJECT_LABELS[record.type], record.subject);
  if (record.spouses) {
    add("husband", "HUSBAND", PARTY_LABELS.HUSBAND, record.spouses.husband);
    add("wife", "WIFE", PARTY_LABELS.WIFE, record.spouses.wife);
  }
  for (const [key, role, parent] of [["father", "FATHER", record.father], ["mother", "MOTHER", record.mother]] as const) {
    if (parent) add(key, role, PARTY_LABELS[role], { ...parent, dateOfBirth: parent.birthYear ? String(parent.birthYear) : null });
  }
  record.related.forEach((r, i) => add(`related.${i}`, relatedRole(r.role), lowerFirst(r.role), r));
  return out;
}

/** The person at `key` on the record, or null when the record no longer names anyone there. */
export function partyAt(record: CivilRecord, key: PartyKey | null | undefined): RecordParty | null {
  return key ? (partiesOf(record).find((p) => p.key === key) ?? null) : null;
}

const tokens = (name: string) => foldVietnamese(name).replace(/[^a-z0-9 ]+/g, " ").split(" ").filter(Boolean);

/** How well a person on the record agrees with a name-and-date query: 0 (no word in common) to 3. */
function nameScore(query: { fullName: string; dateOfBirth: string }, party: RecordParty): number {
  const [q, p] = [tokens(query.fullName), tokens(party.fullName)];
  // Spacing is a typing variant ("Minhkhôi"): the same letters count as the same name.
  const shared = q.join("") === p.join("") ? Math.max(q.length, p.length) : q.filter((t) => p.includes(t)).length;
  if (shared === 0) return 0;
  const dob = !party.dateOfBirth ? 0 : party.dateOfBirth === query.dateOfBirth ? 1 : party.dateOfBirth.slice(0, 4) === query.dateOfBirth.slice(0, 4) ? 0.5 : 0;
  return (2 * shared) / Math.max(q.length, p.length) + dob;
}

/**
 * Which person of `record` the search was about. By ID number: only a person the record shows with
 * that very number, whatever the national system says. By name and date of birth: the person the
 * system names (`match.party`) unless another agrees better with the query, else the one that
 * agrees best. A search by registration keys is about no one in particular: null.
 */
export function matchedParty(record: CivilRecord, query: CivilSearch, match: Match): MatchedParty | null {
  if (query.by === "registration") return null;
  const parties = partiesOf(record);
  const hinted = parties.find((p) => p.key === match.party);
  let chosen: RecordParty | undefined;
  if (query.by === "personalId") {
    const holders = parties.filter((p) => p.personalId === query.personalId);
    chosen = holders.find((p) => p === hinted) ?? holders[0];
  } else {
    const scored = parties.map((p) => ({ p, score: nameScore(query, p) })).sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    const hintScore = scored.find((s) => s.p === hinted)?.score ?? -1;
    chosen = hinted && hintScore >= best ? hinted : best > 0 ? scored[0]!.p : undefined;
  }
  if (!chosen) return null;
  const askedAs = query.by === "name" && nameDifference(query.fullName, chosen.fullName, { accentFree: true }) ? query.fullName : undefined;
  return { ...chosen, reasons: match.reasons, ...(askedAs ? { askedAs } : {}) };
}

/** The one person a record is about when no one was asked about: its subject; null for a couple. */
export function principalParty(record: CivilRecord): RecordParty | null {
  return partyAt(record, record.subject ? "subject" : null);
}

/** Everyone the record names, as one line: "Trần Văn Hùng – Nguyễn Thị Hồng" for a couple. */
export function recordNames(record: CivilRecord): string {
  if (record.spouses) return `${record.spouses.husband.fullName} – ${record.spouses.wife.fullName}`;
  return record.subject?.fullName ?? record.related[0]?.fullName ?? "—";
}

/** The other people of the record beside `shown`, each with their role: "Chồng: Trần Văn Hùng", "Cha: … · Mẹ: …". */
export function othersLine(record: CivilRecord, shown: RecordParty | null): string | null {
  // Without one person shown, the names line (recordNames) already names the couple or the subject.
  const named: PartyKey[] = shown ? [shown.key] : record.spouses ? ["husband", "wife"] : [record.subject ? "subject" : "related.0"];
  const others = partiesOf(record).filter((p) => !named.includes(p.key));
  const text = others.map((p) => `${p.roleLabel.charAt(0).toLocaleUpperCase("vi")}${p.roleLabel.slice(1)}: ${p.fullName}`).join(" · ");
  return text || null;
}
