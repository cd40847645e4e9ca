import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { foldVietnamese, stripUnitPrefix } from "@/lib/text/normalize";

// The official unit lists shipped in prisma/data/ (sources in prisma/data/README.md). They are
// plain CSV without quoting (checked: no field holds a comma or a quote), so a split on commas is
// exact; a row with the wrong number of fields stops the import rather than shifting columns.

export const DATA_DIR = ["prisma", "data"] as const;
export const COMMUNES_FILE = "gia-lai-communes-2025.csv";
export const FORMER_COMMUNES_FILE = "gia-lai-communes-before-2025-07.csv";

const code = (digits: number) => z.string().regex(new RegExp(`^\\d{${digits}}$`));
const name = z.string().min(3);

export const ZCommuneRow = z
  .object({
    commune_code: code(5),
    commune_name: name,
    commune_type: z.enum(["Xã", "Phường"]),
    province_code: z.literal("52"),
    province_name: z.literal("Tỉnh Gia Lai"),
  })
  .transform((r) => ({ code: r.commune_code, name: r.commune_name, kind: r.commune_type }));
export type TCommuneRow = z.output<typeof ZCommuneRow>;

export const ZMergeType = z.enum(["full", "partial"]);
export type TMergeType = z.output<typeof ZMergeType>;

export const ZFormerCommuneRow = z
  .object({
    old_province_code: z.enum(["52", "64"]),
    old_province_name: z.enum(["Tỉnh Bình Định", "Tỉnh Gia Lai"]),
    old_district_code: code(3),
    old_district_name: name,
    old_district_type: z.enum(["Huyện", "Thị xã", "Thành phố"]),
    old_commune_code: code(5),
    old_commune_name: name,
    old_commune_type: z.enum(["Xã", "Phường", "Thị trấn"]),
    new_commune_code: code(5),
    new_commune_name: name,
    merge_type: ZMergeType,
  })
  .transform((r) => ({
    provinceCode: r.old_province_code,
    provinceName: r.old_province_name,
    districtCode: r.old_district_code,
    districtName: r.old_district_name,
    districtKind: r.old_district_type,
    communeCode: r.old_commune_code,
    communeName: r.old_commune_name,
    communeKind: r.old_commune_type,
    newCommuneCode: r.new_commune_code,
    newCommuneName: r.new_commune_name,
    mergeType: r.merge_type,
  }));
export type TFormerCommuneRow = z.output<typeof ZFormerCommuneRow>;

/** Both lists, parsed and cross-checked. */
export interface ReferenceData {
  communes: TCommuneRow[];
  formerCommunes: TFormerCommuneRow[];
}

/**
 * Parses unquoted CSV text into objects keyed by the header, then validates each with `schema`.
 * Errors name the file and line so a bad edit of the data is found at once.
 */
export function parseCsv<T>(text: string, schema: z.ZodType<T>, label = "csv"): T[] {
  const lines = text.replace(/^\uFEFF/, "").normalize("NFC").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  const rows: T[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const lineNo = i + 2;
    const fields = line.split(",").map((f) => f.trim());
    if (fields.length !== header.length) {
      throw new Error(`${label}:${lineNo}: ${fields.length} fields, header has ${header.length}`);
    }
    const parsed = schema.safeParse(Object.fromEntries(header.map((h, j) => [h, fields[j]])));
    if (!parsed.success) throw new Error(`${label}:${lineNo}: ${z.prettifyError(parsed.error)}`);
    rows.push(parsed.data);
  });
  return rows;
}

function readDataFile(file: string): string {
  return readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), ...DATA_DIR, file), "utf8");
}

/** The 135 current communes of Tỉnh Gia Lai (code 52), read from prisma/data/ at call time. */
export function loadCommunes(): TCommuneRow[] {
  return parseCsv(readDataFile(COMMUNES_FILE), ZCommuneRow, COMMUNES_FILE);
}

/** The 378 pre-reform rows (a commune split between new communes appears once per part). */
export function loadFormerCommunes(): TFormerCommuneRow[] {
  return parseCsv(readDataFile(FORMER_COMMUNES_FILE), ZFormerCommuneRow, FORMER_COMMUNES_FILE);
}

/**
 * Reads both files and checks they agree: unique current codes, every former commune going into a
 * current commune under that commune's exact name, and a consistent name/district per old code.
 */
export function loadReferenceData(): ReferenceData {
  const data = { communes: loadCommunes(), formerCommunes: loadFormerCommunes() };
  checkReferenceData(data);
  return data;
}

