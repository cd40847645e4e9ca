// Text folding for matching, not for display: records digitised from paper books spell the same
// person or place with and without diacritics, with old and new tone placement ("Hoà"/"Hòa"), and
// Jrai/Bahnar names with any of several apostrophes ("H'Lan", "H’Lan", "H' Lan", "HLan").

// Apostrophe-like characters seen in typed and OCR'd names: ASCII ', right/left single quotes,
// backtick, acute accent, modifier letter apostrophe and turned comma.
const APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc\u02bb";
// A one-letter onset glued by an apostrophe ("H' Neng", "K' Dang" in the GSO catalogue itself):
// the space after it is a typing variant, so the letter joins the next word ("hneng").
const ONSET_APOSTROPHE = new RegExp(`(?<!\\p{L})(\\p{L})[${APOSTROPHES}]+\\s*(?=\\p{L})`, "gu");
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, "g");

/**
 * Folds Vietnamese text for comparison: lowercase, diacritics removed (đ → d), apostrophe variants
 * removed, whitespace collapsed and trimmed. "Rơ Mah H’Lan" → "ro mah hlan", "Đắk Đoa" → "dak doa".
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFC")
    .replace(ONSET_APOSTROPHE, "$1")
    .replace(ANY_APOSTROPHE, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The administrative-unit kinds a name may start with, in their official spelling. */
export const UNIT_KINDS = ["Xã", "Phường", "Thị trấn", "Huyện", "Thị xã", "Thành phố", "Tỉnh"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

// Folded word sequences. Multi-word kinds are tried first so "Thị xã An Khê" is not read as a
// name starting with "Thị"; a kind must be followed by at least one more word.
const KIND_WORDS: ReadonlyArray<readonly [UnitKind, string[]]> = UNIT_KINDS.map(
  (kind) => [kind, foldVietnamese(kind).split(" ")] as const,
).sort((a, b) => b[1].length - a[1].length);
const BODY_WORDS: ReadonlyArray<string[]> = [["ubnd"], ["uy", "ban", "nhan", "dan"]];

/** Whether `prefix` opens the (folded) words and leaves at least one word after it. */
function startsWithWords(folded: string[], total: number, prefix: string[]): boolean {
  return total > prefix.length && prefix.every((w, i) => folded[i] === w);
}

/**
 * Splits a unit or authority name into its kind and bare place name, ignoring case and
 * diacritics: "UBND xã Ia Kha" → { kind: "Xã", bare: "Ia Kha" }; "Ủy ban nhân dân Thành phố
 * Pleiku" → { kind: "Thành phố", bare: "Pleiku" }; "Ia Grai" → { kind: null, bare: "Ia Grai" }.
 * Only one body prefix (UBND) and one kind are removed, so a place named after a kind survives.
 */
export function splitUnitName(name: string): { kind: UnitKind | null; bare: string } {
  let words = name.trim().split(/\s+/).filter(Boolean);
  // Only the first few words can be a prefix; folding just those keeps bulk matching fast.
  let folded = words.slice(0, 6).map((w) => foldVietnamese(w));
  const body = BODY_WORDS.find((b) => startsWithWords(folded, words.length, b));
  if (body) {
    words = words.slice(body.length);
    folded = folded.slice(body.length);
  }
  const kind = KIND_WORDS.find(([, w]) => startsWithWords(folded, words.length, w));
  if (kind) words = words.slice(kind[1].length);
  return { kind: kind?.[0] ?? null, bare: words.join(" ") };
}

/**
 * The bare place name without "Xã ", "Phường ", "Thị trấn ", "Huyện ", "Thị xã ", "Thành phố ",
 * "Tỉnh " or a leading "UBND "/"Ủy ban nhân dân " (case- and diacritic-insensitive):
 * "Phường Pleiku" → "Pleiku".
 */
export function stripUnitPrefix(name: string): string {
  return splitUnitName(name).bare;
}

// Tone marks (dấu thanh): grave, acute, tilde, hook above, dot below. The other marks (circumflex,
// breve, horn) change the vowel itself and are kept.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ANY_APOSTROPHE_RUN = new RegExp(`[${APOSTROPHES}]`, "g");

/**
 * The form of a name for "exact" comparisons: NFC, single spaces, one apostrophe, and the tone mark
 * of each word moved to a fixed place, so the old and new tone placements ("Hoà"/"Hòa",
 * "Thuỷ"/"Thủy", "Khoẻ"/"Khỏe", "Uý"/"Úy") and NFC/NFD input compare equal, while every other
 * difference of letters, marks or case still counts ("Tâm"/"Tám" differ). A comparison key, not
 * display text.
 */
export function canonicalName(s: string): string {
  return s
    .normalize("NFC")
    .replace(ANY_APOSTROPHE_RUN, "'")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((word) => {
      const d = word.normalize("NFD");
      const tones = d.match(TONE_MARKS);
      // A word's tone, wherever it sits, goes after the word: only its letters and which tone count.
      return tones ? `${d.replace(TONE_MARKS, "")}${tones.join("")}`.normalize("NFC") : word;
    })
    .join(" ");
}

/** Whether two names are the same as written, up to tone placement, Unicode form and spacing. */
export function sameNameExactly(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && canonicalName(a) === canonicalName(b);
}

/**
 * The letters of a name without diacritics, case, apostrophes or spaces: two names with the same
 * letters are the same name accent-free ("Nguyen Thi Hong" = "Nguyễn Thị Hồng", "Ro Mah H Lan" =
 * "Rơ Mah H'Lan", "Minhkhôi" = "Minh Khôi"). Different letters ("Rmah"/"Rơ Mah") are a variant.
 */
export function compactFold(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]+/g, "");
}

/**
 * Jrai/Bahnar name tokens for variant matching: folded words, with the "Rơ"/"Rah"/"Ro" clan syllable
 * joined to the next word as "r" ("Rơ Lan", "Rah Lan", "Rlan", "Rơlan" → "rlan"; "Rơ Mah" → "rmah"),
 * and a one-letter onset joined to the next word ("H Lan", "H'Lan" → "hlan"; "Y Bih" → "ybih").
 * Whether an onset is present or not ("H'Lan"/"Lan") is left to onsetVariant: a variant, not equal.
 */
export function nameVariantTokens(name: string): string[] {
  const words = foldVietnamese(name.normalize("NFC").replace(/(?<!\p{L})([Rr])[ơƠ](?=[^\P{L}ơƠ])/gu, "$1"))
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(" ")
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && (w === "ro" || w === "rah" || w.length === 1)) {
      out.push((w === "ro" || w === "rah" ? "r" : w) + next);
      i++;
    } else out.push(w);
  }
  return out;
}

/** The onsets that Jrai and Bahnar names carry in one spelling and drop in another: H', Y, A. */
const ONSETS = new Set(["h", "y", "a"]);
const VOWELS = /^[aeiouy]/;

/**
 * Whether two folded tokens differ only by a name onset (H', Y, A) before a consonant: "hlan"/"lan",
 * "ybih"/"bih", "asang"/"sang". A vowel after it ("hai"/"ai") is another name, not an onset.
 */
export function onsetVariant(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && short.length >= 2 && ONSETS.has(long[0]!) && long.endsWith(short) && !VOWELS.test(short);
}
