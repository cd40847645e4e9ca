import { isValidElement } from "react";

/** `className` adds to the heading cell (e.g. a minimum width for a column of long names). */
type ColumnSpec = { label: React.ReactNode; align?: "right"; className?: string };

/**
 * A column heading of a table: its title (text or element), or `{ label, align }`. `null`, `false`
 * and `undefined` are a column the page does not show (e.g. the unit, for an officer of one unit).
 */
export type ListColumn = ColumnSpec | React.ReactNode;

function specOf(column: ListColumn): ColumnSpec | null {
  if (column === null || column === undefined || column === false) return null;
  if (typeof column === "object" && !isValidElement(column) && "label" in column) return column as ColumnSpec;
  return { label: column as React.ReactNode };
}

const shownColumns = (columns: readonly ListColumn[]) => columns.map(specOf).filter((c): c is ColumnSpec => c !== null);

/**
 * The bordered, horizontally scrollable table of a list page: a header row of column titles, and
 * either the rows (children) or one full-width line saying the list is empty.
 * `minWidth` is a Tailwind class written out by the caller (e.g. "min-w-[980px]"), so the build sees it.
 */
export function ListTable({ columns, minWidth, empty, isEmpty, children }: {
  columns: readonly ListColumn[];
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
          {isEmpty ? <tr><td colSpan={shownColumns(columns).length} className="px-3 py-6 text-center text-slate-600">{empty}</td></tr> : children}
        </tbody>
      </table>
    </div>
  );
}

/** The grey header row of a data table, one column title per cell. */
export function TableHead({ columns }: { columns: readonly ListColumn[] }) {
  return (
    <thead className="bg-slate-100 text-left text-slate-700">
      <tr>
        {shownColumns(columns).map((c, i) => (
          <th key={i} scope="col" className={[c.className, "px-3 py-2 font-medium", c.align === "right" ? "text-right" : ""].filter(Boolean).join(" ")}>{c.label}</th>
        ))}
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
