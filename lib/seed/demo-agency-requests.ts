import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";
import { AgencyKind, Role } from "@/lib/generated/prisma/enums";
import { SETTINGS } from "@/lib/settings/settings";
import { DEMO_AGENCY, DEMO_PASSWORD } from "@/lib/seed/demo";
import { DEPARTMENT_OF_JUSTICE_CODE } from "@/lib/units/import-units";
import { computeAgencyDueAt } from "@/lib/agency-requests/deadlines";
import { takeRequestCode } from "@/lib/agency-requests/numbers";

/** A second demo agency, so that isolation between agencies can be shown. */
export const DEMO_SOCIAL_INSURANCE = { code: "BHXH-52", name: "Bảo hiểm xã hội tỉnh Gia Lai", kind: AgencyKind.SOCIAL_INSURANCE } as const;
export const DEMO_SOCIAL_INSURANCE_USER = "bhxh.canbo";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Demo data of agency requests (only with --demo, after seedDemo): the social-insurance agency and
 * its user, and three requests in different states — one waiting for triage, one returned for more
 * information, one accepted and handled by Sở Tư pháp. Written once: nothing is added when the
 * demo agencies already have requests.
 */
export async function seedDemoAgencyRequests(tx: Tx, now: Date = new Date()): Promise<void> {
  await tx.agency.createMany({ data: [DEMO_SOCIAL_INSURANCE], skipDuplicates: true });
  const [police, insurance] = await Promise.all([
    tx.agency.findUniqueOrThrow({ where: { code: DEMO_AGENCY.code }, select: { id: true } }),
    tx.agency.findUniqueOrThrow({ where: { code: DEMO_SOCIAL_INSURANCE.code }, select: { id: true } }),
  ]);
  await tx.user.createMany({
    data: [{
      username: DEMO_SOCIAL_INSURANCE_USER, passwordHash: await hashPassword(DEMO_PASSWORD), fullName: "Lê Thị Thanh Hương",
      title: "Chuyên viên Phòng Quản lý thu - sổ, thẻ", role: Role.AGENCY_USER, agencyId: insurance.id,
    }],
    skipDuplicates: true,
  });
  if (await tx.agencyRequest.count({ where: { agencyId: { in: [police.id, insurance.id] } } })) return;

  const creator = async (username: string) => (await tx.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const [policeUser, insuranceUser, stp, stpUnit] = await Promise.all([
    creator("congan.tinh"), creator(DEMO_SOCIAL_INSURANCE_USER), creator("stp.canbo"),
    tx.unit.findUniqueOrThrow({ where: { code: DEPARTMENT_OF_JUSTICE_CODE }, select: { id: true } }),
  ]);
  // The defaults: a fresh demo database has no stored settings yet.
  const [settings, hours] = [SETTINGS.agencyRequests.defaults, SETTINGS.serviceHours.defaults];
  const year = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
  const base = { receivedAt: now, dueAt: computeAgencyDueAt(now, settings, hours, null) };

  await tx.agencyRequest.create({
    data: {
      ...base, code: await takeRequestCode(tx, year), agencyId: police.id, createdById: policeUser,
      letterNumber: "215/CAT-PC06", letterDate: day("2026-11-20"), signerName: "Nguyễn Văn Thắng", signerTitle: "Phó Trưởng phòng PC06",
      reason: "Xác minh thông tin nhân thân phục vụ giải quyết hồ sơ cư trú", legalBasis: "Điều 64 Luật Hộ tịch; Luật Cư trú 2020",
      recordKinds: ["BIRTH", "MARRIAGE"],
      people: { createMany: { data: [{ position: 1, personalId: "064198004512" }, { position: 2, fullName: "Trần Văn Hùng", dateOfBirth: "1985-11-30" }] } },
    },
  });
  await tx.agencyRequest.create({
    data: {
      ...base, code: await takeRequestCode(tx, year), agencyId: insurance.id, createdById: insuranceUser, status: "RETURNED",
      letterNumber: "88/BHXH-QLT", letterDate: day("2026-11-18"), signerName: "Phạm Thị Lan", signerTitle: "Trưởng phòng Quản lý thu",
      reason: "Xác minh thân nhân để giải quyết chế độ tử tuất", legalBasis: "Điều 64 Luật Hộ tịch",
      recordKinds: ["DEATH"], triagedAt: now, triagedById: stp,
      triageNote: "Đề nghị bổ sung số định danh cá nhân hoặc ngày sinh đầy đủ của người đã mất.",
      people: { createMany: { data: [{ position: 1, fullName: "Đinh Văn Thuk", dateOfBirth: "1950" }] } },
    },
  });
  await tx.agencyRequest.create({
    data: {
      ...base, code: await takeRequestCode(tx, year), agencyId: insurance.id, createdById: insuranceUser, status: "ACCEPTED",
      handlingUnitId: stpUnit.id, triagedAt: now, triagedById: stp,
      letterNumber: "90/BHXH-QLT", letterDate: day("2026-11-19"), signerName: "Phạm Thị Lan", signerTitle: "Trưởng phòng Quản lý thu",
      reason: "Đối chiếu thông tin khai sinh để cấp lại sổ bảo hiểm xã hội", legalBasis: "Điều 64 Luật Hộ tịch; Luật Bảo hiểm xã hội 2024",
      recordKinds: ["BIRTH"],
      people: { createMany: { data: [{ position: 1, personalId: "064301002846" }, { position: 2, fullName: "Nguyễn Văn An", dateOfBirth: "1990-01-01" }] } },
    },
  });
}
