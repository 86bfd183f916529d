/**
 * Content script on kxdb.com: classify the page, annotate the article body
 * (and nothing else), and mount the reading layer (components/reading).
 * E-paper issue pages get "open in the reader" buttons (components/reader/issuePageButtons.ts).
 * Test hooks: <html data-kxdb-state="ready|skipped" data-kxdb-ms="…" data-kxdb-phases="find:… text:… request:… host:… apply:… recognize:…">.
 */

import { addReaderActions } from "@/components/reader/issuePageButtons";
import { PageAnnotator } from "@/components/reading/annotator";
import { mountReading } from "@/components/reading/mountReading";
import { findArticle } from "@/lib/article/generic";
import { openHostChannel } from "@/lib/platform/hostChannel";

export default defineContentScript({
  matches: ["*://www.kxdb.com/*", "*://kxdb.com/*", "*://m.kxdb.com/*"],
  runAt: "document_idle",
  cssInjectionMode: "manual",
  async main(ctx) {
    const started = performance.now();
    const root = document.documentElement;
    // Injected again by "annotate this site" into a tab where a copy found nothing to annotate: nothing to do (a copy
    // that annotated the page gives way to this one, see onInvalidated below).
    if (root.hasAttribute("data-kxdb-state")) return;
    // An article's address: the channel to the recognizer opens while the article is found and its text read.
    if (/show\.php\?itemid=/.test(location.href)) openHostChannel();
    const page = findArticle(document, new URL(location.href));
    const found = performance.now();
    root.setAttribute("data-kxdb-page", page.kind);
    // E-paper issue: nothing to highlight on the page itself; its PDFs open in our reader.
    if (page.kind === "epaper-issue") root.setAttribute("data-kxdb-epaper-pages", String(addReaderActions(document)));
    if (page.kind !== "article" || !page.body || !page.meta) {
      root.setAttribute("data-kxdb-state", "skipped");
      return;
    }
    const annotator = new PageAnnotator(page.body, page.meta, page.between, page.title);
    await annotator.annotate();
    root.setAttribute("data-kxdb-ms", String(Math.round(performance.now() - started)));
    // Where that time went, for the reading benchmark.
    const { phases: annotated, recognizeMs } = annotator.state;
    const phases = { find: Math.round((found - started) * 10) / 10, ...annotated, recognize: Math.round(recognizeMs * 10) / 10 };
    root.setAttribute(
      "data-kxdb-phases",
      Object.entries(phases)
        .map(([k, v]) => `${k}:${v}`)
        .join(" "),
    );
    root.setAttribute("data-kxdb-state", annotator.state.error ? "error" : "ready");
    // In the same task as the highlights went in, so they are never painted without their style.
    const reading = mountReading({ annotator, scope: annotator.parts, shortcuts: true });
    const unwatch = annotator.watch();
    // The extension reloaded, or a newer copy of this script started ("annotate this site" again after switching it
    // off): this copy's reading layer goes, and the state it set with it, so that the newer copy annotates afresh.
    ctx.onInvalidated(() => {
      unwatch();
      reading.dispose();
      root.removeAttribute("data-kxdb-state");
      root.removeAttribute("data-kxdb-ms");
      root.removeAttribute("data-kxdb-phases");
    });
  },
});
