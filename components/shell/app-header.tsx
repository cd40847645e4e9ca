import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { signOutAction } from "@/lib/auth/actions";
import type { Actor } from "@/lib/auth/actor";
import { messages } from "@/lib/text/messages";

export function AppHeader({ actor }: { actor: Actor }) {
  const place = actor.unit?.name ?? actor.agency?.name ?? "";
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
        <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded focus-visible:outline-white">
          <Logo className="h-9 w-9 shrink-0" />
          <span className="min-w-0">
            <span className="block text-[11px] font-semibold uppercase tracking-wide text-amber-200">{messages.appOwner}</span>
            <span className="block truncate text-sm font-bold sm:text-base">{messages.appName}</span>
          </span>
        </Link>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <div className="hidden text-right sm:block" data-testid="header-user">
            <p className="font-semibold leading-tight">{actor.fullName}</p>
            <p className="text-xs leading-tight text-brand-100">
              {messages.roles[actor.role]}
              {place ? ` · ${place}` : ""}
            </p>
          </div>
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium hover:bg-white/10 focus-visible:outline-white"
            >
              {messages.shell.signOut}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
