/** TanStack Query keys of the exports feature: one factory, so lists and jobs invalidate together. */
export const exportKeys = {
  all: ["exports"] as const,
  list: () => [...exportKeys.all, "list"] as const,
  job: (id: string) => [...exportKeys.all, "job", id] as const,
};
