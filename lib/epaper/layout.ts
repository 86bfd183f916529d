/**
 * Reading a newspaper page from its PDF text: pdf.js gives positioned text
 * runs in drawing order; a reader needs articles in reading order. Headlines
 * are runs set clearly larger than the body; each headline opens a region of
 * the page (side-by-side headlines split a band), read column by column (columns are
 * found per region from the gaps in the body-size text's horizontal coverage,
 * never across a vertical rule), top to bottom. Small type under or beside a
 * picture is the picture's caption, kept out of the text. Pictures and rules
 * come from the page's drawing (pdfText.ts graphicsFromOperatorList).
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
  /** Where `str` starts in that item's text (a run split at a gap pdf.js filled with a space); 0 if absent. */
  offset?: number;
}

/** A box on the page, top-down page coordinates like TextRun. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is drawn on the page besides text: pictures and rules (lines), from pdf.js's operator list (pdfText.ts). */
export interface PageGraphics {
  images: PageBox[];
  rules: PageBox[];
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

/**
 * Column intervals [x0, x1) of body runs: coverage on the x axis, split where
 * gaps are wider than `minGap`. `barriers` are x positions of vertical rules:
 * a column never extends across one (a run crossing a rule is not column text
 * and adds no coverage).
 */
export function findColumns(runs: TextRun[], minGap: number, barriers: number[] = []): [number, number][] {
  const spans = runs
    .map((r) => [r.x, r.x + r.width] as [number, number])
    .filter(([a, b]) => !barriers.some((x) => x > a + 1 && x < b - 1))
    .sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = columns[columns.length - 1];
    if (last && a <= last[1] + minGap && !barriers.some((x) => x >= last[1] - 1 && x <= a + 1)) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns;
}

/** The column a run belongs to: the one it overlaps most, else the nearest. */
function columnOf(r: TextRun, columns: [number, number][]): number {
  let best = 0;
  let score = -Infinity;
  columns.forEach(([x0, x1], i) => {
    const overlap = Math.min(x1, r.x + r.width) - Math.max(x0, r.x);
    if (overlap > score) {
      score = overlap;
      best = i;
    }
  });
  return best;
}

const overlapsX = (r: PageBox, b: PageBox) => r.x < b.x + b.width && r.x + r.width > b.x;

/** Runs grouped into lines, top to bottom, each left to right: a run within half a line of a line's first run is on it. */
function groupLines(runs: TextRun[], size: number): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - r.y) < size * 0.5) line.push(r);
    else lines.push([r]);
  }
  return lines;
}

/** Runs of a run set as lines (top to bottom, each left to right) joined into one string. */
function linesText(runs: TextRun[], size: number): string {
  const lines = groupLines(runs, size);
  return lines
    .map((l) =>
      l
        .sort((a, b) => a.x - b.x)
        .map((r) => r.str)
        .join(""),
    )
    .join("")
    .trim();
}

/**
 * Picture captions: text set smaller than the body directly under a picture
 * (or beside it, level with it), and the small-type lines that continue it.
 * Each picture's caption runs, by picture index.
 */
export function pictureCaptions(runs: TextRun[], images: PageBox[], size: number): Map<number, TextRun[]> {
  const small = (r: TextRun) => r.fontSize < size * 0.92;
  const taken = new Set<TextRun>();
  const found = new Map<number, TextRun[]>();
  images.forEach((img, i) => {
    const bottom = img.y + img.height;
    const right = img.x + img.width;
    const under = (r: TextRun) => r.y >= bottom - size * 0.5 && r.y <= bottom + size * 2 && overlapsX(r, img);
    const beside = (r: TextRun) =>
      r.y >= img.y - size * 0.5 &&
      r.y < bottom &&
      ((r.x >= right - 1 && r.x <= right + size * 2) || (r.x + r.width <= img.x + 1 && r.x + r.width >= img.x - size * 2));
    const group = runs.filter((r) => small(r) && !taken.has(r) && (under(r) || beside(r)));
    if (!group.length) return;
    // Lines that continue the caption: small type on the same line or the next, over the same stretch.
    for (let grew = true; grew; ) {
      grew = false;
      const left = Math.min(...group.map((r) => r.x));
      const width = Math.max(...group.map((r) => r.x + r.width)) - left;
      const lastTop = Math.max(...group.map((r) => r.y));
      for (const r of runs) {
        if (!small(r) || taken.has(r) || group.includes(r)) continue;
        const sameOrNext = r.y >= lastTop - r.height * 0.5 && r.y <= lastTop + r.height * 2.2;
        if (sameOrNext && overlapsX(r, { x: left - size * 2, y: 0, width: width + size * 4, height: 0 })) {
          group.push(r);
          grew = true;
        }
      }
    }
    for (const r of group) taken.add(r);
    found.set(i, group);
  });
  return found;
}

