// Column storage: a million people and a million and a half records held as typed arrays rather
// than objects (about 60 bytes a person, 40 a record), materialised into port objects only when
// read. Growable columns double while generating and are trimmed once at the end.

/** An Int32 column that grows while generating. */
export class IntColumn {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): number {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = v;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, v: number): void {
    this.data[i] = v;
  }

  /** The filled part, copied into an exactly sized array. */
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** People: index 0..10 are the reference citizens P1–P11, generated people follow. */
export interface PeopleColumns {
  count: number;
  /** Personal ID as an integer (< 10^12), 0 when the person never had one (died before 2016). */
  pid: Float64Array;
  /** Day numbers (dates.ts); dod 0 = alive. */
  dob: Int32Array;
  dod: Int32Array;
  /** 0 male, 1 female. */
  sex: Uint8Array;
  /** Index into ETHNICITIES. */
  eth: Uint8Array;
  /** Name parts (names.ts NAME_PARTS ids). */
  n0: Uint16Array;
  n1: Uint16Array;
  n2: Uint16Array;
  /** Person indexes, -1 when not in the dataset. */
  father: Int32Array;
  mother: Int32Array;
  /** The person's latest marriage (couple index), -1 none. */
  couple: Int32Array;
  /** Where the birth was registered: place row ≥ 0, or −(outside province index + 1). */
  home: Int16Array;
  /** Where the person lives (or lived last): place row ≥ 0, or −(outside province index + 1). */
  resRow: Int16Array;
  /** Quê quán: place row ≥ 0, or −(outside index·8 + authority index + 1). */
  hometown: Int16Array;
}

/** Marriages: husband, wife, days of marriage and divorce (0 none), the couple's place row. */
export interface CoupleColumns {
  count: number;
  husband: Int32Array;
  wife: Int32Array;
  married: Int32Array;
  divorced: Int32Array;
  row: Int16Array;
}

/** Event codes used in record ids ("HT-KS-0000123"): the Vietnamese abbreviations of the registers. */
export const TYPE_CODES = ["KS", "KH", "KT", "NCMC", "GH", "TDCC", "LH", "NCN"] as const;
/** Index i of TYPE_CODES is ZEventType value TYPES[i]. */
export const TYPES = ["BIRTH", "MARRIAGE", "DEATH", "PARENTAGE", "GUARDIANSHIP", "CHANGE_CORRECTION", "DIVORCE", "ADOPTION"] as const;
export const T = { BIRTH: 0, MARRIAGE: 1, DEATH: 2, PARENTAGE: 3, GUARDIANSHIP: 4, CHANGE: 5, DIVORCE: 6, ADOPTION: 7 } as const;
export const QUALITIES = ["verified", "needs_review", "incomplete", "suspected_duplicate"] as const;

/** Per-record flags (bits of RecordColumns.flags). Role 0 is the subject or husband, role 1 the wife. */
export const F = {
  PID_HIDDEN_0: 1 << 0,
  PID_HIDDEN_1: 1 << 1,
  /** Two bits each: 0 full date, 1 month only, 2 year only. */
  PREC_0_SHIFT: 2,
  PREC_1_SHIFT: 4,
  /** Deliberate disagreements with the population database (birth records). */
  DOB_SWAPPED: 1 << 6,
  ETH_ALT: 1 << 7,
  /** Birth registered without a father; a parentage record names him later. */
  FATHER_UNKNOWN: 1 << 8,
  /** Đăng ký lại: a birth re-registered decades later. */
  REREGISTERED: 1 << 9,
  /** A change/correction record amended this birth record. */
  CORRECTED: 1 << 10,
  /** The name shown differs from the population database on purpose (counted as a disagreement). */
  NAME_DISAGREES: 1 << 11,
} as const;

/** Records: index 0..9 are the reference records R1–R10 (materialised from the JSON). */
export interface RecordColumns {
  count: number;
  type: Uint8Array;
  /** Subject (birth, death, parentage, change, ward, adoptee) or husband (marriage, divorce). */
  subj: Int32Array;
  /** Wife (marriage, divorce), recognised father (parentage), guardian, adoptive father; -1 otherwise. */
  other: Int32Array;
  /** Day of registration. */
  reg: Int32Array;
  /** Register slot: row (before the reform), 1000 + current commune (after), 2000 + outside·8 + authority. */
  slot: Int16Array;
  entry: Int32Array;
  book: Uint8Array;
  flags: Uint16Array;
  quality: Uint8Array;
  /** The record this one copies (a duplicate entry of the same event), -1 none. */
  orig: Int32Array;
  /** Whether the system knows the duplicate (duplicateOf shown): 1 yes. */
  dupKnown: Uint8Array;
  /** Couple index (marriage, divorce, the adoptive parents of an adoption), correction kind (change), -1 otherwise. */
  aux: Int32Array;
}
