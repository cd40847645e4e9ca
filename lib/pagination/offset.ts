/** One numbered page of a list (the lists whose pages are numbered; long logs use keyset.ts). */
export type OffsetPage<T> = { items: T[]; total: number; page: number; pageCount: number };

/** How many pages `total` rows fill, at least one (an empty list still shows its first page). */
export const pageCountOf = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));
