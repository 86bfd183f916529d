/**
 * Seed texts as template articles: paragraphs of a seed page with a heading
 * from it, drawable in the test fonts; and the part of them a flow has set.
 */
import { type Box, cols, type Flow, flow, headline, type Pen } from "./epaperDraw";
import { printable, seeds } from "./epaperPdf";

/** Seed text as drawable: half-width digits kept for the Latin font, else all printable (full-width) in the CJK font. */
function drawable(s: string, half: boolean): string {
  return [...s].map((c) => (half && /[0-9.%]/.test(c) ? c : printable(c))).join("");
}

/**
 * An article's source: paragraphs `from`… of a seed (its blocks over 40
 * characters) and, as headline, the nearest heading-like block before them
 * (cut to `maxHead` characters, to fit the columns it is set over).
 */
export function source(
  seed: number,
  from: number,
  count: number,
  half = false,
  maxHead = 14,
): { head: string; paragraphs: string[] } {
  const blocks = seeds[seed]
    .split(/\n{2,}/)
    .map((b) => drawable(b.replace(/\s+/g, ""), half))
    .filter(Boolean);
  const long = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.length > 40);
  const paragraphs = long.slice(from, from + count).map(([b]) => b);
  if (paragraphs.length < count) throw new Error(`seed ${seed} has no paragraphs ${from}…${from + count - 1}`);
  const heading = blocks
    .slice(0, long[from][1])
    .reverse()
    .find((b) => b.length >= 6 && b.length <= 24 && /^[\u4e00-\u9fff，、：·“”—０-９0-9]+$/.test(b));
  return { head: (heading ?? paragraphs[0].slice(0, 10)).slice(0, maxHead), paragraphs };
}

/** The text actually set: the paragraphs minus what `flow` left over. */
export function setText(paragraphs: string[], rest: Flow): string {
  const done = paragraphs.slice(0, paragraphs.length - rest.paragraphs.length);
  if (rest.cont) done.push(paragraphs[done.length].slice(0, paragraphs[done.length].length - rest.paragraphs[0].length));
  return done.join("\n");
}

/** Boxes down columns i..j from `top` to `bottom`. */
export const down = (i: number, j: number, top: number, bottom: number): Box[] =>
  Array.from({ length: j - i + 1 }, (_, k) => ({ ...cols(i + k), top, bottom }));

/** An article as drawn (epaperTemplates.ts Drawn): main title and the text set. */
/** Set an article: headline stack at its top, body flowed into boxes; returns what was drawn. */
export function article(
  pen: Pen,
  src: { head: string; paragraphs: string[] },
  at: { x: number; top: number },
  boxesFrom: (y: number) => Box[],
  stack: { kicker?: string; sub?: string } = {},
): { headline: string; text: string } {
  const y = headline(pen, { main: src.head, ...stack }, at.x, at.top);
  const rest = flow(pen, { paragraphs: src.paragraphs }, boxesFrom(y));
  return { headline: src.head, text: setText(src.paragraphs, rest) };
}
