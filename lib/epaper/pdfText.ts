/**
 * pdf.js text content → positioned runs for the layout. Kept apart from
 * pdf.js itself (plain objects in, plain objects out) so the same code runs
 * in the reader page and in the tests' Node pdf.js.
 */
import type { TextRun } from "./layout";

/** What pdf.js reports per text item (TextItem) or marked-content item (no `str`). */
export interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * Runs in top-down page coordinates. `item` counts only items with a `str`, as
 * pdf.js's TextLayer does when it creates one element per item, so
 * textLayer.textDivs[run.item] is the element showing the run.
 */
export function runsFromTextContent(items: PdfTextItem[], pageHeight: number): TextRun[] {
  const runs: TextRun[] = [];
  let index = 0;
  for (const item of items) {
    if (item.str === undefined) continue;
    const itemIndex = index++;
    if (!item.str || !item.transform) continue;
    const [a, b, , , e, f] = item.transform;
    const fontSize = Math.hypot(a, b);
    runs.push({
      str: item.str,
      x: e,
      y: pageHeight - f - fontSize,
      width: item.width ?? 0,
      height: fontSize,
      fontSize,
      item: itemIndex,
    });
  }
  return runs;
}
