import { canonicalName, compactFold } from "@/lib/text/normalize";

/**
 * The words in which two spellings of a name differ, "a/b": "Lê Văn Tâm" and "Lê Văn Tám" →
 * "Tâm/Tám"; "Rơ Lan H'Bia" and "Rah Lan H'Bia" → "Rơ Lan/Rah Lan". Null when they are the same
 * name up to tone placement, Unicode form, spacing and apostrophes (or to diacritics and case, when
 * `accentFree`).
 */
export function nameDifference(a: string, b: string, { accentFree = false } = {}): string | null {
  const same = (x: string, y: string) => (accentFree ? compactFold(x) === compactFold(y) : canonicalName(x) === canonicalName(y));
  if (same(a, b)) return null;
  const [wa, wb] = [a.trim().split(/\s+/), b.trim().split(/\s+/)];
  // Drop the words both share at the start and at the end; what is left is the difference.
  let head = 0;
  while (head < wa.length && head < wb.length && same(wa[head]!, wb[head]!)) head++;
  let tail = 0;
  while (tail < wa.length - head && tail < wb.length - head && same(wa[wa.length - 1 - tail]!, wb[wb.length - 1 - tail]!)) tail++;
  const part = (w: string[]) => w.slice(head, w.length - tail).join(" ") || "—";
  return `${part(wa)}/${part(wb)}`;
}
