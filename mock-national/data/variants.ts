import type { Rng } from "@/mock-national/data/prng";

// How paper registers and their digitisation spell the same name differently: no diacritics at all
// (typed on keyboards without Vietnamese input), "Thị" written "Thi", the old tone placement
// ("Hoà" for "Hòa", "Thuỷ" for "Thủy"), Jrai clans written joined ("Rmah" for "Rơ Mah") and "H'"
// names without the apostrophe ("Hlan"), regional surname pairs (Huỳnh/Hoàng, Võ/Vũ) and one-letter
// slips of the pen or OCR. Every variant stays findable: equal after folding, a known pair, or one
// edit away on one word.

const OLD_TONE: Record<string, string> = {
  "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
  "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
  "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
};
const OLD_TONE_RE = new RegExp(`(${Object.keys(OLD_TONE).join("|")})(?![\\p{L}])`, "gu");
/** Surname pairs that registers mix up (naming taboos of the Nguyễn court, regional habits). */
export const SURNAME_PAIRS: Record<string, string> = { "Huỳnh": "Hoàng", "Hoàng": "Huỳnh", "Võ": "Vũ", "Vũ": "Võ" };

/** Removes every diacritic but keeps case: "Nguyễn Thị Hồng" → "Nguyen Thi Hong". */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

function typo(name: string, rng: Rng): string | null {
  const words = name.split(" ");
  const i = words.length - 1;
  const w = words[i] ?? "";
  const letters = [...w];
  if (letters.length < 4) return null;
  // A dropped or doubled letter; a wrong letter only in longer words (in a short one it makes
  // another name, which no register search could tell from a different person).
  const at = rng.int(1, letters.length - 1);
  const kind = rng.int(0, letters.length >= 5 ? 2 : 1);
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at]!);
  else letters[at] = rng.pick(["n", "h", "u", "i", "t"]);
  const changed = letters.join("");
  if (changed === w) return null;
  words[i] = changed;
  return words.join(" ");
}

const KINDS = ["strip", "thi", "tone", "jrai", "surname", "typo", "upper"] as const;

/** A different spelling of `name` as a legacy register might hold it (or null when none applies). */
export function spellingVariant(name: string, rng: Rng): string | null {
  const start = rng.int(0, KINDS.length - 1);
  for (let k = 0; k < KINDS.length; k++) {
    const kind = KINDS[(start + k) % KINDS.length];
    let v: string | null = null;
    switch (kind) {
      case "strip":
        v = stripDiacritics(name);
        break;
      case "thi":
        v = name.replace(/ Thị /, " Thi ");
        break;
      case "tone":
        v = name.replace(OLD_TONE_RE, (m) => OLD_TONE[m] ?? m);
        break;
      case "jrai":
        v = name.replace(/^Rơ (\p{L})/u, (_, c: string) => `R${c.toLowerCase()}`).replace(/H'(\p{L})/u, (_, c: string) => (rng.chance(0.5) ? `H${c.toLowerCase()}` : `H ${c}`));
        break;
      case "surname": {
        const [first, ...rest] = name.split(" ");
        const pair = SURNAME_PAIRS[first ?? ""];
        v = pair ? [pair, ...rest].join(" ") : null;
        break;
      }
      case "typo":
        v = typo(name, rng);
        break;
      case "upper":
        v = name.toUpperCase();
        break;
    }
    if (v && v !== name) return v;
  }
  return null;
}
