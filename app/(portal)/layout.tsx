import { AppHeader } from "@/components/shell/app-header";
import { NavLinks } from "@/components/shell/nav-links";
import { requireActor } from "@/lib/auth/session";
import { navFor } from "@/components/shell/navigation";
import { messages } from "@/lib/text/messages";
import { roleCan } from "@/lib/auth/permissions";
import { countPendingForActor } from "@/lib/verifications/list-verifications";
import { QueryProvider } from "@/components/providers/query-provider";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Verifications waiting for the unit's answer show beside their menu item.
  const pending = roleCan(actor.role, "verification.answer") ? await countPendingForActor(actor) : 0;
  const items = navFor(actor.role).map((i) => (i.href === "/verifications" ? { ...i, count: pending } : i));
  return (
    <QueryProvider>
      <div className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
          {messages.shell.skipToContent}
        </a>
        <AppHeader actor={actor} />
        <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col lg:flex-row">
          <nav aria-label={messages.shell.mainNav} className="no-print border-b border-slate-200 bg-slate-100 lg:w-60 lg:shrink-0 lg:border-b-0 lg:border-r">
            <details className="group lg:hidden">
              <summary className="cursor-pointer list-none px-4 py-2.5 text-sm font-semibold text-slate-800">
                ☰ {messages.shell.menu}
              </summary>
              <div className="px-2 pb-2">
                <NavLinks items={items} />
              </div>
            </details>
            <div className="hidden p-3 lg:block">
              <NavLinks items={items} />
            </div>
          </nav>
          <main id="main" className="min-w-0 flex-1 px-4 py-5 sm:px-6">
            {children}
          </main>
        </div>
      </div>
    </QueryProvider>
  );
}
