import "server-only";
import { roleCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";
import { computeAgencyDueAt } from "@/lib/agency-requests/deadlines";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { takeRequestCode } from "@/lib/agency-requests/numbers";
import { parsePeopleCsv } from "@/lib/agency-requests/parse-people-csv";
import { parsePerson, type TRequestPerson } from "@/lib/agency-requests/people";
import type { TFileRequest, TPeopleSource } from "@/lib/agency-requests/schemas";

/** Field key of the CSV's line errors, one per line of the value ("Dòng 3: …\nDòng 7: …"). */
export const CSV_LINES_FIELD = "peopleCsv.lines";

/** The people of a request, all checked; any problem refuses the whole list (field errors). */
function checkPeople(source: TPeopleSource, today: string, maxPeople: number): TRequestPerson[] {
  if (source.kind === "csv") {
    const parsed = parsePeopleCsv(source.bytes, today, maxPeople);
    if (!parsed.ok) {
      throw new AppError("INVALID_INPUT", {
        message: `csv refused: ${parsed.error}`,
        fieldErrors: { peopleCsv: parsed.error, ...(parsed.lineErrors.length ? { [CSV_LINES_FIELD]: parsed.lineErrors.join("\n") } : {}) },
      });
    }
    return parsed.people;
  }
  const errors: Record<string, string> = {};
  const people: TRequestPerson[] = [];
  source.rows.forEach((row, i) => {
    const parsed = parsePerson(row, today);
    if (!parsed) return;
    if (parsed.ok) people.push(parsed.person);
    else errors[`person.${i}`] = parsed.error;
  });
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", { message: "bad people rows", fieldErrors: errors });
  if (people.length === 0) throw new AppError("INVALID_INPUT", { fieldErrors: { people: m.peopleRequired } });
  if (people.length > maxPeople) throw new AppError("INVALID_INPUT", { fieldErrors: { people: m.tooManyPeople(maxPeople) } });
  return people;
}

/**
 * An agency files a data request (Luật Hộ tịch Art. 64), or files again one that Sở Tư pháp
 * returned for more information. The people are checked first, all of them (a CSV upload is all or
 * nothing); then one transaction takes the request code from the province's row-locked series and
 * writes the request with its people, so a bad row never leaves half a request behind. The deadline
 * is counted in working days from today (settings.agencyRequests, serviceHours' holidays), or the
 * agency's own date when later. A re-filed request keeps its code and receipt day; its deadline
 * starts again.
 */
export async function fileRequest(actor: Actor, input: TFileRequest, deps?: Deps): Promise<{ id: string; code: string }> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "agencyRequest.file") || !actor.agency) throw new AppError("NOT_FOUND", { message: "agencyRequest.file without an agency" });
  const agencyId = actor.agency.id;
  const today = todayInVietnam(now);
  const [settings, hours] = await Promise.all([getSetting(db, "agencyRequests"), getSetting(db, "serviceHours")]);
  const people = checkPeople(input.people, today, settings.maxPeople);
  const dueAt = computeAgencyDueAt(now, settings, hours, input.requestedDueOn);
  const fields = {
    letterNumber: input.letterNumber, letterDate: new Date(`${input.letterDate}T00:00:00Z`), signerName: input.signerName, signerTitle: input.signerTitle,
    reason: input.reason, legalBasis: input.legalBasis, recordKinds: input.recordKinds,
    requestedDueOn: input.requestedDueOn ? new Date(`${input.requestedDueOn}T00:00:00Z`) : null, dueAt,
  };
  const rows = people.map((p, i) => ({ position: i + 1, ...p }));

  return db.$transaction(async (tx) => {
    if (!input.id) {
      const code = await takeRequestCode(tx, Number(today.slice(0, 4)));
      const created = await tx.agencyRequest.create({
        data: { ...fields, code, agencyId, createdById: actor.userId, receivedAt: now, people: { createMany: { data: rows } } },
        select: { id: true, code: true },
      });
      return created;
    }
    // Re-filing: the agency's own request, as returned, at the version the page showed.
    const current = await tx.agencyRequest.findFirst({ where: { id: input.id.id, agencyId }, select: { id: true, code: true, status: true, version: true } });
    if (!current) throw new AppError("NOT_FOUND", { message: `re-file: ${input.id.id} not of agency ${agencyId}` });
    if (current.status !== "RETURNED") throw new AppError("CONFLICT", { userMessage: m.wrongStatus(m.statuses[current.status]) });
    const { count } = await tx.agencyRequest.updateMany({
      where: { id: current.id, agencyId, status: "RETURNED", version: input.id.version },
      data: { ...fields, status: "SUBMITTED", triagedAt: null, triagedById: null, handlingUnitId: null, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "re-file: stale version", userMessage: m.stale });
    await tx.agencyRequestPerson.deleteMany({ where: { requestId: current.id } });
    await tx.agencyRequestPerson.createMany({ data: rows.map((r) => ({ ...r, requestId: current.id })) });
    return { id: current.id, code: current.code };
  });
}
