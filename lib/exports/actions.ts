"use server";

import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { requestExport } from "@/lib/exports/jobs";
import { ZExportKind } from "@/lib/exports/kinds";
import type { ExportRequestResult } from "@/lib/exports/types";

/**
 * "Tải xuống theo bộ lọc": the list's kind and its query string (the filters in the URL). A small
 * export answers with the URL of the file; a large one starts a background job.
 */
export async function requestExportAction(kind: string, query: string): Promise<ExportRequestResult> {
  const actor = await requireActor();
  const parsedKind = ZExportKind.safeParse(kind);
  if (!parsedKind.success || typeof query !== "string" || query.length > 2_000) return { mode: "error", error: "Yêu cầu xuất tệp không hợp lệ." };
  try {
    return await requestExport(actor, parsedKind.data, Object.fromEntries(new URLSearchParams(query)));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { mode: "error", error: "Bạn không có quyền xuất danh sách này." };
    throw error;
  }
}
