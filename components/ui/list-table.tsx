/**
 * The bordered, horizontally scrollable table of a list page: a header row of column titles, and
 * either the rows (children) or one full-width line saying the list is empty.
 * `minWidth` is a Tailwind class written out by the caller (e.g. "min-w-[980px]"), so the build sees it.
 */
export function ListTable({ columns, minWidth, empty, isEmpty, children }: {
  columns: React.ReactNode[];
  minWidth: string;
  empty: React.ReactNode;
  isEmpty: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full ${minWidth} text-sm`}>
        <TableHead columns={columns} />
        <tbody>
          {isEmpty ? <tr><td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">{empty}</td></tr> : children}
        </tbody>
      </table>
    </div>
  );
}

/** The grey header row of a data table, one column title per cell. */
export function TableHead({ columns }: { columns: React.ReactNode[] }) {
  return (
    <thead className="bg-slate-100 text-left text-slate-700">
      <tr>
        {columns.map((c, i) => <th key={i} scope="col" className="px-3 py-2 font-medium">{c}</th>)}
      </tr>
    </thead>
  );
}

/** A page's title and one-paragraph explanation, with the page's main action (a link, a button) beside them. */
export function PageHeader({ title, intro, action }: { title: React.ReactNode; intro: React.ReactNode; action?: React.ReactNode }) {
  const text = (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-slate-700">{intro}</p>
    </div>
  );
  if (!action) return text;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      {text}
      {action}
    </div>
  );
}
