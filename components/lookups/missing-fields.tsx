import { lookupsTexts } from "@/lib/lookups/messages";

/**
 * What a record lacks, said plainly instead of a silent "—" (the extract would print a dash there):
 * the officer can ask for the paper, or for the register to be completed, before issuing.
 */
export function MissingFields({ missing }: { missing: readonly string[] | undefined }) {
  if (!missing?.length) return null;
  return (
    <div className="mt-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note" aria-label={lookupsTexts.missing.label}>
      <p>
        <span className="font-semibold">{lookupsTexts.missing.count(missing.length)}</span> {missing.join("; ")}.
      </p>
    </div>
  );
}
