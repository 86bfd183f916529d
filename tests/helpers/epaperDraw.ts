/**
 * Drawing primitives for the page templates (epaperTemplates.ts): text flowed
 * into column boxes (so an article can wrap around another, run round a box
 * or stop at `（下转第２版）` and go on elsewhere), headline stacks, vertical
 * headlines, pictures with captions, rules, frames and tables. Coordinates are
 * top-down page points like the layout's. Digits can be set half-width in a
 * Latin font beside the CJK one, as typesetting systems do.
 */
import { readFileSync } from "node:fs";
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from "pdf-lib";
import { fontBytes, fontkitForPdfLib, greyPng } from "./epaperPdf";

export const PAGE_W = 595;
export const PAGE_H = 842;
export const MARGIN = 36;
export const GUTTER = 10;
export const BODY = 9;
export const LEAD = BODY * 1.5;
const LATIN_FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";
const NO_LINE_START = "，。、；：！？）」』》”";

/** x and width of columns i..j (inclusive) of the page's five-column grid. */
export function cols(i: number, j = i): { x: number; width: number } {
  const w = (PAGE_W - 2 * MARGIN - 4 * GUTTER) / 5;
  return { x: MARGIN + i * (w + GUTTER), width: (j - i + 1) * w + (j - i) * GUTTER };
}

export interface Box {
  x: number;
  top: number;
  width: number;
  bottom: number;
}

export interface Pen {
  page: PDFPage;
  font: PDFFont;
  latin: PDFFont;
  photo: PDFImage;
  /** Each character its own text object, lines justified with uneven gaps. */
  typeset: boolean;
  /** Digits (and . %) in the Latin font, half-width. */
  halfWidthDigits: boolean;
}

export async function newDoc(): Promise<{ doc: PDFDocument; font: PDFFont; latin: PDFFont; photo: PDFImage }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const font = await doc.embedFont(fontBytes(), { subset: true });
  const latin = await doc.embedFont(readFileSync(LATIN_FONT), { subset: true });
  return { doc, font, latin, photo: await doc.embedPng(greyPng()) };
}

const isLatin = (pen: Pen, c: string) => pen.halfWidthDigits && /[0-9.%]/.test(c);

/** Text at (x, top) in `size`: Latin digits in the Latin font; returns the x after it. */
export function write(pen: Pen, s: string, x: number, top: number, size: number): number {
  let at = x;
  for (const part of s.match(/[0-9.%]+|[^0-9.%]+/g) ?? []) {
    const font = isLatin(pen, part[0]) ? pen.latin : pen.font;
    pen.page.drawText(part, { x: at, y: PAGE_H - top - size, size, font });
    at += font.widthOfTextAtSize(part, size);
  }
  return at;
}

