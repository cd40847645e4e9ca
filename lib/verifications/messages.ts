// The Vietnamese texts of the record-verification pages (app/(portal)/verifications, components/verifications),
// grouped per page and component. Plain data: server and client components both import it. The texts the
// use cases return (statuses, refusals, confirmations) stay in lib/verifications/texts.ts.
import { lookupsTexts } from "@/lib/lookups/messages";
import { verificationTexts } from "@/lib/verifications/texts";

const common = lookupsTexts.common;
const ASKING_UNIT = "Đơn vị đề nghị";
const BACK = "Về yêu cầu xác minh";

export const verificationPageTexts = {
  list: {
    intro: "Bản ghi số hóa đang chờ rà soát hoặc nghi trùng chỉ được cấp bản sao, xác nhận khi đơn vị đang quản lý sổ hộ tịch xác nhận.",
    provincialNote: " Sở Tư pháp trả lời cho sổ đăng ký ngoài tỉnh.",
    boxes: "Hộp yêu cầu",
    inbox: (pending: string) => `Cần trả lời (chờ: ${pending})`,
    sent: (pending: string) => `Đơn vị đã gửi (chờ: ${pending})`,
    statusNav: common.statusNav,
    all: common.all,
    tab: common.tab,
    emptyInbox: "Không có yêu cầu xác minh nào gửi đến đơn vị.",
    emptySent: "Đơn vị chưa gửi yêu cầu xác minh nào.",
  },
  table: {
    record: "Hồ sơ",
    reason: common.reason,
    askingUnit: ASKING_UNIT,
    sentTo: "Gửi đến",
    askedAt: "Gửi lúc",
    answeredAt: "Trả lời lúc",
    status: common.status,
    recordLine: (recordId: string, receiptNumber: string) => `${recordId} · yêu cầu ${receiptNumber}`,
  },
  detail: {
    reason: (reason: string) => `Lý do: ${reason}`,
    openRecord: "Xem bản ghi trong hệ thống hộ tịch",
    recordCard: "Hồ sơ cần xác minh",
    recordId: "Mã bản ghi",
    eventKind: common.eventKind,
    registration: common.registration,
    reasonLabel: common.reason,
    holdingUnit: "Đơn vị quản lý sổ",
    askCard: "Đề nghị xác minh",
    askingUnit: ASKING_UNIT,
    request: common.request,
    requestKind: common.requestKind,
    askedBy: "Người gửi",
    note: common.note,
    answerCard: common.answer,
    outcome: common.result,
    answeredBy: "Người trả lời",
    content: "Nội dung",
    /** "<who> · <when>": `at` already formatted. */
    byAt: (by: string, at: string | null) => `${by}${at ? ` · ${at}` : ""}`,
    waiting: (unit: string) => `Đang chờ ${unit} trả lời.`,
  },
  recordPage: {
    title: "Bản ghi cần xác minh",
    back: BACK,
    answer: "Trả lời yêu cầu xác minh",
    crumb: common.record,
    purpose: (unit: string, receiptNumber: string, reason: string) => `Mục đích: xác minh theo đề nghị của ${unit} (yêu cầu ${receiptNumber}) · ${reason}`,
    askerNote: "Ghi chú của đơn vị đề nghị",
  },
  answerForm: {
    failed: "Chưa ghi nhận được",
    answer: "Nội dung trả lời (bắt buộc khi không xác nhận)",
    confirm: "Xác nhận",
    reject: verificationTexts.statuses.REJECTED,
  },
  gate: {
    fit: " — đã được đơn vị quản lý sổ xác nhận, có thể cấp.",
    notFit: " — chưa thể cấp bản sao, xác nhận cho đến khi đơn vị quản lý sổ xác nhận.",
    asked: (unit: string, at: string) => `Yêu cầu xác minh gửi ${unit} lúc ${at}`,
    view: common.view,
    answered: (at: string, answer: string | null) => `Trả lời lúc ${at}${answer ? `: ${answer}` : ""}`,
    mayRefuse: (reason: string) => `Có thể từ chối yêu cầu với lý do: “${reason}”`,
  },
  sendForm: {
    failed: "Chưa gửi được",
    /** The collapsed form's summary: the button's words and an ellipsis. */
    summary: (button: string) => `${button}…`,
    sendTo: "Gửi đến: ",
    note: "Ghi chú cho đơn vị quản lý sổ (không bắt buộc)",
  },
} as const;
