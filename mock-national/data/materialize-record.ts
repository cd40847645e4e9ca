import type { CivilRecord, IdentityPaper, Parent, PersonOnRecord } from "@/lib/adapters/civil-registry/port";
import { outsideAuthority, placeNameAt, placeOfBirth, hometownOfRow, hometownOutside, currentPlaceName } from "@/mock-national/data/authorities";
import { F, QUALITIES, T, TYPES } from "@/mock-national/data/columns";
import { BORN_DIGITAL_DAY, REFORM_DAY, dayOfYmd, isoOf, unpackPartial, viDate, yearOf } from "@/mock-national/data/dates";
import type { DatasetBase, MockDataset } from "@/mock-national/data/dataset";
import { idString } from "@/mock-national/data/ids";
import { ETH, ETHNICITIES, ETHNICITY_ALT_SPELLINGS, isMatrilineal, joinParts, makeName } from "@/mock-national/data/names";
import { OUTSIDE } from "@/mock-national/data/places";
import { hash32, hashPick, Rng } from "@/mock-national/data/prng";

// Turns record columns into the port's CivilRecord. Everything here is a pure function of the
// columns and the seed, so the same record reads the same on every call and in every process.

type DS = MockDataset & DatasetBase;
const pad2 = (n: number) => String(n).padStart(2, "0");
const NATIONALITY = "Việt Nam";
const CAUSES = ["Bệnh già", "Bệnh tật", "Đột quỵ", "Ung thư", "Suy tim", "Tai nạn giao thông", "Tai nạn lao động", "Đuối nước"];

const YEAR = 365;
/** Căn cước công dân cards were issued to nearly everyone by 2021; the Căn cước replaced them on 1 July 2024. */
const CCCD_COMMON_DAY = dayOfYmd(2021, 1, 1);
const CAN_CUOC_DAY = dayOfYmd(2024, 7, 1);

/**
 * The identity paper a record written on `day` names for person `p` (marriage, death): a Căn cước
 * (công dân) whose number is the personal ID on recent records (2016–2020 for half of the people),
 * else the person's 9-digit Chứng minh nhân dân (the same number on every record: 23… Gia Lai,
 * 21… Bình Định). Nothing for a child under 14, nor on a legacy page that shows no ID number.
 */
function identityPaper(ds: DS, p: number, day: number, shown: boolean): IdentityPaper | null {
  const P = ds.people;
  if (!shown || day - P.dob[p]! < 14 * YEAR) return null;
  const pid = idString(P.pid[p]!);
  const key = hash32(ds.seed, p, 11);
  if (pid && (day >= CCCD_COMMON_DAY || (day >= BORN_DIGITAL_DAY && key % 2 === 0))) return { kind: day >= CAN_CUOC_DAY ? "CAN_CUOC" : "CCCD", number: pid };
  return { kind: "CMND", number: `${pid?.startsWith("052") ? "21" : "23"}${String(key % 10_000_000).padStart(7, "0")}` };
}

/** "HH:mm" a death record gives: always on born-digital records, on about half the digitised pages. */
function timeOfDeath(ds: DS, r: number): string | null {
  const key = hash32(ds.seed, r, 13);
  if (ds.records.reg[r]! < BORN_DIGITAL_DAY && key % 2 === 0) return null;
  return `${pad2((key >>> 1) % 24)}:${pad2((key >>> 6) % 60)}`;
}

/** Quê quán of a person's hometown code (place row ≥ 0, or an outside authority). */
export function hometownText(ds: DS, code: number): string {
  if (code >= 0) return hometownOfRow(ds.places.rows[code]!);
  const v = -code - 1;
  return hometownOutside(v >> 3, v & 7);
}

