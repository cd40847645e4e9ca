import { Rng, Weighted } from "@/mock-national/data/prng";

// Name formation by ethnic group, as registers in Gia Lai and Bình Định write them. A person's
// name is stored as up to three interned parts (surname/clan, middle, given) so a million names
// cost six bytes each. A part may hold spaces ("Rơ Mah", "H'Lan", "A Sang"): matching treats each
// part as a unit, so a part never ends with a one-letter onset that belongs to the next word.

/** Ethnic groups in the dataset, written as the population database writes them. */
export const ETHNICITIES = ["Kinh", "Gia Rai", "Ba Na", "Tày", "Nùng", "Mường", "Thái", "Xơ Đăng", "Giẻ Triêng", "Chăm", "Hrê"] as const;
/** Other spellings met on paper registers: the source of deliberate ethnicity disagreements. */
export const ETHNICITY_ALT_SPELLINGS = ["Kinh (Việt)", "Jrai", "Bahnar", "Tầy", "Nùng (Nồng)", "Mừng", "Tày Thanh", "Xê Đăng", "Gié Triêng", "Chàm", "H'rê"] as const;
export const ETH = { KINH: 0, JRAI: 1, BAHNAR: 2, TAY: 3, NUNG: 4, MUONG: 5, THAI: 6, XODANG: 7, GIETRIENG: 8, CHAM: 9, HRE: 10 } as const;

/** Interned name parts; id 0 is the empty part. Module-wide so ids are the same for every dataset. */
export const NAME_PARTS: string[] = [""];
const partIds = new Map<string, number>([["", 0]]);

/** The id of a name part, adding it on first use. */
export function internPart(s: string): number {
  const known = partIds.get(s);
  if (known !== undefined) return known;
  NAME_PARTS.push(s);
  partIds.set(s, NAME_PARTS.length - 1);
  return NAME_PARTS.length - 1;
}

/** The display name of three part ids. */
export function joinParts(p0: number, p1: number, p2: number): string {
  let s = NAME_PARTS[p0] ?? "";
  const b = NAME_PARTS[p1] ?? "";
  const c = NAME_PARTS[p2] ?? "";
  if (b) s = s ? `${s} ${b}` : b;
  if (c) s = s ? `${s} ${c}` : c;
  return s;
}

const table = (spec: string) => {
  const items: number[] = [];
  const weights: number[] = [];
  for (const entry of spec.split(",")) {
    const [name, w] = entry.trim().split(":");
    items.push(internPart((name ?? "").trim()));
    weights.push(w ? Number(w) : 1);
  }
  return new Weighted(items, weights);
};

