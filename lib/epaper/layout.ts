/**
 * Reading a newspaper page from its PDF text: pdf.js gives positioned text
 * runs in drawing order; a reader needs articles in reading order. Headlines
 * are runs set clearly larger than the body; each headline opens a region of
 * the page (side-by-side headlines split a band), read column by column (columns are
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
  /** "" for an article continued from another page (body above the first headline). */
  headline: string;
  /** `科学导报讯 记者王波` when the body starts with one ("" otherwise); it stays in `text`. */
  byline: string;
  /** Photo captions and credits found in the article's area, left out of `text`. */
  captions: string[];
  /** Not an article: too little text, or none in sentences (a masthead, an ad, a headline over a picture). */
  minor: boolean;
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
): { text: string; ordered: TextRun[]; starts: number[]; startsIndented: boolean; captions: string[] } {
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
  const captions: string[] = [];
  let startsIndented = false;
  let first = true;
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    const lineText = line.map((r) => r.str).join("");
    if (isCaption(lineText)) {
      captions.push(lineText.trim());
      continue;
    }
    const indented = line[0].x - x0 > size * 1.2;
    if (first) startsIndented = indented;
    first = false;
    if (indented && text) text += "\n";
    for (const r of line) {
      starts.push(text.length);
      text += r.str;
      ordered.push(r);
    }
  }
  return { text, ordered, starts, startsIndented, captions };
}

interface Headline {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Top of its last line: a run on that line continues it. */
  lineTop: number;
  text: string;
}

/** Headline runs → headlines: runs on one line close together, or a line right under a headline and overlapping it. */
function groupHeadlines(runs: TextRun[]): Headline[] {
  const heads: Headline[] = [];
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const sameLine = heads.find(
      (h) => Math.abs(h.lineTop - r.y) < r.fontSize * 0.5 && r.x - h.right < r.fontSize * 2 && r.x >= h.left,
    );
    const nextLine = heads.find(
      (h) => r.y > h.lineTop && r.y - h.bottom < r.fontSize * 0.6 && r.x < h.right && r.x + r.width > h.left,
    );
    const h = sameLine ?? nextLine;
    if (h) {
      h.text += r.str;
      h.right = Math.max(h.right, r.x + r.width);
      h.left = Math.min(h.left, r.x);
      h.bottom = Math.max(h.bottom, r.y + r.height);
      if (!sameLine) h.lineTop = r.y;
    } else heads.push({ top: r.y, bottom: r.y + r.height, left: r.x, right: r.x + r.width, lineTop: r.y, text: r.str });
  }
  return heads;
}

/** A dateline/byline at the start of an article: `科学导报讯 记者王波`, `本报讯（通讯员 李娜）`. */
const BYLINE =
  /^\s*((?:科学导报讯|本报讯)\s*(?:[（(]?\s*(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4})*\s*[）)]?(?=\s))?)/;

export function bylineOf(text: string): string {
  return BYLINE.exec(text)?.[1].trim() ?? "";
}

/** Too little text, or no sentence punctuation: a masthead (`第15期 总第4374期 2025年5月16日 星期五`), an ad, a picture's headline. */
export function isMinor(text: string): boolean {
  const squashed = text.replace(/\s+/g, "");
  return squashed.length < 40 || !/[。！？；，]/.test(squashed);
}

/** A photo caption or credit line (`■ 梁栋摄`, `资料图`): shown apart, not part of the article's text. */
export function isCaption(line: string): boolean {
  const s = line.trim();
  return /^[■□▲△●◆◇]/.test(s) || (s.length <= 14 && /(摄|供图|资料图)$/.test(s));
}

/**
 * Split a page into articles in reading order. Headlines are runs set clearly
 * larger than the body; headlines at one height side by side split that band
 * of the page into regions (each from its headline's left edge to the next
 * headline's); a region's body is read column by column. Body text above the
 * first headline is an article continued from elsewhere (no headline).
 */
export function splitArticles(runs: TextRun[]): EpaperArticle[] {
  const visible = runs.filter((r) => r.str.trim());
  if (!visible.length) return [];
  const size = bodyFontSize(visible);
  const isHeadline = (r: TextRun) => r.fontSize >= size * HEADLINE_RATIO;
  const heads = groupHeadlines(visible.filter(isHeadline));
  const body = visible.filter((r) => !isHeadline(r));

  // Bands: headlines starting at about the same height, left to right.
  const bands: Headline[][] = [];
  for (const h of [...heads].sort((a, b) => a.top - b.top)) {
    const band = bands[bands.length - 1];
    if (band && Math.abs(band[0].top - h.top) < size) band.push(h);
    else bands.push([h]);
  }
  for (const band of bands) band.sort((a, b) => a.left - b.left);
  const firstTop = bands[0]?.[0].top ?? Infinity;
  const regions: { head: Headline | null; top: number; bottom: number; left: number; right: number }[] = [];
  if (body.some((r) => r.y < firstTop))
    regions.push({ head: null, top: -Infinity, bottom: firstTop, left: -Infinity, right: Infinity });
  bands.forEach((band, i) => {
    const top = Math.min(...band.map((h) => h.top));
    const bottom = bands[i + 1] ? Math.min(...bands[i + 1].map((h) => h.top)) : Infinity;
    band.forEach((h, k) => {
      regions.push({
        head: h,
        top,
        bottom,
        left: k === 0 ? -Infinity : h.left - size,
        right: band[k + 1] ? band[k + 1].left - size : Infinity,
      });
    });
  });

  const articles: EpaperArticle[] = [];
  for (const region of regions) {
    const inRegion = body.filter((r) => {
      const center = r.x + r.width / 2;
      return r.y >= region.top && r.y < region.bottom && center >= region.left && center < region.right;
    });
    if (!inRegion.length && !region.head) continue;
    const columns = findColumns(inRegion, size * 0.8);
    let text = "";
    const ordered: TextRun[] = [];
    const runStarts: number[] = [];
    const captions: string[] = [];
    for (const [x0, x1] of columns) {
      const col = columnText(
        inRegion.filter((r) => r.x >= x0 && r.x < x1),
        x0,
        size,
      );
      captions.push(...col.captions);
      if (!col.text) continue;
      // A paragraph that starts at the top of a column.
      if (col.startsIndented && text) text += "\n";
      for (const start of col.starts) runStarts.push(text.length + start);
      text += col.text;
      ordered.push(...col.ordered);
    }
    articles.push({
      headline: region.head?.text.trim() ?? "",
      byline: bylineOf(text),
      captions,
      minor: isMinor(text),
      text,
      runs: ordered,
      runStarts,
      top: region.head ? region.head.top : (inRegion[0]?.y ?? 0),
      columns: columns.length,
    });
  }
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
