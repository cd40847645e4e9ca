/** The two windows the monitoring page reports on; a pure module, so the page's texts state the same spans. */
export const MONITORING_WINDOWS = {
  /** The short window, in hours. */
  shortHours: 24,
  /** The long window, in days. */
  longDays: 30,
} as const;