// Central-coast and highland Kinh: Huỳnh and Võ are far commoner here than Hoàng and Vũ.
const KINH_SURNAMES = table(
  "Nguyễn:31,Trần:10,Lê:9,Phạm:6,Huỳnh:5,Võ:5,Phan:4,Hồ:2,Đặng:2,Bùi:2,Đỗ:1.5,Ngô:1.5,Trương:1.5,Hoàng:1.5,Dương:1,Vũ:1,Đinh:1,Đoàn:1,Lý:0.5,Lương:0.5,Mai:0.5,Cao:0.5,Châu:0.5,Hà:0.5,Lâm:0.3,Tạ:0.3,Tô:0.3,Thái:0.3,Văn:0.3,Nguyễn Đình:0.2,Tôn Nữ:0.1",
);
const MALE_MIDDLE_OLD = table("Văn:70,Đức:4,Hữu:4,Ngọc:3,Minh:3,Xuân:3,Công:3,Thanh:3,Quang:2,Đình:2,Tấn:2");
const MALE_MIDDLE_NEW = table("Văn:25,Minh:12,Đức:8,Quốc:7,Gia:6,Anh:5,Hoàng:5,Thành:4,Tuấn:4,Hữu:4,Thanh:4,Công:4,Nhật:4,Bảo:4,Trung:3,Tấn:3");
const FEMALE_MIDDLE_OLD = table("Thị:85,Ngọc:3,Thu:3,Thanh:3,Kim:3,Minh:1,Xuân:2");
const FEMALE_MIDDLE_NEW = table("Thị:35,Ngọc:8,Thu:6,Thanh:6,Minh:5,Kim:5,Bảo:5,Mỹ:4,Phương:4,Hồng:3,Thùy:4,Khánh:4,Hoài:3,Thị Thu:2");
const MALE_GIVEN = table(
  "An,Bình,Cường,Dũng,Đạt,Đức,Hải,Hào,Hiếu,Hòa,Hoàng,Hùng,Huy,Hưng,Khang,Khánh,Khoa,Khôi,Kiên,Lâm,Lộc,Long,Luân,Minh,Nam,Nghĩa,Nhân,Phát,Phong,Phúc,Phước,Quân,Quang,Sang,Sơn,Tài,Tâm,Tám,Tân,Thái,Thanh,Thành,Thắng,Thiện,Thịnh,Thông,Tiến,Toàn,Trí,Trung,Tuấn,Tùng,Vinh,Việt,Vũ,Bảo,Duy,Hậu,Lực,Sáu,Bảy,Tư,Mười,Đông,Quý,Sỹ,Thuận,Tính,Hiển,Lợi,Vỹ,Khải,Nhật,Hoan",
);
const FEMALE_GIVEN = table(
  "Anh,Ánh,Bích,Châu,Chi,Diễm,Dung,Duyên,Giang,Hà,Hạnh,Hằng,Hiền,Hoa,Hòa,Hồng,Huệ,Hương,Hường,Lan,Liên,Linh,Loan,Ly,Mai,My,Nga,Ngân,Ngọc,Nguyệt,Nhi,Nhung,Oanh,Phương,Quyên,Quỳnh,Sương,Tâm,Thảo,Thắm,Thanh,Thơ,Thu,Thúy,Thủy,Trâm,Trang,Trinh,Tuyết,Uyên,Vân,Vy,Xuân,Yến,Mười,Lài,Cúc,Đào,Hiếu,Khuê,Mỹ,Tiên,Thy",
);
// Jrai clans (matrilineal: a child takes the mother's clan).
const JRAI_CLANS = table("Ksor:16,Rơ Mah:14,Siu:14,Nay:10,Rơ Lan:8,Kpă:8,Puih:6,Rơ Châm:5,Rcom:4,Kpuih:3,Rơ Ô:3,Rah Lan:3,Hiao:1,Lơ Mu:1");
const JRAI_MALE = table(
  "Bơ,Kơi,Blih,Đoan,Krăm,Thin,Ping,Hlip,Hyai,Dơ,Jek,Nguăl,Chanh,Nhiang,Thiêng,Khuênh,Ơn,Phơ,Rin,Sal,Tlang,Yơn,Lăk,Bin,Pher,Hun,Khăm,Luyn,Tuh,Djuh,Dăm,Hyưh,Blưk,Kueng,Thuer",
);
const JRAI_FEMALE = table(
  "H'Lan:3,H'Bia:2,H'Bloi:2,H'Nga:2,H'Yên:2,H'Mai:2,H'Nhung:2,H'Lơn,H'Pun,H'Bơn,H'Ngơ,H'Juân,Hyin,Thu,Hnhi,Nhiên,Hlin,Blơn,Phiăng,Dlin,Huih,Plin,Hiăm,Ngăn,Hyơn,Hnơn",
);
const BAHNAR_MALE = table("Thuk,Blel,Nhen,Hyuk,Byưn,Hmưk,Đê,Khiêm,Pớt,Brôh,Hrơi,Set,Nhơn,Gưh,Blưm,Kơn,Dút,Rưng,Hnhưk,Bek,Tuk,Hmach,Xíu");
const BAHNAR_FEMALE = table("Hnik,Ngơk,Hlưng,Blum,Sưn,Hươn,Đao,Nhiếp,Hơnh,Phi,Yă,Klin,Ghên,Hlăk,Hmia,Bler,Yơn,Lăi");
const XODANG_MALE = table("A Vương,A Sang,A Rim,A Ngọc,A Thiên,A Blô,A Kưi,A Dũng,A Tới,A Lơ");
const XODANG_FEMALE = table("Y Sa,Y Mai,Y Hoa,Y Pái,Y Kiên,Y Nhơ,Y Blưn,Y Thương,Y Lin,Y Hồng");
const TAY_SURNAMES = table("Hoàng:3,Nông:3,Lộc:1,Hà:1,Ma:1,Triệu:1,Lương:1");
const NUNG_SURNAMES = table("Nông:3,Hoàng:3,Lý:1,Vi:1,Lương:1,Triệu:1,Mã:1,Chu:1");
const MUONG_SURNAMES = table("Bùi:4,Đinh:3,Quách:2,Hà:1,Xa:1,Bạch:1");
const THAI_SURNAMES = table("Lò:3,Vi:2,Lường:2,Cầm:2,Lộc:1,Hà:1,Lang:1,Quàng:1");
const HRE_SURNAMES = table("Đinh:6,Phạm:2,Hồ:1"); // An Lão
const CHAM_SURNAMES = table("La:3,Mạc:2,Nguyễn:2,Đinh:1"); // Chăm Hroi of Vân Canh (to confirm)
// Bahnar without a family name: "A" before a man's name, "Y" before a woman's, interned up front so
// part ids never depend on the order names were drawn in.
const PREFIXED = new Map<number, number>([
  ...BAHNAR_MALE.items.map((id) => [id, internPart(`A ${NAME_PARTS[id]}`)] as const),
  ...BAHNAR_FEMALE.items.map((id) => [id, internPart(`Y ${NAME_PARTS[id]}`)] as const),
]);
const VAN = internPart("Văn");
const THI = internPart("Thị");
const DINH = internPart("Đinh");

