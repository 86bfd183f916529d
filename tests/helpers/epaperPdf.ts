/**
 * Test PDFs shaped like 科学导报's e-paper pages, made by the tests themselves
 * with pdf-lib and a CJK font from Debian's fonts-droid-fallback package:
 * articles stacked down the page, each a headline across the page and a body
 * set in 2 or 3 columns, paragraphs indented by two characters.
 * And their text read back the way the reader will: pdf.js text content.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import * as fontkit from "fontkit";
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from "pdf-lib";
import type { PageGraphics, TextRun } from "../../lib/epaper/layout";
import { graphicsFromOperatorList, type PdfTextItem, runsFromTextContent } from "../../lib/epaper/pdfText";

export const CJK_FONT = process.env.KXDB_CJK_FONT ?? "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

export function fontBytes(): Buffer {
  if (!existsSync(CJK_FONT)) {
    throw new Error(`No CJK font at ${CJK_FONT}: sudo apt-get install -y fonts-droid-fallback (or set KXDB_CJK_FONT to a .ttf)`);
  }
  return readFileSync(CJK_FONT);
}

let glyphs: fontkit.Font | undefined;

/**
 * Upstream fontkit 2 for pdf-lib's font embedding. The @pdf-lib/fontkit fork
 * writes broken CJK subsets (short-loca offsets: text extracts, most glyphs
 * draw blank); upstream subsets correctly. pdf-lib reads a subset through a
 * Node-style stream, which fontkit 2 replaced by encode(): a tiny adapter.
 */
export const fontkitForPdfLib = {
  create(data: Uint8Array) {
    const font = fontkit.create(Buffer.from(data));
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => {
        const bytes = subset.encode();
        const stream = {
          on(event: string, listener: (chunk?: Uint8Array) => void) {
            if (event === "data") queueMicrotask(() => listener(bytes));
            if (event === "end") queueMicrotask(() => listener());
            return stream;
          },
        };
        return stream;
      };
      return subset;
    };
    return font;
  },
};

/**
 * `s` as the test font can draw it (pdf.js reads a missing glyph back as
 * U+0000): ASCII it lacks (digits, Latin) becomes full-width, as Chinese
 * typesetting often sets it anyway; other missing characters are dropped.
 */
export function printable(s: string): string {
  glyphs ??= fontkit.create(fontBytes());
  const has = (c: string) => glyphs?.hasGlyphForCodePoint(c.codePointAt(0) ?? 0) ?? false;
  return [...s]
    .map((c) => {
      if (has(c)) return c;
      const code = c.charCodeAt(0);
      const wide = code > 0x20 && code < 0x7f ? String.fromCharCode(code + 0xfee0) : "";
      return wide && has(wide) ? wide : "";
    })
    .join("");
}

export interface ArticleSpec {
  headline: string;
  paragraphs: string[];
  columns: 1 | 2 | 3 | 4 | 5;
  /** A photo caption line (`■ 梁栋摄`) set under the body's first column. */
  caption?: string;
  /** A picture across the article's columns under its headline, with a caption in small type under it (wrapped to the picture's width). */
  photo?: { height: number; caption: string };
}

/** A grey PNG, w × h pixels (pdf-lib embeds it as an image XObject, as a typesetter places a photo). */
export function greyPng(w = 8, h = 6): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rows[y * (w + 1) + 1 + x] = 96 + ((x * 17 + y * 31) % 128);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 36;
const GUTTER = 14;
const BODY = 9;
const HEAD = 16;
const LEADING = 1.5;
const CAPTION = 7;
/** Characters a line must not start with (typesetting's 避头尾). */
const NO_LINE_START = "，。、；：！？）」』》”";
const DIGIT = /[0-9０-９．.％%]/;

