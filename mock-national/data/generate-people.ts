import { IntColumn, type CoupleColumns, type PeopleColumns } from "@/mock-national/data/columns";
import { dayOfYmd, ID_ERA_DAY, REFORM_DAY, yearOf } from "@/mock-national/data/dates";
import { ID_PREFIX, type PersonalIdIssuer } from "@/mock-national/data/ids";
import { ETH, isMatrilineal, makeName } from "@/mock-national/data/names";
import { OUTSIDE, type Places } from "@/mock-national/data/places";
import { Weighted, type Rng } from "@/mock-national/data/prng";

// Families, generation by generation: founder couples (born 1925–1978, no parents in the dataset)
// are processed in order; each couple's children are born at realistic intervals, and a child who
// comes of age either marries another waiting child of the same group and province (linking two
// families) or an in-law from elsewhere. New couples join the queue, so grandchildren follow.
// Generation stops at exactly `total` people.

const YEAR = 365;
const MIN_DAY = dayOfYmd(1925, 1, 1);

export interface PeopleBuild {
  people: PeopleColumns;
  couples: CoupleColumns;
}

export interface PeopleOptions {
  total: number;
  /** People 0..firstIndex-1 are filled by the caller (reference citizens). */
  firstIndex: number;
  rng: Rng;
  places: Places;
  asOf: number;
  issuer: PersonalIdIssuer;
}

