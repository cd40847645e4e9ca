// The Vietnamese texts of the lookup pages (app/(portal)/lookups, app/(portal)/dossiers, components/lookups),
// grouped per page and component. Plain data: server and client components both import it. The labels of
// the register's codes stay in lib/lookups/labels.ts; validation messages in lib/text/messages.ts.
// `common` holds the words every feature built on lookups repeats (copies, verifications, agency requests),
// so each is spelled once.
import { PURPOSE_LABELS, SEARCH_BY_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/text/messages";

const UNIT_CODE = "Mã đơn vị";
const UNIT = "Đơn vị";
const DATE_OF_BIRTH = "Ngày sinh";
const PERSONAL_ID = "Số định danh";
const FULL_NAME = "Họ tên";
const REGISTRATION = "Đăng ký";
const RESULT = "Kết quả";
const PROCEDURE = "Thủ tục";
const DOSSIER_CODE = "Mã hồ sơ";
const PAPERS_CUT = "Giấy tờ được cắt giảm";
const TITLE = "Tra cứu dữ liệu hộ tịch";
const LEGAL_BASIS = "Căn cứ pháp lý";
const NOTE = "Ghi chú";
const REGISTERED_ON = "Ngày đăng ký";
const LOOKUP = "Tra cứu";
const STATUS = "Trạng thái";
const SEARCH_BY = "Tra cứu theo";
const RETRY = "Thử lại";
const RECORD_FAILED = "Không lấy được bản ghi";
const RECORD = "Bản ghi";
const EVENT_KIND = "Loại việc";
const SEX = { M: "Nam", F: "Nữ" } as const;

export const lookupsTexts = {
  /** Filters and words shared by the list and detail pages of lookups, dossiers, copies, verifications and agency requests. */
  common: {
    unitCode: UNIT_CODE,
    unit: UNIT,
    from: "Từ ngày",
    to: "Đến ngày",
    view: "Xem",
    searching: "Đang tra cứu…",
    searchFailed: "Không tra cứu được",
    checkFields: "Vui lòng kiểm tra các trường được đánh dấu.",
    results: "Kết quả tra cứu",
    truncated: "Còn kết quả khác: hãy thu hẹp điều kiện tra cứu.",
    /** Where the register is kept today: "Nay: Xã Ia Kha". */
    now: (unit: string) => `Nay: ${unit}`,
    outsideProvince: "ngoài tỉnh Gia Lai",
    lookups: LOOKUP,
    overdue: "Quá hạn",
    statusNav: "Lọc theo trạng thái",
    /** A status tab with its count (already formatted): "Chờ ký (3)". */
    tab: (label: string, count: string) => `${label} (${count})`,
    all: (count: string) => `Tất cả (${count})`,
    status: STATUS,
    state: "Tình trạng",
    note: NOTE,
    reason: "Lý do",
    legalBasis: LEGAL_BASIS,
    retry: RETRY,
    recordFailed: RECORD_FAILED,
    notFound: "Không tìm thấy",
    actionFailed: "Chưa thực hiện được",
    confirmRefuse: "Xác nhận từ chối",
    checkPage: "Trang kiểm tra (mã QR)",
    issuing: "Đang lập…",
    eventKind: EVENT_KIND,
    registration: REGISTRATION,
    record: RECORD,
    result: RESULT,
    signer: "Người ký",
    received: "Tiếp nhận",
    answer: "Trả lời",
    request: "Yêu cầu",
    requestKind: "Loại yêu cầu",
    dateOfBirth: DATE_OF_BIRTH,
    personalId: PERSONAL_ID,
    fullName: FULL_NAME,
    requestsEmpty: "Chưa có yêu cầu nào.",
    requestsNoMatch: "Không có yêu cầu nào khớp bộ lọc.",
  },
  /** The result tables' column headings (the lookup page and the intake search of copies). */
  columns: { event: "Sự kiện", name: FULL_NAME, personalId: PERSONAL_ID, dateOfBirth: DATE_OF_BIRTH, registration: REGISTRATION, match: "Mức khớp", open: "Mở" },
  page: {
    title: TITLE,
    intro: (unit: string | undefined) =>
      `Tra cứu trong Hệ thống đăng ký, quản lý hộ tịch điện tử dùng chung khi giải quyết thủ tục, thay cho việc yêu cầu công dân nộp giấy tờ hộ tịch. Đơn vị: ${unit ?? ""}.`,
  },
  form: {
    label: TITLE,
    purposeStep: "1. Mục đích tra cứu",
    purposeLegend: "Tra cứu để",
    purposeDossier: PURPOSE_LABELS.DOSSIER,
    purposeOther: "Mục đích khác (nêu căn cứ pháp lý)",
    dossierCode: DOSSIER_CODE,
    dossierCodePlaceholder: "VD: 000.00.12.H29-251128-0001",
    procedure: "Thủ tục hành chính",
    chooseProcedure: "— Chọn thủ tục —",
    procedureOption: (code: string, name: string) => `${code} · ${name}`,
    papers: "Giấy tờ không yêu cầu công dân nộp (thay bằng kết quả tra cứu)",
    papersHint: "Chọn thủ tục để thấy các giấy tờ của thủ tục đó.",
    description: "Mục đích cụ thể",
    legalBasis: LEGAL_BASIS,
    legalBasisPlaceholder: "VD: Điều 13 Nghị định 87/2020/NĐ-CP",
    searchStep: "2. Thông tin tra cứu",
    submit: LOOKUP,
    logged: "Mỗi lượt tra cứu được ghi nhật ký kèm mục đích.",
  },
  /** The search keys, shared by the lookup form and the intake search of copies. */
  fields: {
    searchBy: SEARCH_BY,
    personalId: SEARCH_BY_LABELS.personalId,
    checkDateOfBirth: "Ngày sinh (để đối chiếu, không bắt buộc)",
    checkSex: "Giới tính (để đối chiếu)",
    male: SEX.M,
    female: SEX.F,
    fullName: "Họ, chữ đệm và tên",
    fullNameHint: "Có thể gõ không dấu",
    dateOfBirth: DATE_OF_BIRTH,
    dateOfBirthHint: "Hoặc MM/yyyy, yyyy nếu chỉ biết một phần",
    fatherName: "Họ tên cha",
    motherName: "Họ tên mẹ",
    spouseName: { lookup: "Họ tên vợ/chồng (tra cứu kết hôn)", intake: "Họ tên vợ/chồng (kết hôn)" },
    entryNumber: SEARCH_BY_LABELS.registration,
    bookNumber: "Quyển số",
    bookNumberPlaceholder: "VD: 01/2019",
    registeredOn: REGISTERED_ON,
    authority: "Cơ quan đăng ký (tên cũ hoặc mới)",
    authorityPlaceholder: "VD: UBND thị trấn Ia Kha, huyện Ia Grai",
    eventTypes: "Loại sự kiện hộ tịch",
  },
  results: {
    noneFound: "Không tìm thấy dữ liệu hộ tịch phù hợp.",
    tryOther: "Thử tìm theo cách khác (họ tên và ngày sinh, hoặc số đăng ký), bỏ bớt điều kiện, hoặc yêu cầu công dân cung cấp thêm thông tin.",
    count: (n: number) => `Kết quả: ${n} bản ghi`,
    noPersonalId: "chưa có",
  },
  match: { reasons: (reasons: string) => `Lý do: ${reasons}` },
  missing: {
    label: "Thông tin còn thiếu",
    count: (n: number) => `Bản ghi còn thiếu ${n} thông tin (bản sao sẽ để trống “—”):`,
  },
  personLink: { formLabel: (fullName: string, personalId: string) => `Quyết định về ${fullName} ${personalId}` },
  record: {
    sex: SEX,
    fullName: "Họ, chữ đệm, tên",
    personalId: SEARCH_BY_LABELS.personalId,
    noPersonalId: "Chưa có (bản ghi số hóa)",
    dateOfBirth: DATE_OF_BIRTH,
    sexLabel: "Giới tính",
    placeOfBirth: "Nơi sinh",
    hometown: "Quê quán",
    ethnicity: "Dân tộc",
    nationality: "Quốc tịch",
    residence: "Nơi cư trú",
    bornIn: (year: number | string) => `sinh năm ${year}`,
    parentId: (personalId: string) => `số định danh ${personalId}`,
    asked: " (người được tra cứu)",
    /** `origin` is already lower-cased. */
    qualityBefore: (origin: string) => `Bản ghi ${origin}, trạng thái: `,
    qualityAfter: ". Đối chiếu kỹ trước khi sử dụng.",
    deceased: "Người chết",
    registered: "Người được đăng ký",
    parents: "Cha, mẹ",
    father: "Cha",
    mother: "Mẹ",
    husband: "Chồng",
    wife: "Vợ",
    death: "Thông tin khai tử",
    dateOfDeath: "Ngày chết",
    placeOfDeath: "Nơi chết",
    causeOfDeath: "Nguyên nhân",
    other: "Nội dung khác",
    registration: REGISTRATION,
    eventKind: EVENT_KIND,
    entry: "Số, quyển số",
    entryValue: (entryNumber: string, bookNumber: string | null) => `Số ${entryNumber}${bookNumber ? `, quyển số ${bookNumber}` : ""}`,
    registeredOn: REGISTERED_ON,
    authority: "Cơ quan đăng ký (tên khi đăng ký)",
    currentUnit: "Đơn vị hiện quản lý sổ",
    outsideProvince: messages.copies.registeredAt.OTHER_PROVINCE,
    declarant: "Người đi khai",
    source: "Nguồn dữ liệu",
    duplicateOf: "Nghi trùng với",
    notes: NOTE,
  },
  population: {
    partial: "Sổ ghi thiếu",
    differs: "Không khớp",
    marital: { single: "Chưa kết hôn", married: "Đã kết hôn", divorced: "Đã ly hôn", widowed: "Góa" },
    noGrantTitle: "Không có quyền khai thác CSDL quốc gia về dân cư",
    notFound: "CSDL quốc gia về dân cư không có số định danh này.",
    failed: (role: string) => `${role}: không lấy được dữ liệu dân cư`,
    cardTitle: (role: string) => `${role} — CSDL quốc gia về dân cư`,
    differsCount: (n: number) => `${n} thông tin không khớp giữa hai hệ thống: cần làm rõ trước khi sử dụng.`,
    field: "Thông tin",
    register: "Sổ hộ tịch",
    population: "CSDL dân cư",
    residence: "Nơi thường trú",
    maritalStatus: "Tình trạng hôn nhân",
    status: STATUS,
    alive: "Còn sống",
    dead: (date: string | null) => `Đã chết${date ? ` (${date})` : ""}`,
  },
  unusualUse: {
    none: "Không có.",
    title: (days: number) => `Dấu hiệu khai thác bất thường (${days} ngày gần nhất)`,
    bursts: "Tra cứu dồn dập",
    burstRule: (count: number, minutes: number) => `Hơn ${count} lượt trong ${minutes} phút`,
    burst: (lookups: number, from: string) => `${lookups} lượt từ ${from}`,
    offHours: "Ngoài giờ làm việc",
    offHoursRule: (start: string, end: string, min: number) => `Trước ${start}, sau ${end} hoặc cuối tuần; từ ${min} lượt`,
    offHour: (lookups: number, last: string) => `${lookups} lượt, gần nhất ${last}`,
    enumerations: "Dò số định danh",
    enumerationRule: (streak: number) => `${streak} lượt tra số định danh liên tiếp không có kết quả`,
    enumeration: (streak: number, from: string, to: string) => `${streak} lượt, ${from} – ${to}`,
  },
  recordPage: {
    title: "Bản ghi hộ tịch",
    back: "Về trang tra cứu",
    crumb: RECORD,
    purpose: (purpose: string, ref: string | null, at: string) => `Mục đích: ${purpose}${ref ? ` — ${ref}` : ""} · tra cứu lúc ${at}`,
    issueCopy: "Cấp bản sao trích lục",
  },
  history: {
    title: "Lịch sử tra cứu",
    scope: { own: "Các lượt tra cứu của bạn.", province: "Các lượt tra cứu của mọi đơn vị trong tỉnh.", unit: "Các lượt tra cứu của đơn vị." },
    outcome: RESULT,
    columns: { at: "Thời điểm", actor: "Người tra cứu", purpose: "Mục đích", searchBy: SEARCH_BY, outcome: RESULT },
    empty: "Chưa có lượt tra cứu nào.",
    user: (fullName: string, username: string) => `${fullName} (${username})`,
    system: (name: string) => `Hệ thống: ${name}`,
    dossier: (code: string, procedure: string) => `Hồ sơ ${code} · ${procedure}`,
  },
  /** The dossiers looked up for (app/(portal)/dossiers): the page and its CSV export. */
  dossiers: {
    title: "Hồ sơ đã tra cứu",
    intro: "Hồ sơ thủ tục hành chính đã tra cứu dữ liệu hộ tịch và các giấy tờ công dân không phải nộp.",
    exportCsv: "Xuất CSV",
    procedure: PROCEDURE,
    all: "Tất cả",
    code: DOSSIER_CODE,
    filter: "Lọc",
    exportLabel: "Tải xuống theo bộ lọc (.xlsx)",
    columns: { code: DOSSIER_CODE, procedure: PROCEDURE, firstLookup: "Ngày tra cứu đầu", lookups: "Lượt tra cứu", papersCut: PAPERS_CUT },
    empty: "Chưa có hồ sơ nào. Hồ sơ xuất hiện ở đây khi cán bộ tra cứu với mục đích giải quyết hồ sơ. ",
    lookups: (lookups: number, found: number) => `${lookups} (${found} có kết quả)`,
    csvHeadings: [DOSSIER_CODE, UNIT_CODE, UNIT, "Mã thủ tục", PROCEDURE, "Thời điểm tra cứu đầu", "Số lượt tra cứu", "Số lượt có kết quả", PAPERS_CUT],
    csvFileName: (today: string) => `Hồ sơ tra cứu ${today}.csv`,
  },
} as const;
