/**
 * Reading a newspaper page from its PDF text: pdf.js gives positioned text
 * runs in drawing order; a reader needs articles in reading order. The page is
 * made up of modules, as newspapers are: each headline (headlines.ts) heads
 * the body below it (beside it, for a vertical one) as far across as it
 * reaches; a body line belongs to the nearest headline above it that reaches
 * over it, so an article may be L-shaped around another. Frames of rules
 * (frames.ts) are modules of their own (a boxed sidebar) or tables, set aside.
 * An article's body is read column by column (columns.ts), top to bottom;
 * small type under or beside a picture is its caption (pictures.ts).
 * Pure: works on plain numbers, so it runs in tests and in the reader page.
 */
import { bodyFontSize, columnOf, columnText, findColumns, joinSlivers, linesText } from "./columns";
import { findFrames, frameAt } from "./frames";
import { groupHeadlines, type Headline, headlineParts, headlineReach } from "./headlines";
import { pictureCaptions } from "./pictures";
import { bylineOf, isMinor, splitAtGaps } from "./text";
import type { EpaperArticle, PageGraphics, TextRun } from "./types";

export { bodyFontSize, findColumns } from "./columns";
export { offsetOfItem, textBoxes } from "./offsets";
export { pictureCaptions } from "./pictures";
export { bylineOf, isCaption, isMinor, splitAtGaps } from "./text";
export type { EpaperArticle, PageBox, PageGraphics, TextRun } from "./types";

/** Type this much larger than the body is a headline's (a 引题 or 副题 is often only a size or two up). */
const HEADLINE_RATIO = 1.2;

/** One article being gathered: its headline (none for a continued or unheaded module) and what belongs to it. */
interface Module {
  head: Headline | null;
  frame: number;
  runs: TextRun[];
  captions: string[];
}

/**
 * Split a page into articles in reading order: modules top to bottom (side by
 * side ones left to right), a table after the text around it. Body text no
 * headline reaches (above the first one: an article continued from elsewhere;
 * inside a frame without a headline: a sidebar) is an article without one.
 */
export function splitArticles(runs: TextRun[], graphics: PageGraphics = { images: [], rules: [] }): EpaperArticle[] {
  const visible = runs.flatMap(splitAtGaps).filter((r) => r.str.trim());
  if (!visible.length) return [];
  const size = bodyFontSize(visible);
  const verticalRules = graphics.rules.filter((r) => r.height >= size * 3 && r.width <= 3);
  const frames = findFrames(graphics.rules, size * 3);
  const centre = (r: TextRun) => frameAt(frames, r.x + r.width / 2, r.y + r.height / 2);
  const tables = new Map<number, TextRun[]>();
  const text: TextRun[] = [];
  for (const r of visible) {
    const f = centre(r);
    if (f >= 0 && frames[f].table) tables.set(f, [...(tables.get(f) ?? []), r]);
    else text.push(r);
  }

  const isHeadline = (r: TextRun) => r.fontSize >= size * HEADLINE_RATIO;
  const notHeadline = text.filter((r) => !isHeadline(r));
  const captionsOf = pictureCaptions(notHeadline, graphics.images, size);
  const captionRuns = new Set([...captionsOf.values()].flat());
  const body = notHeadline.filter((r) => !captionRuns.has(r));
  const heads = groupHeadlines(text.filter(isHeadline));
  headlineReach(heads, verticalRules, body, size);

  const modules: Module[] = heads.map((head) => ({
    head,
    frame: frameAt(frames, (head.left + head.right) / 2, (head.top + head.bottom) / 2),
    runs: [],
    captions: [],
  }));
  const headless = new Map<number, Module>();
  /** The module of a point: the nearest headline above it (in its frame) reaching over it, else its frame's unheaded one. */
  const moduleAt = (x: number, y: number): Module => {
    const frame = frameAt(frames, x, y);
    let best: Module | null = null;
    for (const m of modules) {
      const h = m.head as Headline;
      if (m.frame !== frame || x < h.x0 || x >= h.x1 || h.top - size * 0.5 > y) continue;
      if (!best || h.top > (best.head as Headline).top) best = m;
    }
    if (best) return best;
    const found = headless.get(frame);
    if (found) return found;
    const m: Module = { head: null, frame, runs: [], captions: [] };
    headless.set(frame, m);
    return m;
  };
  for (const r of body) moduleAt(r.x + r.width / 2, r.y + r.height / 2).runs.push(r);
  // A picture's caption belongs to the module the picture is in.
  for (const [i, group] of captionsOf) {
    const img = graphics.images[i];
    moduleAt(img.x + img.width / 2, img.y + img.height / 2).captions.push(linesText(group, size));
  }

  const all = [...headless.values(), ...modules].filter((m) => m.head || m.runs.length);
  const articles = all.map((m) => readModule(m, verticalRules, size));
  for (const tableRuns of tables.values()) {
    const body = linesText(tableRuns, size);
    articles.push({
      headline: "",
      byline: "",
      captions: [],
      minor: true,
      table: true,
      text: body,
      runs: [],
      runStarts: [],
      top: Math.min(...tableRuns.map((r) => r.y)),
      columns: 0,
    });
  }
  return inReadingOrder(articles, size);
}

