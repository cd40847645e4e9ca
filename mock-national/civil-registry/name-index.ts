import { IntColumn, T } from "@/mock-national/data/columns";
import type { MockDataset } from "@/mock-national/data";
import { NAME_PARTS } from "@/mock-national/data/names";
import { nameTokens, TokenDictionary } from "@/mock-national/civil-registry/names";

// The name + date-of-birth index. Every person named on a record as its subject or a spouse is an
// entry with its canonical name tokens and the date of birth the record shows. Entries are
// bucketed by (last token, year of birth): a query looks only at the buckets of its given name's
// near neighbours in its birth year — a few dozen entries even among a million people. Partial
// and swapped dates keep the year, so they land in the same bucket.

/** The index: flat typed arrays over all entries. */
export interface NameIndex {
  dict: TokenDictionary;
  /** record·2 + role of each entry. */
  entryKey: Int32Array;
  /** Packed date of birth as shown on the record (yyyymmdd, 00 unknown). */
  entryDob: Int32Array;
  /** Tokens of entry e are tokens[tokenStart[e] .. tokenStart[e+1]). */
  tokenStart: Int32Array;
  tokens: Int32Array;
  /** (last token id · 512 + year − 1800) → entries. */
  buckets: Map<number, Int32Array>;
}

export const bucketKey = (lastToken: number, year: number) => lastToken * 512 + (year - 1800);

/** Builds the index over a dataset (about a second per million people). */
export function buildNameIndex(ds: MockDataset): NameIndex {
  const dict = new TokenDictionary();
  const R = ds.records, P = ds.people;
  // Canonical tokens of each name part, computed once per part: part boundaries never split a
  // joined syllable (see mock-national/data/names.ts), so a name's tokens are its parts' tokens in order.
  const partTokens: Int32Array[] = [];
  const tokensOfPart = (part: number) => (partTokens[part] ??= Int32Array.from(nameTokens(NAME_PARTS[part] ?? ""), (t) => dict.id(t)));

  const keys = new IntColumn(1 << 16);
  const dobs = new IntColumn(1 << 16);
  const starts = new IntColumn(1 << 16);
  const toks = new IntColumn(1 << 18);
  starts.push(0);
  const add = (r: number, role: 0 | 1) => {
    const dob = ds.dobOnRecord(r, role);
    if (!dob) return;
    const named = r < ds.reference.records.length || ds.recordNames.has(r * 2 + role);
    if (named) for (const t of nameTokens(ds.nameOnRecord(r, role))) toks.push(dict.id(t));
    else {
      const p = role === 0 ? R.subj[r]! : R.other[r]!;
      for (const part of [P.n0[p]!, P.n1[p]!, P.n2[p]!]) if (part) for (const t of tokensOfPart(part)) toks.push(t);
    }
    if (toks.length === starts.get(starts.length - 1)) return;
    keys.push(r * 2 + role);
    dobs.push(dob);
    starts.push(toks.length);
  };
  for (let r = 0; r < R.count; r++) {
    const t = R.type[r]!;
    if (R.subj[r]! < 0 && r >= ds.reference.records.length) continue;
    add(r, 0);
    if (t === T.MARRIAGE || t === T.DIVORCE) add(r, 1);
  }

  const tokenStart = starts.trimmed();
  const tokens = toks.trimmed();
  const entryDob = dobs.trimmed();
  const lists = new Map<number, number[]>();
  for (let e = 0; e < keys.length; e++) {
    const key = bucketKey(tokens[tokenStart[e + 1]! - 1]!, Math.floor(entryDob[e]! / 10_000));
    const list = lists.get(key);
    if (list) list.push(e);
    else lists.set(key, [e]);
  }
  const buckets = new Map<number, Int32Array>();
  for (const [k, v] of lists) buckets.set(k, Int32Array.from(v));
  return { dict, entryKey: keys.trimmed(), entryDob, tokenStart, tokens, buckets };
}
