/** A column heading of a list table; a falsy entry is a column the page does not show (e.g. the unit, for one unit). */
export type ListColumn = { label: React.ReactNode; align?: "right" } | null | false | undefined;

/**
 * The bordered, horizontally scrolling table of the list pages: the headings, then either the rows or,
 * when there are none, one line saying so across every column.
 */
export function ListTable({ minWidth, columns, isEmpty, empty, children }: {
  /** The Tailwind min-width class under which the table scrolls, e.g. "min-w-[860px]". */
  minWidth: string;
  columns: readonly ListColumn[];
  isEmpty: boolean;
  empty: React.ReactNode;
  children: React.ReactNode;
}) {
  const shown = columns.filter((c): c is Exclude<ListColumn, null | false | undefined> => !!c);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full ${minWidth} text-sm`}>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={c.align === "right" ? "px-3 py-2 text-right font-medium" : "px-3 py-2 font-medium"}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {isEmpty ? <tr><td colSpan={shown.length} className="px-3 py-6 text-center text-slate-600">{empty}</td></tr> : children}
        </tbody>
      </table>
    </div>
  );
}
