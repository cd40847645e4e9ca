// Personal identification numbers: 12 digits PPP G YY NNNNNN — PPP the province (or
// country) where the birth was registered, G century and sex (1900s 0 male / 1 female, 2000s 2/3,
// 2100s 4/5), YY the last two digits of the birth year, NNNNNN a serial. Generated numbers are
// unique by construction: per (PPP, G, YY) a counter runs through a fixed permutation of
// 0..999 999, and numbers reserved for the reference citizens are skipped.

/** ID prefixes of the province's two former halves, and of the merged province for births since 1 July 2025 (to confirm). */
export const ID_PREFIX = { GIA_LAI_OLD: "064", BINH_DINH_OLD: "052", MERGED: "052" } as const;

/** The G digit for a birth year and sex (0 male, 1 female). */
export function centuryDigit(birthYear: number, sex: 0 | 1): number {
  return (Math.floor(birthYear / 100) - 19) * 2 + sex;
}

/** Whether a 12-digit number agrees with a date of birth (partial allowed) and sex ("M"/"F" or null). */
export function isPersonalIdConsistent(personalId: string, dateOfBirth: string | null, sex: "M" | "F" | null): boolean {
  if (!/^\d{12}$/.test(personalId)) return false;
  const g = Number(personalId[3]);
  if (g > 5) return false;
  const century = 1900 + Math.floor(g / 2) * 100;
  if (sex && (g % 2 === 1) !== (sex === "F")) return false;
  if (!dateOfBirth) return true;
  return century + Number(personalId.slice(4, 6)) === Number(dateOfBirth.slice(0, 4));
}

// Multiplier coprime to 10^6, so c → (c·M + offset) mod 10^6 is a permutation.
const MULTIPLIER = 382_129;

/** Issues unique numbers; `reserved` are never issued. */
export class PersonalIdIssuer {
  private readonly counters = new Map<number, number>();
  private readonly reserved: Set<number>;

  constructor(reserved: Iterable<string>) {
    this.reserved = new Set([...reserved].map(Number));
  }

  /** A fresh number as an integer (< 10^12, exact in a double): prefix "064", birth year, sex 0/1. */
  issue(prefix: string, birthYear: number, sex: 0 | 1): number {
    const key = Number(prefix) * 1000 + centuryDigit(birthYear, sex) * 100 + (birthYear % 100);
    const offset = (key * 2_654_435_761) % 1_000_000;
    for (;;) {
      const c = this.counters.get(key) ?? 0;
      if (c >= 1_000_000) throw new Error(`personal ID space exhausted for ${key}`);
      this.counters.set(key, c + 1);
      const serial = (c * MULTIPLIER + offset) % 1_000_000;
      const id = key * 1_000_000 + serial;
      if (!this.reserved.has(id)) return id;
    }
  }
}

/** The 12-digit string of a numeric ID (0 → null: the person never had one). */
export function idString(id: number): string | null {
  return id > 0 ? String(id).padStart(12, "0") : null;
}
