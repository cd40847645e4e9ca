/**
 * The two national systems the portal reads, under one id (`SystemId`), with their Vietnamese names
 * and the other spellings stored or sent today. Those spellings cannot change without migrating data
 * or breaking callers, so this module is the one place that maps between them:
 * - `SystemId` ("civilRegistry"): adapters, configuration, UpstreamError and the system API's error
 *   field `system`;
 * - `ACCESS_LOG_SYSTEMS` ("CIVIL_REGISTRY"): the access log's `system` column;
 * - `SYSTEM_SLUGS` ("civil-registry"): the connection probe's rows (system_probes and its daily
 *   rollup), the systems' health answer and their URL paths.
 * No server-only import: client components show the names too.
 */
export const SYSTEM_IDS = ["civilRegistry", "population"] as const;
export type SystemId = (typeof SYSTEM_IDS)[number];

export const ACCESS_LOG_SYSTEMS = { civilRegistry: "CIVIL_REGISTRY", population: "POPULATION" } as const satisfies Record<SystemId, string>;
export type AccessLogSystem = (typeof ACCESS_LOG_SYSTEMS)[SystemId];

export const SYSTEM_SLUGS = { civilRegistry: "civil-registry", population: "population" } as const satisfies Record<SystemId, string>;
export type SystemSlug = (typeof SYSTEM_SLUGS)[SystemId];

/** Every system's stored spellings, in SYSTEM_IDS order (for enums and filters). */
export const ACCESS_LOG_SYSTEM_VALUES = SYSTEM_IDS.map((id) => ACCESS_LOG_SYSTEMS[id]) as [AccessLogSystem, ...AccessLogSystem[]];
export const SYSTEM_SLUG_VALUES = SYSTEM_IDS.map((id) => SYSTEM_SLUGS[id]) as [SystemSlug, ...SystemSlug[]];

/**
 * The Vietnamese names of each system: `official` with its ministry (what an officer reads when a
 * system fails), `full` as reports print it, `name` with its `owner` ministry on pages and charts,
 * `short` in lists and logs.
 */
export const SYSTEM_LABELS = {
  civilRegistry: {
    official: "Hệ thống đăng ký, quản lý hộ tịch điện tử (Bộ Tư pháp)",
    full: "Hệ thống đăng ký, quản lý hộ tịch điện tử dùng chung",
    name: "Hệ thống hộ tịch điện tử", owner: "Bộ Tư pháp", short: "Hộ tịch điện tử",
  },
  population: {
    official: "Cơ sở dữ liệu quốc gia về dân cư",
    full: "Cơ sở dữ liệu quốc gia về dân cư",
    name: "CSDL quốc gia về dân cư", owner: "Bộ Công an", short: "CSDL dân cư",
  },
} as const satisfies Record<SystemId, { official: string; full: string; name: string; owner: string; short: string }>;

/** "Hệ thống hộ tịch điện tử (Bộ Tư pháp)": the name with its ministry. */
export const systemTitle = (id: SystemId) => `${SYSTEM_LABELS[id].name} (${SYSTEM_LABELS[id].owner})`;

/** The system a slug names; null for anything else. */
export function systemOfSlug(slug: string): SystemId | null {
  return SYSTEM_IDS.find((id) => SYSTEM_SLUGS[id] === slug) ?? null;
}

/**
 * How a stored slug ("civil-registry") reads on screen: the short name (lists, messages) or the
 * title with its ministry; a slug of no known system is shown as it is.
 */
export function slugLabel(slug: string, form: "short" | "title"): string {
  const id = systemOfSlug(slug);
  if (!id) return slug;
  return form === "short" ? SYSTEM_LABELS[id].short : systemTitle(id);
}
