/**
 * The e-paper reader. Loads an issue's page PDFs (the requested 版面 first),
 * splits each page into articles in reading order (lib/epaper/layout),
 * recognizes every article in the background (which records it like an HTML
 * article), and shows one page at a time: the drawn page with a selectable
 * text layer and highlight boxes, the page's article list, and the selected
 * article's text, annotated by the same PageAnnotator and reading UI as on
 * kxdb.com (cards, fact saving, suggestions). Selecting text on the drawn page
 * saves a quote of the article it belongs to.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { type AnnotatorState, PageAnnotator, type SelectedQuote } from "@/components/reading/annotator";
import { type MountedReading, mountReading } from "@/components/reading/mountReading";
import { locate } from "@/lib/anchor/textQuote";
import { dateFromFileName, type EpaperIssue, issueNumberFromPage, labelFromFileName } from "@/lib/epaper/issue";
import { type EpaperArticle, offsetOfItem, type TextRun, textBoxes } from "@/lib/epaper/layout";
import { epaperArticleUrl, type ReaderRequest } from "@/lib/epaper/links";
import { t } from "@/lib/i18n";
import type { ArticleSource } from "@/lib/model/reading";
import type { EntityType, Mention } from "@/lib/ner/types";
import { requestAnnotation } from "@/lib/platform/messaging";

export interface PageText {
  width: number;
  height: number;
  /** All the page's text runs (the masthead too, which no article holds). */
  runs: TextRun[];
  articles: EpaperArticle[];
}

/** pdf.js, as the reader page wires it (entrypoints/reader/pdf.ts). */
export interface PdfApi {
  fetchPdf(url: string): Promise<ArrayBuffer>;
  openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy>;
  readPage(page: PDFPageProxy): Promise<PageText>;
  drawPage(page: PDFPageProxy, canvas: HTMLCanvasElement, textLayer: HTMLElement, scale: number): Promise<void>;
}

interface ReaderArticle {
  index: number;
  epaper: EpaperArticle;
  title: string;
  meta: ArticleSource;
  mentions: Mention[];
}

/** One PDF page (a 版面; a PDF of several pages gives several). */
interface Sheet {
  key: string;
  pageIndex: number;
  pdfPage: number;
  label: string;
  pdfUrl: string;
  width: number;
  height: number;
  proxy: PDFPageProxy;
  articles: ReaderArticle[];
}

interface PdfStatus {
  state: "waiting" | "loading" | "done" | "error";
  message?: string;
}

