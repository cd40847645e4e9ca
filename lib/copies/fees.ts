import type { RequestChannel, RequestKind } from "@/lib/generated/prisma/enums";
import type { SettingValue } from "@/lib/settings/settings";

export type FeeConfig = SettingValue<"fees">;
export type FeeExemption = FeeConfig["exemptions"][number];
export type Fee = { feePerCopy: number; feeTotal: number; feeExemptReason: string | null; feeExemptBasis: string | null };

/** The configured exemption whose case is `reason` (as the intake form sends it), or null. */
export function findExemption(config: FeeConfig, reason: string | null | undefined): FeeExemption | null {
  if (!reason) return null;
  return config.exemptions.find((e) => e.reason === reason) ?? null;
}

/**
 * The charge of a request, in whole đồng. A copy is of one registered event, so "per copy per
 * event" (Thông tư 281/2016/TT-BTC, Art. 4) is the per-copy amount times the copies; a per-channel
 * amount replaces it when configured. An exemption keeps its case and legal basis and makes the
 * total 0, with the per-copy amount still shown so the receipt says what was waived.
 */
export function computeFee(input: { kind: RequestKind; channel: RequestChannel; copies: number; exemption: FeeExemption | null }, config: FeeConfig): Fee {
  if (!Number.isInteger(input.copies) || input.copies < 1) throw new Error(`copies must be a positive integer, got ${input.copies}`);
  const feePerCopy = input.kind === "CONFIRMATION" ? config.confirmationFee : (config.copyFeeByChannel[input.channel] ?? config.copyFeePerCopy);
  if (input.exemption) return { feePerCopy, feeTotal: 0, feeExemptReason: input.exemption.reason, feeExemptBasis: input.exemption.basis };
  return { feePerCopy, feeTotal: feePerCopy * input.copies, feeExemptReason: null, feeExemptBasis: null };
}
