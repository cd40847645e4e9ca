// The personal identification number (số định danh cá nhân): PPP G YY NNNNNN.
// PPP: the province code, or the country code for a birth registered abroad (Thông tư
// 07/2016/TT-BCA), where the birth was registered; G: century and sex; YY: the last two digits of
// the year of birth. Codes are those of the provinces before the 2025 merger: numbers issued
// earlier stay valid, so the table keeps every old code.

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

/**
 * Country codes for births registered abroad (a Vietnamese mission, or across Gia Lai's border in
 * Cambodia or Laos). (to confirm) The annex of Thông tư 07/2016/TT-BCA that lists them could not be
 * read here; ISO 3166-1 numeric is the documented default. Where an ISO code equals a province code
 * (Australia 036, Austria 040, Belgium 056) the number is valid either way and reads as the province.
 */
export const ID_COUNTRY_CODES: Record<string, string> = {
  "116": "Campuchia", "418": "Lào", "156": "Trung Quốc", "764": "Thái Lan", "410": "Hàn Quốc", "408": "Triều Tiên",
  "392": "Nhật Bản", "158": "Đài Loan", "840": "Hoa Kỳ", "124": "Ca-na-đa", "036": "Ô-xtrây-li-a", "554": "Niu Di-lân",
  "702": "Xin-ga-po", "458": "Ma-lai-xi-a", "360": "In-đô-nê-xi-a", "608": "Phi-líp-pin", "104": "Mi-an-ma", "356": "Ấn Độ",
  "643": "Liên bang Nga", "804": "U-crai-na", "112": "Bê-la-rút", "826": "Vương quốc Anh", "756": "Thụy Sĩ", "578": "Na Uy",
  // European Union
  "276": "Đức", "250": "Pháp", "380": "I-ta-li-a", "724": "Tây Ban Nha", "620": "Bồ Đào Nha", "528": "Hà Lan", "056": "Bỉ",
  "442": "Lúc-xăm-bua", "040": "Áo", "616": "Ba Lan", "203": "Séc", "703": "Xlô-va-ki-a", "348": "Hung-ga-ri", "642": "Ru-ma-ni",
  "100": "Bun-ga-ri", "300": "Hy Lạp", "752": "Thụy Điển", "246": "Phần Lan", "208": "Đan Mạch", "372": "Ai-len",
  "191": "Crô-a-ti-a", "705": "Xlô-ve-ni-a", "233": "E-xtô-ni-a", "428": "Lát-vi-a", "440": "Lít-va", "196": "Síp", "470": "Man-ta",
};

/** Where a number says the birth was registered: a province, a country, or null for an unknown prefix. */
export function idPrefixPlace(prefix: string): { kind: "province" | "country"; name: string } | null {
  const province = ID_PROVINCE_CODES[prefix];
  if (province) return { kind: "province", name: province };
  const country = ID_COUNTRY_CODES[prefix];
  return country ? { kind: "country", name: country } : null;
}

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
  if (!idPrefixPlace(prefix)) return { code: "province", prefix };
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

/** Whether a problem is a disagreement with what was typed beside the number (year or sex), not a bad number. */
export function isMismatch(p: IdProblem): p is Extract<IdProblem, { code: "year_mismatch" | "sex_mismatch" }> {
  return p.code === "year_mismatch" || p.code === "sex_mismatch";
}

/** The Vietnamese message for a problem, shown at the ID field. */
export function personalIdMessage(p: IdProblem): string {
  switch (p.code) {
    case "format":
      return "Số định danh cá nhân gồm đúng 12 chữ số.";
    case "province":
      return `Ba chữ số đầu (${p.prefix}) không phải mã tỉnh hoặc mã quốc gia nơi đăng ký khai sinh.`;
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
