import { loadReferenceData, type TCommuneRow } from "@/lib/units/data";
import { splitUnitName } from "@/lib/text/normalize";
import { ETH } from "@/mock-national/data/names";

// Where the synthetic people live and register: the real pre-reform communes (old Gia Lai 64 and
// old Bình Định 52) with their districts, and the 135 current communes they went into. Population
// weights and ethnic mixes per old district are rounded from the 2019 census (Gia Lai: Jrai mostly
// west and south, Bahnar in the north-east; Bình Định almost all Kinh, with Bahnar, Hrê and Chăm
// Hroi in An Lão, Vĩnh Thạnh and Vân Canh) — approximate, for realistic test data only.

/** One row of the pre-reform list: an old commune (or the part of one) and the current commune that took it. */
export interface PlaceRow {
  provinceCode: "52" | "64";
  districtBare: string;
  districtKind: string;
  communeBare: string;
  communeKind: string;
  /** Index into `Places.communes` of the current commune holding this part's registers. */
  current: number;
}

/** A province outside Gia Lai that migrants come from, with a few real registering authorities. */
export interface OutsideProvince {
  /** Three-digit prefix of personal ID numbers registered there. */
  idPrefix: string;
  name: string;
  /** Pre-2025 authorities "UBND <commune>, <district>, <province>". */
  authorities: string[];
  /** Where someone who moved there lives now (current units). */
  residence: string;
  /** Ethnic groups that came from there (ETH values), first the most common. */
  groups: number[];
}

export const OUTSIDE: OutsideProvince[] = [
  { idPrefix: "001", name: "thành phố Hà Nội", authorities: ["UBND phường Kim Mã, quận Ba Đình, thành phố Hà Nội", "UBND phường Hàng Bài, quận Hoàn Kiếm, thành phố Hà Nội", "UBND xã Tứ Hiệp, huyện Thanh Trì, thành phố Hà Nội"], residence: "Phường Ba Đình, Thành phố Hà Nội", groups: [ETH.KINH] },
  { idPrefix: "079", name: "thành phố Hồ Chí Minh", authorities: ["UBND phường Bến Nghé, quận 1, thành phố Hồ Chí Minh", "UBND phường 12, quận Gò Vấp, thành phố Hồ Chí Minh"], residence: "Phường Sài Gòn, Thành phố Hồ Chí Minh", groups: [ETH.KINH] },
  { idPrefix: "048", name: "thành phố Đà Nẵng", authorities: ["UBND phường Hải Châu I, quận Hải Châu, thành phố Đà Nẵng", "UBND phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng"], residence: "Phường Hải Châu, Thành phố Đà Nẵng", groups: [ETH.KINH] },
  { idPrefix: "066", name: "tỉnh Đắk Lắk", authorities: ["UBND phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk", "UBND xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk"], residence: "Phường Buôn Ma Thuột, Tỉnh Đắk Lắk", groups: [ETH.KINH, ETH.JRAI, ETH.TAY, ETH.NUNG] },
  { idPrefix: "062", name: "tỉnh Kon Tum", authorities: ["UBND phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum", "UBND xã Đăk Hring, huyện Đăk Hà, tỉnh Kon Tum"], residence: "Phường Kon Tum, Tỉnh Quảng Ngãi", groups: [ETH.KINH, ETH.BAHNAR, ETH.XODANG, ETH.GIETRIENG] },
  { idPrefix: "051", name: "tỉnh Quảng Ngãi", authorities: ["UBND xã Tịnh Khê, thành phố Quảng Ngãi, tỉnh Quảng Ngãi", "UBND xã Đức Phong, huyện Mộ Đức, tỉnh Quảng Ngãi"], residence: "Phường Cẩm Thành, Tỉnh Quảng Ngãi", groups: [ETH.KINH, ETH.HRE] },
  { idPrefix: "049", name: "tỉnh Quảng Nam", authorities: ["UBND xã Điện Phước, huyện Điện Bàn, tỉnh Quảng Nam", "UBND xã Tam Xuân 1, huyện Núi Thành, tỉnh Quảng Nam"], residence: "Phường Tam Kỳ, Thành phố Đà Nẵng", groups: [ETH.KINH] },
  { idPrefix: "040", name: "tỉnh Nghệ An", authorities: ["UBND xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An", "UBND xã Diễn Hồng, huyện Diễn Châu, tỉnh Nghệ An"], residence: "Phường Trường Vinh, Tỉnh Nghệ An", groups: [ETH.KINH, ETH.THAI] },
  { idPrefix: "042", name: "tỉnh Hà Tĩnh", authorities: ["UBND xã Thạch Hạ, thành phố Hà Tĩnh, tỉnh Hà Tĩnh"], residence: "Phường Thành Sen, Tỉnh Hà Tĩnh", groups: [ETH.KINH] },
  { idPrefix: "034", name: "tỉnh Thái Bình", authorities: ["UBND xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình"], residence: "Phường Trần Hưng Đạo, Tỉnh Hưng Yên", groups: [ETH.KINH] },
  { idPrefix: "036", name: "tỉnh Nam Định", authorities: ["UBND xã Nam Thanh, huyện Nam Trực, tỉnh Nam Định"], residence: "Phường Nam Định, Tỉnh Ninh Bình", groups: [ETH.KINH] },
  { idPrefix: "004", name: "tỉnh Cao Bằng", authorities: ["UBND xã Hồng Việt, huyện Hòa An, tỉnh Cao Bằng"], residence: "Phường Thục Phán, Tỉnh Cao Bằng", groups: [ETH.TAY, ETH.NUNG] },
  { idPrefix: "020", name: "tỉnh Lạng Sơn", authorities: ["UBND xã Hoàng Đồng, thành phố Lạng Sơn, tỉnh Lạng Sơn"], residence: "Phường Lương Văn Tri, Tỉnh Lạng Sơn", groups: [ETH.NUNG, ETH.TAY] },
  { idPrefix: "017", name: "tỉnh Hòa Bình", authorities: ["UBND xã Phong Phú, huyện Tân Lạc, tỉnh Hòa Bình"], residence: "Phường Hòa Bình, Tỉnh Phú Thọ", groups: [ETH.MUONG] },
  { idPrefix: "014", name: "tỉnh Sơn La", authorities: ["UBND xã Chiềng Cọ, thành phố Sơn La, tỉnh Sơn La"], residence: "Phường Tô Hiệu, Tỉnh Sơn La", groups: [ETH.THAI] },
];

