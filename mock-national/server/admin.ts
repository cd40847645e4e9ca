import { z } from "zod";
import { ERROR_CODES } from "@/lib/adapters/http/wire";
import { ZFaultsPatch, type Faults, type FaultsPatch, type MockSystem } from "@/mock-national/server/faults";
import { errorBody } from "@/mock-national/server/http-io";
import type { Reply } from "@/mock-national/server/routes";

/** Per-system counters, so tests and demos can see what reached the "national system". */
export type SystemStats = {
  requests: number;
  byStatus: Record<string, number>;
  injected: { error: number; timeout: number; malformed: number };
};
export type Stats = Record<MockSystem, SystemStats>;

export const emptyStats = (): Stats => ({
  civilRegistry: { requests: 0, byStatus: {}, injected: { error: 0, timeout: 0, malformed: 0 } },
  population: { requests: 0, byStatus: {}, injected: { error: 0, timeout: 0, malformed: 0 } },
});

export type AdminControl = {
  faults(): Faults;
  setFaults(patch: FaultsPatch): Faults;
  resetFaults(): Faults;
  stats(): Stats;
  resetStats(): void;
};

/**
 * The fault-injection endpoint, not part of either system (so not in their OpenAPI documents):
 *   GET /__admin/faults · POST /__admin/faults (merge a patch) · DELETE /__admin/faults (back to the
 *   start configuration) · GET /__admin/stats · DELETE /__admin/stats
 * Guarded by X-Admin-Key; without a configured admin key the endpoint does not exist.
 */
export function handleAdmin(method: string, pathname: string, body: unknown, control: AdminControl): Reply {
  const route = `${method} ${pathname.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__admin/faults":
      return { status: 200, body: control.faults() };
    case "POST /__admin/faults": {
      const patch = ZFaultsPatch.safeParse(body ?? {});
      if (!patch.success) {
        const issue = patch.error.issues[0];
        return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, z.prettifyError(patch.error), issue?.path.join(".")) };
      }
      return { status: 200, body: control.setFaults(patch.data) };
    }
    case "DELETE /__admin/faults":
      return { status: 200, body: control.resetFaults() };
    case "GET /__admin/stats":
      return { status: 200, body: control.stats() };
    case "DELETE /__admin/stats":
      control.resetStats();
      return { status: 200, body: control.stats() };
    default:
      return { status: 404, body: errorBody(ERROR_CODES.routeNotFound, `no admin route ${route}`) };
  }
}
