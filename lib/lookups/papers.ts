// The papers a lookup can replace, and the procedures that ask for them (Quyết định 3458/QĐ-BTP and
// the procedures of other sectors that still demand civil-status papers). Reference data: seeded on
// every run; administrators edit it later. Paper codes are stable identifiers used by the API.
export const PAPERS = [
  { code: "birth-certificate", name: "Giấy khai sinh, bản sao hoặc trích lục khai sinh" },
  { code: "marriage-certificate", name: "Giấy chứng nhận kết hôn, bản sao hoặc trích lục kết hôn" },
  { code: "death-certificate", name: "Trích lục khai tử, giấy chứng tử" },
  { code: "marital-status-certificate", name: "Giấy xác nhận tình trạng hôn nhân" },
  { code: "parentage-extract", name: "Trích lục đăng ký nhận cha, mẹ, con" },
  { code: "guardianship-extract", name: "Trích lục đăng ký giám hộ" },
  { code: "change-correction-extract", name: "Trích lục thay đổi, cải chính, bổ sung hộ tịch" },
  { code: "adoption-extract", name: "Trích lục đăng ký nuôi con nuôi" },
  { code: "divorce-extract", name: "Trích lục ghi chú ly hôn, hủy kết hôn" },
] as const;

export type PaperCode = (typeof PAPERS)[number]["code"];
