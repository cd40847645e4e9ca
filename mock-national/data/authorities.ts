import { DISTRICT_KIND_HISTORY, OUTSIDE, type PlaceRow, type Places } from "@/mock-national/data/places";
import { dayOf, REFORM_DAY } from "@/mock-national/data/dates";
import { hashPick } from "@/mock-national/data/prng";

// Records keep the registering authority as it was named on the day of registration (the 2025
// reform of local government): before 1 July 2025 "UBND xã X, huyện Y, tỉnh Gia Lai"; from that day
// "UBND xã X, tỉnh Gia Lai". Bình Định was part of Nghĩa Bình until 30/6/1989 and Gia Lai part of
// Gia Lai - Kon Tum until 12/8/1991 (the dates lib/units/data.ts uses).

const NGHIA_BINH_UNTIL = dayOf("1989-07-01");
const GIA_LAI_KON_TUM_UNTIL = dayOf("1991-08-12");
const KIND_UNTIL = Object.fromEntries(Object.entries(DISTRICT_KIND_HISTORY).map(([d, h]) => [d, { until: dayOf(h.until), kind: h.kind }]));

const lower = (kind: string) => kind.charAt(0).toLowerCase() + kind.slice(1);

/** "tỉnh Gia Lai", "tỉnh Bình Định", or the 1976–1991 names, for a registration on `day`. */
export function provinceNameAt(provinceCode: "52" | "64", day: number): string {
  if (provinceCode === "52") return day < NGHIA_BINH_UNTIL ? "tỉnh Nghĩa Bình" : "tỉnh Bình Định";
  return day < GIA_LAI_KON_TUM_UNTIL ? "tỉnh Gia Lai - Kon Tum" : "tỉnh Gia Lai";
}

/** "xã Ia Kha, huyện Ia Grai, tỉnh Gia Lai" as the place was named on `day` (before the reform). */
export function oldPlaceName(row: PlaceRow, day: number): string {
  const history = KIND_UNTIL[row.districtBare];
  const olderKind = history && day < history.until;
  const districtKind = olderKind ? history.kind : row.districtKind;
  const communeKind = olderKind && districtKind === "Huyện" && row.communeKind === "Phường" ? "Xã" : row.communeKind;
  return `${lower(communeKind)} ${row.communeBare}, ${lower(districtKind)} ${row.districtBare}, ${provinceNameAt(row.provinceCode, day)}`;
}

/** "xã Ia Grai, tỉnh Gia Lai": a current commune as named since 1 July 2025. */
export function currentPlaceName(places: Places, communeIdx: number): string {
  const c = places.communes[communeIdx];
  return c ? `${lower(c.name)}, tỉnh Gia Lai` : "tỉnh Gia Lai";
}

/** The place a row's people live in, named as on `day`: old names before the reform, current after. */
export function placeNameAt(places: Places, rowIdx: number, day: number): string {
  const row = places.rows[rowIdx];
  if (!row) return "tỉnh Gia Lai";
  return day < REFORM_DAY ? oldPlaceName(row, day) : currentPlaceName(places, row.current);
}

/** The registering authority of a row's commune on `day`, and the current commune code holding it. */
export function authorityAt(places: Places, rowIdx: number, day: number): { authority: string; currentCommuneCode: string | null } {
  const row = places.rows[rowIdx];
  const code = row ? (places.communes[row.current]?.code ?? null) : null;
  return { authority: `UBND ${placeNameAt(places, rowIdx, day)}`, currentCommuneCode: code };
}

/** An authority outside the province (currentCommuneCode null): outside province and authority index. */
export function outsideAuthority(outsideIdx: number, authorityIdx: number): string {
  const p = OUTSIDE[outsideIdx] ?? OUTSIDE[0]!;
  return p.authorities[authorityIdx % p.authorities.length] ?? p.authorities[0]!;
}

/** Quê quán written as "Ia Kha, Ia Grai, Gia Lai" (bare names, as the population database keeps them). */
export function hometownOfRow(row: PlaceRow): string {
  return `${row.communeBare}, ${row.districtBare}, ${row.provinceCode === "52" ? "Bình Định" : "Gia Lai"}`;
}

/** Quê quán of someone from another province, from one of its authorities. */
export function hometownOutside(outsideIdx: number, authorityIdx: number): string {
  const parts = outsideAuthority(outsideIdx, authorityIdx)
    .replace(/^UBND /, "")
    .split(", ")
    // Numbered urban districts keep their kind ("Quận 1"), as names do not stand alone.
    .map((p) => (/^quận \d+$/.test(p) ? `Q${p.slice(1)}` : p.replace(/^(xã|phường|quận|huyện|thị xã|thành phố|tỉnh) /, "")));
  return parts.join(", ");
}

const HOSPITAL_52 = ["Bệnh viện Đa khoa tỉnh Bình Định", "Bệnh viện Đa khoa khu vực Bồng Sơn", "Bệnh viện Đa khoa thành phố Quy Nhơn"];
const HOSPITAL_64 = ["Bệnh viện Đa khoa tỉnh Gia Lai", "Bệnh viện Đa khoa khu vực An Khê", "Bệnh viện Đa khoa khu vực Ayun Pa"];

/**
 * Nơi sinh on a birth record: a provincial hospital, the commune health station, or home, named as
 * on the day of birth; `key` makes the choice stable for a record.
 */
export function placeOfBirth(places: Places, rowIdx: number, day: number, key: number, homeBirthShare: number, minority: boolean): string {
  const row = places.rows[rowIdx];
  if (!row) return "tỉnh Gia Lai";
  const u = (key % 1000) / 1000;
  // Highland villages are "làng"/"plei"/"kon"; lowland hamlets "thôn" or "xóm".
  const hamlets = minority ? ["Làng Plei Ơi", "Làng Kon Chrăh", "Làng Plei Ring", "Làng Bông Phun", "Làng Kon Sơ Lăl"] : ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn Tân Lập", "Xóm Đông", "Thôn Hòa Bình"];
  if (u < homeBirthShare) return `${hashPick(hamlets, key)}, ${placeNameAt(places, rowIdx, day)}`;
  if (u < homeBirthShare + 0.35) return `Trạm y tế ${placeNameAt(places, rowIdx, day)}`;
  if (day >= REFORM_DAY) return hashPick(["Bệnh viện Đa khoa tỉnh Gia Lai", "Bệnh viện Đa khoa tỉnh Gia Lai cơ sở 2"], key);
  return hashPick(row.provinceCode === "52" ? HOSPITAL_52 : HOSPITAL_64, key);
}
