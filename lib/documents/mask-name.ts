// The public verification page tells a reader that the paper in their hand names the right person,
// without handing a stranger who types codes a list of citizens' names (Nghị định 13/2023 on
// personal data: show no more than the purpose needs). The family name stays readable, each
// following word keeps its initial: enough to compare with the paper, not enough to learn the name.

/** A Jrai/Bahnar particle such as "H'" or "Y'" before the name proper: kept, it is not the name. */
const PARTICLE = /^(\p{L}['’])/u;

function maskWord(word: string): string {
  const particle = PARTICLE.exec(word)?.[1] ?? "";
  const letters = Array.from(word.slice(particle.length));
  if (letters.length <= 1) return word;
  return `${particle}${letters[0]}${"*".repeat(letters.length - 1)}`;
}

/**
 * Masks a full name for public display: "Rơ Mah H'Lan" → "Rơ M** H'L**", "Vũ Minh Trang" →
 * "Vũ M*** T****". The first word (family name) is kept; every later word keeps its first letter
 * (after an "H'"-style particle) and stars stand for the rest, one per letter.
 */
export function maskName(fullName: string): string {
  const words = fullName.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  const [family, ...rest] = words;
  if (family === undefined) return "";
  return [family, ...rest.map(maskWord)].join(" ");
}