/** Runs of one column as text: runs on one line joined left to right, a new paragraph where a line is indented. */
function columnText(
  runs: TextRun[],
  x0: number,
  size: number,
): { text: string; ordered: TextRun[]; starts: number[]; startsIndented: boolean; captions: string[] } {
  const lines = groupLines(runs, size);
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

/** Chinese characters, full-width forms and CJK punctuation: no space belongs between two of them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’…—·]/;

/**
 * A run without the spaces pdf.js puts into CJK text: typesetting systems
 * justify lines by spreading the characters, and pdf.js turns a wide gap
 * into " ", so `谷地， 山西省` would reach the recognizer with a space inside
 * a name. Whitespace next to a CJK character is dropped (the run is split
 * there; each piece keeps its item and its offset in it); spaces between
 * Latin words stay, and so does the space after a leading byline
 * (`科学导报讯 记者王波 …`), which marks where the reporter's name ends.
 */
export function splitAtGaps(r: TextRun): TextRun[] {
  const s = r.str;
  if (!/\s/.test(s)) return [r];
  const byline = BYLINE.exec(s);
  const keepBefore = byline?.[1] ? byline[0].length + 1 : 0;
  const pieces: TextRun[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push({
      ...r,
      str: s.slice(from, to),
      x: r.x + (r.width * from) / s.length,
      width: (r.width * (to - from)) / s.length,
      offset: (r.offset ?? 0) + from,
    });
  };
  for (const m of s.matchAll(/\s+/g)) {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (a < keepBefore) continue;
    const before = s[a - 1] ?? "";
    const after = s[b] ?? "";
    if (CJK.test(before) || CJK.test(after)) {
      push(start, a);
      start = b;
    }
  }
  if (start === 0) return [r];
  push(start, s.length);
  return pieces;
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
export function splitArticles(runs: TextRun[], graphics: PageGraphics = { images: [], rules: [] }): EpaperArticle[] {
  const visible = runs.flatMap(splitAtGaps).filter((r) => r.str.trim());
  if (!visible.length) return [];
  const size = bodyFontSize(visible);
  const isHeadline = (r: TextRun) => r.fontSize >= size * HEADLINE_RATIO;
  const heads = groupHeadlines(visible.filter(isHeadline));
  const notHeadline = visible.filter((r) => !isHeadline(r));
  const captionsOf = pictureCaptions(notHeadline, graphics.images, size);
  const captionRuns = new Set([...captionsOf.values()].flat());
  const body = notHeadline.filter((r) => !captionRuns.has(r));
  // Vertical rules (column rules, frames of a box) separate columns.
  const verticalRules = graphics.rules.filter((r) => r.height >= size * 3 && r.width <= 3);

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

  const inside = (region: (typeof regions)[number], x: number, y: number) =>
    y >= region.top && y < region.bottom && x >= region.left && x < region.right;
  // A picture's caption belongs to the region the picture is in (else the one its first line is in).
  const regionCaptions = regions.map(() => [] as string[]);
  for (const [i, group] of captionsOf) {
    const img = graphics.images[i];
    let k = regions.findIndex((g) => inside(g, img.x + img.width / 2, img.y + img.height / 2));
    if (k < 0) k = regions.findIndex((g) => inside(g, group[0].x + group[0].width / 2, group[0].y));
    if (k >= 0) regionCaptions[k].push(linesText(group, size));
  }

  const articles: EpaperArticle[] = [];
  for (const [k, region] of regions.entries()) {
    const inRegion = body.filter((r) => inside(region, r.x + r.width / 2, r.y));
    if (!inRegion.length && !region.head) continue;
    // Columns from the body-size lines only: a line in other type across columns (a caption, a note) joins none.
    const bodySize = inRegion.filter((r) => Math.abs(r.fontSize - size) <= size * 0.12);
    const top = Math.min(...inRegion.map((r) => r.y));
    const bottom = Math.max(...inRegion.map((r) => r.y + r.height));
    const barriers = verticalRules.filter((r) => r.y < bottom && r.y + r.height > top).map((r) => r.x + r.width / 2);
    const columns = findColumns(bodySize.length ? bodySize : inRegion, size * 0.8, barriers);
    const byColumn = columns.map(() => [] as TextRun[]);
    for (const r of inRegion) byColumn[columnOf(r, columns)]?.push(r);
    let text = "";
    const ordered: TextRun[] = [];
    const runStarts: number[] = [];
    const captions: string[] = [...regionCaptions[k]];
    for (const [c, [x0]] of columns.entries()) {
      const col = columnText(byColumn[c], x0, size);
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
    // The run of that item holding the character: the piece starting last at or before it (else the first piece).
    let i = -1;
    for (const [k, r] of article.runs.entries()) {
      if (r.item !== item) continue;
      const at = r.offset ?? 0;
      const best = i < 0 ? Infinity : (article.runs[i].offset ?? 0);
      if (i < 0 || (at <= charInItem && (best > charInItem || at > best)) || (best > charInItem && at < best)) i = k;
    }
    if (i >= 0) {
      const run = article.runs[i];
      const inRun = Math.max(0, charInItem - (run.offset ?? 0));
      return { article: a, offset: article.runStarts[i] + Math.min(inRun, run.str.length) };
    }
  }
  return null;
}
