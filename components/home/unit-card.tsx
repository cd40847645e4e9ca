import { Card } from "@/components/ui/card";
import type { UnitProfile } from "@/lib/units/get-unit-profile";
import { formatCount } from "@/lib/format";

/** The unit and, since the 2025 reform, the former units whose civil-status registers it now holds. */
export function UnitCard({ unit }: { unit: UnitProfile }) {
  return (
    <Card title={unit.name} action={<span className="text-xs text-slate-600">Mã đơn vị {unit.code}</span>}>
      {unit.subunits ? (
        <p className="text-sm">
          Gồm <strong>{formatCount(unit.subunits.communes + unit.subunits.wards)}</strong> đơn vị hành chính cấp xã:{" "}
          {formatCount(unit.subunits.communes)} xã và {formatCount(unit.subunits.wards)} phường (từ 01/07/2025).
        </p>
      ) : null}
      {unit.formerUnits.length > 0 ? (
        <div className="text-sm">
          <p className="mb-2 text-slate-700">Sổ hộ tịch của các đơn vị trước sắp xếp (trước 01/07/2025) nay do đơn vị quản lý:</p>
          <ul className="flex flex-col gap-1.5">
            {unit.formerUnits.map((g) => (
              <li key={g.district + g.province}>
                <span className="font-medium">{g.district}</span>
                <span className="text-slate-600">, {g.province}</span>:{" "}
                {g.communes.map((c, i) => (
                  <span key={c.name}>
                    {i > 0 ? ", " : ""}
                    {c.name}
                    {c.mergeType === "partial" ? <span className="text-slate-600"> (một phần)</span> : null}
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
