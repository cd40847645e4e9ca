import { readFileSync } from "node:fs";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

// Tinos, the metric twin of Times New Roman that Nghị định 30/2020 asks for, with every Vietnamese
// glyph. Reading and parsing a 550 KB TrueType file costs more than laying out a whole page, so
// both happen once per process: the bytes are read lazily, and pdf-lib is handed a fontkit whose
// create() returns the already-parsed font for those bytes. Parsed fonts are only read afterwards
// (layout and subsetting run synchronously), so concurrent renders may share them.

export type FontSet = { regular: PDFFont; bold: PDFFont; italic: PDFFont };
type Face = keyof FontSet;

const FILES: Record<Face, string> = { regular: "Tinos-Regular.ttf", bold: "Tinos-Bold.ttf", italic: "Tinos-Italic.ttf" };
// Resolved from the project root, as lib/units/data.ts reads its data: scripts, tests and
// `next start` all run there. The literal folder keeps Next's file tracing to the fonts alone.

type Parsed = ReturnType<typeof fontkit.create>;
type Glyph = ReturnType<Parsed["glyphForCodePoint"]>;
const bytesByFace = new Map<Face, Uint8Array>();
const parsedByBytes = new WeakMap<Uint8Array, Parsed>();

function fontBytes(face: Face): Uint8Array {
  let bytes = bytesByFace.get(face);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(join(process.cwd(), "lib", "documents", "fonts", FILES[face])));
    bytesByFace.set(face, bytes);
  }
  return bytes;
}

/**
 * pdf-lib reads only the glyphs of fontkit's layout(), never its positions (it draws with the fonts'
 * plain advance widths), yet layout() runs the whole OpenType shaper on every string, most of a render's
 * time. Mapping code points straight to glyphs gives the same glyphs for NFC Vietnamese (every
 * precomposed letter is in Tinos's cmap) at a small fraction of the cost, and no ligatures, so "fi"
 * extracts as two letters.
 *
 * fontkit caches glyph objects per font, and subsetting an earlier document created some of them
 * as components of composite glyphs ("e" inside "ệ"), without code points. pdf-lib writes the
 * ToUnicode map from those code points, so such a glyph gets its character back here; otherwise
 * text extraction (and search, and screen readers) would lose every "e" after the first document.
 */
function withPlainLayout(font: Parsed): Parsed {
  font.layout = ((text: string) => {
    const glyphs: Glyph[] = [];
    for (const ch of text.normalize("NFC")) {
      const cp = ch.codePointAt(0)!;
      const glyph = font.glyphForCodePoint(cp);
      if (glyph.codePoints.length === 0) glyph.codePoints = [cp];
      glyphs.push(glyph);
    }
    return { glyphs };
  }) as unknown as Parsed["layout"];
  return font;
}

/** A fontkit that parses each font file once per process and hands out the parsed font after. */
const cachingFontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Parsed {
    let parsed = parsedByBytes.get(buffer);
    if (!parsed) {
      parsed = withPlainLayout(fontkit.create(buffer, postscriptName));
      parsedByBytes.set(buffer, parsed);
    }
    return parsed;
  },
};

/** Embeds the three faces into `doc` as subsets (only the glyphs the document uses). */
export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(cachingFontkit);
  const [regular, bold, italic] = await Promise.all(
    (["regular", "bold", "italic"] as const).map((face) => doc.embedFont(fontBytes(face), { subset: true })),
  );
  return { regular: regular!, bold: bold!, italic: italic! };
}
