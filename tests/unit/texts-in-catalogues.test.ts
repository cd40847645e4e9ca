import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every Vietnamese text people read comes from a catalogue (lib/text/messages.ts or lib/<feature>/messages.ts),
// never from a page or a component: one place to review the interface, and no text spelled twice.
const ROOT = join(__dirname, "..", "..");
const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵđèéẹẻẽêềếểễệìíịỉĩòóọỏõôồốổỗộơờớợởỡùúụủũưừứựửữỳýỵỷỹĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸÝ]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** The file without its comments (comments are English and may quote a text when explaining it). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1").replace(/\{\/\*[\s\S]*?\*\/\}/g, "");
}

describe("Vietnamese texts live in catalogues", () => {
  it("no page or component under app/ and components/ spells a Vietnamese text of its own", () => {
    const offenders = ["app", "components"]
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .flatMap((file) =>
        withoutComments(readFileSync(file, "utf8"))
          .split("\n")
          .flatMap((line, i) => (VIETNAMESE.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
