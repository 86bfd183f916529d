/**
 * Addresses of e-paper articles. A fact or article from the e-paper is stored
 * under its PDF's URL plus `#page=P&article=K` (P from 1: the PDF page; K from
 * 0: the article's place on that page), so it is the same article whoever
 * opens it. Links to it open the reader at that article, not the browser's
 * PDF viewer (which shows no highlights).
 */
import { type EpaperIssue, labelFromFileName } from "./issue";

export interface EpaperArticleRef {
  /** The PDF's URL without a fragment (or `local:NAME` for a file the reader dropped). */
  pdf: string;
  page: number;
  article: number;
}

export function epaperArticleUrl(ref: EpaperArticleRef): string {
  return `${ref.pdf}#page=${ref.page}&article=${ref.article}`;
}

export function parseEpaperArticleUrl(url: string): EpaperArticleRef | null {
  const m = /^([^#]+)#page=(\d+)&article=(\d+)$/.exec(url);
  if (!m || !(m[1].startsWith("local:") || /\.pdf$/i.test(m[1].split("?")[0]))) return null;
  return { pdf: m[1], page: Number(m[2]), article: Number(m[3]) };
}

/** What the reader page is asked to open: an issue (one PDF per 版面), and optionally where to go. */
export interface ReaderRequest {
  issue: EpaperIssue;
  /** Index into issue.pages of the 版面 to show first. */
  open: number;
  /** Article on that PDF (page, article) to select; and a fact to scroll to. */
  at?: { page: number; article: number };
  fact?: string;
}

export function readerQuery(req: ReaderRequest): string {
  const q = new URLSearchParams();
  q.set("title", req.issue.title);
  q.set("date", req.issue.date);
  if (req.issue.issueUrl) q.set("issueUrl", req.issue.issueUrl);
  for (const p of req.issue.pages) {
    q.append("pdf", p.url);
    q.append("label", p.label);
  }
  q.set("open", String(req.open));
  if (req.at) q.set("at", `${req.at.page}.${req.at.article}`);
  if (req.fact) q.set("fact", req.fact);
  return q.toString();
}

export function parseReaderQuery(search: string): ReaderRequest {
  const q = new URLSearchParams(search);
  const labels = q.getAll("label");
  const pages = q.getAll("pdf").map((url, i) => ({ url, label: labels[i] || labelFromFileName(url) || `第${i + 1}版` }));
  const at = /^(\d+)\.(\d+)$/.exec(q.get("at") ?? "");
  const open = Number(q.get("open") ?? 0);
  return {
    issue: { title: q.get("title") ?? "", date: q.get("date") ?? "", issueUrl: q.get("issueUrl") ?? "", pages },
    open: Number.isInteger(open) && open >= 0 && open < pages.length ? open : 0,
    at: at ? { page: Number(at[1]), article: Number(at[2]) } : undefined,
    fact: q.get("fact") ?? undefined,
  };
}

/** The reader query that opens a stored e-paper source (a fact's or an article's), or null for other URLs. */
export function readerQueryForSource(
  source: { url: string; title?: string; date?: string; page?: string },
  factId?: string,
): string | null {
  const ref = parseEpaperArticleUrl(source.url);
  if (!ref || ref.pdf.startsWith("local:")) return null;
  return readerQuery({
    issue: {
      title: source.date ? `科学导报 ${source.date}` : "科学导报",
      date: source.date ?? "",
      issueUrl: "",
      pages: [{ url: ref.pdf, label: source.page || labelFromFileName(ref.pdf) }],
    },
    open: 0,
    at: { page: ref.page, article: ref.article },
    fact: factId,
  });
}
