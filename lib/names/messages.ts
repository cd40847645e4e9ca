import type { CandidateReason } from "@/lib/adapters/population/port";

// Vietnamese texts of name matching and of population candidates for records without an ID number.

export const nameMessages = {
  otherName: (difference: string) => `tên khác: ${difference}`,
  candidateReasons: {
    name_exact: "họ tên khớp",
    name_folded: "họ tên khớp (không dấu)",
    name_variant: "họ tên gần đúng",
    dob_exact: "ngày sinh khớp",
    dob_month: "tháng, năm sinh khớp",
    dob_year: "năm sinh khớp",
    dob_swapped: "ngày và tháng sinh bị đảo",
    father_name: "tên cha khớp",
    mother_name: "tên mẹ khớp",
  } satisfies Record<CandidateReason, string>,
  decisions: { SAME: "Là cùng một người", NOT_SAME: "Không phải" },
  candidatesTitle: (role: string) => `${role}: người có thể là trong CSDL quốc gia về dân cư`,
  candidatesIntro:
    "Bản ghi chưa có số định danh cá nhân. Dưới đây là những công dân có thể là người này, xếp theo mức độ khớp; hệ thống không tự ghép — cán bộ xem xét và ghi nhận quyết định cho từng người.",
  noCandidates: "Bản ghi chưa có số định danh cá nhân; CSDL quốc gia về dân cư không có công dân nào khớp họ tên và ngày sinh.",
  noDate: "Bản ghi chưa có số định danh cá nhân và không ghi ngày sinh nên không tìm được người tương ứng trong CSDL quốc gia về dân cư.",
  decided: (decision: string, who: string, when: string) => `Đã ghi nhận: ${decision} — ${who}, ${when}`,
  notACandidate: "Công dân này không còn nằm trong danh sách người có thể là; hãy mở lại bản ghi.",
  decisionRequired: "Chọn “Là cùng một người” hoặc “Không phải”.",
} as const;