/** Born in another province: the commune whose authority registered the birth. */
function outsideBirthPlace(hometown: number): string {
  const v = -hometown - 1;
  const place = outsideAuthority(v >> 3, v & 7).replace(/^UBND /, "");
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/** A place row (or outside province) named as on `day`. */
function placeText(ds: DS, row: number, day: number): string {
  return row >= 0 ? placeNameAt(ds.places, row, day) : (OUTSIDE[-row - 1]?.name ?? "");
}

/** The authority and holding commune of a register slot on `day`. */
export function authorityOfSlot(ds: DS, slot: number, day: number): { authority: string; currentCommuneCode: string | null } {
  if (slot >= 2000) return { authority: outsideAuthority((slot - 2000) >> 3, (slot - 2000) & 7), currentCommuneCode: null };
  if (slot >= 1000) {
    const commune = ds.places.communes[slot - 1000];
    return { authority: `UBND ${currentPlaceName(ds.places, slot - 1000)}`, currentCommuneCode: commune?.code ?? null };
  }
  const row = ds.places.rows[slot];
  const code = row ? (ds.places.communes[row.current]?.code ?? null) : null;
  return { authority: `UBND ${placeNameAt(ds.places, slot, day)}`, currentCommuneCode: code };
}

/** The registration block of record `r` alone (cheap: registration searches filter on it). */
export function registrationOf(ds: DS, r: number): CivilRecord["registration"] {
  const ref = ds.reference.records[r];
  if (ref) return { ...ref.registration };
  const R = ds.records;
  const reg = R.reg[r]!;
  const { authority, currentCommuneCode } = authorityOfSlot(ds, R.slot[r]!, reg);
  return { entryNumber: pad2(R.entry[r]!), bookNumber: `${pad2(R.book[r]!)}/${yearOf(reg)}`, registeredOn: isoOf(reg), authority, currentCommuneCode };
}

function person(ds: DS, r: number, role: 0 | 1, extra: Partial<PersonOnRecord> = {}, withPaper = false): PersonOnRecord {
  const R = ds.records;
  const p = role === 0 ? R.subj[r]! : R.other[r]!;
  const P = ds.people;
  const eth = P.eth[p]!;
  const shown = ds.showsId(r, role);
  return {
    personalId: shown ? idString(P.pid[p]!) : null,
    fullName: ds.nameOnRecord(r, role),
    sex: P.sex[p] === 0 ? "M" : "F",
    dateOfBirth: unpackPartial(ds.dobOnRecord(r, role)),
    ethnicity: role === 0 && R.flags[r]! & F.ETH_ALT ? ETHNICITY_ALT_SPELLINGS[eth]! : ETHNICITIES[eth]!,
    nationality: NATIONALITY,
    ...(withPaper ? { identityPaper: identityPaper(ds, p, R.reg[r]!, shown || R.reg[r]! >= BORN_DIGITAL_DAY) } : {}),
    ...extra,
  };
}

/**
 * Someone the record names beside its subject (recognising parent, guardian, adoptive parent), with
 * the identity facts the extract forms print: name, ID number, date of birth, ethnicity,
 * nationality, residence on the day (`row`), identity paper.
 */
function relatedPerson(ds: DS, p: number, day: number, residence: string): Omit<CivilRecord["related"][number], "role"> {
  const P = ds.people;
  return {
    fullName: joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!), personalId: P.pid[p]! > 0 ? idString(P.pid[p]!) : null,
    sex: P.sex[p] === 0 ? "M" : "F", dateOfBirth: isoOf(P.dob[p]!), ethnicity: ETHNICITIES[P.eth[p]!]!, nationality: NATIONALITY, residence,
    identityPaper: identityPaper(ds, p, day, true),
  };
}

/** A parent on a birth record: from the dataset, or (for people whose parents are not in it) invented stably. */
function parent(ds: DS, r: number, child: number, which: 0 | 1): Parent {
  const P = ds.people;
  const reg = ds.records.reg[r]!;
  const idx = which === 0 ? P.father[child]! : P.mother[child]!;
  const residence = placeText(ds, P.home[child]!, reg);
  if (idx >= 0) {
    const shown = reg >= BORN_DIGITAL_DAY && P.pid[idx]! > 0;
    return {
      fullName: joinParts(P.n0[idx]!, P.n1[idx]!, P.n2[idx]!), personalId: shown ? idString(P.pid[idx]!) : null,
      birthYear: yearOf(P.dob[idx]!), ethnicity: ETHNICITIES[P.eth[idx]!]!, nationality: NATIONALITY, residence,
    };
  }
  const eth = P.eth[child]!;
  const rng = new Rng(hash32(ds.seed, child, which));
  const inherits = isMatrilineal(eth) ? which === 1 : which === 0 && eth !== ETH.XODANG && eth !== ETH.GIETRIENG;
  const birthYear = yearOf(P.dob[child]!) - rng.int(which === 0 ? 22 : 19, 38);
  const [a, b, c] = makeName(rng, eth, which, birthYear, inherits ? P.n0[child]! : 0);
  return { fullName: joinParts(a, b, c), personalId: null, birthYear, ethnicity: ETHNICITIES[eth]!, nationality: NATIONALITY, residence };
}

