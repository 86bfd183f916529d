/**
 * What kind of kxdb.com page is this, and where is its article?
 * kxdb.com runs the DESTOON CMS: an article is `…/show.php?itemid=N` with the
 * title in `h1#title`, the byline in `.info`, an optional `.introduce` and the
 * body in `#article` inside `#content`; the e-paper is under `/dzbk/`. Older
 * article pages use other containers: kxdbBody.ts finds their body.
 * Pure DOM reading: runs on the live page and in tests (jsdom).
 */
import type { Between } from "../highlight/textMap";
import type { ArticleSource } from "../model/reading";
import { findKxdbBody, findKxdbTitle, titleWithoutSite } from "./kxdbBody";

export type PageKind = "article" | "epaper-issue" | "list" | "home" | "other";

/**
 * What a page says about its article: the fields of the stored article record
 * (lib/model/records.ts; `date` from the byline, `url` without tracking or page
 * parameters, `issue` when the page shows one), the e-paper page (版面,
 * `第05版：开发区建设·要闻`) that facts cite, and the DESTOON item id.
 */

export interface PageInfo {
  kind: PageKind;
  /** The element whose text is the article body; null unless kind is article. */
  body: Element | null;
  /** Only these children of `body` are the article (the body shares its parent with the title, prev/next links …). */
  between?: Between;
  /**
   * The headline, when the body's text does not hold it (`h1#title` beside `#article`): read with the body, its
   * text first, so the names in it are highlighted too.
   */
  title?: Element;
  meta: ArticleSource | null;
  /** How the body was found: the site's own markup, or generic article detection. */
  via: "kxdb" | "generic" | null;
}

const KXDB_HOST = /(^|\.)kxdb\.com$/i;

export function isKxdbHost(hostname: string): boolean {
  return KXDB_HOST.test(hostname);
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The first date in `text`, `2025年10月24日` or `2025-10-24` → `2025-10-24`; "" when none. */
export function isoDate(text: string): string {
  const m = /(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})/.exec(text);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : "";
}

/** `发布日期：2025-10-24  来源：科学导报  作者：任志霞 郭亚星  浏览次数：127` → fields. */
export function parseByline(info: string): Pick<ArticleSource, "date" | "source" | "author" | "issue"> {
  const flat = info.replace(/\u00a0/g, " ");
  const field = (label: string) => new RegExp(`${label}[：:]\\s*(.+?)(?=\\s+\\S+[：:]|\\s*$)`).exec(flat)?.[1]?.trim() ?? "";
  return {
    date: isoDate(flat),
    source: field("来源"),
    author: field("作者"),
    issue: /第\s*(\d+)\s*期/.exec(flat)?.[1] ?? "",
  };
}

function canonicalUrl(url: URL, itemId: string): string {
  const u = new URL(url.pathname, url.origin);
  if (itemId) u.searchParams.set("itemid", itemId);
  return u.href;
}

/** Classify a kxdb.com page and find its article body (site markup first). */
export function classifyKxdbPage(doc: Document, url: URL): PageInfo {
  const path = url.pathname.toLowerCase();
  const itemId = url.searchParams.get("itemid") ?? "";
  if (path.startsWith("/dzbk/")) {
    return { kind: path.endsWith("/show.php") && itemId ? "epaper-issue" : "list", body: null, meta: null, via: null };
  }
  if (path === "/" || path === "/index.php" || path === "/index.html") return { kind: "home", body: null, meta: null, via: null };
  if (/\/(list|search)\.php$/.test(path) || (path.endsWith("/") && !itemId))
    return { kind: "list", body: null, meta: null, via: null };
  const titleEl = findKxdbTitle(doc);
  const info = text(doc.querySelector(".info"));
  const meta = (byline: string): ArticleSource => ({
    title: text(titleEl) || titleWithoutSite(doc.title),
    ...parseByline([info && (isoDate(info) || !byline) ? info : byline, text(doc.querySelector(".introduce"))].join(" ")),
    url: canonicalUrl(url, itemId),
  });
  const body = doc.querySelector("#content #article, #article");
  if (body && text(body).length > 0) {
    const title = separateHeadline(titleEl, body);
    return { kind: "article", body, ...(title ? { title } : {}), via: "kxdb", meta: meta("") };
  }
  // An article address whose page has no #article (an older template): the body from the page's structure.
  if (path.endsWith("/show.php") && itemId) {
    const found = findKxdbBody(doc, titleEl);
    if (found) {
      const { body, between, byline } = found;
      const title = separateHeadline(titleEl, body, between);
      return {
        kind: "article",
        body,
        ...(between ? { between } : {}),
        ...(title ? { title } : {}),
        via: "kxdb",
        meta: meta(byline),
      };
    }
  }
  return { kind: "other", body: null, meta: null, via: null };
}

/** `a` comes before `b` in the document (Node.DOCUMENT_POSITION_FOLLOWING: `b` follows `a`). */
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0 && !b.contains(a);

/** The headline when the body's text leaves it out: outside the body, or before the part of it that is the article. */
function separateHeadline(title: Element | null, body: Element, between?: Between): Element | undefined {
  if (!title || title.contains(body) || !text(title)) return undefined;
  if (!body.contains(title)) return title;
  const first = between ? (between.after ? between.after.nextSibling : body.firstChild) : null;
  return first && precedes(title, first) ? title : undefined;
}