/** Throws on the inconsistencies listed in loadReferenceData. Exported for tests. */
export function checkReferenceData({ communes, formerCommunes }: ReferenceData): void {
  const current = new Map<string, string>();
  for (const c of communes) {
    if (current.has(c.code)) throw new Error(`duplicate current commune code ${c.code}`);
    current.set(c.code, c.name);
  }
  const seen = new Map<string, string>();
  for (const r of formerCommunes) {
    if (current.get(r.newCommuneCode) !== r.newCommuneName) {
      throw new Error(`former commune ${r.communeCode} goes into unknown ${r.newCommuneCode} ${r.newCommuneName}`);
    }
    const identity = `${r.communeName}|${r.communeKind}|${r.districtCode}`;
    if ((seen.get(r.communeCode) ?? identity) !== identity) {
      throw new Error(`former commune ${r.communeCode} listed with different names or districts`);
    }
    seen.set(r.communeCode, identity);
  }
}

/** The matching key stored as HistoricalUnit.normalizedName: folded name without its kind. */
export function normalizedUnitName(name: string): string {
  return foldVietnamese(stripUnitPrefix(name));
}

/** A pre-reform unit and the current communes that took over its registers. */
export interface HistoricalUnitSpec {
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  /** GSO code of the pre-2025 province whose territory this is (64 old Gia Lai, 52 old Bình Định). */
  provinceCode: string;
  normalizedName: string;
  validFrom: Date | null;
  validTo: Date | null;
  successors: { code: string; mergeType: TMergeType }[];
}

/** Nghị quyết 202/2025/QH15: districts abolished and the provinces merged on this day. */
export const REFORM_DATE = new Date("2025-07-01T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Provinces, including the names of 1976–1991 that old records still carry. The 1976 start dates
// are known to the year only (to confirm); the splits are Quốc hội resolutions of 30/6/1989
// (Nghĩa Bình → Bình Định + Quảng Ngãi) and 12/8/1991 (Gia Lai - Kon Tum → Gia Lai + Kon Tum).
// Invented codes NB and GLKT keep them apart from GSO codes; provinceCode says whose territory
// (within today's Gia Lai) they cover, so "tỉnh Nghĩa Bình" filters like "tỉnh Bình Định".
const PROVINCES = [
  { code: "64", name: "Tỉnh Gia Lai", provinceCode: "64", validFrom: day("1991-08-12"), validTo: REFORM_DATE },
  { code: "52", name: "Tỉnh Bình Định", provinceCode: "52", validFrom: day("1989-07-01"), validTo: REFORM_DATE },
  { code: "NB", name: "Tỉnh Nghĩa Bình", provinceCode: "52", validFrom: day("1976-01-01"), validTo: day("1989-07-01") },
  { code: "GLKT", name: "Tỉnh Gia Lai - Kon Tum", provinceCode: "64", validFrom: day("1976-01-01"), validTo: day("1991-08-12") },
] as const;

/**
 * Derives every historical unit (4 provinces, 28 districts, 373 communes) from the pre-reform rows.
 * mergeType has one meaning at every level, taken from the commune rows: "full" when the whole
 * historical unit went into that one current commune, else "partial". A district or province is
 * therefore "partial" towards each of its several successors; which of those lie wholly inside it
 * can be computed from the commune mappings when a report needs it.
 */
export function buildHistoricalUnits(rows: TFormerCommuneRow[]): HistoricalUnitSpec[] {
  const units = new Map<string, HistoricalUnitSpec & { rows: TFormerCommuneRow[] }>();
  const add = (key: string, spec: Omit<HistoricalUnitSpec, "successors" | "normalizedName">, row: TFormerCommuneRow) => {
    const unit = units.get(key) ?? { ...spec, normalizedName: normalizedUnitName(spec.name), successors: [], rows: [] };
    unit.rows.push(row);
    units.set(key, unit);
  };
  const dated = { validFrom: null, validTo: REFORM_DATE };
  for (const r of rows) {
    for (const p of PROVINCES.filter((p) => p.provinceCode === r.provinceCode)) {
      add(`P${p.code}`, { ...p, level: "PROVINCE", kind: "Tỉnh", parentCode: null }, r);
    }
    const district = { level: "DISTRICT", code: r.districtCode, name: r.districtName, kind: r.districtKind } as const;
    add(`D${r.districtCode}`, { ...district, parentCode: r.provinceCode, provinceCode: r.provinceCode, ...dated }, r);
    const commune = { level: "COMMUNE", code: r.communeCode, name: r.communeName, kind: r.communeKind } as const;
    add(`C${r.communeCode}`, { ...commune, parentCode: r.districtCode, provinceCode: r.provinceCode, ...dated }, r);
  }
  return [...units.values()].map(({ rows: own, ...unit }) => {
    const targets = [...new Set(own.map((r) => r.newCommuneCode))];
    const whole = targets.length === 1 && own.every((r) => r.mergeType === "full");
    const successors = targets.map((code) => ({ code, mergeType: whole ? ("full" as const) : ("partial" as const) }));
    return { ...unit, successors };
  });
}
