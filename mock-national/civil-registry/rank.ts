import type { CivilRecord, CivilSearchResult, Match } from "@/lib/adapters/civil-registry/port";
import type { MockDataset } from "@/mock-national/data";

/** A scored record index, materialised lazily (only the returned page is turned into objects). */
export interface Ranked {
  record: number;
  match: Match;
  materialised: CivilRecord | null;
}

/** The port's limit: 20 by default, at most 50. */
export function effectiveLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return 20;
  return Math.min(50, Math.max(1, Math.floor(limit)));
}

/** Best first (score, then record order, so equal scores come out the same every time); at most `limit`. */
export function page(ds: MockDataset, ranked: Ranked[], limit: number): CivilSearchResult {
  ranked.sort((a, b) => b.match.score - a.match.score || a.record - b.record);
  return {
    results: ranked.slice(0, limit).map((r) => ({ record: r.materialised ?? ds.record(r.record), match: r.match })),
    truncated: ranked.length > limit,
  };
}
