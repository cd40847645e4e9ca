import { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { writeAdminAudit } from "@/lib/admin/audit";
import { parseOrThrow } from "@/lib/validation/parse";

/** The procedure catalogue with the papers each needs, and every paper. */
export async function getCatalogue(actor: Actor, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.config");
  const [procedures, papers] = await Promise.all([
    db.procedure.findMany({ orderBy: [{ sector: "asc" }, { name: "asc" }], select: { id: true, code: true, name: true, sector: true, active: true, papers: { select: { paperCode: true } } } }),
    db.paper.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, name: true } }),
  ]);
  return { procedures: procedures.map((p) => ({ ...p, papers: p.papers.map((x) => x.paperCode).sort() })), papers };
}

export const ZProcedureForm = z.object({
  id: z.string().trim().max(40).optional(),
  code: z.string().trim().regex(/^[0-9A-Za-z.-]{3,20}$/, "Mã thủ tục gồm 3–20 ký tự (VD 1.001193)."),
  name: z.string().trim().min(3, "Vui lòng nhập tên thủ tục.").max(300),
  sector: z.string().trim().min(2, "Vui lòng nhập lĩnh vực.").max(100),
  active: z.boolean(),
  papers: z.array(z.string().max(60)).max(30),
});

/**
 * Creates or edits a procedure and replaces its list of papers, in one transaction with its audit
 * entry (before and after). Papers are stable codes the API uses, so the list only refers to them.
 */
export async function saveProcedure(actor: Actor, raw: unknown, deps?: Deps): Promise<string> {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.config");
  const input = parseOrThrow(ZProcedureForm, raw);
  return db.$transaction(async (tx) => {
    const known = await tx.paper.findMany({ where: { code: { in: input.papers } }, select: { code: true } });
    if (known.length !== new Set(input.papers).size) throw new AppError("INVALID_INPUT", { fieldErrors: { papers: "Có giấy tờ không có trong danh mục." } });
    const clash = await tx.procedure.findFirst({ where: { code: input.code, ...(input.id ? { NOT: { id: input.id } } : {}) }, select: { id: true } });
    if (clash) throw new AppError("CONFLICT", { fieldErrors: { code: "Mã thủ tục này đã có." }, userMessage: "Mã thủ tục này đã có." });
    const before = input.id ? await tx.procedure.findUnique({ where: { id: input.id }, select: { code: true, name: true, sector: true, active: true, papers: { select: { paperCode: true } } } }) : null;
    if (input.id && !before) throw new AppError("NOT_FOUND");
    const data = { code: input.code, name: input.name, sector: input.sector, active: input.active };
    const id = input.id ? (await tx.procedure.update({ where: { id: input.id }, data, select: { id: true } })).id : (await tx.procedure.create({ data, select: { id: true } })).id;
    await tx.procedurePaper.deleteMany({ where: { procedureId: id } });
    await tx.procedurePaper.createMany({ data: [...new Set(input.papers)].map((paperCode) => ({ procedureId: id, paperCode })) });
    await writeAdminAudit(tx, actor, {
      action: input.id ? "procedure.update" : "procedure.create", targetType: "procedure", targetId: id,
      before: before ? { ...before, papers: before.papers.map((p) => p.paperCode).sort() } : undefined,
      after: { ...data, papers: [...new Set(input.papers)].sort() },
    });
    return id;
  });
}
