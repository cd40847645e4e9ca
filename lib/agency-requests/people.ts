import { checkPersonalId, isMismatch, personalIdMessage } from "@/lib/citizens/personal-id";
import { isFuturePartial, parseVnDate } from "@/lib/text/dates";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { checkText, FIELDS } from "@/lib/validation/fields";

/** One person named in a request: by ID number, or by full name and date of birth (ISO, maybe partial). */
export type TRequestPerson = { personalId: string | null; fullName: string | null; dateOfBirth: string | null; note: string | null };

export type PersonInput = { personalId?: string; fullName?: string; dateOfBirth?: string; note?: string };

/**
 * Checks one person as typed (form row or CSV line): an ID number valid by the lookups' own rule
 * (lib/citizens/personal-id.ts, against the date of birth when one is given), or a name with a date
 * of birth. Returns the person, or the first problem in Vietnamese; a row with nothing at all is null.
 * `idMismatch: "warning"` (an agency's CSV): an ID whose year digits disagree with the date of birth
 * is kept, and the people table warns about it (personIdWarning); a typed row is refused at its field.
 */
export function parsePerson(
  raw: PersonInput,
  today: string,
  options: { idMismatch: "error" | "warning" } = { idMismatch: "error" },
): { ok: true; person: TRequestPerson } | { ok: false; error: string } | null {
  const personalId = (raw.personalId ?? "").replace(/\s+/g, "");
  const name = checkText(FIELDS.personName, raw.fullName ?? "");
  const dobText = (raw.dateOfBirth ?? "").trim();
  const noted = checkText(FIELDS.personNote, raw.note ?? "");
  if (!personalId && !dobText && name.ok && !name.value && noted.ok && !noted.value) return null;
  // The shared field rules (length, letters, no control characters): refused, never cut short.
  if (!noted.ok) return { ok: false, error: noted.message };
  const note = noted.value;

  let dateOfBirth: string | null = null;
  if (dobText) {
    dateOfBirth = parseVnDate(dobText);
    if (!dateOfBirth || isFuturePartial(dateOfBirth, today)) return { ok: false, error: m.personDobInvalid };
  }
  if (!name.ok) return { ok: false, error: name.message };
  const fullName = name.value;
  if (personalId) {
    const problem = checkPersonalId(personalId, { year: dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : undefined, currentYear: Number(today.slice(0, 4)) });
    if (problem && !(isMismatch(problem) && options.idMismatch === "warning")) return { ok: false, error: personalIdMessage(problem) };
  } else if (!fullName) {
    return { ok: false, error: m.personIdOrName };
  } else if (!dateOfBirth) {
    return { ok: false, error: m.personDobRequired };
  }
  return { ok: true, person: { personalId: personalId || null, fullName: fullName || null, dateOfBirth, note: note || null } };
}

/**
 * The warning shown beside a person whose ID number's year digits disagree with the year of birth the
 * agency gave (Vietnamese), or null. Derived from the stored values, so it needs no column.
 */
export function personIdWarning(p: { personalId: string | null; dateOfBirth: string | null }): string | null {
  if (!p.personalId || !p.dateOfBirth) return null;
  const problem = checkPersonalId(p.personalId, { year: Number(p.dateOfBirth.slice(0, 4)), currentYear: 9999 });
  return problem && isMismatch(problem) ? personalIdMessage(problem) : null;
}

/** How the person is named on pages and in the answer: "Nguyễn Văn An, sinh 01/01/1990", "Số định danh 064…". */
export function personLabel(p: { personalId: string | null; fullName: string | null; dateOfBirth: string | null }): string {
  const parts = [p.fullName, p.dateOfBirth ? `sinh ${p.dateOfBirth.split("-").reverse().join("/")}` : null].filter(Boolean).join(", ");
  const label = [parts || null, p.personalId ? `số định danh ${p.personalId}` : null].filter(Boolean).join(" · ");
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}