interface Box {
  kind: EntityType | "FACT";
  id: string;
  /** The mention's text (a box has none of its own; the card names it). */
  name: string;
  article: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const PAPER = "科学导报";
const root = document.documentElement;

function articleTitle(a: EpaperArticle): string {
  if (a.headline) return a.headline;
  const start = a.text.replace(/\s+/g, "").slice(0, 14);
  return `${t("readerContinued")}${start}…`;
}

/** Recognize an article in the background, which records it. A masthead or an ad is not recorded (it would tie the publisher to every issue). */
async function recognizeArticle(a: EpaperArticle, meta: ArticleSource): Promise<Mention[]> {
  if (!a.text.trim() || a.minor) return [];
  return (await requestAnnotation({ text: a.text, meta })).mentions;
}

/** The article a page opens at: the first real one (not the masthead above it). */
function firstArticle(articles: ReaderArticle[]): number {
  return Math.max(
    0,
    articles.findIndex((a) => !a.epaper.minor),
  );
}

function countByType(mentions: Mention[], type: EntityType): number {
  return new Set(mentions.filter((m) => m.type === type).map((m) => m.entityId)).size;
}

/** Which article and text offset a DOM point in the text layer is (selection ends), or null. */
function pointInLayer(node: Node, offset: number, articles: EpaperArticle[]): { article: number; offset: number } | null {
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

export function ReaderApp({ request, pdf }: { request: ReaderRequest; pdf: PdfApi }) {
  const [issue, setIssue] = useState<EpaperIssue>(request.issue);
  const [open, setOpen] = useState(request.open);
  const [sheets, setSheets] = useState<Sheet[]>([]);
  const sheetsRef = useRef(sheets);
  sheetsRef.current = sheets;
  const [statuses, setStatuses] = useState<PdfStatus[]>([]);
  const [current, setCurrent] = useState<{ sheet: string; article: number } | null>(null);
  const [annotator, setAnnotator] = useState<PageAnnotator | null>(null);
  const [annotatorState, setAnnotatorState] = useState<AnnotatorState | null>(null);
  const [drawn, setDrawn] = useState("");
  const [dragging, setDragging] = useState(false);
  const localFiles = useRef(new Map<string, ArrayBuffer>());
  const issueNumber = useRef("");
  const target = useRef({ at: request.at, fact: request.fact, arrived: !request.at });

  const sheet = sheets.find((s) => s.key === current?.sheet) ?? null;
  // The page fills about half the window, whatever its paper size (A4 to broadsheet).
  const scale = sheet ? Math.min(2, Math.max(0.5, (innerWidth * 0.55) / sheet.width)) : 1;
  const article = sheet?.articles[current?.article ?? 0] ?? null;

  // --- Loading: the requested 版面 first, then the others in order.
  useEffect(() => {
    if (!issue.pages.length) return;
    let cancelled = false;
    const started = performance.now();
    const status = (i: number, s: PdfStatus) =>
      setStatuses((prev) => {
        const next = [...prev];
        next[i] = s;
        return next;
      });
    setStatuses(issue.pages.map(() => ({ state: "waiting" })));
    issueNumber.current = "";
    setSheets([]);
    setCurrent(null);
    (async () => {
      const order = [open, ...issue.pages.map((_, i) => i).filter((i) => i !== open)];
      let failed = 0;
      for (const i of order) {
        if (cancelled) return;
        const page = issue.pages[i];
        status(i, { state: "loading" });
        try {
          const t0 = performance.now();
          const data = localFiles.current.get(page.url) ?? (await pdf.fetchPdf(page.url));
          const doc = await pdf.openPdf(data);
          for (let p = 1; p <= doc.numPages; p++) {
            const proxy = await doc.getPage(p);
            const text = await pdf.readPage(proxy);
            // pdf.js's share of the first page (download, parse, text), for the speed figures.
            if (!root.hasAttribute("data-kxdb-pdf-ms"))
              root.setAttribute("data-kxdb-pdf-ms", String(Math.round(performance.now() - t0)));
            // The supplement's first page carries the issue number in its masthead: every article of the issue cites it.
            const found = issueNumberFromPage(text.runs.map((r) => r.str).join(""));
            if (found && !issueNumber.current) {
              issueNumber.current = found;
              for (const s of sheetsRef.current) for (const a of s.articles) a.meta.issue = found;
            }
            const label = doc.numPages > 1 ? `${page.label} · ${p}/${doc.numPages}` : page.label;
            const pdfUrl = page.url;
            const articles = await Promise.all(
              text.articles.map(async (a, k): Promise<ReaderArticle> => {
                const meta: ArticleSource = {
                  title: articleTitle(a),
                  date: issue.date,
                  source: PAPER,
                  author: a.byline.replace(/^(科学导报讯|本报讯)\s*/, "").replace(/[（）()]/g, ""),
                  url: epaperArticleUrl({ pdf: pdfUrl, page: p, article: k }),
                  issue: issueNumber.current,
                  page: label,
                };
                return { index: k, epaper: a, title: meta.title, meta, mentions: await recognizeArticle(a, meta) };
              }),
            );
            if (cancelled) return;
            const { width, height } = text;
            const next: Sheet = { key: `${i}.${p}`, pageIndex: i, pdfPage: p, label, pdfUrl, width, height, proxy, articles };
            setSheets((prev) => [...prev, next].sort((a, b) => a.pageIndex - b.pageIndex || a.pdfPage - b.pdfPage));
            const at = target.current.at;
            if (i === open && (at ? p === at.page : p === 1)) {
              setCurrent({ sheet: next.key, article: at && at.article < articles.length ? at.article : firstArticle(articles) });
            }
          }
          status(i, { state: "done" });
        } catch (e) {
          failed++;
          status(i, { state: "error", message: (e as Error).message });
          if (i === open) root.setAttribute("data-kxdb-state", "error");
        }
      }
      if (!cancelled) {
        root.setAttribute("data-kxdb-all-ms", String(Math.round(performance.now() - started)));
        root.setAttribute("data-kxdb-failed", String(failed));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [issue]);

  // The requested page had no such article page (a one-page PDF asked for page 2): show its first page.
  useEffect(() => {
    if (!current && statuses[open]?.state === "done") {
      const first = sheets.find((s) => s.pageIndex === open);
      if (first) setCurrent({ sheet: first.key, article: firstArticle(first.articles) });
    }
  }, [statuses, sheets, current]);

  // --- The reading UI (cards, saving, toast) in a shadow root, shared with the content script.
  const scope = useRef<HTMLElement>(null);
  const session = useRef<MountedReading | null>(null);
  const layerRef = useRef<HTMLElement | null>(null);
  const live = useRef({ sheet, annotator, current });
  live.current = { sheet, annotator, current };

  /** A selection on the drawn page, as a quote of the current article. */
  const quoteFromPage = (sel: Selection): SelectedQuote | null => {
    const { sheet: s, annotator: a, current: c } = live.current;
    const layer = layerRef.current;
    if (!s || !a || !c || !layer || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    if (!layer.contains(range.commonAncestorContainer)) return null;
    const texts = s.articles.map((x) => x.epaper);
    const from = pointInLayer(range.startContainer, range.startOffset, texts);
    const to = pointInLayer(range.endContainer, range.endOffset, texts);
    if (!from || !to || from.article !== c.article || to.article !== c.article) return null;
    return a.quoteAt(from.offset, to.offset);
  };

  useEffect(() => {
    if (!scope.current) return;
    // A correction: recognize every article again, then (mountReading) the one being read.
    const recognizeAgain = async () => {
      const updated = await Promise.all(
        sheetsRef.current.map(async (s) => ({
          ...s,
          articles: await Promise.all(
            s.articles.map(async (a) => ({
              ...a,
              mentions: await recognizeArticle(a.epaper, a.meta),
            })),
          ),
        })),
      );
      setSheets(updated);
    };
    const mounted = mountReading({ scope: scope.current, quoteFor: quoteFromPage, onCorrection: recognizeAgain });
    session.current = mounted;
    return () => {
      session.current = null;
      mounted.dispose();
    };
  }, []);

  useEffect(() => {
    if (!annotator) return;
    setAnnotatorState(annotator.state);
    session.current?.setAnnotator(annotator);
    return annotator.subscribe(() => setAnnotatorState(annotator.state));
  }, [annotator]);

  // --- Ready: the first page is drawn and its article annotated (test hook and speed figure).
  useEffect(() => {
    // (A page without text has no article to annotate: drawn is all there is.)
    const annotated = annotatorState || sheet?.articles.length === 0;
    if (sheet && drawn === sheet.key && annotated && !root.hasAttribute("data-kxdb-ms")) {
      root.setAttribute("data-kxdb-ms", String(Math.round(performance.now())));
      root.setAttribute("data-kxdb-state", annotatorState?.error ? "error" : "ready");
    }
  }, [drawn, annotatorState, sheet]);

  // --- Arriving from a saved fact: scroll to its quote on the page and in the text.
  useEffect(() => {
    const goal = target.current;
    if (goal.arrived || !annotatorState || !goal.fact || drawn !== sheet?.key) return;
    const inText = document.querySelector<HTMLElement>(`kxdb-fact[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    const onPage = document.querySelector<HTMLElement>(`.hl-FACT[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    if (!inText) return;
    goal.arrived = true;
    inText.setAttribute("data-kxdb-current", "");
    inText.scrollIntoView({ block: "center" });
    onPage?.scrollIntoView({ block: "center" });
    onPage?.setAttribute("data-kxdb-current", "");
  }, [annotatorState, drawn, sheet]);

  // --- Boxes on the drawn page: entities of every article on it, saved quotes of the current one.
  const boxes = useMemo(() => {
    if (!sheet || annotatorState?.enabled === false) return [];
    const out: Box[] = [];
    for (const a of sheet.articles) {
      for (const m of a.mentions) {
        for (const b of textBoxes(a.epaper, m.start, m.end)) {
          out.push({ kind: m.type, id: m.entityId, name: m.text, article: a.index, ...b });
        }
      }
    }
    if (article && annotatorState) {
      for (const f of annotatorState.facts) {
        const at = locate(article.epaper.text, f.anchor);
        if (!at) continue;
        for (const b of textBoxes(article.epaper, at.start, at.end))
          out.push({ kind: "FACT", id: f.id, name: "", article: article.index, ...b });
      }
    }
    return out;
  }, [sheet, article, annotatorState]);

  // --- Local files: dropped on the page or picked.
  const openFiles = async (files: FileList | File[]) => {
    const pdfs = [...files].filter((f) => /\.pdf$/i.test(f.name) || f.type === "application/pdf");
    if (!pdfs.length) return;
    localFiles.current.clear();
    const pages = [];
    for (const f of pdfs) {
      const url = `local:${f.name}`;
      localFiles.current.set(url, await f.arrayBuffer());
      pages.push({ url, label: labelFromFileName(f.name) || f.name });
    }
    for (const name of ["ms", "state", "all-ms", "pdf-ms", "draw-ms", "failed"]) root.removeAttribute(`data-kxdb-${name}`);
    target.current = { at: undefined, fact: undefined, arrived: true };
    setOpen(0);
    setIssue({ title: pdfs.map((f) => f.name).join("、"), date: dateFromFileName(pdfs[0].name), issueUrl: "", pages });
  };

  // A PDF dropped anywhere on the page opens it.
  const openFilesRef = useRef(openFiles);
  openFilesRef.current = openFiles;
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      if (e.dataTransfer?.files.length) void openFilesRef.current(e.dataTransfer.files);
    };
    addEventListener("dragover", over);
    addEventListener("dragleave", leave);
    addEventListener("drop", drop);
    return () => {
      removeEventListener("dragover", over);
      removeEventListener("dragleave", leave);
      removeEventListener("drop", drop);
    };
  }, []);

  const totalArticles = sheets.reduce((n, s) => n + s.articles.length, 0);
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
      <nav class="pages" aria-label={t("readerPages")}>
        {issue.pages.map((p, i) => {
          const first = sheets.find((s) => s.pageIndex === i);
          const mentions = sheets.filter((s) => s.pageIndex === i).flatMap((s) => s.articles.flatMap((a) => a.mentions));
          const st = statuses[i];
          return (
            <button
              key={p.url}
              type="button"
              data-kxdb-epaper-page={i}
              data-kxdb-status={st?.state ?? "waiting"}
              aria-current={sheet?.pageIndex === i ? "page" : undefined}
              disabled={!first}
              title={st?.message}
              onClick={() => first && setCurrent({ sheet: first.key, article: firstArticle(first.articles) })}
            >
              {p.label}{" "}
              {st?.state === "error" ? (
                <span class="error">!</span>
              ) : (
                first && <span class="muted">{new Set(mentions.map((m) => m.entityId)).size}</span>
              )}
            </button>
          );
        })}
      </nav>
      {statuses.map(
        (st, i) =>
          st.state === "error" && (
            <p key={issue.pages[i].url} class="error" role="alert" data-kxdb-page-error={i}>
              {t("readerPageFailed", issue.pages[i].label, st.message ?? "")}
            </p>
          ),
      )}
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
            onEntityHover={(el, entityId) => (el ? session.current?.openCard(el, entityId) : session.current?.leaveCard())}
            onArticle={(k) => k !== current?.article && setCurrent({ sheet: sheet.key, article: k })}
            currentArticle={current?.article ?? -1}
          />
        )}
        {sheet && (
          <aside class="side">
            <h2>{t("readerArticles")}</h2>
            {sheet.articles.length === 0 && <p class="muted">{t("readerNoText")}</p>}
            <ol class="articles">
              {sheet.articles.map((a) => (
                <li key={a.index} class={a.epaper.minor ? "minor" : undefined}>
                  <button
                    type="button"
                    data-kxdb-epaper-article={a.index}
                    aria-current={a.index === current?.article ? "true" : undefined}
                    onClick={() => setCurrent({ sheet: sheet.key, article: a.index })}
                  >
                    {a.title}{" "}
                    <span class="muted">
                      {t("ZONE")} {countByType(a.mentions, "ZONE")} · {t("COMPANY")} {countByType(a.mentions, "COMPANY")}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            {article && (
              <ArticlePane key={`${sheet.key}:${article.index}`} article={article} sheet={sheet} onAnnotator={setAnnotator} />
            )}
          </aside>
        )}
      </main>
    </div>
  );
}

function ArticlePane(props: { article: ReaderArticle; sheet: Sheet; onAnnotator: (a: PageAnnotator) => void }) {
  const { article, sheet } = props;
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    // The text exactly as split from the page: offsets in it are offsets on the page's runs.
    el.textContent = article.epaper.text;
    const annotator = new PageAnnotator(el, article.meta);
    void annotator.annotate().then(() => props.onAnnotator(annotator));
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

function PageView(props: {
  sheet: Sheet;
  scale: number;
  pdf: PdfApi;
  boxes: Box[];
  layerRef: { current: HTMLElement | null };
  currentArticle: number;
  onDrawn: () => void;
  onEntityHover: (el: HTMLElement | null, entityId: string) => void;
  onArticle: (index: number) => void;
}) {
  const { sheet, scale, boxes } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const overlays = useRef<HTMLDivElement>(null);
  const [error, setError] = useState("");
  const hovered = useRef(-1);
  useEffect(() => {
    if (!canvas.current || !layer.current) return;
    props.layerRef.current = layer.current;
    const t0 = performance.now();
    props.pdf.drawPage(sheet.proxy, canvas.current, layer.current, scale).then(
      () => {
        if (!root.hasAttribute("data-kxdb-draw-ms"))
          root.setAttribute("data-kxdb-draw-ms", String(Math.round(performance.now() - t0)));
        props.onDrawn();
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  const pageRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    const at = (e: MouseEvent) => {
      const rect = page.getBoundingClientRect();
      return { x: (e.clientX - rect.left) / scale, y: (e.clientY - rect.top) / scale };
    };
    // Hovering an entity's box opens its card (the boxes are under the text layer, so this is hit-testing).
    page.addEventListener("mousemove", (e) => {
      const p = at(e);
      const list = latest.current.boxes;
      const i = list.findIndex(
        (b) => b.kind !== "FACT" && p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height,
      );
      if (i === hovered.current) return;
      hovered.current = i;
      const el = i >= 0 ? (overlays.current?.children[i] as HTMLElement | undefined) : undefined;
      latest.current.onEntityHover(el ?? null, i >= 0 ? list[i].id : "");
    });
    page.addEventListener("mouseleave", () => {
      hovered.current = -1;
      latest.current.onEntityHover(null, "");
    });
    // Clicking or selecting in an article on the page makes it the article being read.
    page.addEventListener("mouseup", (e) => {
      const k = articleUnder(document.getSelection()?.anchorNode?.parentElement ?? e.target) ?? articleUnder(e.target);
      if (k !== null) latest.current.onArticle(k);
    });
  }, []);
  const articleUnder = (target: EventTarget | null): number | null => {
    const span = target instanceof Element ? target.closest("[data-item]") : null;
    if (!span) return null;
    return (
      offsetOfItem(
        sheet.articles.map((a) => a.epaper),
        Number(span.getAttribute("data-item")),
        0,
      )?.article ?? null
    );
  };

  return (
    <section class="sheet" aria-label={sheet.label}>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div
        ref={pageRef}
        class="page"
        data-kxdb-sheet={sheet.key}
        style={{
          width: `${sheet.width * scale}px`,
          height: `${sheet.height * scale}px`,
          "--scale-factor": String(scale),
          "--total-scale-factor": String(scale),
          "--scale-round-x": "1px",
          "--scale-round-y": "1px",
        }}
      >
        <canvas ref={canvas} />
        <div class="overlays" ref={overlays} aria-hidden="true">
          {boxes.map((b, i) => (
            <div
              key={i}
              class={`hl hl-${b.kind}${b.article === props.currentArticle ? " in-current" : ""}`}
              data-kxdb-entity={b.kind === "FACT" ? undefined : b.id}
              data-kxdb-type={b.kind === "FACT" ? undefined : b.kind}
              data-kxdb-name={b.name || undefined}
              data-kxdb-fact={b.kind === "FACT" ? b.id : undefined}
              style={{
                left: `${b.x * scale}px`,
                top: `${b.y * scale}px`,
                width: `${b.width * scale}px`,
                height: `${b.height * scale}px`,
              }}
            />
          ))}
        </div>
        <div class="textLayer" ref={layer} />
      </div>
    </section>
  );
}
