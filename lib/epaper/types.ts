/** The e-paper layout's plain data: what pdf.js gives (runs, graphics) and what the layout makes of it (articles). */

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
  /** The main title (主题); "" for an article continued from another page with no headline over it. */
  headline: string;
  /** 引题 (the smaller line over the main title) and 副题 (under it), "" when the headline has none. */
  kicker?: string;
  subtitle?: string;
  /** The main title's runs and where each starts in `headline` (the reader highlights its names through them). */
  headRuns?: TextRun[];
  headRunStarts?: number[];
  /** `科学导报讯 记者王波` when the body starts with one ("" otherwise); it stays in `text`. */
  byline: string;
  /** Photo captions and credits found in the article's area, left out of `text`. */
  captions: string[];
  /** Not an article: too little text, or none in sentences (a masthead, an ad, a table, a headline over a picture). */
  minor: boolean;
  /** Set aside as a table (a grid of rules): its cells' text, not read as an article. */
  table?: boolean;
  /** `（下转第2版）` at its end: the 版 number it continues on (the marker is left out of `text`). */
  continuesOn?: number;
  /** `（上接第1版）` at its start: the 版 number it is continued from (left out of `text`). */
  continuedFrom?: number;
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

export const overlapsX = (r: PageBox, b: PageBox) => r.x < b.x + b.width && r.x + r.width > b.x;

export const inBox = (b: PageBox, x: number, y: number, slack = 0) =>
  x >= b.x - slack && x <= b.x + b.width + slack && y >= b.y - slack && y <= b.y + b.height + slack;
