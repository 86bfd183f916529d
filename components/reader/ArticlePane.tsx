/**
 * The article being read, as text: split from the page exactly (offsets in it
 * are offsets on the page's runs; for an article continued on other 版面, its
 * parts' texts joined in order, each part at its offset) and annotated by the
 * same PageAnnotator as an article on kxdb.com, headline first. One pane per article (keyed
 * by its address and text): a new article, or a part joined by the rest of
 * it, is a new pane and a new annotator.
 */
import { useEffect, useRef } from "preact/hooks";
import { PageAnnotator } from "@/components/reading/annotator";
import { t } from "@/lib/i18n";
import type { ArticleSource } from "@/lib/model/reading";
import { PAPER, partOffset, type ReaderArticle, type Sheet } from "./model";

/** The first character at a text offset of an element (highlights split its text into many nodes), or null. */
function textRange(el: Element, offset: number): Range | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left < node.data.length) {
      const range = el.ownerDocument.createRange();
      range.setStart(node, left);
      range.setEnd(node, left + 1);
      return range;
    }
    left -= node.data.length;
  }
  return null;
}

export function ArticlePane(props: {
  article: ReaderArticle;
  sheet: Sheet;
  sheets: Sheet[];
  onAnnotator: (a: PageAnnotator) => void;
}) {
  const { article, sheet, sheets } = props;
  const { whole } = article;
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The annotator cites the source it was made with. The issue number can be found on a page read later; it is
  // written into the annotator's own copy, so a quote saved afterwards cites it too.
  const source = useRef<ArticleSource>({ ...article.meta });
  source.current.issue = article.meta.issue;
  // Every part's captions, in the parts' order.
  const captions = whole.parts.flatMap((p) => sheets.find((s) => s.key === p.sheet)?.articles[p.index]?.epaper.captions ?? []);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let mounted = true;
    // The headline is read first, from the heading (as on kxdb.com): the body holds the rest of the reading text.
    const lead = whole.headline ? heading.current : null;
    el.textContent = lead ? whole.text.slice(whole.headline.length + 1) : whole.text;
    const annotator = new PageAnnotator(el, source.current, undefined, lead ?? undefined);
    void annotator.annotate().then(() => mounted && props.onAnnotator(annotator));
    return () => {
      mounted = false;
    };
  }, []);
  // Read from a later part's page, the text opens where that part starts (the side panel scrolls, not the page).
  const offset = partOffset(article);
  useEffect(() => {
    const el = body.current;
    const side = el?.closest(".side");
    const range = el && textRange(el, offset);
    if (!offset || !side || !range) return;
    side.scrollTop += range.getBoundingClientRect().top - side.getBoundingClientRect().top - 48;
  }, [offset]);
  return (
    <article class="pane" data-kxdb-epaper-current={article.index}>
      <h2 ref={heading}>{whole.headline || article.title}</h2>
      <p class="cite muted">
        《{PAPER}》{article.meta.date} {whole.parts.map((p) => p.label).join("、")}
        {article.meta.author && ` · ${article.meta.author}`}
        {!sheet.pdfUrl.startsWith("local:") && (
          <>
            {" · "}
            <a href={`${sheet.pdfUrl}#page=${sheet.pdfPage}`} target="_blank" rel="noopener noreferrer">
              {t("readerOriginal")}
            </a>
          </>
        )}
      </p>
      {whole.waiting > 0 && (
        <p class="muted" data-kxdb-epaper-waiting={whole.waiting}>
          {t(article.epaper.continuesOn === whole.waiting ? "readerPartWaiting" : "readerPartAlone", whole.waiting)}
        </p>
      )}
      <div class="body" ref={body} data-kxdb-epaper-body />
      {captions.length > 0 && (
        <ul class="captions muted" aria-label={t("readerCaptions")}>
          {captions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
