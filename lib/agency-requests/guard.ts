import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";

/**
 * For the agency-request pages: agency users (their own requests), Sở Tư pháp and handlers. Any
 * other role gets the not-found page, as for a page that does not exist.
 */
export async function requireAgencyRequestAccess(): Promise<Actor> {
  const actor = await requireActor();
  if (!roleCan(actor.role, "agencyRequest.file") && !roleCan(actor.role, "agencyRequest.handle") && !roleCan(actor.role, "agencyRequest.triage")) notFound();
  return actor;
}