/** What a change/correction record was decided on (its "Căn cứ"): the request and its proof. */
const CHANGE_BASIS = [
  "Tờ khai đăng ký cải chính hộ tịch ngày {d}; bản chính Giấy khai sinh và giấy tờ chứng minh nội dung cải chính",
  "Tờ khai đăng ký cải chính hộ tịch ngày {d}; hồ sơ, giấy tờ cá nhân cấp trước đó ghi đúng ngày sinh",
  "Tờ khai xác định lại dân tộc ngày {d}; Giấy khai sinh của người cha",
  "Tờ khai bổ sung thông tin hộ tịch ngày {d}; giấy tờ chứng minh quê quán",
];

function changeDetails(ds: DS, ch: number): Record<string, string> {
  return { ...changeFacts(ds, ch), "Căn cứ": CHANGE_BASIS[Math.min(3, Math.max(0, ds.records.aux[ch]!))]!.replace("{d}", viDate(ds.records.reg[ch]!)) };
}

function changeFacts(ds: DS, ch: number): Record<string, string> {
  const R = ds.records, P = ds.people, p = R.subj[ch]!;
  const name = joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!);
  switch (R.aux[ch]) {
    case 0:
      return { "Loại": "Cải chính", "Nội dung": "Họ, chữ đệm, tên", "Từ": ds.recordNames.get(ch * 2 + 1) ?? name, "Thành": name };
    case 1:
      return { "Loại": "Cải chính", "Nội dung": "Ngày, tháng, năm sinh", "Từ": viDate(R.other[ch]!), "Thành": viDate(P.dob[p]!) };
    case 2:
      return { "Loại": "Xác định lại dân tộc", "Từ": ETHNICITIES[P.eth[P.father[p]!] ?? 0]!, "Thành": ETHNICITIES[P.eth[p]!]! };
    default:
      return { "Loại": "Bổ sung", "Nội dung": "Quê quán", "Thành": hometownText(ds, P.hometown[p]!) };
  }
}

