/**
 * Tiny stand-ins for the mock national systems, built from a few reference people, for tests of
 * the wire (client, server, faults) that need no realistic data or matching.
 */
import type { CivilRecord, CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import { UpstreamError } from "@/lib/adapters/errors";
import { verifyOfficerCredential } from "@/lib/adapters/population/credential";
import type { Citizen, PopulationPort } from "@/lib/adapters/population/port";
import { foldVietnamese } from "@/lib/text/normalize";

const base = () => ({ origin: "digitised" as const, quality: "verified" as const, related: [], details: {}, notes: [] });

export const FAKE_RECORDS: CivilRecord[] = [
  {
    ...base(),
    id: "R1",
    type: "BIRTH",
    subject: { personalId: "064198004512", fullName: "Rơ Mah H'Lan", sex: "F", dateOfBirth: "1998-03-12" },
    father: { fullName: "Ksor Kơi", birthYear: 1970 },
    mother: { fullName: "Rơ Mah H'Bloi", birthYear: 1974 },
    registration: { entryNumber: "45", bookNumber: "01/1998", registeredOn: "1998-03-20", authority: "UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai", currentCommuneCode: "23764" },
  },
  {
    ...base(),
    id: "R8",
    type: "BIRTH",
    subject: { personalId: "064090003117", fullName: "Nguyễn Văn An", sex: "M", dateOfBirth: "1990-01-01" },
    registration: { entryNumber: "09", bookNumber: "01/1990", registeredOn: "1990-01-10", authority: "UBND thị trấn An Khê, huyện An Khê, tỉnh Gia Lai", currentCommuneCode: "23617" },
  },
];

export const FAKE_CITIZENS: Citizen[] = [
  {
    personalId: "064198004512",
    fullName: "Rơ Mah H'Lan",
    sex: "F",
    dateOfBirth: "1998-03-12",
    ethnicity: "Gia Rai",
    nationality: "Việt Nam",
    hometown: "Ia Kha, Ia Grai, Gia Lai",
    residence: { communeCode: "23764", address: "Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai" },
    maritalStatus: "married",
    fatherId: null,
    motherId: null,
    spouseId: "064095001873",
    status: "alive",
    dateOfDeath: null,
  },
];

function matches(record: CivilRecord, q: CivilSearch): boolean {
  if (q.by === "personalId") return record.subject?.personalId === q.personalId;
  if (q.by === "registration") return record.registration.entryNumber === q.entryNumber;
  return foldVietnamese(record.subject?.fullName ?? "") === foldVietnamese(q.fullName) && record.subject?.dateOfBirth === q.dateOfBirth;
}

export function fakeCivilRegistry(records: CivilRecord[] = FAKE_RECORDS): CivilRegistryPort {
  return {
    async search(query, _ctx, options) {
      const hits = records.filter((r) => matches(r, query));
      const limit = Math.min(options?.limit ?? 20, 50);
      return { results: hits.slice(0, limit).map((record) => ({ record, match: { score: 1, level: "exact" as const, reasons: [] } })), truncated: hits.length > limit };
    },
    getRecord: async (id) => records.find((r) => r.id === id) ?? null,
    health: async () => ({ ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" }),
  };
}

export function fakePopulation(credentialSecret: string, citizens: Citizen[] = FAKE_CITIZENS, today = "2026-11-28"): PopulationPort {
  return {
    async getCitizen(personalId, credential) {
      const check = verifyOfficerCredential(credentialSecret, credential, today);
      if (!check.ok) throw new UpstreamError("population", "refused", `population: ${check.code}`, { upstreamCode: check.code });
      return citizens.find((c) => c.personalId === personalId) ?? null;
    },
    health: async () => ({ ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" }),
  };
}
