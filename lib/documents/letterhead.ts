// The parts of an official paper around its content (Nghị định 30/2020/NĐ-CP, Annex I): the issuing
// body top left, the place of issue before the date, and the signer's title lines.

const COMMUNE_PREFIX = /^(xã|phường|đặc khu|thị trấn)\s+/iu;
const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

/**
 * The issuing-body lines of the header, in capitals. A commune-level People's Committee is one line
 * ("Phường Pleiku" → "UBND PHƯỜNG PLEIKU"); an office under a People's Committee names its
 * parent first ("Sở Tư pháp tỉnh Gia Lai" → "UBND TỈNH GIA LAI", "SỞ TƯ PHÁP"), as Annex I asks.
 */
export function issuingBodyLines(unitName: string): string[] {
  const name = unitName.trim();
  if (COMMUNE_PREFIX.test(name)) return [`UBND ${upper(name)}`];
  const office = /^(.+?)\s+((?:tỉnh|thành phố)\s+.+)$/iu.exec(name);
  if (office?.[1] && office[2]) return [`UBND ${upper(office[2])}`, upper(office[1])];
  return [upper(name)];
}

/**
 * The place written before the date: the unit's proper name without its level ("Phường Pleiku" →
 * "Pleiku", "Xã Ia O" → "Ia O", "Sở Tư pháp tỉnh Gia Lai" → "Gia Lai").
 */
export function placeOfIssue(unitName: string): string {
  const name = unitName.trim();
  if (COMMUNE_PREFIX.test(name)) return name.replace(COMMUNE_PREFIX, "");
  const province = /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(name);
  return province?.[1] ?? name;
}

/** "UBND phường Pleiku": the body as it speaks of itself in running text. */
export function issuingBodyInText(unitName: string): string {
  const name = unitName.trim();
  return COMMUNE_PREFIX.test(name) ? `UBND ${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}` : name;
}

/**
 * The signer's title lines in capitals. A deputy signs on behalf of the head ("ký thay"), so
 * "Phó Chủ tịch" gives "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH"; `onBehalfOf` overrides that line
 * (e.g. "TM. ỦY BAN NHÂN DÂN").
 */
export function signerTitleLines(title: string, onBehalfOf?: string | null): string[] {
  const t = upper(title.trim());
  if (onBehalfOf) return [upper(onBehalfOf.trim()), t];
  if (t.startsWith("PHÓ ")) return [`KT. ${t.slice(4)}`, t];
  return [t];
}
