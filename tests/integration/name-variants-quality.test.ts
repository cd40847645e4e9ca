import { beforeAll, describe, expect, it } from "vitest";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { generateDataset, type MockDataset } from "@/mock-national/data";
import { T } from "@/mock-national/data/columns";
import { Rng } from "@/mock-national/data/prng";
import { stripDiacritics } from "@/mock-national/data/variants";

// The labelled set of issue #14 (names): queries that spell a person's name or date the way a
// requester or an agency does — old/new tone placement, decomposed Unicode, no diacritics, the Jrai
// clan syllable as Rơ/Rah/R- (spaced or glued), the H'/Y/A onset dropped or added, any apostrophe,
// day and month swapped — each labelled with the person's own birth record. That record must come
// FIRST in at least 99% of them.

const ctx = { officerId: "quality", unitCode: "52" };
let ds: MockDataset;
let registry: CivilRegistryPort;
beforeAll(() => {
  ds = generateDataset({ people: 50_000 });
  registry = createMockCivilRegistry(ds);
});

const NEW_TO_OLD: Record<string, string> = {
  "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
  "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
};
const TONE_RE = new RegExp(`(${Object.keys(NEW_TO_OLD).join("|")})(?!\\p{L})`, "gu");

type Kind = "tone" | "nfd" | "strip" | "clan" | "onset_drop" | "onset_add" | "apostrophe" | "swapped";
type Labelled = { kind: Kind; fullName: string; dateOfBirth: string; recordId: string };

