/**
 * Articles continued on another 版面 (下转第N版 / 上接第M版), as the reader's
 * pages arrive one by one: lib/epaper/continuation joins the parts read so
 * far, and each part on its page gets the whole article (text, mentions,
 * source). A part whose partner is not read yet is read alone, and read again
 * joined when the partner arrives; the store then records the joined article
 * once, in place of whatever the parts were recorded under alone
 * (ArticleSource.formerUrls).
 *
 * The joined article's URL is where it starts plus `&then=` the PDFs it goes
 * on in (lib/epaper/links). A first part whose partner page the issue lists
 * gets that URL at once, so facts saved from it before the join keep theirs.
 */
import { joinContinuations, pageOfLabel } from "@/lib/epaper/continuation";
import type { EpaperIssue } from "@/lib/epaper/issue";
import type { EpaperArticle } from "@/lib/epaper/layout";
import { epaperArticleUrl, PAGE_SEPARATOR } from "@/lib/epaper/links";
import type { ArticleSource, Mention } from "@/lib/model/reading";
import {
  headlineMentions,
  partMentions,
  type ReaderArticle,
  readingText,
  recognizeArticle,
  type Sheet,
  type WholeArticle,
} from "./model";

export const isContinued = (a: EpaperArticle) => a.continuesOn !== undefined || a.continuedFrom !== undefined;

/** A part's own address, the one every article had before parts were joined. */
const partUrl = (s: Sheet, k: number) => epaperArticleUrl({ pdf: s.pdfUrl, page: s.pdfPage, article: k });

const unique = (xs: string[]) => [...new Set(xs)];
/** What a recognition depends on: the article's address, what it replaces, and its text. */
const signature = (meta: ArticleSource, text: string) => `${meta.url}\n${(meta.formerUrls ?? []).join(" ")}\n${text}`;

/** The loader's memory of continued articles over one issue's loading. */
export class Continuations {
  /** Mentions of each whole recognized, by signature. */
  private readonly recognized = new Map<string, Mention[]>();
  /** The URL each part was last recorded under (alone, or in a shorter chain than now). */
  private readonly recordedAs = new Map<string, string>();

  /** 版 numbers of pages that could not be read: nothing is awaited from them (their PDFs stay in addresses). */
  private readonly failed = new Set<number>();

  constructor(private readonly issue: EpaperIssue) {}

  /** A page of the issue could not be read. */
  pageFailed(label: string): void {
    this.failed.add(pageOfLabel(label));
  }

  /** The sheets with every continued article's parts joined as far as the pages read allow (new objects where changed). */
  async join(sheets: Sheet[]): Promise<Sheet[]> {
    const groups = joinContinuations(
      sheets.map((s) => ({ page: pageOfLabel(s.label), articles: s.articles.map((a) => a.epaper) })),
    );
    const read = new Set(sheets.map((s) => pageOfLabel(s.label)));
    /** A 版 of the issue not read yet: its PDF. */
    const toCome = (n: number | undefined) =>
      n === undefined || read.has(n) ? undefined : this.issue.pages.find((p) => pageOfLabel(p.label) === n);
    const out = sheets.map((s) => ({ ...s, articles: [...s.articles] }));
    for (const g of groups) {
      // The first part's headline, then the parts' bodies: each part's body starts further on by the headline.
      const { text, bodyAt } = readingText(g.headline, g.text);
      const parts = g.parts.map((p) => ({ sheet: sheets[p.sheet], at: p.sheet, index: p.article, offset: bodyAt + p.offset }));
      const first = parts[0];
      const last = parts[parts.length - 1];
      const head = first.sheet.articles[first.index];
      const tail = last.sheet.articles[last.index].epaper;
      if (parts.length === 1 && !isContinued(head.epaper)) continue;
      const next = toCome(tail.continuesOn);
      const before = toCome(head.epaper.continuedFrom);
      const then = unique([...parts.slice(1).map((p) => p.sheet.pdfUrl), ...(next ? [next.url] : [])]);
      const url = epaperArticleUrl({
        pdf: first.sheet.pdfUrl,
        page: first.sheet.pdfPage,
        article: first.index,
        continuedIn: then.filter((u) => u !== first.sheet.pdfUrl),
      });
      const keyOf = (p: (typeof parts)[number]) => `${p.sheet.key}:${p.index}`;
      const former = unique(parts.flatMap((p) => [partUrl(p.sheet, p.index), this.recordedAs.get(keyOf(p)) ?? ""])).filter(
        (u) => u && u !== url,
      );
      const { formerUrls: _, ...base } = head.meta;
      const meta: ArticleSource = {
        ...base,
        url,
        page: parts.map((p) => p.sheet.label).join(PAGE_SEPARATOR),
        ...(former.length ? { formerUrls: former } : {}),
      };
      const sig = signature(meta, text);
      let mentions = this.recognized.get(sig);
      if (!mentions) {
        mentions = await recognizeArticle({ text, minor: g.minor }, meta);
        this.recognized.set(sig, mentions);
      }
      for (const p of parts) this.recordedAs.set(keyOf(p), url);
      const refs = parts.map((p) => ({ sheet: p.sheet.key, index: p.index, offset: p.offset, label: p.sheet.label }));
      const awaited = (n: number | undefined) => (n !== undefined && !this.failed.has(n) ? n : 0);
      const waiting = (next && awaited(tail.continuesOn)) || (before && awaited(head.epaper.continuedFrom)) || 0;
      parts.forEach((p, i) => {
        const articles = out[p.at].articles;
        const a = articles[p.index];
        const whole: WholeArticle = { text, headline: g.headline, mentions, parts: refs, part: i, waiting };
        const own = partMentions(mentions, p.offset, a.epaper.text.length);
        const headMentions = i === 0 ? headlineMentions(whole) : [];
        articles[p.index] = { ...a, meta, title: meta.title, mentions: own, headMentions, whole };
      });
    }
    return out;
  }

  /** After a correction: every article recognized again, a continued one once for all its parts. */
  async again(sheets: Sheet[]): Promise<Sheet[]> {
    const byUrl = new Map<string, Promise<Mention[]>>();
    const mentionsOf = (a: ReaderArticle) => {
      let found = byUrl.get(a.meta.url);
      if (!found) {
        const minor = a.whole.parts.length === 1 && a.epaper.minor;
        found = recognizeArticle({ text: a.whole.text, minor }, a.meta);
        byUrl.set(a.meta.url, found);
        if (a.whole.parts.length > 1 || isContinued(a.epaper))
          void found.then((m) => this.recognized.set(signature(a.meta, a.whole.text), m));
      }
      return found;
    };
    return Promise.all(
      sheets.map(async (s) => ({
        ...s,
        articles: await Promise.all(
          s.articles.map(async (a): Promise<ReaderArticle> => {
            const mentions = await mentionsOf(a);
            const offset = a.whole.parts[a.whole.part].offset;
            const own = partMentions(mentions, offset, a.epaper.text.length);
            const whole = { ...a.whole, mentions };
            return { ...a, mentions: own, headMentions: a.whole.part === 0 ? headlineMentions(whole) : [], whole };
          }),
        ),
      })),
    );
  }
}
