import type { Role } from "@/lib/auth/roles";

// The roles as they recur in the map below.
const OFFICER = ["COMMUNE_OFFICER"] as const satisfies readonly Role[];
const SIGNER = ["COMMUNE_SIGNER"] as const satisfies readonly Role[];
const PROVINCE = ["PROVINCIAL_OFFICER"] as const satisfies readonly Role[];
const ADMIN = ["ADMINISTRATOR"] as const satisfies readonly Role[];
/** The civil-status staff: commune officers and signers, and Sở Tư pháp across the province. */
const STAFF = [...OFFICER, ...SIGNER, ...PROVINCE] as const;

/**
 * Who may do what: one map, feature → verb → roles. `satisfies` makes a typo in a role a compile
 * error, and `Action` ("copy.sign") is derived from the keys, so a check can only name an action
 * that exists. Every action needs the target unit inside the actor's jurisdiction, except UNSCOPED.
 */
const RULES = {
  home: { view: [...STAFF, "AGENCY_USER", ...ADMIN] },
  unit: { read: [...STAFF, ...ADMIN] },
  // Lookups while handling procedures; Sở Tư pháp reads across the province.
  record: { lookup: STAFF },
  dossier: { read: STAFF },
  accessLog: { read: [...SIGNER, ...PROVINCE] },
  // Copies and confirmations: officers prepare, signers sign.
  copy: { read: STAFF, create: OFFICER, prepare: OFFICER, sign: SIGNER, revoke: SIGNER },
  // The quality gate: the taking unit asks the unit holding the register to confirm a digitised record.
  verification: { read: STAFF, request: OFFICER, answer: STAFF },
  agencyRequest: { file: ["AGENCY_USER"], triage: PROVINCE, handle: [...OFFICER, ...PROVINCE] },
  // Reporting to Sở Tư pháp.
  report: { read: STAFF, prepare: OFFICER, submit: SIGNER, review: PROVINCE },
  dashboard: { view: PROVINCE },
  // Administration; a signer asks for an officer's population-database grant.
  grant: { request: SIGNER },
  admin: { users: ADMIN, grants: ADMIN, apiClients: ADMIN, config: ADMIN, monitoring: ADMIN },
  securityLog: { read: ADMIN },
} as const satisfies Record<string, Record<string, readonly Role[]>>;

type Rules = typeof RULES;
export type Action = { [F in keyof Rules]: `${F}.${keyof Rules[F] & string}` }[keyof Rules];

/** Actions not about one unit's data (the home page, an agency's own filing, system settings and logs). */
const UNSCOPED: ReadonlySet<Action> = new Set<Action>(["home.view", "agencyRequest.file", "admin.config", "admin.monitoring", "securityLog.read"]);

/** The map flattened: each action's roles, and whether its target must be inside the jurisdiction. */
export const PERMISSIONS = Object.fromEntries(
  Object.entries(RULES).flatMap(([feature, verbs]) =>
    Object.entries(verbs).map(([verb, roles]) => [`${feature}.${verb}`, { roles: roles as readonly Role[], scoped: !UNSCOPED.has(`${feature}.${verb}` as Action) }]),
  ),
) as Record<Action, { roles: readonly Role[]; scoped: boolean }>;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether the role may perform the action at all (navigation, buttons). */
export function roleCan(role: Role, action: Action): boolean {
  return PERMISSIONS[action].roles.includes(role);
}

export function isScopedAction(action: Action): boolean {
  return PERMISSIONS[action].scoped;
}
