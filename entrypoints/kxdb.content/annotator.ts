/**
 * The page side of reading: take the article body's text, have the
 * background recognize it, put highlights in, keep them current when the
 * page changes, take them out on request. Small on purpose: the UI only reads
 * its state and calls its methods.
 */
import type { ArticleMeta } from "@/lib/article/kxdb";
import { Highlighter, MARK_TAG } from "@/lib/highlight/highlighter";
import { collectText } from "@/lib/highlight/textMap";
import { t } from "@/lib/i18n";
import { sendMessage } from "@/lib/messaging";
import type { Mention } from "@/lib/ner/types";

export interface AnnotatorState {
  enabled: boolean;
  mentions: Mention[];
  /** Milliseconds the last recognition took in the background. */
  recognizeMs: number;
  error: string;
}

export class PageAnnotator {
  state: AnnotatorState = { enabled: true, mentions: [], recognizeMs: 0, error: "" };
  private readonly highlighter = new Highlighter();
  private readonly listeners = new Set<() => void>();
  private observer: MutationObserver | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private lastText = "";

  constructor(
    readonly body: Element,
    readonly meta: ArticleMeta,
  ) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<AnnotatorState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  /** Recognize the body's current text and highlight it. */
  async annotate(): Promise<void> {
    this.pauseObserver();
    try {
      this.highlighter.clear();
      const map = collectText(this.body);
      let mentions = this.state.mentions;
      let recognizeMs = this.state.recognizeMs;
      if (map.text !== this.lastText) {
        const result = await sendMessage("annotateArticle", { text: map.text, meta: this.meta });
        mentions = result.mentions;
        recognizeMs = result.ms;
        this.lastText = map.text;
      }
      if (this.state.enabled) {
        this.highlighter.apply(map, mentions, (m) => `${m.text.replace(/\s+/g, "")}（${t(m.type)}：${m.canonical}）`);
      }
      this.set({ mentions, recognizeMs, error: "" });
    } catch (e) {
      this.set({ error: t("annotateFailed", (e as Error).message) });
    } finally {
      this.resumeObserver();
    }
  }

  /** Highlights off restores the article's DOM exactly; on puts them back. */
  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled === this.state.enabled) return;
    this.set({ enabled });
    if (enabled) await this.annotate();
    else {
      this.pauseObserver();
      this.highlighter.clear();
      this.resumeObserver();
    }
  }

  /** Re-recognize (after a correction): forget the cached result. */
  async refresh(): Promise<void> {
    this.lastText = "";
    await this.annotate();
  }

  /** Content the page inserts or replaces after load is annotated too. */
  watch(): void {
    this.observer = new MutationObserver((records) => {
      const ours = records.every((r) =>
        [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === 1 && (n as Element).tagName.toLowerCase() === MARK_TAG),
      );
      if (ours) return;
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.annotate(), 300);
    });
    this.resumeObserver();
  }

  marks(entityId?: string): HTMLElement[] {
    const sel = entityId ? `${MARK_TAG}[data-kxdb-entity="${CSS.escape(entityId)}"]` : MARK_TAG;
    return Array.from(this.body.querySelectorAll<HTMLElement>(sel));
  }

  private pauseObserver(): void {
    this.observer?.disconnect();
  }

  private resumeObserver(): void {
    this.observer?.observe(this.body, { childList: true, subtree: true, characterData: true });
  }
}
