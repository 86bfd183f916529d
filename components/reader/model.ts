/**
 * What the reader holds about an issue: its page PDFs read into sheets of
 * articles, each article with its source (for citing) and its mentions. Kept
 * immutable: a change (the issue number found, a correction) makes new
 * objects, so Preact sees it and nothing already recorded changes under it.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import type { EpaperArticle } from "@/lib/epaper/layout";
import type { PageText } from "@/lib/epaper/pageText";
import { t } from "@/lib/i18n";
import type { ArticleSource } from "@/lib/model/reading";
import type { EntityType, Mention } from "@/lib/ner/types";
import { requestAnnotation } from "@/lib/platform/messaging";

export const PAPER = "科学导报";

/** pdf.js, as the reader page wires it (entrypoints/reader/pdf.ts). */
export interface PdfApi {
  fetchPdf(url: string): Promise<ArrayBuffer>;
  openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy>;
  readPage(page: PDFPageProxy): Promise<PageText>;
  drawPage(page: PDFPageProxy, canvas: HTMLCanvasElement, textLayer: HTMLElement, scale: number): Promise<void>;
}

/** An article as one reads it on a page: a part of it (most often the whole) is on this page. */
export interface ReaderArticle {
  index: number;
  /** What of it is on this page. */
  epaper: EpaperArticle;
  title: string;
  /** The whole article's source: the one it is recorded and cited under. */
  meta: ArticleSource;
  /** This part's mentions, in `epaper.text`'s offsets (the page's boxes). */
  mentions: Mention[];
  /** The headline's mentions, in `epaper.headline`'s offsets, on the part the headline is over (else none). */
  headMentions: Mention[];
  whole: WholeArticle;
}

/** Where a part of an article is: its sheet and place there, and where its text starts in the whole. */
export interface PartRef {
  sheet: string;
  index: number;
  offset: number;
  label: string;
}

/**
 * The article the reader reads and annotates: one part, or the parts of an article continued on other 版面
 * (下转 / 上接) joined in order, markers cut (lib/epaper/continuation).
 */
export interface WholeArticle {
  /** The headline, then a line break, then the body (its parts joined): read as an HTML article is, headline first. */
  text: string;
  /** The headline `text` starts with ("" for none: a continued part read alone). */
  headline: string;
  mentions: Mention[];
  parts: PartRef[];
  /** The part on this page: parts[part]. */
  part: number;
  /** The 版 number of a part not read yet that it continues on or from (the page is in the issue); 0 when none is awaited. */
  waiting: number;
}

/**
 * The text an article is read, recognized and recorded as: its headline, a line break, then its body, as
 * collectText reads an HTML article with its headline (lib/highlight/textMap.ts). `bodyAt`: where the body starts.
 */
export function readingText(headline: string, body: string): { text: string; bodyAt: number } {
  const lead = headline ? `${headline}\n` : "";
  return { text: lead + body, bodyAt: lead.length };
}

/** The mentions inside a part of the whole's text, in the part's own offsets. */
export function partMentions(mentions: Mention[], offset: number, length: number): Mention[] {
  return mentions
    .filter((m) => m.start >= offset && m.end <= offset + length)
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
}

/** An article on one page, read alone (its whole is itself, headline first); `mentions` are the whole's. */
export function singleArticle(
  sheet: string,
  label: string,
  index: number,
  epaper: EpaperArticle,
  meta: ArticleSource,
  mentions: Mention[],
): ReaderArticle {
  const { text, bodyAt } = readingText(epaper.headline, epaper.text);
  const parts = [{ sheet, index, offset: bodyAt, label }];
  const whole = { text, headline: epaper.headline, mentions, parts, part: 0, waiting: 0 };
  const own = partMentions(mentions, bodyAt, epaper.text.length);
  return { index, epaper, title: meta.title, meta, mentions: own, headMentions: headlineMentions(whole), whole };
}

/** The whole's mentions in its headline (in the headline's offsets: the text starts with it). */
export const headlineMentions = (whole: { headline: string; mentions: Mention[] }): Mention[] =>
  whole.headline ? whole.mentions.filter((m) => m.end <= whole.headline.length) : [];

/** The part's offset in its whole article's text. */
export const partOffset = (a: ReaderArticle) => a.whole.parts[a.whole.part].offset;

/** One PDF page (a 版面; a PDF of several pages gives several). */
export interface Sheet {
  key: string;
  pageIndex: number;
  pdfPage: number;
  label: string;
  pdfUrl: string;
  width: number;
  height: number;
  proxy: PDFPageProxy;
  articles: ReaderArticle[];
  /** pdf.js gave glyph numbers for its text (fonts without ToUnicode maps): drawn, but nothing to read. */
  unmapped?: boolean;
}

export interface PdfStatus {
  state: "waiting" | "loading" | "done" | "error";
  message?: string;
}

/** The sheet and article being read. */
export interface Current {
  sheet: string;
  article: number;
}

/** Where the reader was asked to open: an article (and a saved fact in it) that it scrolls to once, on arrival. */
export interface ArrivalTarget {
  at?: { page: number; article: number };
  fact?: string;
  arrived: boolean;
}

export function articleTitle(a: EpaperArticle): string {
  if (a.headline) return a.headline;
  const start = a.text.replace(/\s+/g, "").slice(0, 14);
  return `${t("readerContinued")}${start}…`;
}

/** The byline as a citation's author: without the paper's own lead-in and the brackets around the reporter. */
export function authorOf(a: EpaperArticle): string {
  return a.byline.replace(/^(科学导报讯|本报讯)\s*/, "").replace(/[（）()]/g, "");
}

/**
 * Recognize an article's reading text (headline and body) in the background, which records it. A masthead or an
 * ad is not recorded (it would tie the publisher to every issue).
 */
export async function recognizeArticle(a: { text: string; minor: boolean }, meta: ArticleSource): Promise<Mention[]> {
  if (!a.text.trim() || a.minor) return [];
  return (await requestAnnotation({ text: a.text, meta })).mentions;
}

/** The article a page opens at: the first real one (not the masthead above it). */
export function firstArticle(articles: ReaderArticle[]): number {
  return Math.max(
    0,
    articles.findIndex((a) => !a.epaper.minor),
  );
}

export function countByType(mentions: Mention[], type: EntityType): number {
  return new Set(mentions.filter((m) => m.type === type).map((m) => m.entityId)).size;
}

/** The sheet with every article citing the issue number (found on a page read after it). */
export function withIssueNumber(sheet: Sheet, issue: string): Sheet {
  return { ...sheet, articles: sheet.articles.map((a) => ({ ...a, meta: { ...a.meta, issue } })) };
}

/** How many articles the sheets hold, an article continued across them counted once. */
export function countArticles(sheets: Sheet[]): number {
  return new Set(sheets.flatMap((s) => s.articles.map((a) => a.meta.url))).size;
}