/** Generates people and marriages into columns; see the file comment for the model. */
export function generatePeople(o: PeopleOptions): PeopleBuild {
  const { total, rng, places, asOf, issuer } = o;
  const P: PeopleColumns = {
    count: o.firstIndex,
    pid: new Float64Array(total), dob: new Int32Array(total), dod: new Int32Array(total),
    sex: new Uint8Array(total), eth: new Uint8Array(total),
    n0: new Uint16Array(total), n1: new Uint16Array(total), n2: new Uint16Array(total),
    father: new Int32Array(total).fill(-1), mother: new Int32Array(total).fill(-1), couple: new Int32Array(total).fill(-1),
    home: new Int16Array(total), resRow: new Int16Array(total), hometown: new Int16Array(total),
  };
  const husband = new IntColumn(), wife = new IntColumn(), married = new IntColumn(), divorced = new IntColumn(), crow = new IntColumn();
  const plan = new Int32Array(total);
  const pool = new Map<number, number[]>();

  const rowIdx = places.rows.map((_, i) => i);
  const anyRow = new Weighted(rowIdx, places.rowWeights);
  const regionRows = (code: string) => new Weighted(rowIdx, places.rowWeights.map((w, i) => (places.rows[i]?.provinceCode === code ? w : 0)));
  const rowsOf: Record<string, Weighted<number>> = { "52": regionRows("52"), "64": regionRows("64") };
  const ethOfRow = places.rowMix.map((mix) => new Weighted([...mix.keys()], [...mix]));
  const outsideFor = (eth: number) => {
    const idx = OUTSIDE.map((_, i) => i).filter((i) => OUTSIDE[i]!.groups.includes(eth));
    return idx.length ? new Weighted(idx, idx.map((i) => (OUTSIDE[i]!.groups[0] === eth ? 3 : 1))) : null;
  };
  const outsideByEth = Array.from({ length: 11 }, (_, e) => outsideFor(e));
  const region = (row: number) => places.rows[row]?.provinceCode ?? "64";

  /** Day of death after `aliveUntil`, or 0 when still alive on asOf. */
  function deathDay(dob: number, sex: number, eth: number, aliveUntil: number): number {
    const y = yearOf(dob);
    const minority = eth !== ETH.KINH ? 1.5 : 1;
    for (let attempt = 0; attempt < 4; attempt++) {
      let age: number;
      const infant = (y < 1960 ? 0.06 : y < 1980 ? 0.04 : y < 2000 ? 0.025 : 0.012) * minority;
      if (rng.chance(infant)) age = rng.int(1, YEAR - 1);
      else if (rng.chance(0.07)) age = rng.int(YEAR, 60 * YEAR);
      else age = Math.round(Math.min(102, Math.max(40, rng.normal(sex === 0 ? 72 : 78, 9))) * YEAR) + rng.int(0, YEAR - 1);
      const day = dob + age;
      if (day <= aliveUntil) continue;
      return day > asOf ? 0 : day;
    }
    return 0;
  }

  /** Adds one person; home ≥ 0 a place row, < 0 an outside province; hometown likewise. */
  function addPerson(sex: 0 | 1, eth: number, dob: number, home: number, hometown: number, father: number, mother: number, aliveUntil: number): number {
    const i = P.count++;
    const y = yearOf(dob);
    P.sex[i] = sex; P.eth[i] = eth; P.dob[i] = dob; P.home[i] = home; P.hometown[i] = hometown;
    P.father[i] = father; P.mother[i] = mother;
    const inheritFrom = isMatrilineal(eth) ? mother : father;
    const inherited = inheritFrom >= 0 && P.eth[inheritFrom] === eth ? (P.n0[inheritFrom] as number) : 0;
    const [a, b, c] = makeName(rng, eth, sex, y, inherited);
    P.n0[i] = a; P.n1[i] = b; P.n2[i] = c;
    P.dod[i] = deathDay(dob, sex, eth, aliveUntil);
    const prefix = home < 0 ? OUTSIDE[-home - 1]!.idPrefix : dob >= REFORM_DAY ? ID_PREFIX.MERGED : region(home) === "52" ? ID_PREFIX.BINH_DINH_OLD : ID_PREFIX.GIA_LAI_OLD;
    const dead = P.dod[i] as number;
    P.pid[i] = dead && dead < ID_ERA_DAY ? 0 : issuer.issue(prefix, y, sex);
    return i;
  }

  /** A person from outside the family tree (founder or in-law): born in `row`'s province or a migrant. */
  function addStranger(sex: 0 | 1, eth: number, dob: number, row: number, aliveUntil: number): number {
    const reg = region(row);
    const migrantShare = eth === ETH.KINH ? (reg === "64" ? 0.3 : 0.04) : eth >= ETH.TAY && eth <= ETH.THAI ? 0.6 : 0.02;
    const outside = outsideByEth[eth];
    if (outside && rng.chance(migrantShare)) {
      const o = outside.draw(rng);
      const auth = rng.int(0, OUTSIDE[o]!.authorities.length - 1);
      return addPerson(sex, eth, dob, -(o + 1), -(o * 8 + auth + 1), -1, -1, aliveUntil);
    }
    const home = rng.chance(0.5) ? row : rowsOf[reg]!.draw(rng);
    return addPerson(sex, eth, dob, home, home, -1, -1, aliveUntil);
  }

  function addCouple(h: number, w: number, day: number, row: number): void {
    const c = husband.push(h);
    wife.push(w); married.push(day);
    let dv = 0;
    if (day >= dayOfYmd(1986, 1, 1) && rng.chance(0.08)) {
      dv = day + rng.int(2 * YEAR, 15 * YEAR);
      const alive = (p: number) => !P.dod[p] || (P.dod[p] as number) > dv;
      if (dv > asOf || !alive(h) || !alive(w)) dv = 0;
    }
    divorced.push(dv);
    // Most couples settle where the husband's family lives (the wife's for matrilocal Jrai); some move.
    const base = isMatrilineal(P.eth[w] as number) && (P.home[w] as number) >= 0 ? (P.home[w] as number) : (P.home[h] as number) >= 0 ? (P.home[h] as number) : row;
    crow.push(rng.chance(0.1) ? rowsOf[region(base)]!.draw(rng) : base);
    P.couple[h] = c; P.couple[w] = c;
  }

  const poolKey = (eth: number, reg: string, sex: number, year: number) => ((eth * 2 + (reg === "52" ? 1 : 0)) * 2 + sex) * 300 + (year - 1850);

  /** A child who will marry around `planned`: pair with a waiting child, wait, or marry an in-law. */
  function seekPartner(p: number, planned: number): void {
    const sex = P.sex[p] as 0 | 1, eth = P.eth[p] as number, y = yearOf(P.dob[p] as number), reg = region(P.home[p] as number);
    const alive = (q: number, day: number) => !P.dod[q] || (P.dod[q] as number) > day;
    for (const off of sex === 0 ? [2, 3, 1, 4, 0, 5] : [-2, -3, -1, -4, 0, -5]) {
      const q = pool.get(poolKey(eth, reg, 1 - sex, y + off))?.pop();
      if (q === undefined) continue;
      const day = Math.max(planned, plan[q] as number);
      if (day > asOf || !alive(p, day) || !alive(q, day)) continue;
      addCouple(sex === 0 ? p : q, sex === 0 ? q : p, day, P.home[p] as number);
      return;
    }
    if (rng.chance(0.5)) {
      plan[p] = planned;
      const key = poolKey(eth, reg, sex, y);
      const bucket = pool.get(key);
      if (bucket) bucket.push(p);
      else pool.set(key, [p]);
      return;
    }
    if (P.count >= total) return;
    const otherSex = (1 - sex) as 0 | 1;
    const dob = P.dob[p]! + (sex === 0 ? 1 : -1) * rng.int(0, 5 * YEAR);
    const day = Math.max(planned, dob + (otherSex === 0 ? 20 : 18) * YEAR + rng.int(0, YEAR));
    if (day > asOf) return;
    const otherEth = rng.chance(0.96) ? eth : ethOfRow[P.home[p] as number]!.draw(rng);
    const q = addStranger(otherSex, otherEth, dob, P.home[p] as number, day);
    addCouple(sex === 0 ? p : q, sex === 0 ? q : p, day, P.home[p] as number);
  }

  function addFounders(): void {
    const row = anyRow.draw(rng);
    const eth = ethOfRow[row]!.draw(rng);
    const hy = rng.int(1925, 1978);
    const hDob = dayOfYmd(hy, 1, 1) + rng.int(0, YEAR - 1);
    const wDob = Math.max(MIN_DAY, hDob + rng.int(-YEAR, 7 * YEAR));
    const day = Math.max(hDob + 21 * YEAR, wDob + 18 * YEAR) + rng.int(0, 6 * YEAR);
    if (total - P.count < 2) {
      addStranger(0, eth, hDob, row, 0);
      return;
    }
    const h = addStranger(0, eth, hDob, row, day);
    const w = addStranger(1, eth, wDob, row, day);
    addCouple(h, w, day, row);
  }

  function addChildren(c: number): void {
    const h = husband.get(c), w = wife.get(c), row = crow.get(c), dv = divorced.get(c);
    const mEth = P.eth[w] as number, fEth = P.eth[h] as number;
    const wy = yearOf(P.dob[w] as number);
    const base = (wy < 1950 ? 5 : wy < 1960 ? 4.2 : wy < 1970 ? 3.2 : wy < 1980 ? 2.5 : wy < 1990 ? 2.1 : 1.9) * (mEth === ETH.KINH ? 1 : 1.35);
    const n = rng.chance(0.05) ? 0 : Math.max(0, Math.round(rng.normal(base, 1.1)));
    let day = married.get(c) + rng.int(200, 900);
    const motherLimit = (P.dob[w] as number) + 45 * YEAR;
    for (let k = 0; k < n && P.count < total; k++) {
      if (day > asOf || day > motherLimit || (dv && day > dv)) break;
      if ((P.dod[w] && day > (P.dod[w] as number)) || (P.dod[h] && day > (P.dod[h] as number) + 270)) break;
      const eth = fEth === mEth ? fEth : mEth === ETH.JRAI || (fEth === ETH.KINH && rng.chance(0.5)) ? mEth : fEth;
      const sex: 0 | 1 = rng.chance(0.512) ? 0 : 1;
      const hometown = P.hometown[isMatrilineal(eth) ? w : h] as number;
      const child = addPerson(sex, eth, day, row, hometown, h, w, 0);
      const minority = eth !== ETH.KINH ? 1 : 0;
      const age = sex === 0 ? rng.int(21, 31) - minority : rng.int(18, 27) - minority;
      const planned = day + Math.max(sex === 0 ? 20 : 18, age) * YEAR + rng.int(0, YEAR - 1);
      const dead = P.dod[child] as number;
      if (planned <= asOf && (!dead || dead > planned) && rng.chance(0.88)) seekPartner(child, planned);
      day += rng.int(450, 1600);
    }
  }

  let next = 0;
  while (P.count < total) {
    if (next >= husband.length) addFounders();
    else addChildren(next++);
  }

  const couples: CoupleColumns = { count: husband.length, husband: husband.trimmed(), wife: wife.trimmed(), married: married.trimmed(), divorced: divorced.trimmed(), row: Int16Array.from(crow.trimmed()) };
  settleResidences(P, couples, o.firstIndex, rng, places, (r) => rowsOf[r]!.draw(rng), asOf);
  return { people: P, couples };
}

