/**
 * Generic article detection, for pages whose markup our selectors miss (the
 * site changed, or another news site the reader switched on). Readability
 * (Firefox Reader View's heuristics) decides whether the page is an article
 * and what its text is; we then find the live element that holds that text,
 * because highlights must go into the page itself, not into Readability's copy.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import type { ArticleSource } from "../model/reading";
import { classifyKxdbPage, isKxdbHost, type PageInfo } from "./kxdb";

const squash = (s: string) => s.replace(/\s+/g, "");

export function findArticleGenerically(doc: Document, url: URL): PageInfo {
  const none: PageInfo = { kind: "other", body: null, meta: null, via: null };
  if (!isProbablyReaderable(doc)) return none;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const articleText = squash(parsed?.textContent ?? "");
  if (articleText.length < 200) return none;
  // The deepest live element that still holds most of Readability's text.
  const probe = articleText.slice(0, 40);
  let best: Element | null = null;
  for (const el of Array.from(doc.body?.querySelectorAll("article, main, section, div, td") ?? [])) {
    const t = squash(el.textContent ?? "");
    if (!t.includes(probe) || t.length < articleText.length * 0.8) continue;
    if (!best || best.contains(el)) best = el;
  }
  if (!best) return none;
  const meta: ArticleSource = {
    title: parsed?.title ?? doc.title,
    date: (parsed?.publishedTime ?? "").slice(0, 10),
    source: parsed?.siteName ?? url.hostname,
    author: parsed?.byline ?? "",
    url: url.href.split("#")[0],
    issue: "",
  };
  // The headline, when Readability's text leaves it out (an h1 above the article's element, its text the title's
  // or the title's without the site name): read with it.
  const body = best;
  const titles = [squash(meta.title), squash(doc.title)];
  const headline = Array.from(doc.body?.querySelectorAll("h1") ?? []).find((h) => {
    const t = squash(h.textContent ?? "");
    return t.length >= 4 && titles.some((title) => title.includes(t)) && !body.contains(h) && !h.contains(body);
  });
  return { kind: "article", body, ...(headline ? { title: headline } : {}), meta, via: "generic" };
}

/** kxdb.com's own markup first; generic detection where it misses. */
export function findArticle(doc: Document, url: URL): PageInfo {
  if (isKxdbHost(url.hostname)) {
    const page = classifyKxdbPage(doc, url);
    if (page.kind !== "other") return page;
  }
  return findArticleGenerically(doc, url);
}
