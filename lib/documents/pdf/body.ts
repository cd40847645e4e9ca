import type { DocumentBlock, DocumentField } from "@/lib/documents/content-schema";
import { CONTENT_WIDTH, LEADING, MARGIN, type PageWriter, type Run } from "@/lib/documents/pdf/page-writer";

// The body: "Label: value" lines as the forms print them (label regular, the entry bold so the
// filled-in part stands out), rows of short fields side by side, headings and paragraphs.

export const BODY_SIZE = 13;
const COLUMN_GAP = 16;
/** A continuation line hangs under the value only while the label leaves it room to breathe. */
const MAX_HANGING_INDENT = CONTENT_WIDTH * 0.45;

const runsOf = (field: DocumentField): Run[] => [
  { text: `${field.label}: `, face: "regular" },
  { text: field.value, face: "bold" },
];

function fieldWidth(w: PageWriter, field: DocumentField): number {
  return w.width(`${field.label}: `, "regular", BODY_SIZE) + w.width(field.value, "bold", BODY_SIZE);
}

function drawField(w: PageWriter, field: DocumentField): void {
  const labelWidth = w.width(`${field.label}: `, "regular", BODY_SIZE);
  w.flow(runsOf(field), BODY_SIZE, labelWidth <= MAX_HANGING_INDENT ? labelWidth : 0);
}

/**
 * Several short fields on one line: in equal columns when each fits its column (so rows line up
 * down the page), else one after another; when they cannot share a line at all, one per line.
 */
function drawRow(w: PageWriter, row: DocumentField[]): void {
  if (row.length === 1) return drawField(w, row[0]!);
  const widths = row.map((field) => fieldWidth(w, field));
  const total = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (row.length - 1);
  if (total > CONTENT_WIDTH) {
    for (const field of row) drawField(w, field);
    return;
  }
  const column = CONTENT_WIDTH / row.length;
  const inColumns = widths.every((width) => width <= column - COLUMN_GAP / 2);
  w.reserve(BODY_SIZE * LEADING);
  let x = MARGIN.left;
  row.forEach((field, i) => {
    const label = `${field.label}: `;
    w.text(label, x, w.y, "regular", BODY_SIZE);
    w.text(field.value, x + w.width(label, "regular", BODY_SIZE), w.y, "bold", BODY_SIZE);
    x = inColumns ? MARGIN.left + column * (i + 1) : x + widths[i]! + COLUMN_GAP;
  });
  w.advance(BODY_SIZE);
}

/** Draws the body blocks in order, from the cursor down, breaking pages as needed. */
export function drawBody(w: PageWriter, blocks: DocumentBlock[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        w.y -= BODY_SIZE * 0.3;
        // Keep a heading with at least two lines of what it heads.
        w.reserve(BODY_SIZE * LEADING * 3);
        w.flow([{ text: block.text, face: "bold" }], BODY_SIZE);
        break;
      case "fields":
        for (const row of block.rows) drawRow(w, row);
        break;
      case "paragraph":
        w.y -= BODY_SIZE * 0.2;
        w.flow([{ text: block.text, face: block.style }], BODY_SIZE);
        break;
    }
  }
}
