import { SYSTEM_IDS, SYSTEM_LABELS, SYSTEM_SLUGS } from "@/lib/adapters/systems";

// The reporting indicators, in the order reports, tables and exports show them.
// `daily` ones are additive per Vietnam day and kept in report_daily_stats; the others are computed
// live per period (small tables). Labels are the report's Vietnamese row titles.

export const DAILY_KEYS = [
  "lookupsPortalFound", "lookupsPortalNotFound", "lookupsPortalRefused", "lookupsPortalFailed",
  "lookupsApiFound", "lookupsApiNotFound", "lookupsApiRefused", "lookupsApiFailed",
  "accessCivilRegistry", "accessPopulation", "dossiers", "papersCut",
  "copiesReceived", "copiesReceivedElsewhere", "copiesIssued", "copiesIssuedOnTime", "copiesIssuedElsewhere", "copiesRefused",
  "confirmationsReceived", "confirmationsIssued", "confirmationsIssuedOnTime", "feesCollected",
] as const;
export type DailyKey = (typeof DAILY_KEYS)[number];

export const LIVE_KEYS = ["agencyReceived", "agencyAnswered", "agencyLate", "officers", "officersWithGrant"] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];

export type IndicatorKey = DailyKey | LiveKey | "lookupsTotal";
export type Figures = Record<IndicatorKey, number>;

export type Availability = { system: string; probes: number; okProbes: number; availabilityPct: number | null; p95LatencyMs: number | null };

/** What a report holds (and what a submission freezes). */
export type ReportFigures = { figures: Figures; availability: Availability[] };

export type Indicator = { key: IndicatorKey; group: string; label: string; money?: boolean };

export const INDICATORS: readonly Indicator[] = [
  { key: "lookupsTotal", group: "Tra cứu dữ liệu hộ tịch", label: "Tổng số lượt tra cứu" },
  { key: "lookupsPortalFound", group: "Tra cứu dữ liệu hộ tịch", label: "Trên Cổng — có kết quả" },
  { key: "lookupsPortalNotFound", group: "Tra cứu dữ liệu hộ tịch", label: "Trên Cổng — không tìm thấy" },
  { key: "lookupsPortalRefused", group: "Tra cứu dữ liệu hộ tịch", label: "Trên Cổng — bị từ chối" },
  { key: "lookupsPortalFailed", group: "Tra cứu dữ liệu hộ tịch", label: "Trên Cổng — lỗi hệ thống" },
  { key: "lookupsApiFound", group: "Tra cứu dữ liệu hộ tịch", label: "Qua Hệ thống TTHC — có kết quả" },
  { key: "lookupsApiNotFound", group: "Tra cứu dữ liệu hộ tịch", label: "Qua Hệ thống TTHC — không tìm thấy" },
  { key: "lookupsApiRefused", group: "Tra cứu dữ liệu hộ tịch", label: "Qua Hệ thống TTHC — bị từ chối" },
  { key: "lookupsApiFailed", group: "Tra cứu dữ liệu hộ tịch", label: "Qua Hệ thống TTHC — lỗi hệ thống" },
  { key: "accessCivilRegistry", group: "Tra cứu dữ liệu hộ tịch", label: "Lượt khai thác CSDL hộ tịch điện tử" },
  { key: "accessPopulation", group: "Tra cứu dữ liệu hộ tịch", label: "Lượt khai thác CSDL quốc gia về dân cư" },
  { key: "dossiers", group: "Giải quyết thủ tục hành chính", label: "Hồ sơ TTHC có tra cứu dữ liệu" },
  { key: "papersCut", group: "Giải quyết thủ tục hành chính", label: "Giấy tờ được cắt giảm" },
  { key: "copiesReceived", group: "Cấp bản sao trích lục", label: "Yêu cầu tiếp nhận" },
  { key: "copiesReceivedElsewhere", group: "Cấp bản sao trích lục", label: "— trong đó sự kiện đăng ký nơi khác" },
  { key: "copiesIssued", group: "Cấp bản sao trích lục", label: "Đã cấp" },
  { key: "copiesIssuedOnTime", group: "Cấp bản sao trích lục", label: "— trong đó đúng hạn" },
  { key: "copiesIssuedElsewhere", group: "Cấp bản sao trích lục", label: "— trong đó sự kiện đăng ký nơi khác" },
  { key: "copiesRefused", group: "Cấp bản sao trích lục", label: "Từ chối" },
  { key: "confirmationsReceived", group: "Xác nhận thông tin hộ tịch", label: "Yêu cầu tiếp nhận" },
  { key: "confirmationsIssued", group: "Xác nhận thông tin hộ tịch", label: "Đã cấp" },
  { key: "confirmationsIssuedOnTime", group: "Xác nhận thông tin hộ tịch", label: "— trong đó đúng hạn" },
  { key: "agencyReceived", group: "Cung cấp dữ liệu cho cơ quan, tổ chức", label: "Yêu cầu tiếp nhận" },
  { key: "agencyAnswered", group: "Cung cấp dữ liệu cho cơ quan, tổ chức", label: "Đã trả lời" },
  { key: "agencyLate", group: "Cung cấp dữ liệu cho cơ quan, tổ chức", label: "Quá hạn" },
  { key: "feesCollected", group: "Phí", label: "Phí đã thu", money: true },
  { key: "officers", group: "Tài khoản khai thác", label: "Công chức có tài khoản" },
  { key: "officersWithGrant", group: "Tài khoản khai thác", label: "— trong đó được cấp quyền khai thác CSDL dân cư" },
];

/** The systems' names in full, by the spelling availability rows carry (the probe's). */
export const SYSTEM_LABEL: Record<string, string> = Object.fromEntries(SYSTEM_IDS.map((id) => [SYSTEM_SLUGS[id], SYSTEM_LABELS[id].full]));

export function emptyFigures(): Figures {
  return Object.fromEntries(INDICATORS.map((i) => [i.key, 0])) as Figures;
}

export function withTotals(f: Figures): Figures {
  f.lookupsTotal = f.lookupsPortalFound + f.lookupsPortalNotFound + f.lookupsPortalRefused + f.lookupsPortalFailed
    + f.lookupsApiFound + f.lookupsApiNotFound + f.lookupsApiRefused + f.lookupsApiFailed;
  return f;
}

export function addFigures(into: Figures, add: Figures): Figures {
  for (const i of INDICATORS) into[i.key] += add[i.key];
  return into;
}
