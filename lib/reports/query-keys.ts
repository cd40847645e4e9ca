/** TanStack Query keys of the reports and dashboard: one factory, so a feature's views invalidate together. */
export const reportKeys = {
  all: ["reports"] as const,
  dashboard: () => [...reportKeys.all, "dashboard"] as const,
  /** The dashboard's live tiles (availability, overdue communes) of one month. */
  dashboardLive: (month: string) => [...reportKeys.dashboard(), "live", month] as const,
};
