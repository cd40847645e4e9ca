import type { Role } from "@/lib/auth/roles";
import { roleCan, type Action } from "@/lib/auth/permissions";
import { messages } from "@/lib/messages";

export type NavItem = { href: string; label: string; action: Action; /** A count shown beside the label (e.g. questions waiting). */ count?: number };

/**
 * The portal's pages, in menu order. Only pages that exist are listed; each names the permission
 * that shows it, so the menu can never offer a page the role would be refused.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: messages.shell.home, action: "home.view" },
  { href: "/lookups", label: "Tra cứu hộ tịch", action: "record.lookup" },
  { href: "/lookups/history", label: "Lịch sử tra cứu", action: "dossier.read" },
  { href: "/dossiers", label: "Hồ sơ đã tra cứu", action: "dossier.read" },
  { href: "/access-log", label: "Nhật ký khai thác", action: "accessLog.read" },
  { href: "/admin/security-log", label: messages.shell.securityLog, action: "securityLog.read" },
  { href: "/copies", label: "Bản sao, xác nhận", action: "copy.read" },
  { href: "/copies/register", label: "Sổ cấp bản sao", action: "copy.read" },
  { href: "/verifications", label: "Yêu cầu xác minh hồ sơ", action: "verification.read" },
  { href: "/reports", label: "Báo cáo", action: "report.read" },
  { href: "/dashboard", label: "Bảng điều hành", action: "dashboard.view" },
  { href: "/agency-requests", label: "Yêu cầu của cơ quan", action: "agencyRequest.handle" },
  { href: "/agency-requests", label: "Yêu cầu cung cấp thông tin", action: "agencyRequest.file" },
  { href: "/agency-requests/new", label: "Gửi yêu cầu mới", action: "agencyRequest.file" },
  // Administration.
  { href: "/grants", label: "Quyền khai thác CSDL dân cư", action: "grant.request" },
  { href: "/admin/users", label: "Tài khoản người dùng", action: "admin.users" },
  { href: "/admin/grants", label: "Quyền CSDL dân cư", action: "admin.grants" },
  { href: "/admin/api-clients", label: "Khóa API", action: "admin.apiClients" },
  { href: "/admin/settings", label: "Cấu hình", action: "admin.config" },
  { href: "/admin/monitoring", label: "Giám sát kết nối", action: "admin.monitoring" },
  { href: "/admin/registrations", label: "Đăng ký với hệ thống quốc gia", action: "admin.monitoring" },
  { href: "/admin/audit", label: "Nhật ký quản trị", action: "securityLog.read" },
  { href: "/account/password", label: "Đổi mật khẩu", action: "home.view" },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => roleCan(role, item.action));
}
