import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { navFor } from "../../components/shell/navigation";
import { expectResults, fillDossierPurpose, searchBy } from "./helpers/lookup";
import { signIn } from "./helpers/session";

// Issue #18, "Keep it accessible": every page each role can open passes axe-core with no serious or
// critical violation, and at phone width (390 × 844) no page scrolls sideways (a table may scroll
// inside its own box). Pages: the role's menu (components/shell/navigation.ts), the first detail page each list
// links to, the pages reached otherwise (new-item forms, a looked-up record), and the public ones.

// axe over a long page (the dashboard's 135 communes) takes a while on a shared machine.
test.describe.configure({ timeout: 120_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

type Violation = { id: string; impact: string; help: string; nodes: { target: string; summary: string }[] };

/** axe over the whole page; serious and critical violations, readably. */
async function axeViolations(page: Page): Promise<Violation[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact!,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: (n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 300) })),
    }));
}

function describeViolations(path: string, violations: Violation[]): string {
  return violations
    .map((v) => `${path}: ${v.id} (${v.impact}) — ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.summary}`).join("\n")}`)
    .join("\n");
}

/** How far the page scrolls sideways at phone width (0 = not at all). */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string[] }> {
  await page.setViewportSize(PHONE);
  const result = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const overflow = root.scrollWidth - window.innerWidth;
    // The elements sticking out, outermost first, to name the culprit.
    const widest = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { overflow, widest };
  });
  await page.setViewportSize(DESKTOP);
  return result;
}

/** Opens `path`, runs axe, checks phone width; returns the problems found (empty: none). */
async function checkPage(page: Page, path: string, options: { phone?: boolean } = {}): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  return checkOpenPage(page, path, options);
}

async function checkOpenPage(page: Page, label: string, { phone = true }: { phone?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  const violations = await axeViolations(page);
  if (violations.length > 0) problems.push(describeViolations(label, violations));
  if (phone) {
    const { overflow, widest } = await sidewaysOverflow(page);
    if (overflow > 1) problems.push(`${label}: scrolls sideways by ${overflow}px at ${PHONE.width}px wide; sticking out: ${widest.join(", ")}`);
  }
  return problems;
}

/** The first link of the page's main content to a detail page under `path` (e.g. /admin/users/<id>). */
async function firstDetailLink(page: Page, path: string): Promise<string | null> {
  const base = path === "/" ? null : path;
  if (!base) return null;
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const detail = new RegExp(`^${base.replace(/[/]/g, "\\/")}\\/(?!new$|register$|history$)[^?#]+$`);
  return hrefs.find((h) => detail.test(h)) ?? null;
}

const ROLES: { username: string; role: Role; extra: string[] }[] = [
  { username: "pleiku.canbo", role: "COMMUNE_OFFICER" as Role, extra: ["/copies/new"] },
  { username: "pleiku.lanhdao", role: "COMMUNE_SIGNER" as Role, extra: [] },
  { username: "stp.canbo", role: "PROVINCIAL_OFFICER" as Role, extra: [] },
  { username: "congan.tinh", role: "AGENCY_USER" as Role, extra: [] },
  { username: "admin", role: "ADMINISTRATOR" as Role, extra: ["/admin/users/new", "/admin/settings/procedures", "/admin/settings/fees"] },
];

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

for (const { username, role, extra } of ROLES) {
  test.describe(`${role} (${username})`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await signedInPage(browser, username);
    });
    test.afterAll(async () => {
      await page?.context().close();
    });

    const paths = [...new Set([...navFor(role).map((i) => i.href), ...extra])];
    for (const path of paths) {
      test(`${path} and its first detail page`, async () => {
        const problems = await checkPage(page, path);
        const detail = await firstDetailLink(page, path);
        if (detail) problems.push(...(await checkPage(page, detail)));
        expect(problems, problems.join("\n")).toEqual([]);
      });
    }

    if (role === ("COMMUNE_OFFICER" as Role)) {
      test("a lookup's results and a record page", async () => {
        await page.goto("/lookups");
        await fillDossierPurpose(page, "E2E-A11Y-001");
        await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
        await expectResults(page);
        const problems = await checkOpenPage(page, "/lookups (results)");
        await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Khai sinh");
        problems.push(...(await checkOpenPage(page, new URL(page.url()).pathname)));
        expect(problems, problems.join("\n")).toEqual([]);
      });
    }

    test("a page that does not exist", async () => {
      const problems = await checkPage(page, "/khong-ton-tai");
      expect(problems, problems.join("\n")).toEqual([]);
    });
  });
}

test.describe("public pages", () => {
  for (const path of ["/login", "/verify/KHONG-HOP-LE-123", "/khong-ton-tai"]) {
    test(path, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      const problems = await checkPage(page, path);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
