/**
 * From the drawn page's text layer (pdf.js spans, each `data-item` = its text
 * item) to the articles: which article a click or a selection on the page is
 * in, and a selection there as a quote of the article being read.
 */
import type { PageAnnotator, SelectedQuote } from "@/components/reading/annotator";
import { type EpaperArticle, offsetOfItem } from "@/lib/epaper/layout";
import { type Current, partOffset, type Sheet } from "./model";

/** Which article and text offset a DOM point in the text layer is (selection ends), or null. */
function pointInLayer(node: Node, offset: number, articles: EpaperArticle[]): ReturnType<typeof offsetOfItem> {
  let span: Element | null = null;
  let char = 0;
  if (node.nodeType === Node.TEXT_NODE) {
    span = node.parentElement?.closest("[data-item]") ?? null;
    char = offset;
  } else if (node instanceof Element) {
    span = node.closest("[data-item]");
    if (span) char = offset === 0 ? 0 : (span.textContent?.length ?? 0);
    else {
      const child = node.childNodes[offset] ?? node.childNodes[offset - 1];
      span = child instanceof Element ? child.closest("[data-item]") : null;
      if (span && child !== node.childNodes[offset]) char = span.textContent?.length ?? 0;
    }
  }
  if (!span) return null;
  return offsetOfItem(articles, Number(span.getAttribute("data-item")), char);
}

/** The article under an element of the text layer, or null. */
export function articleUnder(sheet: Sheet, target: EventTarget | null): number | null {
  const span = target instanceof Element ? target.closest("[data-item]") : null;
  if (!span) return null;
  return (
    offsetOfItem(
      sheet.articles.map((a) => a.epaper),
      Number(span.getAttribute("data-item")),
      0,
    )?.article ?? null
  );
}

export interface PageReading {
  sheet: Sheet | null;
  annotator: PageAnnotator | null;
  current: Current | null;
  /** The drawn page's text layer. */
  layer: HTMLElement | null;
}

/** A selection on the drawn page, as a quote of the current article (null when it is elsewhere or spans articles). */
export function quoteFromPage(sel: Selection, { sheet, annotator, current, layer }: PageReading): SelectedQuote | null {
  if (!sheet || !annotator || !current || !layer || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  if (!layer.contains(range.commonAncestorContainer)) return null;
  const texts = sheet.articles.map((x) => x.epaper);
  const from = pointInLayer(range.startContainer, range.startOffset, texts);
  const to = pointInLayer(range.endContainer, range.endOffset, texts);
  if (!from || !to || from.article !== current.article || to.article !== current.article) return null;
  // The annotator reads the whole article: its headline first (the first part's), then its parts; this page may
  // hold a later part of it.
  const article = sheet.articles[current.article];
  if (!article) return null;
  const inWhole = (p: NonNullable<typeof from>) =>
    p.headline ? (article.whole.part === 0 ? p.offset : -1) : p.offset + partOffset(article);
  const [start, end] = [inWhole(from), inWhole(to)];
  return start < 0 || end < 0 ? null : annotator.quoteAt(start, end);
}
