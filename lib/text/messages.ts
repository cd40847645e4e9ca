// Every Vietnamese string people read, in one place, so the interface can be reviewed and translated.
// Identifiers stay English; only the values are Vietnamese.

import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { MAX_CONFIRMATION_RECORDS, MAX_COPIES } from "@/lib/copies/limits";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** The numbers of the lockout rule that its message states. */
type LockoutPolicy = { readonly lockMinutes: number; readonly maxFailedAttempts: number };

const sessionExpired = "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.";
const signInWord = "Đăng nhập";
const confirmationKind = "Văn bản xác nhận thông tin hộ tịch";
const revokedWord = "Đã thu hồi";
const outcomeWord = "Kết quả";

/** The kinds of civil-status extract copy, named alike on the verification page and in the copy register. */
const copyKinds = {
  COPY_BIRTH: "Bản sao trích lục khai sinh",
  COPY_MARRIAGE: "Bản sao trích lục kết hôn",
  COPY_DEATH: "Bản sao trích lục khai tử",
  COPY_PARENTAGE: "Bản sao trích lục đăng ký nhận cha, mẹ, con",
  COPY_GUARDIANSHIP: "Bản sao trích lục đăng ký giám hộ",
  COPY_CHANGE_CORRECTION: "Bản sao trích lục thay đổi, cải chính, bổ sung hộ tịch",
  COPY_DIVORCE: "Bản sao trích lục ghi vào sổ việc ly hôn, hủy việc kết hôn",
  COPY_ADOPTION: "Bản sao trích lục đăng ký nuôi con nuôi",
} as const;

