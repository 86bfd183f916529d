/**
 * Addresses of e-paper articles. A fact or article from the e-paper is stored
 * under its PDF's URL plus `#page=P&article=K` (P from 1: the PDF page; K from
 * 0: the article's place on that page), so it is the same article whoever
 * opens it. An article continued on other 版面 (下转第N版) is stored under
 * where it starts plus `&then=` each PDF it goes on in (a file name when in
 * the same folder), so a link to it can open every PDF it needs. Links open
 * the reader at that article, not the browser's PDF viewer (which shows no
 * highlights).
 */
import { type EpaperIssue, labelFromFileName } from "./issue";

export interface EpaperArticleRef {
  /** The PDF's URL without a fragment (or `local:NAME` for a file the reader dropped). */
  pdf: string;
  page: number;
  article: number;
  /** The PDFs an article continued elsewhere goes on in, in order (absent or empty: it is all on `pdf`). */
  continuedIn?: string[];
}

/** The folder of a PDF's URL ("" for a dropped file's `local:NAME`): a partner PDF there is written as its file name. */
const folderOf = (pdf: string) => (pdf.startsWith("local:") ? "" : pdf.slice(0, pdf.lastIndexOf("/") + 1));
const hasScheme = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);

export function epaperArticleUrl(ref: EpaperArticleRef): string {
  const folder = folderOf(ref.pdf);
  const then = (ref.continuedIn ?? []).map((u) => {
    const short = folder && u.startsWith(folder) && !u.slice(folder.length).includes("/") ? u.slice(folder.length) : u;
    return `&then=${encodeURIComponent(short)}`;
  });
  return `${ref.pdf}#page=${ref.page}&article=${ref.article}${then.join("")}`;
}

export function parseEpaperArticleUrl(url: string): EpaperArticleRef | null {
  const m = /^([^#]+)#page=(\d+)&article=(\d+)((?:&then=[^&#]+)*)$/.exec(url);
  if (!m || !(m[1].startsWith("local:") || /\.pdf$/i.test(m[1].split("?")[0]))) return null;
  const ref: EpaperArticleRef = { pdf: m[1], page: Number(m[2]), article: Number(m[3]) };
  const then = m[4]
    .split("&then=")
    .filter(Boolean)
    .map((v) => {
      const u = decodeURIComponent(v);
      return hasScheme(u) ? u : folderOf(m[1]) + u;
    });
  if (then.length) ref.continuedIn = then;
  return ref;
}

/** Between the 版面 labels of a continued article's parts in its `page` (`第01版：要闻 / 第02版：开发区建设`). */
export const PAGE_SEPARATOR = " / ";

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
  // A continued article's page is its parts' labels joined by PAGE_SEPARATOR, in the order of its PDFs.
  const labels = (source.page ?? "").split(PAGE_SEPARATOR);
  const pdfs = [...new Set([ref.pdf, ...(ref.continuedIn ?? [])])];
  return readerQuery({
    issue: {
      title: source.date ? `科学导报 ${source.date}` : "科学导报",
      date: source.date ?? "",
      issueUrl: "",
      pages: pdfs.map((url, i) => ({ url, label: labels[i] || labelFromFileName(url) })),
    },
    open: 0,
    at: { page: ref.page, article: ref.article },
    fact: factId,
  });
}
