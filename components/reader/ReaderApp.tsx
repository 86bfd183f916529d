/**
 * The e-paper reader. Loads an issue's page PDFs (the requested 版面 first),
 * splits each page into articles in reading order (lib/epaper/layout),
 * recognizes every article in the background (which records it like an HTML
 * article), and shows one page at a time: the drawn page with a selectable
 * text layer and highlight boxes, the page's article list, and the selected
 * article's text, annotated by the same PageAnnotator and reading UI as on
 * kxdb.com (cards, fact saving, suggestions). Selecting text on the drawn page
 * saves a quote of the article it belongs to.
 *
 * Loading: useIssueLoader. The reading layer: useReaderReading. Page: PageView.
 * Text: ArticlePane. Box geometry: lib/epaper/boxes. Test hooks: testHooks.
 */
import { useMemo, useRef, useState } from "preact/hooks";
import type { PageAnnotator } from "@/components/reading/annotator";
import { pageBoxes } from "@/lib/epaper/boxes";
import type { ReaderRequest } from "@/lib/epaper/links";
import { t } from "@/lib/i18n";
import { ArticleList } from "./ArticleList";
import { ArticlePane } from "./ArticlePane";
import { readLocalIssue, useFileDrop } from "./localFiles";
import { type ArrivalTarget, countArticles, firstArticle, PAPER, type PdfApi, partOffset } from "./model";
import { PageNav } from "./PageNav";
import { PageView } from "./PageView";
import { readerMarks, useReadyMark } from "./testHooks";
import { useIssueLoader } from "./useIssueLoader";
import { useJumpToFact } from "./useJumpToFact";
import { useReaderReading } from "./useReaderReading";

export function ReaderApp({ request, pdf }: { request: ReaderRequest; pdf: PdfApi }) {
  const target = useRef<ArrivalTarget>({ at: request.at, fact: request.fact, arrived: !request.at });
  const loader = useIssueLoader(request, pdf, target);
  const { issue, sheets, statuses, current, setCurrent } = loader;
  const [annotator, setAnnotator] = useState<PageAnnotator | null>(null);
  const [drawn, setDrawn] = useState("");

  const sheet = sheets.find((s) => s.key === current?.sheet) ?? null;
  // The page fills about half the window, whatever its paper size (A4 to broadsheet).
  const scale = sheet ? Math.min(2, Math.max(0.5, (innerWidth * 0.55) / sheet.width)) : 1;
  const article = sheet?.articles[current?.article ?? 0] ?? null;

  const scope = useRef<HTMLElement>(null);
  const layerRef = useRef<HTMLElement | null>(null);
  const { reading, annotatorState } = useReaderReading(
    scope,
    { sheet, annotator, current, layer: layerRef },
    loader.recognizeAgain,
  );
  useReadyMark(sheet, drawn, annotatorState);
  useJumpToFact(target, annotatorState, drawn, sheet, article, setCurrent);

  // Entities of every article on the page; saved quotes of the one being read. None while highlights are off.
  const boxes = useMemo(() => {
    if (!sheet || annotatorState?.enabled === false) return [];
    const reading =
      annotatorState && article
        ? {
            ...article,
            whole: {
              text: article.whole.text,
              offset: partOffset(article),
              headline: article.whole.part === 0 ? article.whole.headline : "",
            },
          }
        : null;
    return pageBoxes(sheet.articles, reading, annotatorState?.facts ?? []);
  }, [sheet, article, annotatorState]);

  const openFiles = async (files: FileList | File[]) => {
    const local = await readLocalIssue(files);
    if (!local) return;
    readerMarks.clear();
    target.current = { at: undefined, fact: undefined, arrived: true };
    loader.openLocal(local.issue, local.files);
  };
  const dragging = useFileDrop((files) => void openFiles(files));

  const totalArticles = countArticles(sheets);
  const loading = statuses.findIndex((s) => s.state === "loading");

  return (
    <div class={`reader${dragging ? " dragging" : ""}`}>
      <header>
        <h1>
          {issue.title || PAPER} <span class="muted">{t("readerTitle")}</span>
        </h1>
        <p class="status" role="status">
          {loading >= 0
            ? t("readerLoading", issue.pages[loading]?.label ?? "")
            : sheets.length > 0 && t("readerLoaded", sheets.length, totalArticles)}
        </p>
        <label class="file">
          {t("readerOpenFile")}
          <input
            type="file"
            accept="application/pdf,.pdf"
            multiple
            data-kxdb-action="open-pdf"
            onChange={(e) => {
              const files = (e.currentTarget as HTMLInputElement).files;
              if (files) void openFiles(files);
            }}
          />
        </label>
        {issue.issueUrl && (
          <a href={issue.issueUrl} target="_blank" rel="noopener noreferrer">
            {t("readerBackToIssue")}
          </a>
        )}
      </header>
      {!issue.pages.length && <p class="drop">{t("readerDrop")}</p>}
      <PageNav
        issue={issue}
        sheets={sheets}
        statuses={statuses}
        currentPage={sheet?.pageIndex}
        onPage={(first) => setCurrent({ sheet: first.key, article: firstArticle(first.articles) })}
      />
      <main ref={scope}>
        {sheet && (
          <PageView
            key={sheet.key}
            sheet={sheet}
            scale={scale}
            pdf={pdf}
            boxes={boxes}
            layerRef={layerRef}
            onDrawn={() => setDrawn(sheet.key)}
            onEntityHover={(el, entityId) => (el ? reading.current?.openCard(el, entityId) : reading.current?.leaveCard())}
            onArticle={(k) => k !== current?.article && setCurrent({ sheet: sheet.key, article: k })}
            currentArticle={current?.article ?? -1}
          />
        )}
        {sheet && (
          <aside class="side">
            <ArticleList
              sheet={sheet}
              currentArticle={current?.article}
              onArticle={(k) => setCurrent({ sheet: sheet.key, article: k })}
            />
            {article && (
              <ArticlePane
                key={`${article.meta.url}\n${article.whole.text.length}`}
                article={article}
                sheet={sheet}
                sheets={sheets}
                onAnnotator={setAnnotator}
              />
            )}
          </aside>
        )}
      </main>
    </div>
  );
}
