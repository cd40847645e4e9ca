import { formatPartialDate } from "@/lib/text/dates";
import type { TextRule } from "@/lib/validation/fields";

// Who may ask for a copy or a confirmation (Luật Hộ tịch 2014 Art. 63–64; Nghị định 87/2020 Art. 13)
// and the confirmation's own request form (national procedure 2.002516): the Vietnamese the intake
// form, the request page and the receipt show. Each refusal names its reason.

/** A person as the record names them, for messages: "Rơ Mah H'Lan (vợ)". */
const who = (p: { fullName: string; roleLabel?: string | null }) => (p.roleLabel ? `${p.fullName} (${p.roleLabel})` : p.fullName);

export const requesterTexts = {
  /** The relation a form may offer beyond the stored ones: an agency, refused at the counter. */
  agencyOption: "Cơ quan, tổ chức",
  agencyRefused:
    "Cơ quan, tổ chức không yêu cầu cấp bản sao, xác nhận tại bộ phận một cửa: gửi văn bản nêu rõ lý do theo thủ tục “Yêu cầu cung cấp dữ liệu của cơ quan” (Điều 64 Luật Hộ tịch).",
  agencyLink: "Mở Yêu cầu cung cấp dữ liệu của cơ quan",

  // SELF: the requester is the person of the record.
  subjectUnknownForSelf:
    "Bản ghi được tìm theo số đăng ký nên chưa rõ là của ai: chọn người được cấp trong bản ghi để đối chiếu với người yêu cầu.",
  selfIdMismatch: (p: { fullName: string; roleLabel?: string | null }) =>
    `Số giấy tờ của người yêu cầu không trùng với số định danh cá nhân của ${who(p)} trong bản ghi hộ tịch: người yêu cầu không phải là người được cấp. Nếu là người thân hoặc người được ủy quyền, chọn đúng quan hệ và nhận giấy tờ tương ứng.`,
  selfDobRequired: "Nhập ngày sinh của người yêu cầu (dd/MM/yyyy) để đối chiếu với bản ghi hộ tịch.",
  dobInvalid: "Ngày sinh không hợp lệ (dd/MM/yyyy, hoặc MM/yyyy, yyyy khi giấy tờ chỉ ghi như vậy).",
  dobFuture: "Ngày sinh không được sau ngày hôm nay.",
  selfNameMismatch: (p: { fullName: string; roleLabel?: string | null }) =>
    `Họ tên người yêu cầu không khớp với ${who(p)} trong bản ghi hộ tịch (bản ghi không có số định danh cá nhân nên đối chiếu theo họ tên và ngày sinh).`,
  selfDobMismatch: (recordDate: string) => `Ngày sinh người yêu cầu không khớp với ngày sinh trong bản ghi hộ tịch (${formatPartialDate(recordDate)}).`,
  selfNothingToCompare: (p: { fullName: string; roleLabel?: string | null }) =>
    `Bản ghi hộ tịch không có số định danh cá nhân và ngày sinh của ${who(p)}: không đối chiếu được người yêu cầu với người được cấp.`,
  populationNotFound: "Số định danh cá nhân của người yêu cầu không có trong Cơ sở dữ liệu quốc gia về dân cư.",
  populationNameMismatch: (citizenName: string, p: { fullName: string; roleLabel?: string | null }) =>
    `Theo Cơ sở dữ liệu quốc gia về dân cư, số định danh này là của ${citizenName}, không khớp với ${who(p)} trong bản ghi hộ tịch.`,
  populationDobMismatch: (citizenDate: string, recordDate: string) =>
    `Theo Cơ sở dữ liệu quốc gia về dân cư, người có số định danh này sinh ngày ${formatPartialDate(citizenDate)}, không khớp với ngày sinh trong bản ghi hộ tịch (${formatPartialDate(recordDate)}).`,

  // Relatives (Art. 64): a written authorisation, not necessarily certified, and proof of the relationship.
  relativeAuthorisationRequired:
    "Ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột cần văn bản ủy quyền của người được cấp (không bắt buộc công chứng, chứng thực): nhập số, ngày hoặc mô tả văn bản.",
  relationshipProofRequired: "Nhập giấy tờ chứng minh quan hệ với người được cấp (VD: Giấy khai sinh của người được cấp bản sao số …).",

  // Anyone else: a certified authorisation.
  authorisedRefRequired: "Nhập số, ngày văn bản ủy quyền đã được công chứng, chứng thực.",
  certifiedByRequired: "Nhập cơ quan, tổ chức đã công chứng, chứng thực văn bản ủy quyền.",
  certificationNumberRequired: "Nhập số công chứng, chứng thực của văn bản ủy quyền.",
  certifiedOnRequired: "Nhập ngày công chứng, chứng thực (dd/MM/yyyy).",
  certifiedOnInvalid: "Ngày công chứng, chứng thực không hợp lệ (dd/MM/yyyy).",
  certifiedOnFuture: "Ngày công chứng, chứng thực không được sau ngày hôm nay.",

  // The confirmation's request form (2.002516) and its subject.
  confirmationContentRequired: "Nhập nội dung đề nghị xác nhận (ít nhất 10 ký tự).",
  subjectRequired: "Chọn người được xác nhận thông tin trong các bản ghi đã chọn.",
  subjectNotOnRecord: (recordId: string) => `Người được chọn không có trong bản ghi ${recordId}. Vui lòng chọn lại.`,
  subjectMissingFrom: (event: string, recordId: string, name: string) =>
    `${event} (${recordId}) không ghi tên ${name}: các sự kiện được xác nhận phải là của cùng một người.`,

  // The request page and the receipt.
  labels: {
    requesterDateOfBirth: "Ngày sinh người yêu cầu",
    authorisationRef: "Văn bản ủy quyền",
    relationshipProof: "Giấy tờ chứng minh quan hệ",
    authorisationCertification: "Công chứng, chứng thực",
    confirmationContent: "Nội dung đề nghị xác nhận",
    procedure: "Thủ tục",
    subject: "Người được cấp",
    confirmationSubject: "Người được xác nhận",
    selfCheck: "Đối chiếu người yêu cầu",
  },
  selfCheck: {
    RECORD: "Đã đối chiếu với bản ghi hộ tịch (số định danh cá nhân, hoặc họ tên và ngày sinh).",
    RECORD_AND_POPULATION: "Đã đối chiếu với bản ghi hộ tịch và Cơ sở dữ liệu quốc gia về dân cư.",
  },
  /** Shown at intake beside "Bản thân người được cấp". */
  selfHint: (grant: boolean) =>
    grant
      ? "Bắt buộc khi bản ghi không có số định danh: khi đó họ tên, ngày sinh được đối chiếu với bản ghi và với Cơ sở dữ liệu quốc gia về dân cư."
      : "Bắt buộc khi bản ghi không có số định danh. Cán bộ không có quyền khai thác CSDL quốc gia về dân cư: chỉ đối chiếu với bản ghi hộ tịch.",
  certificationLine: (by: string, number: string, on: string) => `${by}, số ${number}, ngày ${formatPartialDate(on)}`,
} as const;

