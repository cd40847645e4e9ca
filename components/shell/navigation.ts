import type { Role } from "@/lib/auth/roles";
import { roleCan, type Action } from "@/lib/auth/permissions";
import { messages } from "@/lib/text/messages";

const nav = messages.shell.nav;

export type NavItem = { href: string; label: string; action: Action; /** A count shown beside the label (e.g. questions waiting). */ count?: number };

/**
 * The portal's pages, in menu order. Only pages that exist are listed; each names the permission
 * that shows it, so the menu can never offer a page the role would be refused.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: messages.shell.home, action: "home.view" },
  { href: "/lookups", label: nav.lookups, action: "record.lookup" },
  { href: "/lookups/history", label: nav.lookupHistory, action: "dossier.read" },
  { href: "/dossiers", label: nav.dossiers, action: "dossier.read" },
  { href: "/access-log", label: nav.accessLog, action: "accessLog.read" },
  { href: "/admin/security-log", label: messages.shell.securityLog, action: "securityLog.read" },
  { href: "/copies", label: nav.copies, action: "copy.read" },
  { href: "/copies/register", label: nav.copyRegister, action: "copy.read" },
  { href: "/verifications", label: nav.verifications, action: "verification.read" },
  { href: "/reports", label: nav.reports, action: "report.read" },
  { href: "/dashboard", label: nav.dashboard, action: "dashboard.view" },
  { href: "/agency-requests", label: nav.agencyRequestsHandle, action: "agencyRequest.handle" },
  { href: "/agency-requests", label: nav.agencyRequestsFile, action: "agencyRequest.file" },
  { href: "/agency-requests/new", label: nav.newAgencyRequest, action: "agencyRequest.file" },
  // Administration.
  { href: "/grants", label: nav.grantRequests, action: "grant.request" },
  { href: "/admin/users", label: nav.users, action: "admin.users" },
  { href: "/admin/grants", label: nav.adminGrants, action: "admin.grants" },
  { href: "/admin/api-clients", label: nav.apiClients, action: "admin.apiClients" },
  { href: "/admin/settings", label: nav.settings, action: "admin.config" },
  { href: "/admin/monitoring", label: nav.monitoring, action: "admin.monitoring" },
  { href: "/admin/registrations", label: nav.registrations, action: "admin.monitoring" },
  { href: "/admin/audit", label: nav.adminAudit, action: "securityLog.read" },
  { href: "/account/password", label: nav.changePassword, action: "home.view" },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => roleCan(role, item.action));
}
