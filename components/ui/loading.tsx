import { messages } from "@/lib/text/messages";

/**
 * A loading state for Suspense boundaries inside pages. Not a route-level loading.tsx on the portal
 * layout: that would flush a 200 before a page can answer 404 for an out-of-scope resource.
 */
export function Loading({ label = messages.common.loading }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-slate-700">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden="true" />
      {label}
    </div>
  );
}
