import { Card } from "@/components/ui/card";
import type { UnitProfile } from "@/lib/units/get-unit-profile";
import { formatCount, formatDate } from "@/lib/text/format";
import { REFORM_DATE } from "@/lib/units/data";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.unit;

/** The unit and, since the 2025 reform, the former units whose civil-status registers it now holds. */
export function UnitCard({ unit }: { unit: UnitProfile }) {
  return (
    <Card title={unit.name} action={<span className="text-xs text-slate-600">{t.code(unit.code)}</span>}>
      {unit.subunits ? (
        <p className="text-sm">
          {t.comprises} <strong>{formatCount(unit.subunits.communes + unit.subunits.wards)}</strong> {t.communeLevel}{" "}
          {t.split(formatCount(unit.subunits.communes), formatCount(unit.subunits.wards), formatDate(REFORM_DATE))}
        </p>
      ) : null}
      {unit.formerUnits.length > 0 ? (
        <div className="text-sm">
          <p className="mb-2 text-slate-700">{t.formerUnits(formatDate(REFORM_DATE))}</p>
          <ul className="flex flex-col gap-1.5">
            {unit.formerUnits.map((g) => (
              <li key={g.district + g.province}>
                <span className="font-medium">{g.district}</span>
                <span className="text-slate-600">, {g.province}</span>:{" "}
                {g.communes.map((c, i) => (
                  <span key={c.name}>
                    {i > 0 ? ", " : ""}
                    {c.name}
                    {c.mergeType === "partial" ? <span className="text-slate-600"> {t.partial}</span> : null}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
