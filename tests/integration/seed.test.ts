import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo";
import { isDatabaseEmpty, runSeed, type SeedResult } from "@/lib/seed/run-seed";
import { currentUnitForAuthority, resolveAuthority } from "@/lib/units/resolve-authority";
import { subtreeUnitIds } from "@/lib/units/tree";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

describe("runSeed with demo accounts", () => {
  let db: TestDatabase;
  let first: SeedResult;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect(await isDatabaseEmpty(db.prisma)).toBe(true);
    first = await runSeed(db.prisma, { demo: true });
  });
  afterAll(() => db?.cleanup());

  it("imports the province, Sở Tư pháp and the 135 communes as one tree", async () => {
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
    expect(first.totals).toMatchObject({ units: 137, communes: 135 });
    const province = await db.prisma.unit.findUniqueOrThrow({ where: { code: "52" } });
    expect(province).toMatchObject({ name: "Tỉnh Gia Lai", level: "PROVINCE", kind: "Tỉnh", path: "/52/", depth: 0, parentId: null });
    const stp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "52-STP" } });
    expect(stp).toMatchObject({ name: "Sở Tư pháp tỉnh Gia Lai", level: "DEPARTMENT", kind: "Sở", parentId: province.id, path: "/52/52-STP/" });
    const pleiku = await db.prisma.unit.findUniqueOrThrow({ where: { code: "23575" } });
    expect(pleiku).toMatchObject({ name: "Phường Pleiku", level: "COMMUNE", kind: "Phường", parentId: province.id, path: "/52/23575/", depth: 1 });
    expect(await db.prisma.unit.count({ where: { level: "COMMUNE", kind: "Xã" } })).toBe(110);
    expect(await subtreeUnitIds(db.prisma, province.id)).toHaveLength(137);
    expect(await subtreeUnitIds(db.prisma, pleiku.id)).toEqual([pleiku.id]);
    expect(await subtreeUnitIds(db.prisma, "no-such-unit")).toEqual([]);
  });

  it("imports the pre-reform units and their mappings", async () => {
    const count = (level: "PROVINCE" | "DISTRICT" | "COMMUNE") => db.prisma.historicalUnit.count({ where: { level } });
    expect([await count("PROVINCE"), await count("DISTRICT"), await count("COMMUNE")]).toEqual([4, 28, 373]);
    expect(first.totals).toMatchObject({ historicalUnits: 405, mappings: 793 });
    const split = await db.prisma.historicalUnit.findUniqueOrThrow({
      where: { level_code: { level: "COMMUNE", code: "21997" } },
      include: { mappings: { include: { unit: true } } },
    });
    expect(split).toMatchObject({ name: "Xã Canh Liên", normalizedName: "canh lien", parentCode: "551", provinceCode: "52" });
    expect(split.mappings.map((m) => [m.unit.name, m.mergeType]).sort()).toEqual([["Xã Canh Liên", "partial"], ["Xã Canh Vinh", "partial"]]);
    const nb = await db.prisma.historicalUnit.findUniqueOrThrow({ where: { level_code: { level: "PROVINCE", code: "NB" } } });
    expect(nb.validTo?.toISOString().slice(0, 10)).toBe("1989-07-01");
  });

  it("creates the eight demo accounts with their roles, units and jurisdictions", async () => {
    expect(first.demo?.created).toHaveLength(8);
    const users = await db.prisma.user.findMany({ include: { unit: true, jurisdictionUnit: true, agency: true } });
    // Plus the second demo agency's user (lib/seed/demo-agency-requests.ts).
    expect(users).toHaveLength(DEMO_ACCOUNTS.length + 1);
    expect(users.find((u) => u.username === "bhxh.canbo")?.agency).toMatchObject({ code: "BHXH-52", kind: "SOCIAL_INSURANCE" });
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.username === account.username);
      expect(user, account.username).toBeDefined();
      expect(user!.role).toBe(account.role);
      expect(user!.unit?.code ?? null).toBe(account.unitCode);
      expect(user!.jurisdictionUnit?.code ?? null).toBe(account.jurisdictionCode);
      expect(user!.agency?.code ?? null).toBe(account.agencyCode);
    }
    const byName = (u: string) => users.find((x) => x.username === u)!;
    expect(byName("admin")).toMatchObject({ role: "ADMINISTRATOR" });
    expect(byName("pleiku.lanhdao")).toMatchObject({ role: "COMMUNE_SIGNER", title: "Phó Chủ tịch UBND phường" });
    expect(byName("congan.tinh")).toMatchObject({ unitId: null, jurisdictionUnitId: null });
    expect(byName("congan.tinh").agency).toMatchObject({ name: "Công an tỉnh Gia Lai", kind: "POLICE" });
    expect(await verifyPassword(byName("iao.canbo").passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(byName("iao.canbo").passwordHash, "wrong")).toBe(false);
  });

  it("changes nothing when run again, and keeps a changed password", async () => {
    await db.prisma.user.update({ where: { username: "admin" }, data: { passwordHash: "changed" } });
    const stamp = (await db.prisma.unit.findUniqueOrThrow({ where: { code: "21583" } })).updatedAt;
    const again = await runSeed(db.prisma, { demo: true });
    expect(again.totals).toEqual(first.totals);
    expect(again.imported).toEqual({
      units: { created: 0, updated: 0 },
      historicalUnits: { created: 0, updated: 0 },
      mappings: { created: 0, updated: 0, deleted: 0 },
    });
    expect(again.demo).toMatchObject({ agencyCreated: false, created: [] });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { username: "admin" } })).passwordHash).toBe("changed");
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { code: "21583" } })).updatedAt).toEqual(stamp);
  });

  it("repairs drifted reference rows", async () => {
    await db.prisma.unit.update({ where: { code: "21583" }, data: { name: "Phường Sai Tên" } });
    const mapping = await db.prisma.historicalUnitMapping.findFirstOrThrow({ where: { historicalUnit: { code: "21997" } } });
    await db.prisma.historicalUnitMapping.update({
      where: { historicalUnitId_unitId: { historicalUnitId: mapping.historicalUnitId, unitId: mapping.unitId } },
      data: { mergeType: "full" },
    });
    const fixed = await runSeed(db.prisma, { demo: false });
    expect(fixed.imported.units.updated).toBe(1);
    expect(fixed.imported.mappings.updated).toBe(1);
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { code: "21583" } })).name).toBe("Phường Quy Nhơn");
  });

  it("resolves authority strings through the database", async () => {
    const iaKha = await resolveAuthority(db.prisma, "UBND xã Ia Kha, huyện Ia Grai, tỉnh Gia Lai");
    expect(iaKha?.historicalUnit).toMatchObject({ name: "Thị trấn Ia Kha", code: "23764" });
    expect(iaKha?.currentUnits).toEqual([{ code: "23764", name: "Xã Ia Grai", mergeType: "full" }]);
    expect(await currentUnitForAuthority(db.prisma, "UBND huyện Ia Grai, tỉnh Gia Lai")).toMatchObject({ name: "Xã Ia Grai", mergeType: "partial" });
    expect(await currentUnitForAuthority(db.prisma, "UBND Phường Pleiku, tỉnh Gia Lai")).toMatchObject({ code: "23575" });
    expect((await resolveAuthority(db.prisma, "UBND thị trấn Phú Phong, huyện Tây Sơn, tỉnh Bình Định"))?.historicalUnit?.name).toBe("Thị trấn Phú Phong");
    expect(await resolveAuthority(db.prisma, "UBND phường Đống Đa")).toBeNull();
  });
});

describe("runSeed without demo accounts", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.cleanup());

  it("imports reference units quickly and creates no users or agencies", async () => {
    const started = Date.now();
    const result = await runSeed(db.prisma, { demo: false });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.demo).toBeNull();
    expect(result.totals).toMatchObject({ units: 137, communes: 135, historicalUnits: 405, mappings: 793, users: 0, agencies: 0 });
  });
});
