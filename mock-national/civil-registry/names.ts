import { canonicalName, nameVariantTokens, onsetVariant } from "@/lib/text/normalize";

// Name keys for matching (Thông tư 01/2022/TT-BTP, Art. 7: names match without diacritics and
// across spelling variants). A name becomes a list of canonical tokens: folded (no diacritics,
// case, apostrophes), with Jrai/Bahnar spellings joined the way registers disagree about them —
// "Rơ Mah" = "Rmah" = "Rơmah", "Rơ Lan" = "Rah Lan" = "Rlan" (the clan syllable joins the next
// word), "H Lan" = "H'Lan" = "Hlan" and "A Sang" = "Asang" (a one-letter onset joins the next word).
// Beyond that, a small table of known variant pairs, an onset present in one spelling and dropped
// in the other ("H'Lan"/"Lan", "Y Bih"/"Bih") and one edit on a word of four letters or more count
// as "probable".

/** Canonical tokens of a name: "Rơ Mah H’Lan" → ["rmah", "hlan"], "Nguyễn Thị Hồng" → ["nguyen", "thi", "hong"]. */
export function nameTokens(name: string): string[] {
  return nameVariantTokens(name);
}

/** Pairs that registers use for one another (folded): regional surnames, y/i spellings, Jrai clans. */
const PAIRS: [string, string][] = [
  ["huynh", "hoang"], ["vo", "vu"], ["phuoc", "phuc"], ["dzung", "dung"], ["quy", "qui"], ["ly", "li"], ["vy", "vi"],
  ["my", "mi"], ["ky", "ki"], ["sy", "si"], ["hy", "hi"], ["thy", "thi"], ["siu", "xiu"], ["nay", "nai"], ["kpa", "kpah"],
];
const VARIANTS = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  VARIANTS.set(a, (VARIANTS.get(a) ?? new Set()).add(b));
  VARIANTS.set(b, (VARIANTS.get(b) ?? new Set()).add(a));
}

/** Whether two folded tokens are a known variant pair. */
export function isKnownVariant(a: string, b: string): boolean {
  return VARIANTS.get(a)?.has(b) ?? false;
}

/** Whether a and b are at most one insertion, deletion or substitution apart (no allocation: hot loop). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Skip the differing character in the longer string (both when equal in length), then the rest must agree.
  let x = la >= lb ? i + 1 : i;
  let y = lb >= la ? i + 1 : i;
  while (x < la && y < lb) if (a.charCodeAt(x++) !== b.charCodeAt(y++)) return false;
  return x === la && y === lb;
}

/**
 * How two tokens relate: 0 same, 1 variant, -1 different. Variants are the known pairs, a missing
 * or extra letter in a word of four letters or more ("nguyn", "thanhh"), and a wrong letter in a
 * word of five or more. A wrong letter in a shorter word is usually another name (Hùng/Dũng,
 * Lan/Lên), so it does not count.
 */
export function tokenRelation(a: string, b: string): 0 | 1 | -1 {
  if (a === b) return 0;
  if (isKnownVariant(a, b) || onsetVariant(a, b)) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest < 4 || !withinOneEdit(a, b)) return -1;
  return a.length !== b.length || longest >= 5 ? 1 : -1;
}

/**
 * The form compared for name_exact: as written up to tone placement ("Hoà"/"Hòa"), Unicode form,
 * spacing and apostrophes; case is folding (port: name_folded).
 */
export function exactForm(name: string): string {
  return canonicalName(name);
}

/** A dictionary of canonical tokens: integer ids for fast comparison, and near-neighbour lookup. */
export class TokenDictionary {
  readonly tokens: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly neighbourCache = new Map<string, Int32Array>();

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokens.push(token);
      this.ids.set(token, id);
    }
    return id;
  }

  /** The id of a known token, or -1. */
  find(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  /** Ids of every known token equal to or a variant of `token` (scans the dictionary once per new token). */
  neighbours(token: string): Int32Array {
    const cached = this.neighbourCache.get(token);
    if (cached) return cached;
    const found: number[] = [];
    for (let i = 0; i < this.tokens.length; i++) if (tokenRelation(token, this.tokens[i]!) >= 0) found.push(i);
    const result = Int32Array.from(found);
    if (this.neighbourCache.size > 5000) this.neighbourCache.clear();
    this.neighbourCache.set(token, result);
    return result;
  }
}
