import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";
import { AgencyKind, Role } from "@/lib/generated/prisma/enums";
import { DEPARTMENT_OF_JUSTICE_CODE, PROVINCE_CODE } from "@/lib/units/import-units";

// Demo data for local runs, e2e tests and presentations: one account per role, placed on real
// units so that jurisdictions behave as in production. Never seeded without an explicit --demo.

/** The password of every demo account; shown on the demo login page and in the README. */
export const DEMO_PASSWORD = "HoTich@2025";

export const DEMO_AGENCY = { code: "CA-52", name: "Công an tỉnh Gia Lai", kind: AgencyKind.POLICE } as const;

/** A demo account: unit/jurisdiction are unit codes, agency an agency code. */
export interface DemoAccount {
  username: string;
  role: Role;
  fullName: string;
  title: string | null;
  unitCode: string | null;
  jurisdictionCode: string | null;
  agencyCode: string | null;
}

const PLEIKU = "23575"; // Phường Pleiku
const QUY_NHON = "21583"; // Phường Quy Nhơn
const IA_O = "23782"; // Xã Ia O
const HO_TICH = "Công chức Tư pháp - Hộ tịch";
const commune = (code: string) => ({ unitCode: code, jurisdictionCode: code, agencyCode: null });
// Provincial staff sit at Sở Tư pháp (the header shows it) but reach the whole province: that
// reach is the explicit jurisdiction "52", never implied by the role.
const province = { unitCode: DEPARTMENT_OF_JUSTICE_CODE, jurisdictionCode: PROVINCE_CODE, agencyCode: null };

/** The eight demo accounts, one or more per role. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: "admin", role: Role.ADMINISTRATOR, fullName: "Trần Minh Quân", title: "Quản trị hệ thống", ...province },
  { username: "stp.canbo", role: Role.PROVINCIAL_OFFICER, fullName: "Nguyễn Thị Thu Hà", title: "Chuyên viên Phòng Hành chính tư pháp", ...province },
  { username: "pleiku.canbo", role: Role.COMMUNE_OFFICER, fullName: "Kpă H'Yuen", title: HO_TICH, ...commune(PLEIKU) },
  { username: "pleiku.lanhdao", role: Role.COMMUNE_SIGNER, fullName: "Lê Văn Hùng", title: "Phó Chủ tịch UBND phường", ...commune(PLEIKU) },
  { username: "quynhon.canbo", role: Role.COMMUNE_OFFICER, fullName: "Phạm Thị Mỹ Linh", title: HO_TICH, ...commune(QUY_NHON) },
  { username: "quynhon.lanhdao", role: Role.COMMUNE_SIGNER, fullName: "Võ Đức Thành", title: "Chủ tịch UBND phường", ...commune(QUY_NHON) },
  { username: "iao.canbo", role: Role.COMMUNE_OFFICER, fullName: "Siu H'Bia", title: HO_TICH, ...commune(IA_O) },
  // An agency user reaches no unit data at all: only its own agency's requests.
  {
    username: "congan.tinh", role: Role.AGENCY_USER, fullName: "Đặng Quốc Bảo",
    title: "Cán bộ Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    unitCode: null, jurisdictionCode: null, agencyCode: DEMO_AGENCY.code,
  },
];

/** What seedDemo wrote; existing accounts are left exactly as they are. */
export interface DemoSeedResult {
  agencyCreated: boolean;
  created: string[];
  existing: string[];
}

/**
 * Creates the demo agency and accounts that do not exist yet. It never overwrites: an account
 * whose password or details were changed keeps them, so re-seeding a demo never undoes a
 * password change nor revives a deactivated account. Needs the reference units (import first).
 */
export async function seedDemo(tx: Tx): Promise<DemoSeedResult> {
  const agencyCreated = (await tx.agency.createMany({ data: [DEMO_AGENCY], skipDuplicates: true })).count > 0;
  const agency = await tx.agency.findUniqueOrThrow({ where: { code: DEMO_AGENCY.code }, select: { id: true } });

  const codes = [...new Set(DEMO_ACCOUNTS.flatMap((a) => [a.unitCode, a.jurisdictionCode]).filter((c) => c !== null))];
  const units = new Map((await tx.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  const unitId = (code: string | null) => {
    if (code === null) return null;
    const id = units.get(code);
    if (!id) throw new Error(`demo seed: unit ${code} is missing; import the reference units first`);
    return id;
  };

  const usernames = DEMO_ACCOUNTS.map((a) => a.username);
  const existing = new Set((await tx.user.findMany({ where: { username: { in: usernames } }, select: { username: true } })).map((u) => u.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  const data = await Promise.all(
    missing.map(async (a) => ({
      username: a.username,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      fullName: a.fullName,
      title: a.title,
      role: a.role,
      unitId: unitId(a.unitCode),
      jurisdictionUnitId: unitId(a.jurisdictionCode),
      agencyId: a.agencyCode ? agency.id : null,
    })),
  );
  // skipDuplicates: an account created concurrently since the read above is left alone too.
  if (data.length) await tx.user.createMany({ data, skipDuplicates: true });
  return { agencyCreated, created: missing.map((a) => a.username), existing: usernames.filter((u) => existing.has(u)) };
}
