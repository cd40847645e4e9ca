import { ZCivilSearch, type CivilRegistryPort, type EventType } from "@/lib/adapters/civil-registry/port";
import { UpstreamError } from "@/lib/adapters/errors";
import type { MockDataset } from "@/mock-national/data";
import { buildNameIndex, type NameIndex } from "@/mock-national/civil-registry/name-index";
import { effectiveLimit, page } from "@/mock-national/civil-registry/rank";
import { searchById } from "@/mock-national/civil-registry/search-id";
import { searchByName } from "@/mock-national/civil-registry/search-name";
import { buildEntryIndex, searchByRegistration } from "@/mock-national/civil-registry/search-registration";
import { createMockRegistrations } from "@/mock-national/civil-registry/registrations";

// Indexes are built once per dataset and shared by every adapter over it (the dev server, tests
// and the HTTP mock may each create one).
const indexes = new WeakMap<MockDataset, { names: NameIndex; entries: Map<number, Int32Array> }>();

/** Builds (or reuses) the search indexes of a dataset; exported so benchmarks can time it. */
export function prepareMockCivilRegistry(dataset: MockDataset): void {
  if (!indexes.has(dataset)) indexes.set(dataset, { names: buildNameIndex(dataset), entries: buildEntryIndex(dataset) });
}

/**
 * The Ministry of Justice civil-registry system, in process, over a generated dataset: search by
 * personal ID, by name and date of birth (diacritic-, case-, spacing- and apostrophe-insensitive,
 * tolerant of spelling variants, partial and day/month-swapped dates), or by registration keys;
 * getRecord by id; a register of issued copies (mock-national/civil-registry/registrations.ts).
 * No artificial latency: the HTTP mock server adds the wire.
 */
export function createMockCivilRegistry(dataset: MockDataset): CivilRegistryPort {
  prepareMockCivilRegistry(dataset);
  const { names, entries } = indexes.get(dataset)!;
  const registrations = createMockRegistrations();
  return {
    registerIssuedCopy: registrations.registerIssuedCopy,
    revokeIssuedCopy: registrations.revokeIssuedCopy,
    async search(query, _ctx, options) {
      const parsed = ZCivilSearch.safeParse(query);
      if (!parsed.success) throw new UpstreamError("civilRegistry", "refused", `Invalid search: ${parsed.error.issues[0]?.message ?? "bad query"}`, { upstreamCode: "BAD_REQUEST" });
      const q = parsed.data;
      const types: Set<EventType> | null = q.eventTypes ? new Set(q.eventTypes) : null;
      const ranked =
        q.by === "personalId" ? searchById(dataset, q.personalId, types)
        : q.by === "name" ? searchByName(dataset, names, q, types)
        : searchByRegistration(dataset, entries, q, types);
      return page(dataset, ranked, effectiveLimit(options?.limit));
    },
    async getRecord(id) {
      const r = dataset.recordIndex(id);
      return r < 0 ? null : dataset.record(r);
    },
    async health() {
      return { ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" };
    },
  };
}