/** Where everyone lives now: couples where they settled (some moved away), children with their mother. */
function settleResidences(P: PeopleColumns, C: CoupleColumns, first: number, rng: Rng, places: Places, drawRow: (region: string) => number, asOf: number): void {
  const kinhAway = [1, 2, 3, 0]; // HCM, Đà Nẵng, Đắk Lắk, Hà Nội
  const away = (eth: number) => -((eth === ETH.KINH ? rng.pick(kinhAway) : 3) + 1);
  const coupleRes = new Int16Array(C.count);
  for (let c = 0; c < C.count; c++) {
    const u = rng.float();
    const row = C.row[c] as number;
    coupleRes[c] = u < 0.07 ? drawRow(rng.chance(0.85) ? (places.rows[row]?.provinceCode ?? "64") : rng.chance(0.5) ? "52" : "64") : u < 0.095 ? away(P.eth[C.husband[c] as number] as number) : row;
  }
  for (let p = first; p < P.count; p++) {
    const c = P.couple[p] as number;
    const adult = (P.dod[p] || asOf) - (P.dob[p] as number) >= 18 * YEAR;
    const mother = P.mother[p] as number;
    let res: number;
    if (c >= 0 && !(C.divorced[c] && P.sex[p] === 1)) res = coupleRes[c] as number;
    else if (mother >= 0 && (!adult || rng.chance(0.85))) res = P.resRow[mother] as number;
    else if (adult && rng.chance(0.04)) res = away(P.eth[p] as number);
    else res = (P.home[p] as number) >= 0 ? (P.home[p] as number) : drawRow("64");
    P.resRow[p] = res;
  }
}
