import { downloadHeaders } from "@/lib/http/content-disposition";
import { routeActor } from "@/lib/auth/guards";
import { exportRegister } from "@/lib/copies/export-register";
import { ZRegisterFilter } from "@/lib/copies/schemas";

/** GET /copies/register/export — the filtered register as .xlsx (Vietnamese headings, dd/MM/yyyy dates, fees in đồng). */
export async function GET(request: Request) {
  const actor = await routeActor("copy.read");
  if (!actor) return new Response("Không tìm thấy", { status: 404 });
  const filter = ZRegisterFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { body, filename } = await exportRegister(actor, filter);
  return new Response(new Uint8Array(body), {
    headers: downloadHeaders(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  });
}
