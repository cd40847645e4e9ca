import type { Citizen } from "@/lib/adapters/population/port";
import type { DatasetBase, MockDataset } from "@/mock-national/data/dataset";
import { dayOf, isoOf } from "@/mock-national/data/dates";
import { idString } from "@/mock-national/data/ids";
import { ETH, ETHNICITIES, joinParts } from "@/mock-national/data/names";
import { OUTSIDE } from "@/mock-national/data/places";
import { hash32, hashPick } from "@/mock-national/data/prng";
import { hometownText } from "@/mock-national/data/materialize-record";

// The population database's view of a person: identity as it is today (current names of units,
// full dates), residence, marital status and the linked IDs of parents and spouse.

type DS = MockDataset & DatasetBase;

const STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Hùng Vương", "Nguyễn Huệ", "Quang Trung", "Phan Bội Châu", "Lý Thường Kiệt", "Ngô Mây", "Hai Bà Trưng", "Lê Duẩn", "Trường Chinh", "Phạm Văn Đồng", "Nguyễn Thái Học", "Trần Phú", "Võ Thị Sáu"];
const HAMLETS = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn Tân Lập", "Thôn Hòa Bình", "Xóm Đông"];
const VILLAGES = ["Làng Plei Ring", "Làng Kon Chrăh", "Làng Bông Phun", "Làng Plei Ơi", "Làng Kon Sơ Lăl", "Buôn Ma Lăng"];

/** A household (key and head), so spouses and the children living with them share one address. */
function household(ds: DS, p: number): { key: number; head: number } {
  const P = ds.people;
  const couple = P.couple[p]! >= 0 ? P.couple[p]! : P.mother[p]! >= 0 && P.resRow[P.mother[p]!] === P.resRow[p] ? P.couple[P.mother[p]!]! : -1;
  return couple >= 0 ? { key: 10_000_000 + couple, head: ds.couples.husband[couple]! } : { key: p, head: p };
}

function residence(ds: DS, p: number): Citizen["residence"] {
  const row = ds.people.resRow[p]!;
  const home = household(ds, p);
  const key = hash32(ds.seed, home.key, 7);
  if (row < 0) return { communeCode: null, address: `${1 + (key % 300)} ${hashPick(STREETS, key >>> 8)}, ${OUTSIDE[-row - 1]?.residence ?? ""}` };
  const commune = ds.places.communes[ds.places.rows[row]!.current]!;
  const local = commune.kind === "Phường" ? `${1 + (key % 250)} ${hashPick(STREETS, key >>> 8)}` : hashPick(ds.people.eth[home.head] === ETH.KINH ? HAMLETS : VILLAGES, key >>> 8);
  return { communeCode: commune.code, address: `${local}, ${commune.name}, Tỉnh Gia Lai` };
}

/** Materialises person `p`, or null when they never had a personal ID (not in the population database). */
export function materializeCitizen(ds: DS, p: number): Citizen | null {
  const ref = ds.reference.citizens[p];
  if (ref) return structuredClone(ref);
  const P = ds.people, C = ds.couples;
  if (!P.pid[p]) return null;
  const dod = P.dod[p]!;
  const until = dod || dayOf(ds.asOf) + 1;
  const c = P.couple[p]!;
  let maritalStatus: Citizen["maritalStatus"] = "single";
  let spouseId: string | null = null;
  if (c >= 0 && C.married[c]! <= until) {
    const spouse = C.husband[c] === p ? C.wife[c]! : C.husband[c]!;
    if (C.divorced[c] && C.divorced[c]! <= until) maritalStatus = "divorced";
    else if (P.dod[spouse] && P.dod[spouse]! < until) maritalStatus = "widowed";
    else {
      maritalStatus = "married";
      spouseId = idString(P.pid[spouse]!);
    }
  }
  const parentId = (q: number) => (q >= 0 ? idString(P.pid[q]!) : null);
  return {
    personalId: idString(P.pid[p]!)!,
    fullName: joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!),
    sex: P.sex[p] === 0 ? "M" : "F",
    dateOfBirth: isoOf(P.dob[p]!),
    ethnicity: ETHNICITIES[P.eth[p]!]!,
    nationality: "Việt Nam",
    hometown: hometownText(ds, P.hometown[p]!),
    residence: residence(ds, p),
    maritalStatus,
    fatherId: parentId(P.father[p]!),
    motherId: parentId(P.mother[p]!),
    spouseId,
    status: dod ? "deceased" : "alive",
    dateOfDeath: dod ? isoOf(dod) : null,
  };
}
