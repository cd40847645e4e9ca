import { downloadHeaders } from "@/lib/http/content-disposition";
import { routeActor } from "@/lib/auth/guards";
import { dossierWhere, listDossiers, ZDossierFilter } from "@/lib/lookups/list-dossiers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PAPERS } from "@/lib/seed/catalogue";
import { csvDocument } from "@/lib/csv";
import { formatDateTime } from "@/lib/format";
import { todayInVietnam } from "@/lib/dates";

const PAPER_NAMES = new Map<string, string>(PAPERS.map((p) => [p.code, p.name]));

/** GET /dossiers/export — the filtered dossier list as CSV (UTF-8 with BOM, Vietnamese headings). */
export async function GET(request: Request) {
  const actor = await routeActor("dossier.read");
  if (!actor) return new Response("Không tìm thấy", { status: 404 });
  const filter = ZDossierFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Bounded like every direct download: over the threshold, "Tải xuống theo bộ lọc" makes a background job.
  const total = await db().dossier.count({ where: dossierWhere(actor, filter) });
  if (total > env().exports.jobThresholdRows) return new Response(`Danh sách có ${total.toLocaleString("vi-VN")} hồ sơ, quá lớn để tải ngay. Hãy dùng nút "Tải xuống theo bộ lọc".`, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { items } = await listDossiers(actor, filter, { all: true });
  const body = csvDocument(
    ["Mã hồ sơ", "Mã đơn vị", "Đơn vị", "Mã thủ tục", "Thủ tục", "Thời điểm tra cứu đầu", "Số lượt tra cứu", "Số lượt có kết quả", "Giấy tờ được cắt giảm"],
    items.map((d) => [d.code, d.unit.code, d.unit.name, d.procedure.code, d.procedure.name, formatDateTime(d.createdAt), d.lookups, d.found, d.papersCut.map((p) => PAPER_NAMES.get(p) ?? p).join("; ")]),
  );
  return new Response(body, {
    headers: downloadHeaders(`Hồ sơ tra cứu ${todayInVietnam()}.csv`, "text/csv; charset=utf-8"),
  });
}
