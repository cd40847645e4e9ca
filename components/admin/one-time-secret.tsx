import { adminMessages } from "@/lib/admin/messages";

/** A secret shown once (temporary password, API key): selectable, with the warning that it will not be shown again. */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">{label}</p>
      <code data-testid="one-time-secret" className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-base text-slate-900">{value}</code>
      <p className="mt-2">{adminMessages.oneTimeSecret.warning}</p>
    </div>
  );
}
