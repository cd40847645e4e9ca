import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import { issueVerificationCode } from "@/lib/documents/codes";
import { contentHash } from "@/lib/documents/content";
import { UnitLevel } from "@/lib/generated/prisma/enums";
import { buildAnswerContent, type AnswerPerson } from "@/lib/agency-requests/answer-content";
import { answerData } from "@/lib/agency-requests/answer-data";
import { loadForHandling } from "@/lib/agency-requests/load-for-handling";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { ANSWER_SYMBOL, takeAnswerNumber } from "@/lib/agency-requests/numbers";
import { parseAnswerRecords } from "@/lib/agency-requests/records";
import type { TTransition } from "@/lib/agency-requests/schemas";

/**
 * The handler issues the answer once every person is marked: ACCEPTED → ANSWERED (answeredAt,
 * answeredById), at the version the page showed. One transaction moves the request (optimistic
 * lock first, so a concurrent answer fails before taking a number), takes the next number of the
 * handling unit's answer letters for the Vietnam year, builds the letter's content from the marked
 * records, hashes it, binds a verification code to the hash (the /verify page knows it) and stores
 * the letter with the data of its JSON and CSV attachments. Nothing is kept if anything fails.
 */
export async function answerRequest(actor: Actor, input: TTransition, deps?: Deps): Promise<{ documentId: string; number: number }> {
  const { db, now } = resolveDeps(deps);
  const request = await loadForHandling(db, actor, input.id);
  if (request.version !== input.version) throw new AppError("CONFLICT", { userMessage: m.stale });
  const people = await db.agencyRequestPerson.findMany({ where: { requestId: request.id }, orderBy: { position: "asc" } });
  if (people.length === 0 || people.some((p) => p.outcome === "PENDING")) throw new AppError("CONFLICT", { userMessage: m.peoplePending });
  const unit = await db.unit.findUniqueOrThrow({ where: { id: request.handlingUnit.id }, select: { id: true, code: true, name: true, level: true } });
  const issuedOn = todayInVietnam(now);
  const year = Number(issuedOn.slice(0, 4));
  const signer = {
    name: actor.fullName,
    title: actor.title ?? "Công chức",
    onBehalfOf: unit.level === UnitLevel.DEPARTMENT ? "TL. Giám đốc" : "TL. Chủ tịch",
  };
  const answerPeople: AnswerPerson[] = people.map((p) => ({ ...p, records: parseAnswerRecords(p.records) }));
  const secret = env().documents.signingSecret;

  return db.$transaction(async (tx) => {
    const { count } = await tx.agencyRequest.updateMany({
      where: { id: request.id, status: "ACCEPTED", version: input.version },
      data: { status: "ANSWERED", answeredAt: now, answeredById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "answer: changed concurrently", userMessage: m.stale });
    const number = await takeAnswerNumber(tx, unit.id, year);
    const content = buildAnswerContent({
      number, symbol: ANSWER_SYMBOL, year, issuedOn,
      issuer: { unitName: unit.name, unitCode: unit.code },
      signer,
      request: {
        code: request.code, letterNumber: request.letterNumber, letterDate: request.letterDate.toISOString().slice(0, 10),
        agencyName: request.agency.name, reason: request.reason, legalBasis: request.legalBasis,
      },
      people: answerPeople,
    });
    const hash = contentHash(content);
    const document = await tx.agencyAnswerDocument.create({
      data: {
        requestId: request.id, unitId: unit.id, year, number, symbol: ANSWER_SYMBOL, code: issueVerificationCode(secret, hash), contentHash: hash, content,
        data: answerData(request, content, answerPeople), signerName: signer.name, signerTitle: signer.title, issuedAt: now,
      },
      select: { id: true },
    });
    return { documentId: document.id, number };
  });
}
