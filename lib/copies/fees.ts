import type { RequestChannel, RequestKind } from "@/lib/generated/prisma/enums";
import type { SettingValue } from "@/lib/settings/settings";

export type FeeConfig = SettingValue<"fees">;
export type Fee = { feePerCopy: number; feeTotal: number; feeExemptReason: string | null };

/**
 * The charge of a request, in whole đồng. A copy is of one registered event, so "per copy per
 * event" (Thông tư 281/2016/TT-BTC, Art. 4) is the per-copy amount times the copies; a per-channel
 * amount replaces it when configured. An exemption keeps its reason and makes the total 0, with
 * the per-copy amount still shown so the receipt says what was waived.
 */
export function computeFee(input: { kind: RequestKind; channel: RequestChannel; copies: number; exemptReason: string | null }, config: FeeConfig): Fee {
  if (!Number.isInteger(input.copies) || input.copies < 1) throw new Error(`copies must be a positive integer, got ${input.copies}`);
  const feePerCopy = input.kind === "CONFIRMATION" ? config.confirmationFee : (config.copyFeeByChannel[input.channel] ?? config.copyFeePerCopy);
  if (input.exemptReason) return { feePerCopy, feeTotal: 0, feeExemptReason: input.exemptReason };
  return { feePerCopy, feeTotal: feePerCopy * input.copies, feeExemptReason: null };
}
