import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { filterText } from "@/lib/validation/fields";

// A field the form may leave out altogether (the agency select is shown to agency users only).
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);

/** The account form: create and edit. Unit, jurisdiction and agency are checked against the role in saveUser. */
export const ZUserForm = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới."),
  fullName: z.string().trim().min(2, "Vui lòng nhập họ và tên.").max(120),
  title: optionalText(160),
  role: z.enum(ROLES, { error: "Vui lòng chọn vai trò." }),
  unitId: optionalText(40),
  /** "unit" (the unit and what is under it) or "province" (provincial officers). */
  reach: z.enum(["unit", "province"]).default("unit"),
  agencyId: optionalText(40),
  email: z.union([z.literal(""), z.email("Địa chỉ thư điện tử không hợp lệ.")]).optional().transform((v) => v || null),
  phone: z.union([z.literal(""), z.string().trim().regex(/^[0-9 +().-]{8,20}$/, "Số điện thoại không hợp lệ.")]).optional().transform((v) => v || null),
});
export type TUserForm = z.infer<typeof ZUserForm>;

export const ZUserFilter = z.object({
  q: filterText(80),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "inactive", "locked", "no2fa"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TUserFilter = z.infer<typeof ZUserFilter>;

