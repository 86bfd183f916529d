/**
 * The article being read, as text: split from the page exactly (offsets in it
 * are offsets on the page's runs) and annotated by the same PageAnnotator as
 * an article on kxdb.com. One pane per article (keyed by it): a new article
 * is a new pane and a new annotator.
 */
import { useEffect, useRef } from "preact/hooks";
import { PageAnnotator } from "@/components/reading/annotator";
import { t } from "@/lib/i18n";
import type { ArticleSource } from "@/lib/model/reading";
import { PAPER, type ReaderArticle, type Sheet } from "./model";

export function ArticlePane(props: { article: ReaderArticle; sheet: Sheet; onAnnotator: (a: PageAnnotator) => void }) {
  const { article, sheet } = props;
  const body = useRef<HTMLDivElement>(null);
  // The annotator cites the source it was made with. The issue number can be found on a page read later; it is
  // written into the annotator's own copy, so a quote saved afterwards cites it too.
  const source = useRef<ArticleSource>({ ...article.meta });
  source.current.issue = article.meta.issue;
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let mounted = true;
    el.textContent = article.epaper.text;
    const annotator = new PageAnnotator(el, source.current);
    void annotator.annotate().then(() => mounted && props.onAnnotator(annotator));
    return () => {
      mounted = false;
    };
  }, []);
  return (
    <article class="pane" data-kxdb-epaper-current={article.index}>
      <h2>{article.title}</h2>
      <p class="cite muted">
        《{PAPER}》{article.meta.date} {sheet.label}
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
      <div class="body" ref={body} data-kxdb-epaper-body />
      {article.epaper.captions.length > 0 && (
        <ul class="captions muted" aria-label={t("readerCaptions")}>
          {article.epaper.captions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