export type NameParts = [number, number, number];

function kinhStyle(rng: Rng, sex: 0 | 1, birthYear: number, surname: number): NameParts {
  const modern = birthYear >= 1980;
  const middle = sex === 0 ? (modern ? MALE_MIDDLE_NEW : MALE_MIDDLE_OLD) : modern ? FEMALE_MIDDLE_NEW : FEMALE_MIDDLE_OLD;
  return [surname, middle.draw(rng), (sex === 0 ? MALE_GIVEN : FEMALE_GIVEN).draw(rng)];
}

/**
 * A name for a person of ethnic group `eth` (index into ETHNICITIES), sex 0 male / 1 female.
 * `inherited` is the surname or clan passed down (father's; the mother's clan for Jrai), 0 if none.
 */
export function makeName(rng: Rng, eth: number, sex: 0 | 1, birthYear: number, inherited: number): NameParts {
  switch (eth) {
    case ETH.JRAI: {
      const clan = inherited || JRAI_CLANS.draw(rng);
      // Younger Jrai often carry Vietnamese given names ("Rơ Mah Minh Khôi").
      if (birthYear >= 2000 && rng.chance(0.35)) return kinhStyle(rng, sex, birthYear, clan);
      return [clan, 0, (sex === 0 ? JRAI_MALE : JRAI_FEMALE).draw(rng)];
    }
    case ETH.BAHNAR: {
      const given = (sex === 0 ? BAHNAR_MALE : BAHNAR_FEMALE).draw(rng);
      if (!inherited && rng.chance(0.2)) return [0, 0, PREFIXED.get(given) ?? given];
      const surname = inherited || (rng.chance(0.88) ? DINH : KINH_SURNAMES.draw(rng));
      if (birthYear >= 1995 && rng.chance(0.3)) return kinhStyle(rng, sex, birthYear, surname);
      return [surname, rng.chance(0.55) ? (sex === 0 ? VAN : THI) : 0, given];
    }
    case ETH.XODANG:
    case ETH.GIETRIENG:
      return [0, 0, (sex === 0 ? XODANG_MALE : XODANG_FEMALE).draw(rng)];
    case ETH.TAY:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || TAY_SURNAMES.draw(rng));
    case ETH.NUNG:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || NUNG_SURNAMES.draw(rng));
    case ETH.MUONG:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || MUONG_SURNAMES.draw(rng));
    case ETH.THAI:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || THAI_SURNAMES.draw(rng));
    case ETH.HRE:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || HRE_SURNAMES.draw(rng));
    case ETH.CHAM:
      return kinhStyle(rng, sex, Math.min(birthYear, 1979), inherited || CHAM_SURNAMES.draw(rng));
    default:
      return kinhStyle(rng, sex, birthYear, inherited || KINH_SURNAMES.draw(rng));
  }
}

/** Whether the group passes the clan through the mother (Jrai) rather than the father. */
export function isMatrilineal(eth: number): boolean {
  return eth === ETH.JRAI;
}
