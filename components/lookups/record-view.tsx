import type { CivilRecord, PersonOnRecord, Parent } from "@/lib/adapters/civil-registry/port";
import { Card, DefinitionList } from "@/components/ui/card";
import { formatPartialDate } from "@/lib/dates";
import { EVENT_LABELS, ORIGIN_LABELS, QUALITY_LABELS } from "@/lib/lookups/labels";
import { missingFields } from "@/lib/documents/missing-fields";
import { MissingFields } from "@/components/lookups/missing-fields";

const SEX = { M: "Nam", F: "Nữ" } as const;
const dash = (s: string | null | undefined) => (s && s.trim() ? s : "—");

function personItems(p: PersonOnRecord) {
  return [
    { label: "Họ, chữ đệm, tên", value: p.fullName },
    { label: "Số định danh cá nhân", value: p.personalId ?? "Chưa có (bản ghi số hóa)" },
    { label: "Ngày sinh", value: formatPartialDate(p.dateOfBirth) },
    { label: "Giới tính", value: p.sex ? SEX[p.sex] : "—" },
    ...(p.placeOfBirth ? [{ label: "Nơi sinh", value: p.placeOfBirth }] : []),
    ...(p.hometown ? [{ label: "Quê quán", value: p.hometown }] : []),
    { label: "Dân tộc", value: dash(p.ethnicity) },
    { label: "Quốc tịch", value: dash(p.nationality) },
    ...(p.residence ? [{ label: "Nơi cư trú", value: p.residence }] : []),
  ];
}

function parentText(p: Parent | null | undefined): string {
  if (!p) return "—";
  return [p.fullName, p.birthYear ? `sinh năm ${p.birthYear}` : null, p.ethnicity, p.personalId ? `số định danh ${p.personalId}` : null].filter(Boolean).join(", ");
}

/** Marks the person the lookup was about among the record's people. */
const ASKED = " (người được tra cứu)";

/** The Ministry of Justice record as the register holds it, with its origin and quality; `matchedKey` marks the person asked about. */
export function RecordView({ record, currentUnit, matchedKey = null }: { record: CivilRecord; currentUnit: { name: string } | null; matchedKey?: string | null }) {
  const r = record.registration;
  const asked = (key: string) => (key === matchedKey ? ASKED : "");
  return (
    <div className="flex flex-col gap-4">
      {record.quality !== "verified" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
          Bản ghi {ORIGIN_LABELS[record.origin].toLowerCase()}, trạng thái: <strong>{QUALITY_LABELS[record.quality]}</strong>. Đối chiếu kỹ trước khi sử dụng.
        </p>
      ) : null}
      <MissingFields missing={missingFields(record)} />
      {record.subject ? <Card title={`${record.type === "DEATH" ? "Người chết" : "Người được đăng ký"}${asked("subject")}`}><DefinitionList items={personItems(record.subject)} /></Card> : null}
      {record.father !== undefined || record.mother !== undefined ? (
        <Card title="Cha, mẹ">
          <DefinitionList items={[{ label: `Cha${asked("father")}`, value: parentText(record.father) }, { label: `Mẹ${asked("mother")}`, value: parentText(record.mother) }]} />
        </Card>
      ) : null}
      {record.spouses ? (
        <>
          <Card title={`Chồng${asked("husband")}`}><DefinitionList items={personItems(record.spouses.husband)} /></Card>
          <Card title={`Vợ${asked("wife")}`}><DefinitionList items={personItems(record.spouses.wife)} /></Card>
        </>
      ) : null}
      {record.death ? (
        <Card title="Thông tin khai tử">
          <DefinitionList items={[
            { label: "Ngày chết", value: formatPartialDate(record.death.dateOfDeath) },
            { label: "Nơi chết", value: dash(record.death.placeOfDeath) },
            { label: "Nguyên nhân", value: dash(record.death.causeOfDeath) },
          ]} />
        </Card>
      ) : null}
      {record.related.length || Object.keys(record.details).length ? (
        <Card title="Nội dung khác">
          <DefinitionList items={[...record.related.map((x, i) => ({ label: `${x.role}${asked(`related.${i}`)}`, value: `${x.fullName}${x.personalId ? ` (${x.personalId})` : ""}` })), ...Object.entries(record.details).map(([label, value]) => ({ label, value }))]} />
        </Card>
      ) : null}
      <Card title="Đăng ký">
        <DefinitionList items={[
          { label: "Loại việc", value: EVENT_LABELS[record.type] },
          { label: "Số, quyển số", value: `Số ${r.entryNumber}${r.bookNumber ? `, quyển số ${r.bookNumber}` : ""}` },
          { label: "Ngày đăng ký", value: formatPartialDate(r.registeredOn) },
          { label: "Cơ quan đăng ký (tên khi đăng ký)", value: r.authority },
          { label: "Đơn vị hiện quản lý sổ", value: currentUnit ? currentUnit.name : "Ngoài tỉnh Gia Lai" },
          ...(r.declarant ? [{ label: "Người đi khai", value: r.declarant }] : []),
          { label: "Nguồn dữ liệu", value: `${ORIGIN_LABELS[record.origin]} · ${QUALITY_LABELS[record.quality]}` },
          ...(record.duplicateOf ? [{ label: "Nghi trùng với", value: record.duplicateOf }] : []),
          { label: "Ghi chú", value: record.notes.length ? record.notes.join("; ") : "—" },
        ]} />
      </Card>
    </div>
  );
}
