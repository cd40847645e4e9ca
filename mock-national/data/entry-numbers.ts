import type { RecordColumns } from "@/mock-national/data/columns";
import { yearOf } from "@/mock-national/data/dates";

// Registers are numbered per authority, event type and year in order of registration (số 1, 2, …
// in quyển 01/2019, then quyển 02/2019 after 400 entries). Numbers held by reference records in
// the same register are skipped so "entry 45, book 01/1998, Ia Kha" finds R1 alone.

/** A number already used in a register by a reference record. */
export interface Reservation {
  slot: number;
  type: number;
  year: number;
  entry: number;
}

const ENTRIES_PER_BOOK = 400;
const reservationKey = (slot: number, type: number, year: number, entry: number) => ((slot * 8 + type) * 300 + (year - 1850)) * 100_000 + entry;

/** Fills `entry` and `book` of records firstRecord..count-1 (reference records keep their own). */
export function assignEntryNumbers(R: RecordColumns, firstRecord: number, reserved: Reservation[]): void {
  const taken = new Set(reserved.map((r) => reservationKey(r.slot, r.type, r.year, r.entry)));
  const n = R.count - firstRecord;
  // One sortable number per record: register (slot·8 + type), day, index — 15 + 16 + 22 bits.
  const order = new Float64Array(n);
  const compact = R.count < 2 ** 22;
  for (let i = 0; i < n; i++) {
    const r = i + firstRecord;
    const register = (R.slot[r]! + 1) * 8 + R.type[r]!;
    order[i] = compact ? (register * 65_536 + R.reg[r]!) * 4_194_304 + r : r;
  }
  if (compact) order.sort();
  else {
    const keys = (r: number) => [(R.slot[r]! + 1) * 8 + R.type[r]!, R.reg[r]!, r] as const;
    order.sort((a, b) => {
      const [x, y] = [keys(a), keys(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  }
  let lastRegister = -1;
  let lastYear = -1;
  let counter = 0;
  for (let i = 0; i < n; i++) {
    const r = compact ? order[i]! % 4_194_304 : order[i]!;
    const register = (R.slot[r]! + 1) * 8 + R.type[r]!;
    const year = yearOf(R.reg[r]!);
    if (register !== lastRegister || year !== lastYear) {
      counter = 0;
      lastRegister = register;
      lastYear = year;
    }
    do counter++;
    while (taken.has(reservationKey(R.slot[r]!, R.type[r]!, year, counter)));
    R.entry[r] = counter;
    R.book[r] = 1 + Math.floor((counter - 1) / ENTRIES_PER_BOOK);
  }
}
