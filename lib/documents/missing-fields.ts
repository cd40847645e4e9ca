import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { recordBlocks } from "@/lib/documents/record-blocks";

// What a record lacks, in the words of its extract form: the fields a copy would print as "—".
// The officer sees the list on the record page and at intake, before the citizen leaves with a
// copy full of blanks (and can ask for the paper or a correction instead).

/** Fields the forms always allow to be empty: a record without later changes has no "Ghi chú". */
const NEVER_MISSING = new Set(["Ghi chú"]);

/** A parent's first row: the parent's later rows are theirs ("Quốc tịch (người mẹ)"). */
const PARENT_OF = /^Họ, chữ đệm, tên (người (mẹ|cha))$/;

/**
 * The missing fields of a record, e.g. ["Quốc tịch của người cha", "Nơi cư trú của người cha",
 * "Giấy tờ tùy thân (Bên vợ)", "Giờ, phút chết"], in the form's order, each once.
 */
export function missingFields(record: CivilRecord): string[] {
  const out: string[] = [];
  const add = (label: string, section: string | null) => {
    const whole = section ? `${label} (${section.toLocaleLowerCase("vi")})` : label;
    if (!out.includes(whole)) out.push(whole);
  };
  let section: string | null = null;
  for (const block of recordBlocks(record, null)) {
    if (block.type === "heading") section = block.text;
    if (block.type !== "fields") continue;
    for (const row of block.rows) {
      for (const field of row) {
        const parent = PARENT_OF.exec(field.label);
        if (parent) {
          // A parent the record does not name at all is one missing field, not five.
          section = parent[1]!;
          if (field.value === "—") add(field.label, null);
          continue;
        }
        if (NEVER_MISSING.has(field.label)) continue;
        if (field.label === "Đã chết vào lúc") {
          if (field.value.startsWith("— giờ")) add("Giờ, phút chết", null);
          if (field.value.endsWith(", —")) add("Ngày chết", null);
          continue;
        }
        if (field.value === "—") add(field.label, section);
      }
    }
  }
  return out;
}

/** "Bản ghi thiếu thông tin: Quốc tịch (người cha); Nơi cư trú (người cha)." or null when nothing is missing. */
export function missingFieldsText(missing: readonly string[]): string | null {
  return missing.length ? `Bản ghi thiếu thông tin: ${missing.join("; ")}.` : null;
}
