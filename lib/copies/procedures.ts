import type { RequestKind } from "@/lib/generated/prisma/enums";

/**
 * The national procedure each kind of request is taken under (catalogue of administrative
 * procedures; lib/seed/catalogue.ts seeds both): a copy of an extract is 2.000635, a confirmation of
 * civil-status information its own procedure 2.002516 with its own request form.
 */
export const REQUEST_PROCEDURES = {
  COPY: { code: "2.000635", name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh" },
  CONFIRMATION: { code: "2.002516", name: "Xác nhận thông tin hộ tịch" },
} as const satisfies Record<RequestKind, { code: string; name: string }>;

/** The procedure a stored request was taken under: its own column, else (older rows) its kind's. */
export function procedureOf(kind: RequestKind, stored: string | null | undefined): { code: string; name: string } {
  const byKind = REQUEST_PROCEDURES[kind];
  if (!stored || stored === byKind.code) return byKind;
  return Object.values(REQUEST_PROCEDURES).find((p) => p.code === stored) ?? { code: stored, name: stored };
}