/** The free-text fields this part adds to the intake form; the same shape as lib/validation/fields.ts. */
export const REQUESTER_FIELDS = {
  relativeAuthorisationRef: { label: "Văn bản ủy quyền", min: 3, max: 200, required: requesterTexts.relativeAuthorisationRequired, tooShort: requesterTexts.relativeAuthorisationRequired },
  authorisedRef: { label: "Văn bản ủy quyền", min: 3, max: 200, required: requesterTexts.authorisedRefRequired, tooShort: requesterTexts.authorisedRefRequired },
  relationshipProof: { label: "Giấy tờ chứng minh quan hệ", min: 5, max: 300, required: requesterTexts.relationshipProofRequired, tooShort: requesterTexts.relationshipProofRequired, collapseSpaces: true },
  authorisationCertifiedBy: { label: "Nơi công chứng, chứng thực", min: 3, max: 200, required: requesterTexts.certifiedByRequired, tooShort: requesterTexts.certifiedByRequired, collapseSpaces: true },
  authorisationCertificationNumber: { label: "Số công chứng, chứng thực", max: 50, required: requesterTexts.certificationNumberRequired, collapseSpaces: true },
  confirmationContent: { label: "Nội dung đề nghị xác nhận", min: 10, max: 1000, required: requesterTexts.confirmationContentRequired, tooShort: requesterTexts.confirmationContentRequired, multiline: true },
} as const satisfies Record<string, TextRule>;
