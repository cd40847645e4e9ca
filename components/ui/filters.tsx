import { buttonClass } from "@/components/ui/button";
import { messages } from "@/lib/text/messages";

/** A GET form of filters above a list: its fields become the page's query string. */
export function FilterBar({ children }: { children: React.ReactNode }) {
  return (
    <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" role="search">
      {children}
      <button type="submit" className={buttonClass("primary")}>{messages.common.filter}</button>
    </form>
  );
}

/** A select of a filter bar, with "all" as the empty choice. */
export function FilterSelect({ label, name, value, options, className = "" }: { label: string; name: string; value?: string; options: Record<string, string> | [string, string][]; className?: string }) {
  const entries = Array.isArray(options) ? options : Object.entries(options);
  return (
    // max-w-full: a select is as wide as its longest option, which on a phone is wider than the screen.
    <label className={`flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium ${className}`}>
      {label}
      <select name={name} defaultValue={value ?? ""} className="max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-normal">
        <option value="">{messages.common.all}</option>
        {entries.map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </select>
    </label>
  );
}

export function FilterInput({ label, name, value, placeholder }: { label: string; name: string; value?: string; placeholder?: string }) {
  return (
    <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium">
      {label}
      <input name={name} defaultValue={value ?? ""} placeholder={placeholder} className="rounded-md border border-slate-300 px-3 py-2 font-normal" />
    </label>
  );
}
