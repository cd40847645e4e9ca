/** TanStack Query keys of the connection monitoring: one factory, so "Kiểm tra ngay" invalidates every view of it. */
export const monitoringKeys = {
  all: ["monitoring"] as const,
  overview: () => [...monitoringKeys.all, "overview"] as const,
};
