/**
 * Articles continued on another 版面: the part ending `（下转第2版）` on 第1版
 * and the part starting `（上接第1版）` on 第2版 are one article. The layout
 * reads each page alone (types.ts: continuesOn / continuedFrom, markers cut
 * out of the text); this joins the parts across an issue's pages, so the
 * reader can show, recognize and cite the article whole. Pure.
 */
import { pageNumber } from "./text";
import type { EpaperArticle } from "./types";

/** One PDF page of the issue: its 版 number (NaN when unknown) and its articles in reading order. */
export interface SheetArticles {
  page: number;
  articles: EpaperArticle[];
}

/** A part of a joined article: which sheet and article it is, and where its text starts in the joined text. */
export interface ArticlePart {
  sheet: number;
  article: number;
  offset: number;
}

export interface JoinedArticle {
  headline: string;
  byline: string;
  captions: string[];
  minor: boolean;
  /** The parts' texts in order; a paragraph break between parts only where the first ends a sentence. */
  text: string;
  /** In reading order; parts[0] is where the article starts. One part for an article not continued. */
  parts: ArticlePart[];
}

/** The 版 number of a page label: `第05版：开发区建设·要闻` → 5, `第十二版` → 12; NaN without one. */
export function pageOfLabel(label: string): number {
  const m = /第\s*([0-9０-９一二三四五六七八九十]{1,3})\s*版/.exec(label);
  return m ? pageNumber(m[1]) : Number.NaN;
}

/** Characters shared as 2-character pieces: how alike two headlines are (a continuation often repeats a short form). */
function likeness(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) n++;
  return n;
}

/**
 * The articles with continued parts joined: a part that goes on at
 * 版 X is followed by the article on 版 X that comes from its page (the one
 * whose headline is most like its own, when several do), and so on along the
 * chain. Parts taken into another article are not listed again; an article
 * whose continuation is not found stays as it is.
 */
export function joinContinuations(sheets: SheetArticles[]): JoinedArticle[] {
  const key = (s: number, a: number) => `${s}.${a}`;
  const taken = new Set<string>();
  const next = (s: number, a: number): [number, number] | null => {
    const from = sheets[s];
    const part = from.articles[a];
    if (part.continuesOn === undefined) return null;
    let best: [number, number] | null = null;
    let score = -1;
    sheets.forEach((sheet, t) => {
      if (sheet.page !== part.continuesOn || t === s) return;
      sheet.articles.forEach((c, k) => {
        if (c.continuedFrom !== from.page || taken.has(key(t, k))) return;
        const like = likeness(part.headline, c.headline);
        if (like > score) {
          score = like;
          best = [t, k];
        }
      });
    });
    return best;
  };
  // Chains first, from each part that starts an article (continued from nowhere on this issue).
  const chains = new Map<string, [number, number][]>();
  // Parts coming from nowhere first, so a chain is followed from its start whatever the order of the pages.
  for (const pass of [0, 1])
    for (const [s, sheet] of sheets.entries())
      for (const [k, a] of sheet.articles.entries()) {
        if (a.continuesOn === undefined || taken.has(key(s, k)) || chains.has(key(s, k))) continue;
        if (pass === 0 && a.continuedFrom !== undefined) continue;
        const chain: [number, number][] = [[s, k]];
        for (let at = next(s, k); at && !chain.some(([p, q]) => p === at?.[0] && q === at?.[1]); at = next(at[0], at[1])) {
          chain.push(at);
          taken.add(key(at[0], at[1]));
        }
        chains.set(key(s, k), chain);
      }
  const joined: JoinedArticle[] = [];
  for (const [s, sheet] of sheets.entries())
    for (const [k, a] of sheet.articles.entries()) {
      if (taken.has(key(s, k))) continue;
      const chain = chains.get(key(s, k)) ?? [[s, k]];
      let text = "";
      const parts: ArticlePart[] = [];
      const captions: string[] = [];
      for (const [t, q] of chain) {
        const part = sheets[t].articles[q];
        if (text && /[。！？”」]$/.test(text)) text += "\n";
        parts.push({ sheet: t, article: q, offset: text.length });
        text += part.text;
        captions.push(...part.captions);
      }
      joined.push({ headline: a.headline, byline: a.byline, captions, minor: a.minor && chain.length === 1, text, parts });
    }
  return joined;
}
