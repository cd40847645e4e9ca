// Shared by the server and the browser: no server imports here.

export const EXPORT_KINDS = ["ACCESS_LOG", "LOOKUPS", "REGISTER", "DOSSIERS"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  ACCESS_LOG: "Nhật ký khai thác dữ liệu",
  LOOKUPS: "Lịch sử tra cứu",
  REGISTER: "Sổ cấp bản sao trích lục",
  DOSSIERS: "Hồ sơ tra cứu",
};

export type ExportJobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export const EXPORT_STATUS_LABELS: Record<ExportJobStatus, string> = {
  QUEUED: "Đang chờ",
  RUNNING: "Đang tạo tệp",
  DONE: "Đã xong",
  FAILED: "Không tạo được",
};

/** A job as the browser sees it (never the file itself). Dates as ISO strings. */
export type ExportJobView = {
  id: string;
  kind: ExportKind;
  kindLabel: string;
  status: ExportJobStatus;
  rowsDone: number;
  rowsTotal: number;
  fileName: string;
  fileSize: number | null;
  error: string | null;
  createdAt: string;
  expiresAt: string;
  downloadUrl: string | null;
};

/** What asking for an export gives: a file to download now, or a background job to follow. */
export type ExportRequestResult = { mode: "direct"; url: string; rows: number } | { mode: "job"; job: ExportJobView } | { mode: "error"; error: string };
