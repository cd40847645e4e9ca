import { roleCan, type Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { IndicatorKey } from "@/lib/reports/indicators";

/** The permission each linked list needs: a figure links only where the reader may follow it. */
const LIST_ACTION: Record<string, Action> = {
  "/lookups/history": "dossier.read",
  "/access-log": "accessLog.read",
  "/dossiers": "dossier.read",
  "/copies/register": "copy.read",
  "/copies": "copy.read",
  "/agency-requests": "agencyRequest.handle",
};

/** yyyy-MM-dd → dd/MM/yyyy, as the list pages' date filters take them. */
export function vnDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const OUTCOME: Partial<Record<IndicatorKey, string>> = {
  lookupsPortalFound: "FOUND", lookupsApiFound: "FOUND", lookupsPortalNotFound: "NOT_FOUND", lookupsApiNotFound: "NOT_FOUND",
  lookupsPortalRefused: "REFUSED", lookupsApiRefused: "REFUSED", lookupsPortalFailed: "UPSTREAM_FAILURE", lookupsApiFailed: "UPSTREAM_FAILURE",
};

/**
 * The list behind a figure: the existing pages, filtered to the unit (and the period where the
 * page filters by date), so every number can be traced to its rows. null when no list exists, or
 * when `role` is given and may not open that list.
 */
export function indicatorHref(key: IndicatorKey, unitCode: string | null, from: string, to: string, role?: Role): string | null {
  const href = listHref(key, unitCode, from, to);
  if (!href || !role) return href;
  const action = LIST_ACTION[href.split("?")[0]!];
  return action && roleCan(role, action) ? href : null;
}

function listHref(key: IndicatorKey, unitCode: string | null, from: string, to: string): string | null {
  const q = (params: Record<string, string | null | undefined>) =>
    new URLSearchParams(Object.entries({ unit: unitCode, ...params }).filter((e): e is [string, string] => !!e[1])).toString();
  const period = { from: vnDay(from), to: vnDay(to) };
  if (key === "lookupsTotal") return `/lookups/history?${q(period)}`;
  if (key in OUTCOME) return `/lookups/history?${q({ outcome: OUTCOME[key], ...period })}`;
  if (key === "accessCivilRegistry") return `/access-log?system=CIVIL_REGISTRY`;
  if (key === "accessPopulation") return `/access-log?system=POPULATION`;
  if (key === "dossiers" || key === "papersCut") return `/dossiers?${q(period)}`;
  if (key === "copiesIssued" || key === "copiesIssuedOnTime" || key === "copiesIssuedElsewhere" || key === "feesCollected") return `/copies/register?${q(period)}`;
  if (key === "confirmationsIssued" || key === "confirmationsIssuedOnTime") return `/copies/register?${q({ ...period, kind: "CONFIRMATION" })}`;
  if (key === "copiesReceived" || key === "copiesReceivedElsewhere") return `/copies?${q({ kind: "COPY" })}`;
  if (key === "copiesRefused") return `/copies?${q({ kind: "COPY", status: "REFUSED" })}`;
  if (key === "confirmationsReceived") return `/copies?${q({ kind: "CONFIRMATION" })}`;
  if (key === "agencyReceived" || key === "agencyAnswered") return `/agency-requests?${q({})}`;
  if (key === "agencyLate") return `/agency-requests?${q({ flag: "overdue" })}`;
  return null;
}
