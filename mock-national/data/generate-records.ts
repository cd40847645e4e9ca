import { F, IntColumn, T, type CoupleColumns, type PeopleColumns, type RecordColumns } from "@/mock-national/data/columns";
import { BORN_DIGITAL_DAY, dayOfYmd, REFORM_DAY, ymdOf, yearOf } from "@/mock-national/data/dates";
import { legacyMarks, qualityOf } from "@/mock-national/data/legacy";
import { ETH, joinParts } from "@/mock-national/data/names";
import type { Places } from "@/mock-national/data/places";
import type { Rng } from "@/mock-national/data/prng";
import { spellingVariant } from "@/mock-national/data/variants";
import { assignEntryNumbers, type Reservation } from "@/mock-national/data/entry-numbers";
import { generateCareRecords } from "@/mock-national/data/generate-care-records";

// The civil registry's view of the generated people: births (re-registered decades later for some
// born before 1976), marriages, deaths, divorces, parentage recognitions, changes/corrections,
// guardianships and adoptions (generate-care-records.ts),
// each registered where the family lived, plus the flaws of digitised pages, duplicate entries
// and ~0.5% deliberate disagreements with the population database.

const YEAR = 365;
const Y1976 = dayOfYmd(1976, 1, 1);

export interface RecordsBuild {
  records: RecordColumns;
  /** Names as a record spells them when not as in the population database: key record·2 + role. */
  names: Map<number, string>;
  /** Birth record → the change/correction record that amended it. */
  corrections: Map<number, number>;
}

export interface RecordsOptions {
  people: PeopleColumns;
  couples: CoupleColumns;
  places: Places;
  rng: Rng;
  asOf: number;
  firstPerson: number;
  /** Records 0..firstRecord-1 are the reference records (filled by the caller). */
  firstRecord: number;
  reserved: Reservation[];
}