/** Articles by their tops; tops within a line of each other are side by side, read left to right. */
function inReadingOrder(articles: EpaperArticle[], size: number): EpaperArticle[] {
  const left = (a: EpaperArticle) => Math.min(...a.runs.map((r) => r.x), Infinity);
  const sorted = articles.map((a) => ({ a, top: a.top, left: left(a) })).sort((p, q) => p.top - q.top);
  let band = 0;
  const keyed = sorted.map((s, i) => {
    if (i > 0 && s.top - sorted[i - 1].top >= size) band++;
    return { ...s, band };
  });
  return keyed.sort((p, q) => p.band - q.band || p.left - q.left).map((k) => k.a);
}

/** A module's body read column by column, with its headline's parts, captions and continuation markers. */
function readModule(
  m: Module,
  verticalRules: { x: number; y: number; width: number; height: number }[],
  size: number,
): EpaperArticle {
  // Columns from the body-size lines only: a line in other type across columns (a caption, a note) joins none.
  const bodySize = m.runs.filter((r) => Math.abs(r.fontSize - size) <= size * 0.12);
  const top = Math.min(...m.runs.map((r) => r.y));
  const bottom = Math.max(...m.runs.map((r) => r.y + r.height));
  const barriers = verticalRules.filter((r) => r.y < bottom && r.y + r.height > top).map((r) => r.x + r.width / 2);
  const columns = joinSlivers(findColumns(bodySize.length ? bodySize : m.runs, size * 0.8, barriers), size, barriers);
  const byColumn = columns.map(() => [] as TextRun[]);
  for (const r of m.runs) byColumn[columnOf(r, columns)]?.push(r);
  let text = "";
  const ordered: TextRun[] = [];
  const runStarts: number[] = [];
  const captions = [...m.captions];
  const markers = [];
  for (const [c, [x0]] of columns.entries()) {
    const col = columnText(byColumn[c], x0, size);
    captions.push(...col.captions);
    markers.push(...col.markers);
    if (!col.text) continue;
    // A paragraph that starts at the top of a column.
    if (col.startsIndented && text) text += "\n";
    for (const start of col.starts) runStarts.push(text.length + start);
    text += col.text;
    ordered.push(...col.ordered);
  }
  const parts = m.head ? headlineParts(m.head) : { kicker: "", headline: "", subtitle: "", runs: [], runStarts: [] };
  const on = markers.filter((k) => k.kind === "on").pop();
  const from = markers.find((k) => k.kind === "from");
  return {
    headline: parts.headline,
    ...(parts.kicker ? { kicker: parts.kicker } : {}),
    ...(parts.subtitle ? { subtitle: parts.subtitle } : {}),
    ...(parts.runs.length ? { headRuns: parts.runs, headRunStarts: parts.runStarts } : {}),
    byline: bylineOf(text),
    captions,
    minor: isMinor(text),
    ...(on && Number.isFinite(on.page) ? { continuesOn: on.page } : {}),
    ...(from && Number.isFinite(from.page) ? { continuedFrom: from.page } : {}),
    text,
    runs: ordered,
    runStarts,
    top: m.head ? m.head.top : top,
    columns: columns.length,
  };
}