type Mix = Partial<Record<number, number>>;
// Thousands of inhabitants (2019, rounded) and the minority shares in percent; Kinh is the rest.
// Old Gia Lai districts also get 3% of Tày, Nùng, Mường, Thái, Xơ Đăng and Giẻ Triêng (GL_OTHERS).
const DISTRICTS: Record<string, { pop: number; mix: Mix }> = {
  "Quy Nhơn": { pop: 290, mix: {} },
  "An Nhơn": { pop: 180, mix: {} },
  "Hoài Nhơn": { pop: 210, mix: {} },
  "Tuy Phước": { pop: 185, mix: {} },
  "Phù Cát": { pop: 190, mix: {} },
  "Phù Mỹ": { pop: 170, mix: {} },
  "Tây Sơn": { pop: 120, mix: { [ETH.BAHNAR]: 1 } },
  "Hoài Ân": { pop: 85, mix: { [ETH.HRE]: 2, [ETH.BAHNAR]: 1 } },
  "Vân Canh": { pop: 28, mix: { [ETH.BAHNAR]: 25, [ETH.CHAM]: 35 } },
  "Vĩnh Thạnh": { pop: 32, mix: { [ETH.BAHNAR]: 55 } },
  "An Lão": { pop: 28, mix: { [ETH.HRE]: 50, [ETH.BAHNAR]: 8 } },
  "Pleiku": { pop: 255, mix: { [ETH.JRAI]: 9, [ETH.BAHNAR]: 1 } },
  "An Khê": { pop: 65, mix: { [ETH.BAHNAR]: 9 } },
  "Ayun Pa": { pop: 40, mix: { [ETH.JRAI]: 36 } },
  "KBang": { pop: 67, mix: { [ETH.BAHNAR]: 46 } },
  "Đăk Đoa": { pop: 125, mix: { [ETH.BAHNAR]: 40, [ETH.JRAI]: 12 } },
  "Chư Păh": { pop: 77, mix: { [ETH.JRAI]: 36, [ETH.BAHNAR]: 5 } },
  "Ia Grai": { pop: 100, mix: { [ETH.JRAI]: 46 } },
  "Mang Yang": { pop: 65, mix: { [ETH.BAHNAR]: 55 } },
  "Kông Chro": { pop: 50, mix: { [ETH.BAHNAR]: 74 } },
  "Đức Cơ": { pop: 75, mix: { [ETH.JRAI]: 44 } },
  "Chư Prông": { pop: 125, mix: { [ETH.JRAI]: 45 } },
  "Chư Sê": { pop: 120, mix: { [ETH.JRAI]: 40 } },
  "Đăk Pơ": { pop: 42, mix: { [ETH.BAHNAR]: 29 } },
  "Ia Pa": { pop: 55, mix: { [ETH.JRAI]: 61 } },
  "Krông Pa": { pop: 80, mix: { [ETH.JRAI]: 66 } },
  "Phú Thiện": { pop: 80, mix: { [ETH.JRAI]: 56 } },
  "Chư Pưh": { pop: 75, mix: { [ETH.JRAI]: 45 } },
};
const GL_OTHERS: Mix = { [ETH.TAY]: 0.9, [ETH.NUNG]: 0.75, [ETH.MUONG]: 0.6, [ETH.THAI]: 0.35, [ETH.XODANG]: 0.25, [ETH.GIETRIENG]: 0.15 };

