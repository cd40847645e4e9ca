// The personal identification number (số định danh cá nhân): PPP G YY NNNNNN (DOMAIN.md).
// PPP: the province (or country) code where the birth was registered; G: century and sex; YY: the
// last two digits of the year of birth. Codes are those of the provinces before the 2025 merger:
// numbers issued earlier stay valid, so the table keeps every old code.

/** Province codes used in personal ID numbers (pre-2025 provinces, GSO codes). */
export const ID_PROVINCE_CODES: Record<string, string> = {
  "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang", "010": "Lào Cai",
  "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
  "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh",
  "030": "Hải Dương", "031": "Hải Phòng", "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
  "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
  "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
  "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum", "064": "Gia Lai", "066": "Đắk Lắk",
  "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
  "077": "Bà Rịa - Vũng Tàu", "079": "TP. Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre",
  "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
  "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
};

export type IdProblem =
  | { code: "format" }
  | { code: "province"; prefix: string }
  | { code: "century"; digit: string }
  | { code: "future"; year: number }
  | { code: "year_mismatch"; idYear: number; year: number }
  | { code: "sex_mismatch"; idSex: "M" | "F"; sex: "M" | "F" };

/** Year of birth and sex encoded in a structurally valid number (G: 0/1 1900s, 2/3 2000s, 4/5 2100s…; even male). */
export function decodePersonalId(id: string): { province: string; year: number; sex: "M" | "F" } | null {
  if (!/^\d{12}$/.test(id)) return null;
  const g = Number(id[3]);
  return { province: id.slice(0, 3), year: 1900 + Math.floor(g / 2) * 100 + Number(id.slice(4, 6)), sex: g % 2 === 0 ? "M" : "F" };
}

/**
 * Checks a number's structure, and — when the person's year of birth or sex is known — that the
 * digits agree with them. A number whose G/YY contradict the date of birth or sex is an error.
 */
export function checkPersonalId(id: string, known: { year?: number; sex?: "M" | "F"; currentYear?: number } = {}): IdProblem | null {
  if (!/^\d{12}$/.test(id)) return { code: "format" };
  const prefix = id.slice(0, 3);
  if (!ID_PROVINCE_CODES[prefix]) return { code: "province", prefix };
  const g = id[3] as string;
  if (Number(g) > 5) return { code: "century", digit: g };
  const decoded = decodePersonalId(id)!;
  const currentYear = known.currentYear ?? new Date().getFullYear();
  if (decoded.year > currentYear) return { code: "future", year: decoded.year };
  if (known.year !== undefined && known.year !== decoded.year) return { code: "year_mismatch", idYear: decoded.year, year: known.year };
  if (known.sex && known.sex !== decoded.sex) return { code: "sex_mismatch", idSex: decoded.sex, sex: known.sex };
  return null;
}

const SEX_LABEL = { M: "nam", F: "nữ" } as const;

/** The Vietnamese message for a problem, shown at the ID field. */
export function personalIdMessage(p: IdProblem): string {
  switch (p.code) {
    case "format":
      return "Số định danh cá nhân gồm đúng 12 chữ số.";
    case "province":
      return `Ba chữ số đầu (${p.prefix}) không phải mã tỉnh, thành phố nơi đăng ký khai sinh.`;
    case "century":
      return `Chữ số thứ tư (${p.digit}) không phải mã thế kỷ và giới tính hợp lệ.`;
    case "future":
      return `Số định danh cho năm sinh ${p.year}, sau năm hiện tại.`;
    case "year_mismatch":
      return `Số định danh cho năm sinh ${p.idYear}, không khớp năm sinh ${p.year} đã nhập.`;
    case "sex_mismatch":
      return `Số định danh cho giới tính ${SEX_LABEL[p.idSex]}, không khớp giới tính ${SEX_LABEL[p.sex]} đã nhập.`;
  }
}
