import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { verifyUrlFor } from "@/lib/documents/codes";
import { renderDocumentPdf } from "@/lib/documents/render-document-pdf";
import { enqueueRegistration } from "@/lib/national-registration/outbox";
import { unitCredential } from "@/lib/signing/credentials";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLogs } from "@/lib/audit/write-access-log";
import { todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { isAppError } from "@/lib/errors/app-error";
import { issueVerificationCode } from "@/lib/documents/codes";
import { buildConfirmationContent, buildCopyContent, contentHash, documentKindFor, type DocumentContent } from "@/lib/documents/content";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { allocateDocumentNumber } from "@/lib/copies/allocate-document-number";
import { fetchRequestRecords, purposeKindFor, writeLogs } from "@/lib/copies/fetch-request-records";
import { askedPerson, parseRecords } from "@/lib/copies/records";
import { AppError } from "@/lib/errors/app-error";
import { applyTransition, loadForTransition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";
import { assertFitToCertify, keepRegisterState } from "@/lib/verifications/fitness";

const FROM = ["PREPARED"] as const;

/** The office the signer holds, as the signature block names it: "Phó Chủ tịch UBND phường" → "Phó Chủ tịch". */
export function signerOffice(title: string | null): string {
  const office = (title ?? "").replace(/\s+(UBND|Ủy ban nhân dân)(\s.*)?$/iu, "").trim();
  return office || "Chủ tịch";
}

/**
 * The signer approves a prepared request: PREPARED → SIGNED, and the document is issued.
 *
 * The records are read afresh from the Ministry of Justice system (the document shows the register
 * as it is on the day of signing), one access-log row each with the request as purpose. Then ONE
 * transaction moves the request (optimistic lock first, so a concurrent signer fails before taking
 * a number), takes the next number of the unit's series for the Vietnam year of signing, builds the
 * content, hashes it, binds a verification code to the hash and stores the document: if anything
 * fails, nothing is kept and no number is used. One document per request; `copies` is how many
 * prints of it the requester gets.
 */
export async function signRequest(actor: Actor, input: TTransitionInput & { ip: string | null }, deps?: Deps): Promise<{ documentId: string; number: number; symbol: string; label: string }> {
  const { db, now } = resolveDeps(deps);
  const request = await loadForTransition(db, actor, "copy.sign", input, FROM);
  const stored = parseRecords(request.records);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: request.unitId }, select: { id: true, code: true, name: true } });
  const purpose = { kind: purposeKindFor(request.kind), receiptNumber: request.receiptNumber, lookupId: request.lookupId, unit: { id: unit.id, code: unit.code }, ip: input.ip };
  const { records, logs } = await fetchRequestRecords(db, actor, purpose, stored.map((r) => r.recordId), now, deps);

  const holderCodes = [...new Set(records.map((r) => r.registration.currentCommuneCode).filter((c): c is string => !!c))];
  const holders = new Map((await db.unit.findMany({ where: { code: { in: holderCodes } }, select: { code: true, name: true } })).map((u) => [u.code, u.name]));
  const holderOf = (code: string | null) => (code ? (holders.get(code) ?? null) : null);
  const issuedOn = todayInVietnam(now);
  const year = Number(issuedOn.slice(0, 4));
  const issuer = { unitName: unit.name, unitCode: unit.code };
  const signer = { name: actor.fullName, title: signerOffice(actor.title) };
  const secret = env().documents.signingSecret;
  // The person the request was taken for (its searches found the records through them) holds the document.
  const asked = askedPerson(stored);
  // A confirmation is about the person chosen at intake, never a guess (requests taken before the
  // choice existed, found by registration keys, name no one: they are refused and taken again).
  // An electronic document delivered online has legal value only digitally signed (Nghị định
  // 87/2020 Art. 13): without the unit's certificate, only printed copies are issued.
  const credential = unitCredential(unit);
  if (!credential && request.channel === "ONLINE") {
    await writeLogs(db, logs, now);
    throw new AppError("CONFLICT", { message: `unit ${unit.code} has no signing certificate`, userMessage: "Đơn vị chưa được cài đặt chứng thư số: không thể cấp văn bản điện tử gửi trực tuyến. Đề nghị quản trị viên cài đặt chứng thư số của UBND, hoặc người yêu cầu nhận bản giấy." });
  }
  if (request.kind === "CONFIRMATION" && !asked) {
    await writeLogs(db, logs, now);
    throw new AppError("CONFLICT", { message: "confirmation without a chosen person", userMessage: "Yêu cầu xác nhận chưa xác định người được xác nhận: từ chối yêu cầu và tiếp nhận lại, chọn người được xác nhận." });
  }

  try {
    return await db.$transaction(async (tx) => {
      // The register as it is today decides whether the records are fit to certify.
      const subjectOf = (id: string) => stored.find((s) => s.recordId === id)?.subjectName;
      await assertFitToCertify(tx, records.map((r) => ({ recordId: r.id, quality: r.quality, duplicateOf: r.duplicateOf ?? null, subjectName: subjectOf(r.id) })));
      await applyTransition(tx, input, FROM, { status: "SIGNED", signedAt: now, signedById: actor.userId });
      const first = records[0]!;
      const kind: DocumentKind = request.kind === "CONFIRMATION" ? "CONFIRMATION" : documentKindFor(first.type);
      const { number, symbol, forms } = await allocateDocumentNumber(tx, unit.id, kind, year);
      const issue = { number, symbol, year, issuedOn, issuer, signer, forms };
      const content: DocumentContent =
        request.kind === "CONFIRMATION"
          ? buildConfirmationContent({
              ...issue, records, purposeText: request.purposeText ?? "",
              subject: asked ? { fullName: asked.fullName, dateOfBirth: asked.dateOfBirth, personalId: asked.personalId } : undefined,
              currentHolderNames: Object.fromEntries(records.map((r) => [r.id, holderOf(r.registration.currentCommuneCode)])),
            })
          : buildCopyContent({ ...issue, record: first, kind, currentHolderName: holderOf(first.registration.currentCommuneCode), holderName: asked?.fullName });
      const hash = contentHash(content);
      const code = issueVerificationCode(secret, hash);
      // The PDF as issued, digitally signed (PAdES) with the unit's certificate when it has one. It
      // is stored as it is, so every download is this file and /verify can compare an upload with it.
      const pdf = Buffer.from(await renderDocumentPdf(content, {
        verifyUrl: verifyUrlFor(code),
        signature: credential ? {
          credential,
          appearance: { signerName: signer.name, signerTitle: signer.title, unitName: unit.name, signedAt: now, demo: credential.demo },
          reason: `Ký ${content.title.toLocaleLowerCase("vi")} số ${content.series.label}`,
          location: `${unit.name}, tỉnh Gia Lai`,
        } : undefined,
      }));
      const document = await tx.issuedDocument.create({
        data: {
          requestId: request.id, unitId: unit.id, kind, year, number, symbol, label: content.series.label, code, contentHash: hash,
          content, signerName: signer.name, signerTitle: signer.title, issuedAt: now,
          pdf, pdfSha256: createHash("sha256").update(pdf).digest("hex"),
          signature: credential ? { ...credential.certificate, signedAt: now.toISOString(), demo: credential.demo } : Prisma.DbNull,
        },
        select: { id: true },
      });
      // Registered with the national system by the outbox worker; committed with the number or not at all.
      await enqueueRegistration(tx, document.id, {
        unitCode: unit.code, symbol, year, number, recordIds: records.map((r) => r.id),
        signerName: signer.name, signerTitle: signer.title, signedAt: now.toISOString(), contentHash: hash,
      }, now);
      // Last: the access log's head stays locked until commit.
      await writeAccessLogs(tx, logs, now);
      return { documentId: document.id, number, symbol, label: content.series.label };
    // The PDF is rendered and signed inside (the number is in it): each signing's CPU time holds
    // the unit's series row. Signings of a unit queue on it, and on the embedded database (one
    // session) all signings do, so the default 2 s wait for a transaction would refuse a busy
    // moment's queue (30 at once in tests/integration/parallel-use.test.ts).
    }, { maxWait: 30_000, timeout: 30_000 });
  } catch (error) {
    await writeLogs(db, logs, now);
    // Refused for the register's state today: the request keeps it, so the officer sees why and can ask.
    if (isAppError(error) && error.code === "CONFLICT") await keepRegisterState(db, request.id, records);
    throw error;
  }
}
