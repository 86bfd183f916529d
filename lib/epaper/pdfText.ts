/**
 * pdf.js text content → positioned runs for the layout. Kept apart from
 * pdf.js itself (plain objects in, plain objects out) so the same code runs
 * in the reader page and in the tests' Node pdf.js.
 */
import type { PageBox, PageGraphics, TextRun } from "./types";

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

/** The pdf.js operator codes graphicsFromOperatorList needs (pdfjs-dist's OPS; passed in so this file stays pdf.js-free). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  /** Paint ops that stroke a path (a stroked rectangle is a frame of four rules). */
  closeStroke?: number;
  fillStroke?: number;
  closeFillStroke?: number;
}

/**
 * Whether a path is an axis-aligned rectangle (pdf.js path data: DrawOPS
 * codes 0 moveTo, 1 lineTo, 4 closePath with their points): only such a path
 * stroked is a frame; a stroked curve or polygon is artwork.
 */
function rectangleOf(path: ArrayLike<number> | undefined, minMax: ArrayLike<number>): boolean {
  if (!path) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.6;
  let points = 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === 4) continue;
    if (op !== 0 && op !== 1) return false;
    const x = path[i++];
    const y = path[i++];
    if (!(near(x, minMax[0]) || near(x, minMax[2])) || !(near(y, minMax[1]) || near(y, minMax[3]))) return false;
    points++;
  }
  return points >= 4 && points <= 5;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Bounding box of the rectangle [x0, y0, x1, y1] under `m`, top-down (y from the top of a page `pageHeight` high). */
function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number, pageHeight: number): PageBox {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ]) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  const left = Math.min(...xs);
  const top = pageHeight - Math.max(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: pageHeight - Math.min(...ys) - top };
}

/**
 * Pictures and rules of a page from its pdf.js operator list: each image's
 * box (the unit square under the current transform), and each thin stroked or
 * filled path (a line or a hairline rectangle, at least `minRule` long) as a
 * rule. Layout uses them to keep captions and columns apart.
 */
export function graphicsFromOperatorList(
  fnArray: number[],
  argsArray: unknown[],
  ops: PdfOps,
  pageHeight: number,
  minRule = 20,
): PageGraphics {
  const images: PageBox[] = [];
  const rules: PageBox[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) {
      const box = boxOf(ctm, 0, 0, 1, 1, pageHeight);
      if (box.width > 4 && box.height > 4) images.push(box);
    } else if (fn === ops.constructPath && args) {
      // pdf.js 5: [paint op, path data, [minX, minY, maxX, maxY] in user space].
      const minMax = args[2] as ArrayLike<number> | null;
      if (!minMax || !Number.isFinite(minMax[0])) continue;
      const box = boxOf(ctm, minMax[0], minMax[1], minMax[2], minMax[3], pageHeight);
      const thin = Math.min(box.width, box.height);
      const long = Math.max(box.width, box.height);
      if (thin <= 3 && long >= minRule) rules.push(box);
      else if (
        thin >= minRule &&
        [ops.stroke, ops.closeStroke, ops.fillStroke, ops.closeFillStroke].includes(args[0] as number)
      ) {
        const path = (args[1] as ArrayLike<number>[] | null)?.[0];
        if (!rectangleOf(path, minMax)) continue;
        // A box stroked as one rectangle (`re S`): its four sides are rules, as if drawn one by one.
        const { x, y, width: w, height: h } = box;
        rules.push({ x, y, width: w, height: 0.5 }, { x, y: y + h, width: w, height: 0.5 });
        rules.push({ x, y, width: 0.5, height: h }, { x: x + w, y, width: 0.5, height: h });
      }
    }
  }
  return { images, rules };
}
