/**
 * The page side of reading: take the article body's text, have the
 * background recognize it, show saved quotes and put highlights in, keep them
 * current when the page changes, take them out on request. The UI only reads
 * its state and calls its methods.
 */
import { describeRange, locate } from "@/lib/anchor/textQuote";
import type { FactRecord } from "@/lib/db/schema";
import { linksToQuote } from "@/lib/facts/quoteEntities";
import { type Suggestion, suggestFacts } from "@/lib/facts/suggest";
import { FACT_TAG, Highlighter, MARK_TAG, offsetsToRange, rangeToOffsets } from "@/lib/highlight/highlighter";
import { type Between, collectText } from "@/lib/highlight/textMap";
import { t } from "@/lib/i18n";
import { normalizeName } from "@/lib/model/names";
import type { ArticleSource } from "@/lib/model/reading";
import type { Mention } from "@/lib/ner/types";
import { requestAnnotation, sendMessage } from "@/lib/platform/messaging";

export interface AnnotatorState {
  enabled: boolean;
  mentions: Mention[];
  /** Milliseconds the last recognition took in the background. */
  recognizeMs: number;
  /**
   * Where the last annotation's time went (ms): the text map, the round trip to the recognizer (recognizeMs is
   * the part of it spent recognizing; host, when the host says, the part from its receipt to its answer), putting the
   * highlights in. For benchmarks (`data-kxdb-phases`), not shown
   * to readers.
   */
  phases?: { text: number; request: number; host?: number; apply: number };
  /** Facts saved from this article, anchored or not. */
  facts: FactRecord[];
  /** Ids of facts whose quote could not be found in the text any more. */
  detached: string[];
  suggestions: Suggestion[];
  error: string;
}

/** A selection turned into what a fact needs. */
export interface SelectedQuote {
  quote: string;
  start: number;
  end: number;
  entityIds: string[];
}

export class PageAnnotator {
  state: AnnotatorState = { enabled: true, mentions: [], recognizeMs: 0, facts: [], detached: [], suggestions: [], error: "" };
  private readonly marks = new Highlighter(MARK_TAG);
  private readonly quotes = new Highlighter(FACT_TAG);
  private readonly listeners = new Set<() => void>();
  private observer: MutationObserver | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private lastText = "";
  /** Counts annotate() runs: suggestions computed for an older run are dropped. */
  private generation = 0;

  constructor(
    readonly body: Element,
    readonly meta: ArticleSource,
    /** Only these children of `body` are the article (see PageInfo.between). */
    readonly between?: Between,
    /** The headline, outside `body` (see PageInfo.title): its text comes first. */
    readonly title?: Element,
  ) {}

  /** The article's text now (headline, then body), mapped to its Text nodes. */
  private textMap() {
    return collectText(this.body, this.between, this.title);
  }