export const messages = {
  appName: "Cổng khai thác dữ liệu hộ tịch",
  appOwner: "Tỉnh Gia Lai",
  roles: {
    COMMUNE_OFFICER: "Công chức tư pháp - hộ tịch",
    COMMUNE_SIGNER: "Lãnh đạo UBND cấp xã",
    PROVINCIAL_OFFICER: "Cán bộ Sở Tư pháp",
    AGENCY_USER: "Cán bộ cơ quan, tổ chức",
    ADMINISTRATOR: "Quản trị hệ thống",
  },
  errors: {
    NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
    UNAUTHENTICATED: sessionExpired,
    INVALID_INPUT: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
    CONFLICT: "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.",
    RATE_LIMITED: "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
    UPSTREAM_UNAVAILABLE: "Hệ thống quốc gia tạm thời không phản hồi. Vui lòng thử lại sau.",
    DATABASE_UNAVAILABLE:
      "Cơ sở dữ liệu của Cổng tạm thời không truy cập được. Dữ liệu đã lưu không bị mất; thao tác vừa rồi chưa được thực hiện. Vui lòng thử lại sau ít phút; nếu kéo dài, báo quản trị hệ thống.",
    INTERNAL: "Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị hệ thống kèm mã lỗi.",
  },
  signIn: {
    title: signInWord,
    subtitle: "Dành cho công chức, lãnh đạo và cơ quan được cấp tài khoản",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: signInWord,
    submitting: "Đang đăng nhập…",
    usernameRequired: "Vui lòng nhập tên đăng nhập.",
    passwordRequired: "Vui lòng nhập mật khẩu.",
    invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
    /** The lock's length and threshold come from the policy, so changing the rule changes the text. */
    locked: (until: string, policy: LockoutPolicy = SIGN_IN_POLICY) =>
      `Tài khoản đã bị tạm khóa ${policy.lockMinutes} phút do đăng nhập sai (mật khẩu hoặc mã xác thực) ${policy.maxFailedAttempts} lần liên tiếp. Vui lòng thử lại sau ${until}, hoặc liên hệ quản trị hệ thống để mở khóa.`,
    inactive: "Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị hệ thống.",
    tooManyFromAddress: (seconds: number) => `Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`,
    tooManyForUsername: (seconds: number) => `Quá nhiều lần đăng nhập vào tài khoản này. Vui lòng thử lại sau ${seconds} giây.`,
    expired: sessionExpired,
    signedOut: "Bạn đã đăng xuất.",
    failed: "Không đăng nhập được do lỗi hệ thống. Vui lòng thử lại sau ít phút.",
    passwordChanged: "Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.",
    footer: "Thực hiện Kế hoạch ứng dụng dữ liệu hộ tịch đã số hóa theo Đề án 06. Mọi truy cập dữ liệu công dân đều được ghi nhật ký.",
    ownerPrefix: "UBND",
  },
  shell: {
    /** The menu's entries (components/shell/navigation.ts). */
    nav: {
      lookups: "Tra cứu hộ tịch",
      lookupHistory: "Lịch sử tra cứu",
      dossiers: "Hồ sơ đã tra cứu",
      accessLog: "Nhật ký khai thác",
      copies: "Bản sao, xác nhận",
      copyRegister: "Sổ cấp bản sao",
      verifications: "Yêu cầu xác minh hồ sơ",
      reports: "Báo cáo",
      dashboard: "Bảng điều hành",
      agencyRequestsHandle: "Yêu cầu của cơ quan",
      agencyRequestsFile: "Yêu cầu cung cấp thông tin",
      newAgencyRequest: "Gửi yêu cầu mới",
      grantRequests: "Quyền khai thác CSDL dân cư",
      users: "Tài khoản người dùng",
      adminGrants: "Quyền CSDL dân cư",
      apiClients: "Khóa API",
      settings: "Cấu hình",
      monitoring: "Giám sát kết nối",
      registrations: "Đăng ký với hệ thống quốc gia",
      adminAudit: "Nhật ký quản trị",
      changePassword: "Đổi mật khẩu",
    },
    /** Beside a menu entry: how many items wait for the person. */
    waiting: (n: number) => `${n} đang chờ`,
    skipToContent: "Chuyển đến nội dung chính",
    signOut: "Đăng xuất",
    menu: "Menu",
    home: "Trang chủ",
    securityLog: "Nhật ký đăng nhập",
    mainNav: "Điều hướng chính",
    /** Shown when the page's scripts did not load (components/shell/hydration-warning.tsx). */
    notInteractive: "Trang chưa tải xong phần tương tác. Hãy tải lại trang (F5); nếu vẫn lỗi, báo quản trị viên.",
  },
  /** The portal's description for search engines and link previews (app/layout.tsx). */
  description: "Khai thác, sử dụng dữ liệu hộ tịch điện tử phục vụ giải quyết thủ tục hành chính tỉnh Gia Lai",
  /** Pieces every list page uses: filter bars, pagers, loading states. */
  common: {
    filter: "Lọc",
    all: "Tất cả",
    loading: "Đang tải dữ liệu…",
    pagination: "Phân trang",
    firstPage: "⇤ Trang đầu",
    previousPage: "← Trang trước",
    nextPage: "Trang sau →",
    pageOf: (page: number, pageCount: number) => `Trang ${page}/${pageCount}`,
    rowCount: (shown: number) => `${shown} dòng.`,
    rowsOnPage: (shown: number) => `${shown} dòng trên trang này`,
    backHome: "← Về trang chủ",
    /** Column titles that many tables share. */
    status: "Trạng thái",
    actions: "Thao tác",
    outcome: outcomeWord,
    unit: "Đơn vị",
    revoked: revokedWord,
    saving: "Đang lưu…",
    refreshing: "Đang cập nhật…",
    updatedAt: (at: string) => `Cập nhật lúc ${at}`,
    /** The plain-text body of a download route's 404. */
    notFound: "Không tìm thấy",
  },
  notFound: {
    title: "Không tìm thấy trang",
    body: "Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc nằm ngoài phạm vi được giao cho tài khoản của bạn.",
    home: "Về trang chủ",
  },
  errorPage: { title: "Đã xảy ra lỗi", code: "Mã lỗi:", retry: "Thử lại" },
  /** The page where a person changes their own password (app/(auth)/account/password). */
  account: {
    changePasswordTitle: "Đổi mật khẩu",
    accountLabel: "Tài khoản:",
    afterChange: ". Sau khi đổi, mọi phiên đăng nhập kết thúc và bạn đăng nhập lại bằng mật khẩu mới.",
    temporaryPassword: "Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Vui lòng đặt mật khẩu mới trước khi tiếp tục.",
  },
  /** The public page that checks an issued document's QR code (app/verify/[code]). */
  verify: {
    title: "Kiểm tra văn bản hộ tịch",
    subtitle: "Kiểm tra bản sao trích lục hộ tịch, văn bản xác nhận thông tin hộ tịch được cấp qua Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai.",
    valid: "Văn bản hợp lệ",
    validBody: "Văn bản do cơ quan có thẩm quyền cấp và đang có giá trị. Đối chiếu các thông tin dưới đây với văn bản bạn đang có.",
    revoked: "Văn bản đã bị thu hồi",
    revokedBody: (date: string) => `Văn bản đã được cơ quan cấp thu hồi ngày ${date} và không còn giá trị sử dụng. Liên hệ cơ quan cấp để biết thêm.`,
    invalid: "Không xác thực được văn bản",
    invalidBody:
      "Mã kiểm tra không có trong hệ thống hoặc không hợp lệ: văn bản mang mã này không do Cổng cấp, hoặc nội dung đã bị thay đổi. Đề nghị liên hệ cơ quan được ghi trên văn bản để xác minh.",
    rateLimited: (seconds: number) => `Bạn đã kiểm tra quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`,
    kinds: {
      ...copyKinds,
      COPY_OTHER: "Bản sao trích lục hộ tịch (mẫu cũ)",
      CONFIRMATION: confirmationKind,
      AGENCY_ANSWER: "Văn bản cung cấp thông tin hộ tịch cho cơ quan, tổ chức",
    },
    fields: { kind: "Loại văn bản", number: "Số", issuedOn: "Ngày cấp", issuingUnit: "Cơ quan cấp", holder: "Người được cấp", revokedOn: "Ngày thu hồi", code: "Mã kiểm tra" },
    holderNote: "Họ tên được che một phần để bảo vệ dữ liệu cá nhân; đối chiếu chữ cái đầu với văn bản.",
    checkedAt: (at: string) => `Kết quả kiểm tra lúc ${at}.`,
    print: "In kết quả",
  },
  lookups: {
    dossierCodeRequired: "Nhập mã hồ sơ thủ tục hành chính.",
    dossierCodeFormat: `Mã hồ sơ chỉ gồm chữ, số và các ký tự . - _ / (tối đa ${TEXT_LIMITS.dossierCodeMax} ký tự).`,
    procedureRequired: "Chọn thủ tục hành chính của hồ sơ.",
    procedureUnknown: "Thủ tục không có trong danh mục.",
    papersRequired: "Chọn ít nhất một giấy tờ được thay thế bằng kết quả tra cứu.",
    paperNotInProcedure: "Giấy tờ này không thuộc thành phần hồ sơ của thủ tục đã chọn.",
    dossierOtherProcedure: (name: string) => `Mã hồ sơ này đã được ghi nhận cho thủ tục khác (${name}).`,
    agencyRequestNotAccepted: "Yêu cầu này không ở trạng thái đang xử lý tại đơn vị của anh/chị: không được tra cứu với mục đích này.",
    descriptionRequired: `Nêu rõ mục đích tra cứu (ít nhất ${TEXT_LIMITS.explanationMin} ký tự).`,
    purposeRequired: "Chọn mục đích tra cứu.",
    personalIdRequired: "Nhập số định danh cá nhân.",
    fullNameRequired: "Nhập họ, chữ đệm và tên.",
    fullNameTooShort: "Họ tên phải có ít nhất 2 ký tự chữ.",
    dateRequired: "Nhập ngày sinh theo dạng dd/MM/yyyy (hoặc MM/yyyy, yyyy nếu chỉ biết một phần).",
    dateInvalid: "Ngày không hợp lệ. Nhập theo dạng dd/MM/yyyy, ví dụ 12/03/1998.",
    dateFuture: "Ngày không được sau ngày hôm nay.",
    entryNumberRequired: "Nhập số đăng ký (số trong sổ hộ tịch).",
    eventTypesRequired: "Chọn ít nhất một loại sự kiện hộ tịch.",
    searchByRequired: "Chọn cách tra cứu.",
  },
  // A national system's failure: lib/errors/upstream-messages.ts (names the system and what to do).
  upstream: {
    noGrant: "Tài khoản chưa được cấp quyền khai thác Cơ sở dữ liệu quốc gia về dân cư (hoặc quyền đã hết hạn), nên không hiển thị dữ liệu dân cư.",
  },
  copies: {
    kinds: { COPY: "Cấp bản sao trích lục hộ tịch", CONFIRMATION: "Xác nhận thông tin hộ tịch" },
    kindsShort: { COPY: "Bản sao trích lục", CONFIRMATION: "Xác nhận thông tin" },
    channels: { COUNTER: "Tại bộ phận một cửa", ONLINE: "Trực tuyến — Cổng DVC quốc gia, VNeID", POST: "Bưu chính" },
    statuses: { RECEIVED: "Mới tiếp nhận", PREPARED: "Chờ ký", SIGNED: "Đã ký, chờ phát hành", ISSUED: "Chờ trả kết quả", DELIVERED: "Đã trả kết quả", REFUSED: "Từ chối", REVOKED: revokedWord },
    relations: {
      SELF: "Bản thân người được cấp",
      PARENT: "Cha, mẹ",
      SPOUSE: "Vợ, chồng",
      CHILD: "Con",
      SIBLING: "Anh, chị, em ruột",
      GRANDPARENT: "Ông, bà",
      AUTHORISED: "Người được ủy quyền",
    },
    documentKinds: {
      ...copyKinds,
      COPY_OTHER: "Bản sao trích lục hộ tịch khác (mẫu cũ, đã cấp trước đây)",
      CONFIRMATION: confirmationKind,
    },
    /** What the officer did when the result left the unit, worded for the channel. */
    delivered: { COUNTER: "Đã trả kết quả tại bộ phận một cửa", ONLINE: "Đã trả kết quả trực tuyến (Cổng DVC quốc gia, VNeID)", POST: "Đã gửi kết quả qua bưu chính" },
    deliverButton: { COUNTER: "Trả kết quả tại một cửa", ONLINE: "Trả kết quả trực tuyến", POST: "Gửi kết quả qua bưu chính" },
    registeredAt: { UNIT: "Tại đơn vị", OTHER_COMMUNE: "Xã, phường khác trong tỉnh", OTHER_PROVINCE: "Ngoài tỉnh Gia Lai" },
    kindRequired: "Chọn loại yêu cầu.",
    channelRequired: "Chọn hình thức tiếp nhận.",
    requesterNameRequired: "Nhập họ, chữ đệm và tên người yêu cầu.",
    requesterNameInvalid: "Họ tên phải có ít nhất 2 chữ cái.",
    idNumberRequired: "Nhập số giấy tờ tùy thân của người yêu cầu.",
    idNumberInvalid: "Số giấy tờ tùy thân gồm 8–12 chữ số hoặc chữ cái (CCCD 12 số, CMND 9 số, hộ chiếu).",
    phoneInvalid: "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).",
    addressRequiredForPost: "Nhập địa chỉ nhận kết quả qua bưu chính.",
    relationRequired: "Chọn quan hệ của người yêu cầu với người được cấp.",
    authorisationRequired: "Nhập số, ngày văn bản ủy quyền đã được công chứng, chứng thực.",
    copiesInvalid: `Số bản từ 1 đến ${MAX_COPIES}.`,
    exemptionUnknown: "Trường hợp miễn phí không có trong danh mục đã cấu hình.",
    purposeTextRequired: `Nêu rõ mục đích sử dụng văn bản xác nhận (ít nhất ${TEXT_LIMITS.explanationMin} ký tự).`,
    searchFirst: "Tra cứu và chọn bản ghi hộ tịch trước khi lập giấy tiếp nhận.",
    copyOneRecord: "Chọn đúng một bản ghi hộ tịch cần cấp bản sao.",
    confirmationRecords: `Chọn từ 1 đến ${MAX_CONFIRMATION_RECORDS} bản ghi hộ tịch cần xác nhận.`,
    recordNotFound: "Bản ghi không còn trong Hệ thống hộ tịch điện tử. Vui lòng tra cứu lại.",
    receiptTaken: "Yêu cầu này đã được lập và cấp số giấy tiếp nhận. Mở danh sách yêu cầu để xem, hoặc tra cứu lại để lập yêu cầu mới.",
    reasonRequired: `Nêu rõ lý do (ít nhất ${TEXT_LIMITS.explanationMin} ký tự).`,
    wrongStatus: (status: string) => `Yêu cầu đang ở trạng thái "${status}", không thực hiện được thao tác này. Vui lòng tải lại trang.`,
    documentRevoked: "Văn bản của yêu cầu này đã bị thu hồi.",
    /** Who revoked a request's document, when and why: the request page and the receipt. */
    revokedNotice: (label: string, at: string, by: string | null, reason: string | null) =>
      `Văn bản số ${label} đã bị thu hồi lúc ${at}${by ? ` bởi ${by}` : ""}${reason ? `. Lý do: ${reason}` : ""}. Văn bản không còn giá trị sử dụng.`,
    alreadyRevoked: "Văn bản đã bị thu hồi trước đó.",
    sourceLookupMissing: "Không tìm thấy lượt tra cứu hoặc bản ghi đã chọn. Vui lòng tra cứu lại.",
  },
  accessLog: {
    title: "Nhật ký khai thác dữ liệu",
    requestId: (id: string) => `Mã yêu cầu: ${id}`,
    requestIdTitle: "Mã yêu cầu (x-request-id), để đối chiếu với nhật ký ứng dụng và của hệ thống quốc gia",
    intro: "Mọi lượt xem dữ liệu công dân: ai, khi nào, ở hệ thống nào, vì mục đích gì và kết quả. Nhật ký không sửa, xóa được và được kiểm tra toàn vẹn bằng chuỗi băm.",
    outcome: outcomeWord,
    actor: "Người tra cứu",
    chainTitle: "Chuỗi / số thứ tự trong chuỗi",
    at: "Thời điểm",
    systemOperation: "Hệ thống, thao tác",
    purpose: "Mục đích",
    empty: "Chưa có lượt khai thác nào.",
  },
} as const;
