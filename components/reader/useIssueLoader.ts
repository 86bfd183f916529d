/**
 * The reader's loading pipeline: the requested 版面 first, then the others in
 * order; each page PDF read into sheets of articles, each article recognized
 * in the background (which records it); an article continued on another
 * 版面 joined once both are read (continued.ts). Also what a correction needs
 * (every article recognized again) and opening local files instead of the
 * issue. State is replaced, never changed in place: the issue number found on
 * a later page gives the sheets already read new article objects.
 */
import { type MutableRef, useEffect, useRef, useState } from "preact/hooks";
import { type EpaperIssue, issueNumberFromPage } from "@/lib/epaper/issue";
import { epaperArticleUrl, type ReaderRequest } from "@/lib/epaper/links";
import type { ArticleSource } from "@/lib/model/reading";
import { Continuations, isContinued } from "./continued";
import {
  type ArrivalTarget,
  articleTitle,
  authorOf,
  type Current,
  firstArticle,
  PAPER,
  type PdfApi,
  type PdfStatus,
  type ReaderArticle,
  readingText,
  recognizeArticle,
  type Sheet,
  singleArticle,
  withIssueNumber,
} from "./model";
import { readerMarks } from "./testHooks";

export interface IssueLoader {
  issue: EpaperIssue;
  sheets: Sheet[];
  /** One per page PDF of the issue, in the issue's order. */
  statuses: PdfStatus[];
  /** The sheet and article being read: the requested one once it is read, then the reader's choice. */
  current: Current | null;
  setCurrent: (next: Current) => void;
  /** Read local PDFs (their data by `local:` URL) as the issue. */
  openLocal: (issue: EpaperIssue, files: Map<string, ArrayBuffer>) => void;
  /** After a correction: every article recognized again. */
  recognizeAgain: () => Promise<void>;
}

const bySheetOrder = (a: Sheet, b: Sheet) => a.pageIndex - b.pageIndex || a.pdfPage - b.pdfPage;

export function useIssueLoader(request: ReaderRequest, pdf: PdfApi, target: MutableRef<ArrivalTarget>): IssueLoader {
  const [issue, setIssue] = useState<EpaperIssue>(request.issue);
  const [open, setOpen] = useState(request.open);
  const [sheets, setSheets] = useState<Sheet[]>([]);
  const [statuses, setStatuses] = useState<PdfStatus[]>([]);
  const [current, setCurrent] = useState<Current | null>(null);
  const localFiles = useRef(new Map<string, ArrayBuffer>());
  /** The sheets as the loader and corrections last made them (state updates are not seen until the next render). */
  const read = useRef<Sheet[]>([]);
  const continuations = useRef(new Continuations(issue));
  const publish = (next: Sheet[]) => {
    read.current = next;
    setSheets(next);
  };

  useEffect(() => {
    if (!issue.pages.length) return;
    let cancelled = false;
    /** The issue number, once a page's masthead gave it: every article of the issue cites it. */
    let issueNumber = "";
    const started = performance.now();
    const status = (i: number, s: PdfStatus) =>
      setStatuses((prev) => {
        const next = [...prev];
        next[i] = s;
        return next;
      });
    setStatuses(issue.pages.map(() => ({ state: "waiting" })));
    publish([]);
    setCurrent(null);
    const joiner = new Continuations(issue);
    continuations.current = joiner;

    /** One page of a PDF: its articles recognized; the issue number taken from its masthead when it has one. */
    const readSheet = async (i: number, p: number, label: string, proxy: Sheet["proxy"], t0: number) => {
      const page = issue.pages[i];
      const text = await pdf.readPage(proxy);
      // pdf.js's share of the first page (download, parse, text), for the speed figures.
      readerMarks.pdfRead(performance.now() - t0);
      const found = issueNumberFromPage(text.runs.map((r) => r.str).join(""));
      if (found && !issueNumber) {
        issueNumber = found;
        publish(read.current.map((s) => withIssueNumber(s, found)));
      }
      const key = `${i}.${p}`;
      const articles = await Promise.all(
        text.articles.map(async (a, k): Promise<ReaderArticle> => {
          const meta: ArticleSource = {
            title: articleTitle(a),
            date: issue.date,
            source: PAPER,
            author: authorOf(a),
            url: epaperArticleUrl({ pdf: page.url, page: p, article: k }),
            issue: issueNumber,
            page: label,
          };
          // A continued part is recognized by the joiner: alone or joined, depending on what else is read.
          const reading = { text: readingText(a.headline, a.text).text, minor: a.minor };
          return singleArticle(key, label, k, a, meta, isContinued(a) ? [] : await recognizeArticle(reading, meta));
        }),
      );
      const { width, height } = text;
      return {
        ...(text.unmapped ? { unmapped: true } : {}),
        key,
        pageIndex: i,
        pdfPage: p,
        label,
        pdfUrl: page.url,
        width,
        height,
        proxy,
        articles,
      };
    };

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
            const label = doc.numPages > 1 ? `${page.label} · ${p}/${doc.numPages}` : page.label;
            const next = await readSheet(i, p, label, await doc.getPage(p), t0);
            if (cancelled) return;
            const joined = await joiner.join([...read.current, next].sort(bySheetOrder));
            if (cancelled) return;
            publish(joined);
            const at = target.current.at;
            if (i === open && (at ? p === at.page : p === 1)) {
              const article = at && at.article < next.articles.length ? at.article : firstArticle(next.articles);
              setCurrent({ sheet: next.key, article });
            }
          }
          status(i, { state: "done" });
        } catch (e) {
          failed++;
          status(i, { state: "error", message: (e as Error).message });
          if (i === open) readerMarks.openPageFailed();
          // A part waiting for this page waits no more.
          joiner.pageFailed(page.label);
          const now = await joiner.join(read.current).catch(() => read.current);
          if (!cancelled) publish(now);
        }
      }
      if (!cancelled) readerMarks.allRead(performance.now() - started, failed);
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

  const recognizeAgain = async () => {
    const again = await continuations.current.again(read.current);
    const byKey = new Map(again.map((s) => [s.key, s]));
    // A page read meanwhile stays (it was recognized with the correction already).
    publish(read.current.map((s) => byKey.get(s.key) ?? s));
  };

  const openLocal = (next: EpaperIssue, files: Map<string, ArrayBuffer>) => {
    localFiles.current = files;
    setOpen(0);
    setIssue(next);
  };

  return { issue, sheets, statuses, current, setCurrent, openLocal, recognizeAgain };
}
