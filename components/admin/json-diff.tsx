import { adminMessages } from "@/lib/admin/messages";

/** The top-level fields that changed between two JSON values, before → after. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return <p className="text-slate-600">{adminMessages.jsonDiff.noChange}</p>;
  const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));
  return (
    <dl className="mt-1 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1 text-xs">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="font-mono text-slate-600">{k}</dt>
          <dd className="break-all"><span className="text-red-800 line-through">{show(b[k])}</span> → <span className="text-green-800">{show(a[k])}</span></dd>
        </div>
      ))}
    </dl>
  );
}
