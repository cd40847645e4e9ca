/** The confirmation each workflow step leaves on the request page (`/copies/<id>?done=<step>`). */
export const STEP_DONE = {
  prepare: "Đã chuyển lãnh đạo ký.",
  sign: "Đã ký và cấp số văn bản.",
  issue: "Đã phát hành văn bản.",
  deliver: "Đã ghi nhận trả kết quả.",
  refuse: "Đã từ chối yêu cầu.",
  revoke: "Đã thu hồi văn bản.",
} as const;

export type StepName = keyof typeof STEP_DONE;

/** The step named by a search parameter, or null for anything else. */
export function stepOf(value: unknown): StepName | null {
  return typeof value === "string" && Object.hasOwn(STEP_DONE, value) ? (value as StepName) : null;
}