/** Draw an article in the box starting at (left, top), `width` wide; returns the y under it. */
function drawArticle(
  page: PDFPage,
  font: PDFFont,
  spec: ArticleSpec,
  top: number,
  left: number,
  width: number,
  photo?: PDFImage,
  typeset = false,
): number {
  let y = top;
  page.drawText(spec.headline, { x: left, y: PAGE_H - y - HEAD, size: HEAD, font });
  y += HEAD * 1.8;
  if (spec.photo && photo) {
    page.drawImage(photo, { x: left, y: PAGE_H - y - spec.photo.height, width, height: spec.photo.height });
    y += spec.photo.height + 4;
    const perLine = Math.floor(width / CAPTION);
    for (let rest = spec.photo.caption; rest; rest = rest.slice(perLine)) {
      page.drawText(rest.slice(0, perLine), { x: left, y: PAGE_H - y - CAPTION, size: CAPTION, font });
      y += CAPTION * 1.4;
    }
    y += 8;
  }
  const colW = (width - GUTTER * (spec.columns - 1)) / spec.columns;
  const perLine = Math.floor(colW / BODY);
  // Lines of the body, paragraphs indented by two characters.
  const lines: { text: string; indent: boolean; last: boolean }[] = [];
  for (const p of spec.paragraphs) {
    let rest = p;
    let first = true;
    while (rest) {
      let n = first ? perLine - 2 : perLine;
      // Typesetter mode: no punctuation at the start of a line (避头尾): the line gives up a character and is spread.
      // …and a number is never broken across lines: the line ends before it and is spread all the more.
      if (typeset && n < rest.length) {
        if (NO_LINE_START.includes(rest[n])) n--;
        while (n > 1 && DIGIT.test(rest[n - 1]) && DIGIT.test(rest[n])) n--;
      }
      lines.push({ text: rest.slice(0, n), indent: first, last: n >= rest.length });
      rest = rest.slice(n);
      first = false;
    }
  }
  const perColumn = Math.ceil(lines.length / spec.columns);
  lines.forEach((line, i) => {
    const col = Math.floor(i / perColumn);
    const row = i % perColumn;
    const x = left + col * (colW + GUTTER) + (line.indent ? 2 * BODY : 0);
    const baseline = PAGE_H - (y + row * BODY * LEADING) - BODY;
    if (!typeset) {
      page.drawText(line.text, { x, y: baseline, size: BODY, font });
      return;
    }
    // Each character its own text object; a paragraph's lines but its last justified to the column's width,
    // the spare width shared unevenly (more after punctuation), as typesetting systems write PDFs.
    const chars = [...line.text];
    const spare = line.last ? 0 : left + col * (colW + GUTTER) + colW - x - chars.length * BODY;
    const weights = chars.slice(0, -1).map((c) => (/[，。、；：！？]/.test(c) ? 3 : 1));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    let at = x;
    chars.forEach((c, k) => {
      page.drawText(c, { x: at, y: baseline, size: BODY, font });
      at += BODY + (k < weights.length ? (spare * weights[k]) / total : 0);
    });
  });
  if (spec.caption)
    page.drawText(spec.caption, { x: left, y: PAGE_H - (y + perColumn * BODY * LEADING) - BODY, size: BODY, font });
  return y + (perColumn + (spec.caption ? 1 : 0)) * BODY * LEADING + 18;
}

/**
 * One page holding the given articles, top to bottom; an array is a row of
 * articles side by side (widths by columns). `rules`: a hairline between
 * articles side by side and under each row, as newspapers draw them.
 * `typeset`: the body as typesetting systems write it: each character its own
 * text object, justified lines with uneven spacing, no punctuation at a line start.
 */
export async function makeEpaperPdf(
  articles: (ArticleSpec | ArticleSpec[])[],
  options: { rules?: boolean; typeset?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const font = await doc.embedFont(fontBytes(), { subset: true });
  const photo = articles.flat().some((a) => a.photo) ? await doc.embedPng(greyPng()) : undefined;
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const line = (x0: number, y0: number, x1: number, y1: number) =>
    page.drawLine({ start: { x: x0, y: PAGE_H - y0 }, end: { x: x1, y: PAGE_H - y1 }, thickness: 0.5, color: rgb(0, 0, 0) });
  let top = MARGIN;
  for (const item of articles) {
    const row = Array.isArray(item) ? item : [item];
    const columns = row.reduce((n, a) => n + a.columns, 0);
    const unit = (PAGE_W - 2 * MARGIN - GUTTER * (row.length - 1)) / columns;
    let left = MARGIN;
    let bottom = top;
    const edges: number[] = [];
    for (const a of row) {
      const width = unit * a.columns;
      bottom = Math.max(bottom, drawArticle(page, font, a, top, left, width, photo, options.typeset));
      left += width + GUTTER;
      edges.push(left - GUTTER / 2);
    }
    if (options.rules) {
      for (const x of edges.slice(0, -1)) line(x, top, x, bottom - 10);
      line(MARGIN, bottom - 9, PAGE_W - MARGIN, bottom - 9);
    }
    top = bottom;
  }
  return doc.save();
}

/** Text runs of page 1 as pdf.js reports them, in our top-down coordinates. */
export async function extractRuns(pdf: Uint8Array): Promise<TextRun[]> {
  return (await extractPage(pdf)).runs;
}

/** Text runs and graphics (pictures, rules) of page 1, as the reader reads them. */
export async function extractPage(pdf: Uint8Array): Promise<{ runs: TextRun[]; graphics: PageGraphics }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const { height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs = runsFromTextContent(content.items as PdfTextItem[], height);
  const list = await page.getOperatorList();
  const graphics = graphicsFromOperatorList(list.fnArray, list.argsArray, pdfjs.OPS, height);
  await doc.destroy();
  return { runs, graphics };
}

const seedsDir = resolve(process.env.KXDB_SHARED ?? "../shared", "seeds");
/** The five seed pages' texts, as extracted from the newspaper's PDFs. */
export const seeds = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));

/**
 * An article made of a seed page's text: a heading (the first short block after
 * `skip` blocks) and the next `paragraphs` body blocks, PDF line breaks removed
 * as a typesetter would, characters the test font lacks dropped.
 */
export function articleFrom(seed: string, paragraphs: number, columns: ArticleSpec["columns"], skip = 0): ArticleSpec {
  const blocks = seed
    .split(/\n{2,}/)
    .map((b) => printable(b.replace(/\s+/g, "")))
    .filter(Boolean)
    .slice(skip);
  const headline = blocks.find((b) => b.length >= 6 && b.length <= 24) ?? "无题";
  const body = blocks.filter((b) => b.length > 40).slice(0, paragraphs);
  return { headline, paragraphs: body, columns };
}
