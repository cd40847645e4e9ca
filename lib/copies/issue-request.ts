import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { feeTexts } from "@/lib/copies/fee-texts";
import { applyTransition, assertNotRevoked, loadForTransition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/**
 * A fee receipt (biên lai thu phí) number as printed on paper or e-receipts: series and number, e.g.
 * "0001234", "BL-2026/000123", "1C26TYY-0000123". Spaces are dropped; letters are upper-cased.
 */
export const ZFeeReceiptNumber = z
  .string()
  .transform((s) => s.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().min(1, feeTexts.receiptRequired).max(40, feeTexts.receiptTooLong).regex(/^[A-Z0-9][A-Z0-9/.\-]*$/, feeTexts.receiptInvalid));

/**
 * The signed document is sealed and released by the officer, ready for the requester: SIGNED →
 * ISSUED. A request with a fee records the number of the fee receipt given to the requester; the
 * database keeps it unique per unit, so one receipt never covers two requests.
 */
export async function issueRequest(actor: Actor, input: TTransitionInput & { feeReceiptNumber?: string | null }, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  try {
    await db.$transaction(async (tx) => {
      const request = await loadForTransition(tx, actor, "copy.prepare", input, ["SIGNED"]);
      assertNotRevoked(request);
      let feeReceiptNumber: string | null = null;
      if (request.feeTotal > 0) {
        const parsed = ZFeeReceiptNumber.safeParse(input.feeReceiptNumber ?? "");
        if (!parsed.success) throw new AppError("INVALID_INPUT", { message: "fee receipt number", fieldErrors: { feeReceiptNumber: parsed.error.issues[0]!.message } });
        feeReceiptNumber = parsed.data;
      }
      await applyTransition(tx, input, ["SIGNED"], { status: "ISSUED", issuedAt: now, issuedById: actor.userId, feeReceiptNumber });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID_INPUT", { message: "fee receipt number taken", fieldErrors: { feeReceiptNumber: feeTexts.receiptTaken } });
    throw error;
  }
}
