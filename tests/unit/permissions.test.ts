import { describe, it, expect } from "vitest";
import { ACTIONS, PERMISSIONS, type Action } from "@/lib/auth/permissions";
import { can, assertCan, scopeWhere } from "@/lib/auth/actor";
import { ROLES, type Role } from "@/lib/auth/roles";

// The expected matrix, written out by hand from DOMAIN.md "Who uses it" rather than derived from the
// map under test, so that a change to the map shows up here as a deliberate edit.
const ALLOWED: Record<Role, Action[]> = {
  COMMUNE_OFFICER: ["home.view", "unit.read", "record.lookup", "dossier.read", "copy.read", "copy.create", "copy.prepare", "verification.read", "verification.request", "verification.answer", "agencyRequest.handle", "report.read", "report.prepare"],
  COMMUNE_SIGNER: ["home.view", "unit.read", "record.lookup", "dossier.read", "accessLog.read", "copy.read", "copy.sign", "copy.revoke", "verification.read", "verification.answer", "report.read", "report.submit", "grant.request"],
  PROVINCIAL_OFFICER: ["home.view", "unit.read", "record.lookup", "dossier.read", "accessLog.read", "copy.read", "verification.read", "verification.answer", "agencyRequest.triage", "agencyRequest.handle", "report.read", "report.review", "dashboard.view"],
  AGENCY_USER: ["home.view", "agencyRequest.file"],
  ADMINISTRATOR: ["home.view", "unit.read", "admin.users", "admin.grants", "admin.apiClients", "admin.config", "admin.monitoring", "securityLog.read"],
};
// Actions not tied to a unit: everything else needs the target inside the jurisdiction.
const UNSCOPED: Action[] = ["home.view", "agencyRequest.file", "admin.config", "admin.monitoring", "securityLog.read"];

const INSIDE = "unit-pleiku";
const OUTSIDE = "unit-quynhon";
type Context = "inside" | "outside" | "no target" | "no jurisdiction";
const CONTEXTS: Context[] = ["inside", "outside", "no target", "no jurisdiction"];

function actorFor(role: Role, context: Context) {
  return { role, unitIds: context === "no jurisdiction" ? [] : [INSIDE] };
}
function targetFor(context: Context): string | undefined {
  if (context === "outside") return OUTSIDE;
  if (context === "no target") return undefined;
  return INSIDE;
}

describe("permission matrix: every role × action × jurisdiction", () => {
  it("the hand-written matrix names every action that exists", () => {
    const named = new Set([...Object.values(ALLOWED).flat(), ...UNSCOPED]);
    expect([...named].sort()).toEqual([...ACTIONS].sort());
    expect(ACTIONS.filter((a) => !PERMISSIONS[a].scoped).sort()).toEqual([...UNSCOPED].sort());
  });

  for (const role of ROLES) {
    for (const action of ACTIONS) {
      for (const context of CONTEXTS) {
        const roleMay = ALLOWED[role].includes(action);
        const expected = roleMay && (UNSCOPED.includes(action) || context === "inside");
        it(`${role} ${expected ? "may" : "may not"} ${action} (${context})`, () => {
          const actor = actorFor(role, context);
          const target = targetFor(context);
          expect(can(actor, action, target)).toBe(expected);
          if (expected) expect(() => assertCan(actor, action, target)).not.toThrow();
          else expect(() => assertCan(actor, action, target)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
        });
      }
    }
  }
});

describe("scopeWhere keeps queries inside the jurisdiction", () => {
  it("lists exactly the actor's units", () => {
    expect(scopeWhere({ role: "COMMUNE_OFFICER", unitIds: [INSIDE] }, "copy.read")).toEqual({ unitId: { in: [INSIDE] } });
  });
  it("matches nothing without a jurisdiction (fails closed)", () => {
    expect(scopeWhere({ role: "PROVINCIAL_OFFICER", unitIds: [] }, "copy.read")).toEqual({ unitId: { in: [] } });
  });
  it("matches nothing for a role without the action", () => {
    expect(scopeWhere({ role: "AGENCY_USER", unitIds: [INSIDE] }, "copy.read")).toEqual({ unitId: { in: [] } });
  });
});
