/**
 * Content script on kxdb.com: classify the page, annotate the article body
 * (and nothing else), and mount the reading UI in a shadow root.
 * Test hooks: <html data-kxdb-state="ready|skipped" data-kxdb-ms="…">.
 */
import { render } from "preact";
import { type CardRequest, ReadingUi } from "@/components/ReadingUi";
import { findArticle } from "@/lib/article/generic";
import { MARK_TAG } from "@/lib/highlight/highlighter";
import { onMessage, sendMessage } from "@/lib/messaging";
import { correctionsItem } from "@/lib/storageItems";
import { PageAnnotator } from "./annotator";
import { installHighlightStyle } from "./highlightStyle";
// Inlined into the shadow root: no web-accessible CSS file, so the script also works on sites the reader enables.
import uiCss from "./ui.css?inline";

export default defineContentScript({
  matches: ["*://www.kxdb.com/*", "*://kxdb.com/*", "*://m.kxdb.com/*"],
  runAt: "document_idle",
  cssInjectionMode: "manual",
  async main(ctx) {
    const started = performance.now();
    const root = document.documentElement;
    // Injected again by "annotate this site" into a tab where it already runs: nothing to do.
    if (root.hasAttribute("data-kxdb-state")) return;
    const page = findArticle(document, new URL(location.href));
    root.setAttribute("data-kxdb-page", page.kind);
    if (page.kind !== "article" || !page.body || !page.meta) {
      root.setAttribute("data-kxdb-state", "skipped");
      return;
    }
    installHighlightStyle(document);
    const annotator = new PageAnnotator(page.body, page.meta);
    await annotator.annotate();
    root.setAttribute("data-kxdb-ms", String(Math.round(performance.now() - started)));
    root.setAttribute("data-kxdb-state", annotator.state.error ? "error" : "ready");
    annotator.watch();

    // --- UI state that lives outside the annotator: the open card and the selection.
    let card: CardRequest | null = null;
    let selection = "";
    let openTimer: ReturnType<typeof setTimeout> | undefined;
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    let container: HTMLElement | undefined;

    const rerender = () => {
      if (!container) return;
      render(
        <ReadingUi
          controller={annotator}
          card={card}
          selection={selection}
          loadAppearances={(id) => sendMessage("entityInfo", id)}
          onCorrect={(change) => {
            card = null;
            selection = "";
            rerender();
            void sendMessage("correct", change);
          }}
          onCloseCard={() => setCard(null)}
          onCardHover={(inside) => (inside ? clearTimeout(closeTimer) : scheduleClose())}
        />,
        container,
      );
    };
    const setCard = (next: CardRequest | null) => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      card = next;
      rerender();
    };
    const scheduleClose = () => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => setCard(null), 350);
    };
    const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(MARK_TAG) : null);
    const request = (mark: HTMLElement): CardRequest => ({ anchor: mark, entityId: mark.getAttribute("data-kxdb-entity") ?? "" });

    const ui = await createShadowRootUi(ctx, {
      name: "kxdb-ui",
      position: "inline",
      anchor: "body",
      mode: "open",
      css: uiCss,
      onMount(c) {
        container = c;
        rerender();
        return c;
      },
      onRemove(c) {
        if (c) render(null, c);
      },
    });
    ui.mount();

    page.body.addEventListener("mouseover", (e) => {
      const mark = markOf(e.target);
      if (!mark) return;
      clearTimeout(closeTimer);
      clearTimeout(openTimer);
      openTimer = setTimeout(() => setCard(request(mark)), 150);
    });
    page.body.addEventListener("mouseout", (e) => {
      if (markOf(e.target)) {
        clearTimeout(openTimer);
        if (card) scheduleClose();
      }
    });
    page.body.addEventListener("focusin", (e) => {
      const mark = markOf(e.target);
      if (mark) setCard(request(mark));
    });
    page.body.addEventListener("click", (e) => {
      const mark = markOf(e.target);
      if (mark && !mark.closest("a")) setCard(request(mark));
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && card) setCard(null);
      const mark = markOf(e.target);
      if (mark && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        setCard(request(mark));
      }
    });
    document.addEventListener("selectionchange", () => {
      const sel = document.getSelection();
      const text = sel && !sel.isCollapsed && page.body?.contains(sel.anchorNode) ? sel.toString().replace(/\s+/g, "") : "";
      const next = text.length >= 2 && text.length <= 40 ? text : "";
      if (next !== selection) {
        selection = next;
        rerender();
      }
    });

    onMessage("toggleHighlights", () => annotator.setEnabled(!annotator.state.enabled));
    // A correction made in any tab re-annotates this one.
    correctionsItem.watch(() => void annotator.refresh());
  },
});
