/**
 * Content script on kxdb.com: classify the page, annotate the article body
 * (and nothing else), and mount the reading UI in a shadow root.
 * E-paper issue pages get "open in the reader" buttons (epaperActions.ts).
 * Test hooks: <html data-kxdb-state="ready|skipped" data-kxdb-ms="…">.
 */
import { render } from "preact";
// Inlined into the shadow root: no web-accessible CSS file, so the script also works on sites the reader enables.
import sharedCss from "@/assets/styles/shared.css?inline";
import { PageAnnotator } from "@/components/reading/annotator";
import { installHighlightStyle } from "@/components/reading/highlightStyle";
import { type ReadingSession, startReadingSession } from "@/components/reading/readingSession";
import uiCss from "@/components/reading/ui.css?inline";
import { findArticle } from "@/lib/article/generic";
import { onMessage } from "@/lib/platform/messaging";
import { correctionsItem } from "@/lib/platform/storageItems";
import { addReaderActions } from "./epaperActions";

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
    // E-paper issue: nothing to highlight on the page itself; its PDFs open in our reader.
    if (page.kind === "epaper-issue") root.setAttribute("data-kxdb-epaper-pages", String(addReaderActions(document)));
    if (page.kind !== "article" || !page.body || !page.meta) {
      root.setAttribute("data-kxdb-state", "skipped");
      return;
    }
    installHighlightStyle(document);
    const annotator = new PageAnnotator(page.body, page.meta, page.between);
    await annotator.annotate();
    root.setAttribute("data-kxdb-ms", String(Math.round(performance.now() - started)));
    root.setAttribute("data-kxdb-state", annotator.state.error ? "error" : "ready");
    annotator.watch();

    let session: ReadingSession | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: "kxdb-ui",
      position: "inline",
      anchor: "body",
      mode: "open",
      css: sharedCss + uiCss,
      onMount(container) {
        session = startReadingSession({ annotator, container, scope: page.body as Element });
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    onMessage("toggleHighlights", () => annotator.setEnabled(!annotator.state.enabled));
    onMessage("saveSelection", () => session?.saveSelection());
    // Facts saved, edited or deleted in any tab: show the current ones here.
    onMessage("factsChanged", () => session?.factsChanged());
    // A correction made in any tab re-annotates this one.
    correctionsItem.watch(() => void annotator.refresh());
  },
});
