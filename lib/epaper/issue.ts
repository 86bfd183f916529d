/**
 * An e-paper issue page on kxdb.com (`dzbk/show.php?itemid=N`): the issue's
 * title and date and the PDF of each newspaper page (版面) it links to.
 * Works on any Document (the live page, or jsdom in tests).
 */
import { isoDate } from "../article/kxdb";
import { foldWidths } from "../ner/normalize";

export interface EpaperPage {
  /** Absolute URL of the page's PDF. */
  url: string;
  /** As the site labels it: `第05版：开发区建设·要闻`. */
  label: string;
}

export interface EpaperIssue {
  title: string;
  /** `YYYY-MM-DD`, "" when the page shows none. */
  date: string;
  /** The issue page itself, so the reader can link back. */
  issueUrl: string;
  pages: EpaperPage[];
}

/** The PDF links of an issue page; links outside the article area count only when it has none. */
export function pdfLinks(doc: Document): HTMLAnchorElement[] {
  const isPdf = (a: HTMLAnchorElement) => /\.pdf$/i.test(new URL(a.href, doc.baseURI).pathname);
  const inArticle = Array.from(doc.querySelectorAll<HTMLAnchorElement>("#article a[href]")).filter(isPdf);
  return inArticle.length ? inArticle : Array.from(doc.querySelectorAll<HTMLAnchorElement>("a[href]")).filter(isPdf);
}

/** A page label from a PDF's file name when the site gives none: `kxdb20251024-05.pdf` → `第05版`. */
export function labelFromFileName(url: string): string {
  const m = /[-_](\d{1,2})\.pdf$/i.exec(url.split(/[?#]/)[0]);
  return m ? `第${m[1].padStart(2, "0")}版` : "";
}

/** A date from a PDF's file name: `kxdb20251024-05.pdf` → `2025-10-24`. */
export function dateFromFileName(url: string): string {
  const m = /(20\d{2})(\d{2})(\d{2})/.exec(url.split(/[?#]/)[0].split("/").pop() ?? "");
  return m && Number(m[2]) <= 12 && Number(m[3]) <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

export function readIssue(doc: Document, pageUrl: string): EpaperIssue {
  const title = (doc.querySelector("h1#title, h1.title, h1")?.textContent ?? doc.title).replace(/\s+/g, " ").trim();
  const date = isoDate(title) || isoDate(doc.querySelector(".info")?.textContent ?? "");
  const seen = new Set<string>();
  const pages: EpaperPage[] = [];
  for (const a of pdfLinks(doc)) {
    const url = new URL(a.getAttribute("href") ?? "", pageUrl).href;
    if (seen.has(url)) continue;
    seen.add(url);
    const label = (a.textContent ?? "").replace(/\s+/g, " ").trim() || labelFromFileName(url) || `第${pages.length + 1}版`;
    pages.push({ url, label });
  }
  return { title, date, issueUrl: pageUrl, pages };
}

/**
 * The issue number (期) from a page's masthead, `第15期 总第4374期` → `15`;
 * "" when the page has none. Both numbers are required, so `第3期培训班` in an
 * article does not count.
 */
export function issueNumberFromPage(pageText: string): string {
  // Full-width digits (３７) are common in Chinese typesetting.
  const ascii = foldWidths(pageText);
  return /第\s*(\d{1,3})\s*期\s*总\s*第\s*\d+\s*期/.exec(ascii)?.[1] ?? "";
}
