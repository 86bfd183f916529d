/**
 * Reading a newspaper page from its PDF text: pdf.js gives positioned text
 * runs in drawing order; a reader needs articles in reading order. Headlines
 * are runs set clearly larger than the body; each headline opens a band of
 * the page, and within a band the body is read column by column (columns are
 * found from the gaps in the body text's horizontal coverage), top to bottom.
 * Pure: works on plain numbers, so it runs in tests and in the reader page.
 */

/** One positioned run of text, in page coordinates with y growing downwards (top of the run). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** Index of the pdf.js text item (and text-layer element) this run came from. */
  item?: number;
}

export interface EpaperArticle {
  headline: string;
  /** The body in reading order: lines of a column joined, paragraphs separated by "\n". */
  text: string;
  /** The runs of the body, in reading order (the reader highlights through them). */
  runs: TextRun[];
  /** runStarts[i]: offset in `text` where runs[i]'s text begins. */
  runStarts: number[];
  /** Top of the headline (or of the body for a page that starts mid-article). */
  top: number;
  columns: number;
}

const HEADLINE_RATIO = 1.35;

/** Body font size: the size most characters are set in. */
export function bodyFontSize(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const size = Math.round(r.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + r.str.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}

/** Column intervals [x0, x1) of body runs: coverage on the x axis, split where gaps are wider than `minGap`. */
export function findColumns(runs: TextRun[], minGap: number): [number, number][] {
  const spans = runs.map((r) => [r.x, r.x + r.width] as [number, number]).sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = columns[columns.length - 1];
    if (last && a <= last[1] + minGap) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns;
}

/** Runs of one column as text: runs on one line joined left to right, a new paragraph where a line is indented. */
function columnText(
  runs: TextRun[],
  x0: number,
  size: number,
): { text: string; ordered: TextRun[]; starts: number[]; startsIndented: boolean } {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - r.y) < size * 0.5) line.push(r);
    else lines.push([r]);
  }
  let text = "";
  const ordered: TextRun[] = [];
  const starts: number[] = [];
  let startsIndented = false;
  for (const [i, line] of lines.entries()) {
    line.sort((a, b) => a.x - b.x);
    const indented = line[0].x - x0 > size * 1.2;
    if (i === 0) startsIndented = indented;
    if (indented && text) text += "\n";
    for (const r of line) {
      starts.push(text.length);
      text += r.str;
      ordered.push(r);
    }
  }
  return { text, ordered, starts, startsIndented };
}

/** Split a page into articles in reading order. */
export function splitArticles(runs: TextRun[]): EpaperArticle[] {
  const visible = runs.filter((r) => r.str.trim());
  if (!visible.length) return [];
  const size = bodyFontSize(visible);
  const isHeadline = (r: TextRun) => r.fontSize >= size * HEADLINE_RATIO;
  // Headline runs on the same line make one headline.
  const heads: { top: number; bottom: number; text: string }[] = [];
  for (const r of visible.filter(isHeadline).sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = heads[heads.length - 1];
    if (last && Math.abs(last.top - r.y) < r.fontSize * 0.5) {
      last.text += r.str;
      last.bottom = Math.max(last.bottom, r.y + r.height);
    } else if (last && r.y - last.bottom < r.fontSize * 0.6) {
      last.text += r.str; // a headline set on two lines
      last.bottom = r.y + r.height;
    } else heads.push({ top: r.y, bottom: r.y + r.height, text: r.str });
  }
  const body = visible.filter((r) => !isHeadline(r));
  const bands =
    heads.length && body.some((r) => r.y < heads[0].top) ? [{ top: -Infinity, bottom: -Infinity, text: "" }, ...heads] : heads;
  if (!bands.length) bands.push({ top: -Infinity, bottom: -Infinity, text: "" });
  const articles: EpaperArticle[] = [];
  bands.forEach((h, i) => {
    const next = bands[i + 1]?.top ?? Infinity;
    const inBand = body.filter((r) => r.y >= h.top && r.y < next);
    if (!inBand.length && !h.text) return;
    const columns = findColumns(inBand, size * 0.8);
    let text = "";
    const ordered: TextRun[] = [];
    const runStarts: number[] = [];
    for (const [x0, x1] of columns) {
      const col = columnText(
        inBand.filter((r) => r.x >= x0 && r.x < x1),
        x0,
        size,
      );
      // A paragraph that starts at the top of a column.
      if (col.startsIndented && text) text += "\n";
      for (const start of col.starts) runStarts.push(text.length + start);
      text += col.text;
      ordered.push(...col.ordered);
    }
    articles.push({
      headline: h.text.trim(),
      text,
      runs: ordered,
      runStarts,
      top: Number.isFinite(h.top) ? h.top : (inBand[0]?.y ?? 0),
      columns: columns.length,
    });
  });
  return articles;
}

/** Where in the page a stretch [start, end) of an article's text is: one box per run it touches, in page units. */
export function textBoxes(
  article: EpaperArticle,
  start: number,
  end: number,
): { x: number; y: number; width: number; height: number }[] {
  const boxes = [];
  for (const [i, run] of article.runs.entries()) {
    const runStart = article.runStarts[i];
    const runEnd = runStart + run.str.length;
    if (runEnd <= start || runStart >= end || !run.str.length) continue;
    // Characters of a CJK run are set at one width: the share of the run's width is the share of its characters.
    const from = Math.max(start, runStart) - runStart;
    const to = Math.min(end, runEnd) - runStart;
    const perChar = run.width / run.str.length;
    boxes.push({ x: run.x + from * perChar, y: run.y, width: (to - from) * perChar, height: run.height });
  }
  return boxes;
}

/** The article and text offset of a character of a text item (a text-layer element), or null. */
export function offsetOfItem(
  articles: EpaperArticle[],
  item: number,
  charInItem: number,
): { article: number; offset: number } | null {
  for (const [a, article] of articles.entries()) {
    const i = article.runs.findIndex((r) => r.item === item);
    if (i >= 0) return { article: a, offset: article.runStarts[i] + Math.min(charInItem, article.runs[i].str.length) };
  }
  return null;
}