// District kinds before an upgrade (Pleiku became a city in 1999, An Khê a town in 2003, Ayun Pa in
// 2007, An Nhơn in 2011, Hoài Nhơn in 2020): registers of those years name the older kind. The
// phường of a district that was still a huyện were xã then (approximate: some were thị trấn).
export const DISTRICT_KIND_HISTORY: Record<string, { until: string; kind: string }> = {
  "Pleiku": { until: "1999-04-24", kind: "Thị xã" },
  "An Khê": { until: "2003-04-23", kind: "Huyện" },
  "Ayun Pa": { until: "2007-10-09", kind: "Huyện" },
  "An Nhơn": { until: "2011-06-28", kind: "Huyện" },
  "Hoài Nhơn": { until: "2020-06-01", kind: "Huyện" },
};

/** The unit lists in the shape the generator uses, with per-row weights and ethnic mixes. */
export interface Places {
  rows: PlaceRow[];
  communes: TCommuneRow[];
  communeIndex: Map<string, number>;
  /** Relative population of each row (its district's population shared among its rows). */
  rowWeights: number[];
  /** Per row: ethnic shares (0–1) indexed by ETH value, summing to 1. */
  rowMix: Float64Array[];
}

const FOUNDER_DAMPING = 0.85;
let cached: Places | null = null;

/** Loads and shapes the official lists once per process (they are read from prisma/data/). */
export function loadPlaces(): Places {
  if (cached) return cached;
  const data = loadReferenceData();
  const communeIndex = new Map(data.communes.map((c, i) => [c.code, i]));
  const rows: PlaceRow[] = data.formerCommunes.map((r) => ({
    provinceCode: r.provinceCode,
    districtBare: splitUnitName(r.districtName).bare,
    districtKind: r.districtKind,
    communeBare: splitUnitName(r.communeName).bare,
    communeKind: r.communeKind,
    current: communeIndex.get(r.newCommuneCode) ?? -1,
  }));
  const perDistrict = new Map<string, number>();
  for (const r of rows) perDistrict.set(r.districtBare, (perDistrict.get(r.districtBare) ?? 0) + 1);
  const rowWeights = rows.map((r) => {
    const d = DISTRICTS[r.districtBare];
    if (!d) throw new Error(`places: no population figure for district ${r.districtBare}`);
    // Urban wards are denser than rural communes.
    const dense = r.communeKind === "Phường" ? 1.6 : 1;
    return (d.pop / (perDistrict.get(r.districtBare) ?? 1)) * dense;
  });
  const rowMix = rows.map((r) => {
    const mix = new Float64Array(11);
    const spec = { ...(DISTRICTS[r.districtBare]?.mix ?? {}), ...(r.provinceCode === "64" ? GL_OTHERS : {}) };
    let minority = 0;
    for (const [eth, pct] of Object.entries(spec)) {
      // Census shares of today; founders born decades ago get fewer, because minority families
      // are larger and the generations that follow bring the shares back up.
      mix[Number(eth)] = ((pct ?? 0) / 100) * FOUNDER_DAMPING;
      minority += ((pct ?? 0) / 100) * FOUNDER_DAMPING;
    }
    mix[ETH.KINH] = 1 - minority;
    return mix;
  });
  cached = { rows, communes: data.communes, communeIndex, rowWeights, rowMix };
  return cached;
}