export function rule(pen: Pen, x0: number, y0: number, x1: number, y1: number) {
  pen.page.drawLine({ start: { x: x0, y: PAGE_H - y0 }, end: { x: x1, y: PAGE_H - y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
}

/** A frame: four lines, or (`asRectangle`) one stroked rectangle (`re S`), as other typesetters draw it. */
export function frame(pen: Pen, b: Box, asRectangle = false) {
  if (asRectangle) {
    const { x, top, width, bottom } = b;
    pen.page.drawRectangle({ x, y: PAGE_H - bottom, width, height: bottom - top, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
    return;
  }
  rule(pen, b.x, b.top, b.x + b.width, b.top);
  rule(pen, b.x, b.bottom, b.x + b.width, b.bottom);
  rule(pen, b.x, b.top, b.x, b.bottom);
  rule(pen, b.x + b.width, b.top, b.x + b.width, b.bottom);
}

/** A headline stack at (x, top): 引题 and 副题 in 12 pt around the 主题; returns the y under it. */
export function headline(pen: Pen, h: { kicker?: string; main: string; sub?: string; size?: number }, x: number, top: number) {
  let y = top;
  if (h.kicker) {
    write(pen, h.kicker, x, y, 12);
    y += 16;
  }
  const size = h.size ?? 18;
  write(pen, h.main, x, y, size);
  y += size + 4;
  if (h.sub) {
    write(pen, h.sub, x, y, 12);
    y += 16;
  }
  return y + 8;
}

/** A vertical headline (竖排): one character per line from (x, top); returns its bottom. */
export function verticalHeadline(pen: Pen, s: string, x: number, top: number, size = 16): number {
  for (const [i, c] of [...s].entries()) write(pen, c, x, top + i * (size + 2), size);
  return top + s.length * (size + 2);
}

/** A picture `height` high across `width`, its caption in 7 pt small type under it; returns the y under both. */
export function picture(pen: Pen, x: number, top: number, width: number, height: number, caption: string): number {
  pen.page.drawImage(pen.photo, { x, y: PAGE_H - top - height, width, height });
  let y = top + height + 3;
  const perLine = Math.floor(width / 7);
  for (let rest = caption; rest; rest = rest.slice(perLine)) {
    write(pen, rest.slice(0, perLine), x, y, 7);
    y += 9.8;
  }
  return y + 8;
}

/** A table: a frame with a rule under each row and between cells; cell text in body type. */
export function table(pen: Pen, x: number, top: number, widths: number[], rows: string[][]): number {
  const h = LEAD + 4;
  const width = widths.reduce((a, b) => a + b, 0);
  rows.forEach((row, r) => {
    let cx = x;
    row.forEach((cell, c) => {
      write(pen, cell, cx + 2, top + r * h + 3, BODY);
      cx += widths[c];
    });
  });
  const bottom = top + rows.length * h;
  for (let r = 0; r <= rows.length; r++) rule(pen, x, top + r * h, x + width, top + r * h);
  let cx = x;
  for (let c = 0; c <= widths.length; c++) {
    rule(pen, cx, top, cx, bottom);
    cx += widths[c] ?? 0;
  }
  return bottom;
}

/** Paragraphs still to set: `cont` when the first one goes on from a line already set (no indent). */
export interface Flow {
  paragraphs: string[];
  cont?: boolean;
}

/**
 * Set paragraphs into the boxes in order (a box full, the next), paragraphs
 * indented two characters; returns what did not fit. `reserve`: lines kept
 * free at the end of the last box (for a `（下转…）` marker).
 */
export function flow(pen: Pen, text: Flow, boxes: Box[], reserve = 0): Flow {
  const paragraphs = [...text.paragraphs];
  let first = !text.cont;
  for (const [b, box] of boxes.entries()) {
    const perLine = Math.floor(box.width / BODY);
    const rows = Math.floor((box.bottom - box.top) / LEAD) - (b === boxes.length - 1 ? reserve : 0);
    for (let row = 0; row < rows && paragraphs.length; row++) {
      const p = paragraphs[0];
      let n = first ? perLine - 2 : perLine;
      if (pen.typeset && n < p.length && NO_LINE_START.includes(p[n])) n--;
      const line = p.slice(0, n);
      const x = box.x + (first ? 2 * BODY : 0);
      const top = box.top + row * LEAD;
      if (pen.typeset && n < p.length) justify(pen, line, x, top, box.x + box.width);
      else write(pen, line, x, top, BODY);
      first = n >= p.length;
      if (first) paragraphs.shift();
      else paragraphs[0] = p.slice(n);
    }
  }
  return { paragraphs, cont: !first };
}

/** A line spread to `right`, each character its own text object, more space after punctuation. */
function justify(pen: Pen, line: string, x: number, top: number, right: number) {
  const chars = [...line];
  const widths = chars.map((c) => (isLatin(pen, c) ? pen.latin : pen.font).widthOfTextAtSize(c, BODY));
  const spare = Math.max(0, right - x - widths.reduce((a, b) => a + b, 0));
  const weights = chars.slice(0, -1).map((c) => (/[，。、；：！？]/.test(c) ? 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let at = x;
  chars.forEach((c, k) => {
    write(pen, c, at, top, BODY);
    at += widths[k] + (k < weights.length ? (spare * weights[k]) / total : 0);
  });
}

/** The marker line `（下转第２版）` set at the right of the box's last row. */
export function marker(pen: Pen, s: string, box: Box) {
  const rows = Math.floor((box.bottom - box.top) / LEAD);
  write(pen, s, box.x + box.width - s.length * BODY, box.top + (rows - 1) * LEAD, BODY);
}
