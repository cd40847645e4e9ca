import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getOwnSignInHistory } from "@/lib/accounts/get-own-sign-in-history";
import { getAccountOverview } from "@/lib/accounts/get-account-overview";
import { getUnitProfile } from "@/lib/units/get-unit-profile";
import { AccountCard } from "@/components/home/account-card";
import { DeadlinesCard } from "@/components/home/deadlines-card";
import { UnitCard } from "@/components/home/unit-card";
import { AdminOverview } from "@/components/home/admin-overview";
import { AdminTasksCard } from "@/components/home/admin-tasks";
import { ShortcutsCard } from "@/components/home/shortcuts-card";
import { AgencyRequestsCard } from "@/components/home/agency-requests-card";
import { Card } from "@/components/ui/card";
import { messages } from "@/lib/text/messages";
import type { Actor } from "@/lib/auth/actor";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.page;

export const metadata: Metadata = { title: messages.shell.home };

const GREETING: Record<Actor["role"], string> = t.greeting;

export default async function HomePage() {
  const actor = await requireActor();
  const now = new Date();
  const history = await getOwnSignInHistory(actor);
  const isUnitRole = actor.role === "COMMUNE_OFFICER" || actor.role === "COMMUNE_SIGNER" || actor.role === "PROVINCIAL_OFFICER";
  const unit = isUnitRole && actor.jurisdictionRoot ? await getUnitProfile(actor, actor.jurisdictionRoot.id) : null;
  const overview = actor.role === "ADMINISTRATOR" ? await getAccountOverview(actor) : null;

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t.hello(actor.fullName)}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{GREETING[actor.role]}</p>
      </div>
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        <ShortcutsCard role={actor.role} />
        {unit ? <UnitCard unit={unit} /> : null}
        {actor.role === "AGENCY_USER" && actor.agency ? (
          <Card title={actor.agency.name}>
            <p className="text-sm text-slate-700">
              {t.agencyNote}
            </p>
          </Card>
        ) : null}
        <AgencyRequestsCard actor={actor} />
        {isUnitRole ? <DeadlinesCard actor={actor} now={now} /> : null}
        {overview ? <AdminTasksCard actor={actor} /> : null}
        {overview ? <AdminOverview overview={overview} /> : null}
        <AccountCard actor={actor} history={history} />
      </div>
    </div>
  );
}
