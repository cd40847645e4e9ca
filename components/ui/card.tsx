export function Card({ title, action, children, className = "" }: { title?: string; action?: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      {title ? (
        <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          {action}
        </header>
      ) : null}
      <div className="px-4 py-3">{children}</div>
    </section>
  );
}

/** A label/value list for summaries. */
export function DefinitionList({ items }: { items: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map((it) => (
        <div key={it.label} className="contents">
          <dt className="text-slate-600">{it.label}</dt>
          <dd className="font-medium text-slate-900">{it.value}</dd>
        </div>
      ))}
    </dl>
  );
}