/** Generates every record into columns, then numbers the registers. */
export function generateRecords(o: RecordsOptions): RecordsBuild {
  const { people: P, couples: C, places, rng, asOf } = o;
  const col = {
    type: new IntColumn(1 << 16), subj: new IntColumn(1 << 16), other: new IntColumn(1 << 16), reg: new IntColumn(1 << 16),
    slot: new IntColumn(1 << 16), flags: new IntColumn(1 << 16), quality: new IntColumn(1 << 16), orig: new IntColumn(1 << 16),
    dupKnown: new IntColumn(1 << 16), aux: new IntColumn(1 << 16),
  };
  const names = new Map<number, string>();
  const corrections = new Map<number, number>();
  for (let r = 0; r < o.firstRecord; r++) for (const c of Object.values(col)) c.push(-1);

  const slotOf = (row: number, day: number) => (row < 0 ? -1 : day < REFORM_DAY ? row : 1000 + (places.rows[row]?.current ?? 0));
  function add(type: number, subj: number, other: number, reg: number, slot: number, aux = -1): number {
    const r = col.type.push(type);
    col.subj.push(subj); col.other.push(other); col.reg.push(reg); col.slot.push(slot);
    col.flags.push(0); col.quality.push(0); col.orig.push(-1); col.dupKnown.push(0); col.aux.push(aux);
    return r;
  }
  /** Applies legacy flaws for one person on record r and returns whether a variant name was set. */
  function mark(r: number, person: number, role: 0 | 1): boolean {
    const m = legacyMarks(rng, P, person, role, col.reg.get(r));
    col.flags.set(r, col.flags.get(r) | m.flags);
    if (m.name) names.set(r * 2 + role, m.name);
    return m.name !== null;
  }
  const finish = (r: number, variant: boolean) => col.quality.set(r, qualityOf(rng, col.reg.get(r), col.flags.get(r), variant));
  const nameOf = (p: number) => joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!);

  for (let p = o.firstPerson; p < P.count; p++) {
    const dob = P.dob[p]!, home = P.home[p]!, y = yearOf(dob), dead = P.dod[p]!;
    // Birth: registered within weeks where the parents lived; in another province for migrants.
    let reg = dob + rng.int(2, rng.chance(0.1) ? 360 : 60);
    let exists: boolean;
    let reregistered = false;
    if (home < 0) exists = y >= 1976 && rng.chance(0.3);
    else if (y >= 1976) exists = rng.chance(y >= 2000 ? 0.99 : y >= 1990 ? 0.93 : 0.8);
    else {
      reregistered = rng.chance(0.2);
      exists = reregistered;
      reg = Math.max(dob + 18 * YEAR, dayOfYmd(1995, 1, 1)) + rng.int(0, 20 * YEAR);
      if (dead && reg > dead) exists = false;
    }
    if (exists && reg <= asOf) {
      const slot = home < 0 ? 2000 + (-P.hometown[p]! - 1) : slotOf(home, reg);
      const r = add(T.BIRTH, p, -1, reg, slot);
      let variant = mark(r, p, 0);
      if (reregistered) col.flags.set(r, col.flags.get(r) | F.REREGISTERED);
      if (P.pid[p] && rng.chance(0.005)) {
        // A deliberate disagreement with the population database (reference case P8).
        const { m, d } = ymdOf(dob);
        const clear = col.flags.get(r) & ~(3 << F.PREC_0_SHIFT) & ~F.PID_HIDDEN_0;
        names.delete(r * 2);
        variant = false;
        const kind = rng.int(0, 2);
        if (kind === 0 && d <= 12 && d !== m) col.flags.set(r, clear | F.DOB_SWAPPED);
        else if (kind === 2) col.flags.set(r, clear | F.ETH_ALT);
        else {
          const v = spellingVariant(nameOf(p), rng);
          if (v) names.set(r * 2, v);
          col.flags.set(r, clear | F.NAME_DISAGREES);
        }
      }
      finish(r, variant);
      const father = P.father[p]!;
      if (father >= 0 && y >= 1995 && rng.chance(0.015)) {
        const on = reg + rng.int(180, 2500);
        if (on <= asOf) {
          col.flags.set(r, col.flags.get(r) | F.FATHER_UNKNOWN);
          finish(add(T.PARENTAGE, p, father, on, slotOf(home, on)), false);
        }
      }
      const res = P.resRow[p]!;
      if (res >= 0 && rng.chance(0.012) && asOf - reg > YEAR) {
        const on = reg + rng.int(YEAR, asOf - reg);
        if (!dead || on < dead) {
          const mixed = P.father[p]! >= 0 && P.eth[P.father[p]!] !== P.eth[p];
          const kind = mixed && rng.chance(0.5) ? 2 : rng.pick([0, 0, 1, 3]);
          const ch = add(T.CHANGE, p, kind === 1 ? dob + rng.int(1, 20) * (rng.chance(0.5) ? 1 : -1) : -1, on, slotOf(res, on), kind);
          if (kind === 0) names.set(ch * 2 + 1, spellingVariant(nameOf(p), rng) ?? nameOf(p).toUpperCase());
          col.flags.set(r, col.flags.get(r) | F.CORRECTED);
          corrections.set(r, ch);
          finish(ch, false);
        }
      }
    }
    // Death: registered where the person lived, if that is in the province.
    const res = P.resRow[p]!;
    if (dead && dead >= Y1976 && res >= 0) {
      const regDeath = dead + rng.int(1, 30);
      if (regDeath <= asOf && rng.chance(dead >= dayOfYmd(2010, 1, 1) ? 0.95 : dead >= dayOfYmd(1995, 1, 1) ? 0.8 : 0.5)) {
        const r = add(T.DEATH, p, -1, regDeath, slotOf(res, regDeath));
        finish(r, mark(r, p, 0));
      }
    }
  }

  for (let c = 0; c < C.count; c++) {
    const h = C.husband[c]!, w = C.wife[c]!, day = C.married[c]!, row = C.row[c]!;
    if (day < Y1976 || day > asOf) continue;
    const minority = P.eth[h] !== ETH.KINH || P.eth[w] !== ETH.KINH;
    const share = (day >= dayOfYmd(2000, 1, 1) ? 0.96 : day >= dayOfYmd(1986, 1, 1) ? 0.85 : 0.7) * (minority ? 0.8 : 1);
    if (!rng.chance(share)) continue;
    const reg = day + rng.int(0, 20);
    const r = add(T.MARRIAGE, h, w, reg, slotOf(row, reg), c);
    const [hv, wv] = [mark(r, h, 0), mark(r, w, 1)]; // both spouses get their own flaws
    finish(r, hv || wv);
    const dv = C.divorced[c]!;
    if (dv && rng.chance(0.9)) {
      const on = dv + rng.int(5, 60);
      if (on <= asOf) {
        const d = add(T.DIVORCE, h, w, on, slotOf(row, on), c);
        const [dh, dw] = [mark(d, h, 0), mark(d, w, 1)];
        finish(d, dh || dw);
      }
    }
  }

  // Duplicates: the same event entered twice on digitised pages (re-registration, double capture).
  const originals = col.type.length;
  for (let r = o.firstRecord; r < originals; r++) {
    const type = col.type.get(r);
    if (col.reg.get(r) >= BORN_DIGITAL_DAY || (type !== T.BIRTH && type !== T.MARRIAGE && type !== T.DEATH) || !rng.chance(0.02)) continue;
    const reg = Math.min(BORN_DIGITAL_DAY - 1, col.reg.get(r) + rng.int(0, 400));
    const d = add(type, col.subj.get(r), col.other.get(r), reg, col.slot.get(r), col.aux.get(r));
    col.flags.set(d, col.flags.get(r) & ~(F.CORRECTED | F.DOB_SWAPPED | F.ETH_ALT | F.NAME_DISAGREES | F.FATHER_UNKNOWN));
    for (const role of [0, 1]) {
      const name = names.get(r * 2 + role);
      if (name && !(col.flags.get(r) & F.NAME_DISAGREES)) names.set(d * 2 + role, name);
    }
    if (rng.chance(0.5)) mark(d, col.subj.get(d), 0);
    col.orig.set(d, r);
    col.dupKnown.set(d, rng.chance(0.6) ? 1 : 0);
    col.quality.set(d, 3);
  }

  // Last, so that every record above (and its entry number) is what it was before these existed.
  generateCareRecords({ people: P, couples: C, rng, asOf, firstPerson: o.firstPerson, slotOf, add, finish });

  const count = col.type.length;
  const records: RecordColumns = {
    count,
    type: Uint8Array.from(col.type.trimmed()), subj: col.subj.trimmed(), other: col.other.trimmed(), reg: col.reg.trimmed(),
    slot: Int16Array.from(col.slot.trimmed()), entry: new Int32Array(count), book: new Uint8Array(count),
    flags: Uint16Array.from(col.flags.trimmed()), quality: Uint8Array.from(col.quality.trimmed()),
    orig: col.orig.trimmed(), dupKnown: Uint8Array.from(col.dupKnown.trimmed()), aux: col.aux.trimmed(),
  };
  assignEntryNumbers(records, o.firstRecord, o.reserved);
  return { records, names, corrections };
}