  /** The article's elements: the body, and the headline when it is outside it. */
  get parts(): Element[] {
    return this.title ? [this.title, this.body] : [this.body];
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<AnnotatorState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private clearAll(): void {
    this.marks.clear();
    this.quotes.clear();
  }

  /** Recognize the body's current text, show saved quotes, highlight entities. */
  async annotate(reloadFacts = false): Promise<void> {
    this.pauseObserver();
    try {
      const t0 = performance.now();
      // Our wrappers are inline, so the text is the same with them in: ask for it first. Reading the selection below
      // lays the page out (6–130 ms measured) while the recognizer works, not before the request leaves.
      let map = this.textMap();
      const t1 = performance.now();
      let requestMs = 0;
      let hostMs: number | undefined;
      const ask = (text: string) => {
        const sent = performance.now();
        return requestAnnotation({ text, meta: this.meta }).then((result) => {
          requestMs += performance.now() - sent;
          hostMs = result.hostMs;
          return result;
        });
      };
      const asked = map.text !== this.lastText ? { text: map.text, result: ask(map.text) } : undefined;
      asked?.result.catch(() => {}); // awaited below unless the text changed meanwhile
      // Re-wrapping replaces the text nodes the reader's selection is in: keep it by its offsets (on the plain text meanwhile).
      let kept = this.selectionOffsets();
      this.clearAll();
      this.restoreSelection(kept);
      map = this.textMap();
      let { mentions, recognizeMs, facts } = this.state;
      for (let attempt = 1; ; attempt++) {
        if (map.text !== this.lastText) {
          // One round trip: the mentions and the facts saved from this article come together.
          const result = await (asked?.text === map.text && attempt === 1 ? asked.result : ask(map.text));
          mentions = result.mentions;
          recognizeMs = result.ms;
          facts = result.facts;
          this.lastText = map.text;
        } else if (reloadFacts) {
          const former = this.meta.formerUrls ?? [];
          facts = await sendMessage("factsForArticle", former.length ? [this.meta.url, ...former] : this.meta.url);
        }
        // The page may have changed the article while the background answered (the observer is paused meanwhile, so
        // nothing else would notice): offsets found on the old text would put highlights beside their names.
        const now = this.textMap();
        if (now.text === map.text) break;
        if (attempt === 3) throw new Error("the article's text kept changing");
        map = now;
      }
      const t2 = performance.now();
      kept = this.selectionOffsets(); // one made while the answer was on its way (a 2nd quote after a save) counts
      const detached: string[] = [];
      const quoteRanges: { start: number; end: number; attributes: Record<string, string> }[] = [];
      if (this.state.enabled) {
        // Saved quotes first, on the original text nodes, so each quote is one element; entity highlights go inside.
        for (const f of facts) {
          const at = locate(map.text, f.anchor);
          if (!at) detached.push(f.id);
          else quoteRanges.push({ start: at.start, end: at.end, attributes: { "data-kxdb-fact": f.id, title: t("savedQuote") } });
        }
        if (quoteRanges.length) {
          this.quotes.apply(map, quoteRanges);
          // The quotes split text nodes: map the new nodes. The text itself is the same (wrappers are inline), so the
          // mentions' offsets still hold; were it ever not, highlights would land beside their names — show none instead.
          const text = map.text;
          map = this.textMap();
          if (map.text !== text) throw new Error("article text changed while showing saved quotes");
        }
        this.marks.apply(
          map,
          mentions.map((m, i) => ({
            start: m.start,
            end: m.end,
            attributes: {
              "data-kxdb-type": m.type,
              "data-kxdb-entity": m.entityId,
              "data-kxdb-mention": String(i),
              tabindex: "0",
              role: "button",
              "aria-label": `${normalizeName(m.text)}（${t(m.type)}：${m.canonical}）`,
            },
          })),
        );
      }
      this.restoreSelection(kept);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      const phases = {
        text: round(t1 - t0),
        request: round(requestMs),
        ...(hostMs === undefined ? {} : { host: round(hostMs) }),
        apply: round(performance.now() - t2),
      };
      this.set({ mentions, recognizeMs, facts, detached, error: "", phases });
      // Suggested facts are for the panel, which is closed at first: found after the highlights are in.
      const generation = ++this.generation;
      const text = map.text;
      setTimeout(() => {
        if (generation === this.generation) this.set({ suggestions: suggestFacts(text, mentions, quoteRanges) });
      }, 0);
    } catch (e) {
      this.set({ error: t("annotateFailed", (e as Error).message) });
    } finally {
      this.resumeObserver();
    }
  }

  /** Where `selection` (the reader's) is in the article's text, when it is in the article and not collapsed. */
  private selectionOffsets(selection = this.body.ownerDocument.getSelection()): { start: number; end: number } | null {
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    if (!this.parts.some((part) => part.contains(range.commonAncestorContainer))) return null;
    return rangeToOffsets(this.textMap(), range);
  }

  private restoreSelection(at: { start: number; end: number } | null): void {
    const selection = this.body.ownerDocument.getSelection();
    if (!at || !selection) return;
    const range = offsetsToRange(this.textMap(), at.start, at.end);
    if (!range) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Highlights off restores the article's DOM exactly; on puts them back. */
  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled === this.state.enabled) return;
    this.set({ enabled });
    if (enabled) await this.annotate();
    else {
      this.pauseObserver();
      this.clearAll();
      this.resumeObserver();
    }
  }

  /** Re-recognize (after a correction): forget the cached result. */
  async refresh(): Promise<void> {
    this.lastText = "";
    await this.annotate(true);
  }

  /** Facts changed (here or in another tab): show the current ones. */
  async refreshFacts(): Promise<void> {
    await this.annotate(true);
  }

  /** The current selection as a quote of this article with the entities in or right around it, or null. */
  selectedQuote(selection: Selection | null): SelectedQuote | null {
    const at = this.selectionOffsets(selection);
    return at ? this.quoteAt(at.start, at.end) : null;
  }

  /** The stretch [start, end) of the text as a quote, trimmed, with the entities in or right around it; null when too short. */
  quoteAt(from: number, to: number): SelectedQuote | null {
    const map = this.textMap();
    let start = Math.max(0, from);
    let end = Math.min(map.text.length, to);
    while (start < end && /\s/.test(map.text[start])) start++;
    while (end > start && /\s/.test(map.text[end - 1])) end--;
    if (end - start < 2) return null;
    const entityIds = [
      ...new Set(this.state.mentions.filter((m) => linksToQuote(map.text, m.start, m.end, start, end)).map((m) => m.entityId)),
    ];
    return { quote: map.text.slice(start, end), start, end, entityIds };
  }

  /** Save a quote (selection or suggestion) of this article as a fact. */
  async save(q: { start: number; end: number; entityIds: string[] }) {
    const text = this.textMap().text;
    const { url, title, date, source, issue, page } = this.meta;
    return sendMessage("saveFact", {
      quote: text.slice(q.start, q.end),
      entityIds: q.entityIds,
      anchor: describeRange(text, q.start, q.end),
      source: { url, title, date, source, issue, ...(page ? { page } : {}) },
    });
  }

  /**
   * Content the page inserts or replaces after load is annotated too. Returns what stops watching (the reading
   * layer going away: an annotation started after that would ask a background that is no longer ours).
   */
  watch(): () => void {
    this.observer = new MutationObserver(() => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.annotate(), 300);
    });
    this.resumeObserver();
    return () => {
      this.pauseObserver();
      this.observer = undefined;
      clearTimeout(this.debounce);
    };
  }

  highlights(entityId?: string): HTMLElement[] {
    const sel = entityId ? `${MARK_TAG}[data-kxdb-entity="${CSS.escape(entityId)}"]` : MARK_TAG;
    return this.parts.flatMap((part) => Array.from(part.querySelectorAll<HTMLElement>(sel)));
  }

  private pauseObserver(): void {
    this.observer?.disconnect();
  }

  private resumeObserver(): void {
    for (const part of this.parts) this.observer?.observe(part, { childList: true, subtree: true, characterData: true });
  }
}
