import type { Role } from "@/lib/auth/roles";

/**
 * Who may do what: one map, action → roles. `satisfies` makes a typo in a role a compile error,
 * and `Action` is derived from the keys, so a check can only name an action that exists.
 * `scoped: true` actions also need the target unit inside the actor's jurisdiction.
 */
export const PERMISSIONS = {
  "home.view": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER", "AGENCY_USER", "ADMINISTRATOR"], scoped: false },
  "unit.read": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER", "ADMINISTRATOR"], scoped: true },
  // Lookups while handling procedures; read across the province for Sở Tư pháp.
  "record.lookup": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  "dossier.read": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  "accessLog.read": { roles: ["COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  // Copies and confirmations: officers prepare, signers sign.
  "copy.read": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  "copy.create": { roles: ["COMMUNE_OFFICER"], scoped: true },
  "copy.prepare": { roles: ["COMMUNE_OFFICER"], scoped: true },
  "copy.sign": { roles: ["COMMUNE_SIGNER"], scoped: true },
  "copy.revoke": { roles: ["COMMUNE_SIGNER"], scoped: true },
  // The quality gate: the taking unit asks the unit holding the register to confirm a digitised record.
  "verification.read": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  "verification.request": { roles: ["COMMUNE_OFFICER"], scoped: true },
  "verification.answer": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  // Agency data requests.
  "agencyRequest.file": { roles: ["AGENCY_USER"], scoped: false },
  "agencyRequest.triage": { roles: ["PROVINCIAL_OFFICER"], scoped: true },
  "agencyRequest.handle": { roles: ["COMMUNE_OFFICER", "PROVINCIAL_OFFICER"], scoped: true },
  // Reporting to Sở Tư pháp.
  "report.read": { roles: ["COMMUNE_OFFICER", "COMMUNE_SIGNER", "PROVINCIAL_OFFICER"], scoped: true },
  "report.prepare": { roles: ["COMMUNE_OFFICER"], scoped: true },
  "report.submit": { roles: ["COMMUNE_SIGNER"], scoped: true },
  "report.review": { roles: ["PROVINCIAL_OFFICER"], scoped: true },
  "dashboard.view": { roles: ["PROVINCIAL_OFFICER"], scoped: true },
  // Tasks 1–2: administration.
  "grant.request": { roles: ["COMMUNE_SIGNER"], scoped: true },
  "admin.users": { roles: ["ADMINISTRATOR"], scoped: true },
  "admin.grants": { roles: ["ADMINISTRATOR"], scoped: true },
  "admin.apiClients": { roles: ["ADMINISTRATOR"], scoped: true },
  "admin.config": { roles: ["ADMINISTRATOR"], scoped: false },
  "admin.monitoring": { roles: ["ADMINISTRATOR"], scoped: false },
  "securityLog.read": { roles: ["ADMINISTRATOR"], scoped: false },
} as const satisfies Record<string, { roles: readonly Role[]; scoped: boolean }>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether the role may perform the action at all (navigation, buttons). */
export function roleCan(role: Role, action: Action): boolean {
  return (PERMISSIONS[action].roles as readonly Role[]).includes(role);
}

export function isScopedAction(action: Action): boolean {
  return PERMISSIONS[action].scoped;
}