/** Every variant query that applies to one person (name and date as the population database holds them). */
function variantsOf(name: string, dob: string, ethnicity: string, sex: "M" | "F", rng: Rng): { kind: Kind; fullName: string; dateOfBirth: string }[] {
  const out: { kind: Kind; fullName: string; dateOfBirth: string }[] = [];
  const add = (kind: Kind, fullName: string, dateOfBirth = dob) => {
    if (fullName !== name || dateOfBirth !== dob) out.push({ kind, fullName, dateOfBirth });
  };
  add("tone", name.replace(TONE_RE, (m) => NEW_TO_OLD[m] ?? m));
  if (rng.chance(0.15)) add("nfd", name.normalize("NFD"));
  if (rng.chance(0.15)) add("strip", rng.chance(0.5) ? stripDiacritics(name) : stripDiacritics(name).toLowerCase());
  const clan = name.match(/^(Rơ|Rah) (\p{L}+)(.*)$/u);
  if (clan) {
    const [, , word, rest] = clan as unknown as [string, string, string, string];
    // Glued forms only before a consonant: "Rô" for "Rơ Ô" could be either.
    const glued = /^[^AĂÂEÊIOÔƠUƯYÁÀẢÃẠÓÒỎÕỌÚÙỦŨỤÉÈẺẼẸÍÌỈĨỊ]/u.test(word) ? [`R${word.toLowerCase()}`, `Rơ${word.toLowerCase()}`] : [];
    const forms = [`Rơ ${word}`, `Rah ${word}`, ...glued, `Ro ${stripDiacritics(word)}`];
    add("clan", `${rng.pick(forms.filter((f) => !name.startsWith(`${f} `)))}${rest}`);
  }
  const onset = name.match(/^(.*?)(H'|Y |A )(\p{L}+)$/u);
  if (onset) {
    const [, before, mark, given] = onset as unknown as [string, string, string, string];
    add("onset_drop", `${before}${given}`);
    if (mark === "H'") add("apostrophe", `${before}${rng.pick(["H’", "H' ", "H ", "H‘", "Hʼ"])}${given}`);
  } else if ((ethnicity === "Gia Rai" || ethnicity === "Ba Na") && /^[BCDĐGKLMNPQRSTVX]/u.test(name.split(" ").pop() ?? "") && name.includes(" ")) {
    const words = name.split(" ");
    const given = words.pop()!;
    add("onset_add", [...words, `${sex === "F" ? (ethnicity === "Gia Rai" ? "H'" : "Y ") : "A "}${given}`].join(" ").replace("H' ", "H'"));
  }
  const [y, m, d] = dob.split("-");
  if (Number(d) <= 12 && d !== m && rng.chance(0.3)) add("swapped", name, `${y}-${d}-${m}`);
  return out;
}

function labelledSet(): Labelled[] {
  const rng = new Rng(1414);
  const out: Labelled[] = [];
  const seen = new Set<number>();
  for (let guard = 0; guard < 400_000 && out.length < 1_200; guard++) {
    const p = rng.int(11, ds.people.count - 1);
    if (seen.has(p)) continue;
    seen.add(p);
    const citizen = ds.citizen(p);
    const birth = [...ds.recordsOfPerson(p)].find((r) => ds.records.type[r] === T.BIRTH && ds.records.subj[r] === p && ds.records.quality[r] !== 3);
    if (!citizen || birth === undefined) continue;
    const subject = ds.record(birth).subject!;
    // Labelled with the record as the population database spells it; the variants are the queries'.
    if (subject.fullName !== citizen.fullName || subject.dateOfBirth !== citizen.dateOfBirth) continue;
    const jraiOrBahnar = citizen.ethnicity === "Gia Rai" || citizen.ethnicity === "Ba Na";
    if (!jraiOrBahnar && !/[òóỏõọùúủũụ][ay](?!\p{L})/u.test(citizen.fullName) && !rng.chance(0.3)) continue;
    for (const v of variantsOf(citizen.fullName, citizen.dateOfBirth, citizen.ethnicity, citizen.sex, rng)) out.push({ ...v, recordId: ds.recordId(birth) });
  }
  return out;
}

describe("name variants: the labelled set", () => {
  it("finds the person's own birth record first for at least 99% of at least 300 variant queries", async () => {
    const set = labelledSet();
    const byKind = new Map<Kind, { total: number; first: number }>();
    let first = 0;
    const misses: string[] = [];
    for (const q of set) {
      const r = await registry.search({ by: "name", fullName: q.fullName, dateOfBirth: q.dateOfBirth }, ctx);
      const ok = r.results[0]?.record.id === q.recordId;
      const k = byKind.get(q.kind) ?? { total: 0, first: 0 };
      k.total++;
      if (ok) {
        k.first++;
        first++;
      } else if (misses.length < 10) {
        const top = r.results[0]?.record;
        misses.push(`${q.kind}: ${q.fullName} ${q.dateOfBirth} → ${top ? `${top.id} ${top.subject?.fullName ?? `${top.spouses?.husband.fullName} – ${top.spouses?.wife.fullName}`}` : "nothing"}`);
      }
      byKind.set(q.kind, k);
    }
    const rate = first / set.length;
    const detail = [...byKind].map(([k, v]) => `${k} ${v.first}/${v.total}`).join(", ");
    console.log(`name variants: own birth record first for ${first}/${set.length} (${(rate * 100).toFixed(1)}%) — ${detail}${misses.length ? `\n  misses: ${misses.join("; ")}` : ""}`);
    expect(set.length).toBeGreaterThanOrEqual(300);
    for (const kind of ["tone", "nfd", "strip", "clan", "onset_drop", "onset_add", "apostrophe", "swapped"] as const) expect(byKind.get(kind)?.total ?? 0, kind).toBeGreaterThanOrEqual(15);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it("levels: tone placement and accent-free spellings are the top level; Rah/Rơ and a dropped onset are probable, with the other spelling", async () => {
    const set = labelledSet();
    for (const kind of ["tone", "nfd", "strip"] as const) {
      const q = set.find((x) => x.kind === kind)!;
      const r = await registry.search({ by: "name", fullName: q.fullName, dateOfBirth: q.dateOfBirth }, ctx);
      expect(r.results[0]?.match.level, `${kind}: ${q.fullName}`).toBe("exact");
    }
    for (const kind of ["onset_drop", "onset_add"] as const) {
      const q = set.find((x) => x.kind === kind)!;
      const r = await registry.search({ by: "name", fullName: q.fullName, dateOfBirth: q.dateOfBirth }, ctx);
      expect(r.results[0]?.match.level, `${kind}: ${q.fullName}`).toBe("probable");
      expect(r.results[0]?.match.reasons).toContain("name_variant");
    }
  });
});