/** Materialises record `r` (a generated one; reference records are returned as loaded). */
export function materializeRecord(ds: DS, r: number): CivilRecord {
  const ref = ds.reference.records[r];
  if (ref) return structuredClone(ref);
  const R = ds.records, P = ds.people;
  const type = R.type[r]!, reg = R.reg[r]!, flags = R.flags[r]!, subj = R.subj[r]!;
  const key = hash32(ds.seed, r);
  const record: CivilRecord = {
    id: ds.recordId(r), type: TYPES[type]!, origin: reg < BORN_DIGITAL_DAY ? "digitised" : "born-digital", quality: QUALITIES[R.quality[r]!]!,
    subject: null, related: [], details: {},
    registration: registrationOf(ds, r),
    notes: [], duplicateOf: R.orig[r]! >= 0 && R.dupKnown[r] ? ds.recordId(R.orig[r]!) : null,
  };
  const placeAt = (row: number, day: number) => placeText(ds, row, day);
  switch (type) {
    case T.BIRTH: {
      const home = P.home[subj]!;
      const hospitalShare = yearOf(P.dob[subj]!) < 1995 ? 0.4 : 0.05;
      record.subject = person(ds, r, 0, {
        placeOfBirth: home >= 0 ? placeOfBirth(ds.places, home, P.dob[subj]!, key, hospitalShare, P.eth[subj] !== ETH.KINH) : outsideBirthPlace(P.hometown[subj]!),
        hometown: hometownText(ds, P.hometown[subj]!),
      });
      record.father = flags & F.FATHER_UNKNOWN ? null : parent(ds, r, subj, 0);
      record.mother = parent(ds, r, subj, 1);
      record.registration.declarant = record.father?.fullName ?? record.mother.fullName;
      if (flags & F.REREGISTERED) {
        record.details["Loại"] = "Đăng ký lại khai sinh";
        record.notes.push("Đăng ký lại khai sinh (Nghị định 123/2015/NĐ-CP, Điều 24)");
      }
      const ch = ds.corrections.get(r);
      if (ch !== undefined) {
        const d = changeDetails(ds, ch);
        record.notes.push(`${d["Loại"]}${d["Nội dung"] ? ` ${d["Nội dung"].toLowerCase()}` : ""}${d["Từ"] ? ` từ "${d["Từ"]}"` : ""} thành "${d["Thành"]}" ngày ${viDate(R.reg[ch]!)} (số ${pad2(R.entry[ch]!)})`);
      }
      break;
    }
    case T.DEATH: {
      const dod = P.dod[subj]!;
      const res = P.resRow[subj]!;
      record.subject = person(ds, r, 0, { residence: placeAt(res, reg) }, true);
      const age = yearOf(dod) - yearOf(P.dob[subj]!);
      record.death = {
        dateOfDeath: isoOf(dod),
        timeOfDeath: timeOfDeath(ds, r),
        placeOfDeath: hashPick([`Tại nhà, ${placeAt(res, dod)}`, `Tại nhà, ${placeAt(res, dod)}`, reg >= BORN_DIGITAL_DAY ? "Bệnh viện Đa khoa tỉnh Gia Lai" : `Trạm y tế ${placeAt(res, dod)}`], key),
        causeOfDeath: age >= 75 ? "Bệnh già" : age < 1 ? "Bệnh tật" : hashPick(CAUSES.slice(1), key),
      };
      break;
    }
    case T.MARRIAGE:
    case T.DIVORCE: {
      const h = subj, w = R.other[r]!, c = R.aux[r]!;
      const married = ds.couples.married[c]!;
      record.spouses = {
        husband: person(ds, r, 0, { residence: placeAt(P.home[h]!, married) }, true),
        wife: person(ds, r, 1, { residence: placeAt(P.home[w]!, married) }, true),
      };
      if (type === T.DIVORCE) {
        const dv = ds.couples.divorced[c]!;
        const row = ds.couples.row[c]!;
        const court = dv >= REFORM_DAY ? `khu vực ${1 + (key % 16)} - Gia Lai` : `${(ds.places.rows[row]?.districtKind ?? "Huyện").toLowerCase()} ${ds.places.rows[row]?.districtBare ?? ""}`;
        record.details = { "Căn cứ": `Bản án số ${1 + (key % 180)}/${yearOf(dv)}/HNGĐ-ST ngày ${viDate(dv)} của Tòa án nhân dân ${court}`, "Ngày ly hôn": viDate(dv) };
      }
      break;
    }
    case T.PARENTAGE: {
      const father = R.other[r]!;
      record.subject = person(ds, r, 0, { residence: placeAt(P.home[subj]!, reg) });
      record.related = [{ role: "Cha", ...relatedPerson(ds, father, reg, placeAt(P.resRow[father]! >= 0 ? P.resRow[father]! : P.home[subj]!, reg)) }];
      record.details = { "Nội dung": "Nhận cha cho con" };
      break;
    }
    case T.CHANGE:
      record.subject = person(ds, r, 0, { residence: placeAt(P.resRow[subj]!, reg) });
      record.details = changeDetails(ds, r);
      break;
    case T.GUARDIANSHIP: {
      record.subject = person(ds, r, 0, { residence: placeAt(P.home[subj]!, reg) });
      const guardian = R.other[r]!;
      record.related = [{ role: "Người giám hộ", ...relatedPerson(ds, guardian, reg, placeAt(P.resRow[guardian]! >= 0 ? P.resRow[guardian]! : P.home[subj]!, reg)) }];
      record.details = { "Loại giám hộ": "Giám hộ đương nhiên (Điều 52 Bộ luật Dân sự)", "Quan hệ với người được giám hộ": "Ông, bà" };
      break;
    }
    case T.ADOPTION: {
      const c = R.aux[r]!;
      record.subject = person(ds, r, 0, { residence: placeAt(P.home[subj]!, reg) });
      const home = placeAt(ds.couples.row[c]!, reg);
      record.related = [{ role: "Cha nuôi", ...relatedPerson(ds, ds.couples.husband[c]!, reg, home) }, { role: "Mẹ nuôi", ...relatedPerson(ds, ds.couples.wife[c]!, reg, home) }];
      record.details = { "Nội dung": "Nuôi con nuôi trong nước" };
      break;
    }
  }
  return record;
}
