import type { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { SETTINGS, getSetting, type SettingKey } from "@/lib/settings/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAdminAudit } from "@/lib/admin/audit";
import type { SettingField, SettingPage } from "@/lib/admin/settings/fields";
import { DOCUMENT_FORM_TEXTS } from "@/lib/documents/forms";

/** A zod issue in Vietnamese, for the field it belongs to. */
export function vietnameseIssue(issue: z.core.$ZodIssue, field?: SettingField): string {
  const i = issue as { code: string; minimum?: number | bigint; maximum?: number | bigint; expected?: string; origin?: string };
  if (i.code === "too_small") return i.origin === "array" || i.origin === "string" ? `Cần ít nhất ${i.minimum} ký tự.` : `Giá trị phải từ ${i.minimum} trở lên.`;
  if (i.code === "too_big") return i.origin === "array" ? `Tối đa ${i.maximum} dòng.` : i.origin === "string" ? `Tối đa ${i.maximum} ký tự.` : `Giá trị không được quá ${i.maximum}.`;
  if (i.code === "custom" && field?.kind === "pairs") return "Mỗi trường hợp chỉ ghi một lần.";
  if (i.code === "invalid_type") return field?.kind === "time" ? "Vui lòng nhập giờ dạng HH:mm, VD 07:30." : "Vui lòng nhập một số nguyên.";
  if (field?.kind === "text" && i.code === "custom") return DOCUMENT_FORM_TEXTS.symbolDuplicate;
  if (field?.kind === "text" && i.code === "invalid_format") return DOCUMENT_FORM_TEXTS.symbolInvalid;
  if (i.code === "invalid_format") return field?.kind === "dates" ? "Ngày không hợp lệ; nhập dạng dd/MM/yyyy, mỗi dòng một ngày." : "Vui lòng nhập giờ dạng HH:mm, VD 07:30.";
  return "Giá trị không hợp lệ.";
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

/** The form's text turned into the setting's shape (numbers, lists, ISO dates), before the schema checks it. */
export function settingFromForm(page: SettingPage, values: Record<string, string>): { value: Record<string, unknown>; fieldErrors: Record<string, string> } {
  const value: Record<string, unknown> = {};
  const fieldErrors: Record<string, string> = {};
  for (const f of page.fields) {
    const raw = (values[f.path] ?? "").trim();
    if (f.kind === "lines") setPath(value, f.path, raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean));
    else if (f.kind === "pairs") {
      const pairs = raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean).map((line) => {
        const at = line.indexOf("|");
        return at < 0 ? { reason: line, basis: "" } : { reason: line.slice(0, at).trim(), basis: line.slice(at + 1).trim() };
      });
      const missing = pairs.findIndex((p) => !p.basis);
      if (missing >= 0) fieldErrors[f.path] = `Dòng ${missing + 1} ("${pairs[missing]!.reason}") thiếu căn cứ pháp lý: nhập dạng "Trường hợp | Căn cứ".`;
      setPath(value, f.path, pairs);
    }
    else if (f.kind === "dates") {
      const dates = raw.split(/[\r\n,;]+/).map((s) => s.trim()).filter(Boolean).map((d) => {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d);
        return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : d;
      });
      const bad = dates.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d);
      if (bad) fieldErrors[f.path] = `Ngày "${bad.split("-").reverse().join("/")}" không hợp lệ; nhập dạng dd/MM/yyyy, mỗi dòng một ngày.`;
      setPath(value, f.path, [...new Set(dates)].sort());
    } else if (f.kind === "time" || f.kind === "text") setPath(value, f.path, raw);
    else if (f.kind === "optionalInt" && raw === "") continue;
    else setPath(value, f.path, /^-?\d+$/.test(raw.replace(/\./g, "")) ? Number(raw.replace(/\./g, "")) : raw === "" ? undefined : raw);
  }
  if (page.key === "fees") value.copyFeeByChannel ??= {};
  return { value, fieldErrors };
}

/**
 * Saves a setting and its version in one transaction: who, when, the value before and after. The
 * version the form was opened on must still be the latest (optimistic check), so two administrators
 * editing at once cannot silently overwrite each other; the unique (key, version) backs it up.
 * Pages read settings per request (getSetting), so the change applies without a restart.
 */
export async function saveSetting(actor: Actor, page: SettingPage, values: Record<string, string>, expectedVersion: number, deps?: Deps): Promise<number> {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.config");
  const { value, fieldErrors } = settingFromForm(page, values);
  const parsed = SETTINGS[page.key].schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p) => typeof p === "string").join(".");
      const field = page.fields.find((f) => f.path === path) ?? page.fields.find((f) => path.startsWith(f.path));
      fieldErrors[field?.path ?? "_"] ??= vietnameseIssue(issue, field);
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", { fieldErrors, userMessage: "Vui lòng kiểm tra các trường được đánh dấu." });
  const key = page.key;
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.settingVersion.findFirst({ where: { key }, orderBy: { version: "desc" }, select: { version: true } });
      const current = latest?.version ?? 0;
      if (current !== expectedVersion) throw new AppError("CONFLICT", { userMessage: "Cấu hình vừa được người khác thay đổi. Vui lòng tải lại trang và nhập lại." });
      const before = await getSetting(tx, key);
      const after = parsed.data as Prisma.InputJsonValue;
      await tx.setting.upsert({ where: { key }, create: { key, value: after, updatedBy: actor.username }, update: { value: after, updatedBy: actor.username } });
      await tx.settingVersion.create({ data: { key, version: current + 1, before: before as Prisma.InputJsonValue, value: after, changedById: actor.userId, changedByUsername: actor.username } });
      await writeAdminAudit(tx, actor, { action: "setting.update", targetType: "setting", targetId: key, before, after });
      return current + 1;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", { userMessage: "Cấu hình vừa được người khác thay đổi. Vui lòng tải lại trang và nhập lại." });
    throw error;
  }
}

/** The value in force, its version number and the latest versions, for the settings page. */
export async function settingWithHistory(actor: Actor, key: SettingKey, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.config");
  const [value, versions] = await Promise.all([
    getSetting(db, key),
    db.settingVersion.findMany({ where: { key }, orderBy: { version: "desc" }, take: 20, select: { version: true, at: true, changedByUsername: true, before: true, value: true } }),
  ]);
  return { value, version: versions[0]?.version ?? 0, versions };
}
