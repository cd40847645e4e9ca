import type { CivilRecord, PersonOnRecord, Parent } from "@/lib/adapters/civil-registry/port";
import { Card, DefinitionList } from "@/components/ui/card";
import { formatPartialDate } from "@/lib/text/dates";
import { EVENT_LABELS, ORIGIN_LABELS, QUALITY_LABELS } from "@/lib/lookups/labels";
import { missingFields } from "@/lib/documents/missing-fields";
import { MissingFields } from "@/components/lookups/missing-fields";
import { lookupsTexts } from "@/lib/lookups/messages";

const t = lookupsTexts.record;
const SEX = t.sex;
const dash = (s: string | null | undefined) => (s && s.trim() ? s : "—");

function personItems(p: PersonOnRecord) {
  return [
    { label: t.fullName, value: p.fullName },
    { label: t.personalId, value: p.personalId ?? t.noPersonalId },
    { label: t.dateOfBirth, value: formatPartialDate(p.dateOfBirth) },
    { label: t.sexLabel, value: p.sex ? SEX[p.sex] : "—" },
    ...(p.placeOfBirth ? [{ label: t.placeOfBirth, value: p.placeOfBirth }] : []),
    ...(p.hometown ? [{ label: t.hometown, value: p.hometown }] : []),
    { label: t.ethnicity, value: dash(p.ethnicity) },
    { label: t.nationality, value: dash(p.nationality) },
    ...(p.residence ? [{ label: t.residence, value: p.residence }] : []),
  ];
}

function parentText(p: Parent | null | undefined): string {
  if (!p) return "—";
  return [p.fullName, p.birthYear ? t.bornIn(p.birthYear) : null, p.ethnicity, p.personalId ? t.parentId(p.personalId) : null].filter(Boolean).join(", ");
}

/** Marks the person the lookup was about among the record's people. */
const ASKED = t.asked;

/** The Ministry of Justice record as the register holds it, with its origin and quality; `matchedKey` marks the person asked about. */
export function RecordView({ record, currentUnit, matchedKey = null }: { record: CivilRecord; currentUnit: { name: string } | null; matchedKey?: string | null }) {
  const r = record.registration;
  const asked = (key: string) => (key === matchedKey ? ASKED : "");
  return (
    <div className="flex flex-col gap-4">
      {record.quality !== "verified" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
          {t.qualityBefore(ORIGIN_LABELS[record.origin].toLowerCase())}<strong>{QUALITY_LABELS[record.quality]}</strong>{t.qualityAfter}
        </p>
      ) : null}
      <MissingFields missing={missingFields(record)} />
      {record.subject ? <Card title={`${record.type === "DEATH" ? t.deceased : t.registered}${asked("subject")}`}><DefinitionList items={personItems(record.subject)} /></Card> : null}
      {record.father !== undefined || record.mother !== undefined ? (
        <Card title={t.parents}>
          <DefinitionList items={[{ label: `${t.father}${asked("father")}`, value: parentText(record.father) }, { label: `${t.mother}${asked("mother")}`, value: parentText(record.mother) }]} />
        </Card>
      ) : null}
      {record.spouses ? (
        <>
          <Card title={`${t.husband}${asked("husband")}`}><DefinitionList items={personItems(record.spouses.husband)} /></Card>
          <Card title={`${t.wife}${asked("wife")}`}><DefinitionList items={personItems(record.spouses.wife)} /></Card>
        </>
      ) : null}
      {record.death ? (
        <Card title={t.death}>
          <DefinitionList items={[
            { label: t.dateOfDeath, value: formatPartialDate(record.death.dateOfDeath) },
            { label: t.placeOfDeath, value: dash(record.death.placeOfDeath) },
            { label: t.causeOfDeath, value: dash(record.death.causeOfDeath) },
          ]} />
        </Card>
      ) : null}
      {record.related.length || Object.keys(record.details).length ? (
        <Card title={t.other}>
          <DefinitionList items={[...record.related.map((x, i) => ({ label: `${x.role}${asked(`related.${i}`)}`, value: `${x.fullName}${x.personalId ? ` (${x.personalId})` : ""}` })), ...Object.entries(record.details).map(([label, value]) => ({ label, value }))]} />
        </Card>
      ) : null}
      <Card title={t.registration}>
        <DefinitionList items={[
          { label: t.eventKind, value: EVENT_LABELS[record.type] },
          { label: t.entry, value: t.entryValue(r.entryNumber, r.bookNumber) },
          { label: t.registeredOn, value: formatPartialDate(r.registeredOn) },
          { label: t.authority, value: r.authority },
          { label: t.currentUnit, value: currentUnit ? currentUnit.name : t.outsideProvince },
          ...(r.declarant ? [{ label: t.declarant, value: r.declarant }] : []),
          { label: t.source, value: `${ORIGIN_LABELS[record.origin]} · ${QUALITY_LABELS[record.quality]}` },
          ...(record.duplicateOf ? [{ label: t.duplicateOf, value: record.duplicateOf }] : []),
          { label: t.notes, value: record.notes.length ? record.notes.join("; ") : "—" },
        ]} />
      </Card>
    </div>
  );
}
