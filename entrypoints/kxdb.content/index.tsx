/**
 * Content script on kxdb.com: classify the page, annotate the article body
 * (and nothing else), and mount the reading UI in a shadow root.
 * Test hooks: <html data-kxdb-state="ready|skipped" data-kxdb-ms="…">.
 */
import { render } from "preact";
// Inlined into the shadow root: no web-accessible CSS file, so the script also works on sites the reader enables.
import sharedCss from "@/assets/styles/shared.css?inline";
import type { EntityChoice } from "@/components/FactEditor";
import { type CardRequest, ReadingUi, type ReadingUiProps, type Toast } from "@/components/ReadingUi";
import { findArticle } from "@/lib/article/generic";
import type { FactRecord } from "@/lib/db/schema";
import { MARK_TAG } from "@/lib/highlight/highlighter";
import { t } from "@/lib/i18n";
import { onMessage, sendMessage } from "@/lib/messaging";
import { correctionsItem } from "@/lib/storageItems";
import { PageAnnotator } from "./annotator";
import { installHighlightStyle } from "./highlightStyle";
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

    // --- UI state that lives outside the annotator: the open card, the selection, the editor, a toast.
    let card: CardRequest | null = null;
    let selection = "";
    let selectionRect: DOMRect | null = null;
    let editing: ReadingUiProps["editing"] = null;
    let toast: Toast | null = null;
    let factsVersion = 0;
    let openTimer: ReturnType<typeof setTimeout> | undefined;
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    let toastTimer: ReturnType<typeof setTimeout> | undefined;
    let container: HTMLElement | undefined;

    /** Entities the editor offers: the fact's own, then the article's. */
    const choicesFor = async (fact: FactRecord): Promise<EntityChoice[]> => {
      const here = new Map(
        annotator.state.mentions.map((m) => [m.entityId, { entityId: m.entityId, canonical: m.canonical, type: m.type }]),
      );
      const missing = fact.entityIds.filter((id) => !here.has(id));
      const names = missing.length ? await sendMessage("entityNames", missing) : {};
      const own = fact.entityIds.map(
        (id) => here.get(id) ?? { entityId: id, canonical: names[id]?.canonical ?? id, type: names[id]?.type ?? "COMPANY" },
      );
      return [...own, ...[...here.values()].filter((c) => !fact.entityIds.includes(c.entityId))];
    };
    const showToast = (next: Toast) => {
      clearTimeout(toastTimer);
      toast = next;
      rerender();
      toastTimer = setTimeout(() => {
        toast = null;
        rerender();
      }, 8000);
    };
    const edit = async (fact: FactRecord) => {
      editing = { fact, choices: await choicesFor(fact) };
      rerender();
    };
    /** One click saves; the editor then opens for the optional note, tags and links. */
    const saveQuote = async (q: { start: number; end: number; entityIds: string[] }) => {
      try {
        const { fact, created } = await annotator.save(q);
        document.getSelection()?.removeAllRanges();
        selection = "";
        selectionRect = null;
        showToast({ message: created ? t("saved") : t("alreadySaved") });
        await edit(fact);
      } catch (e) {
        showToast({ message: t("saveFailed", (e as Error).message) });
      }
    };
    const saveSelection = () => {
      const q = annotator.selectedQuote(document.getSelection());
      if (q) void saveQuote(q);
    };

    const rerender = () => {
      if (!container) return;
      render(
        <ReadingUi
          controller={annotator}
          card={card}
          selection={selection}
          selectionRect={selectionRect}
          editing={editing}
          toast={toast}
          factsVersion={factsVersion}
          loadAppearances={(id) => sendMessage("entityInfo", id)}
          loadFacts={(id) => sendMessage("factsForEntity", id)}
          loadTrash={() => sendMessage("trash", undefined)}
          onSaveSelection={saveSelection}
          onSaveSuggestion={(s) => void saveQuote(s)}
          onEditFact={(f) => void edit(f)}
          onEditConfirm={async (patch) => {
            if (!editing) return;
            // Errors (a full disk) propagate to the editor, which keeps the reader's text.
            await sendMessage("updateFact", { id: editing.fact.id, patch });
            editing = null;
            rerender();
          }}
          onEditCancel={() => {
            editing = null;
            rerender();
          }}
          onDeleteFact={async (f) => {
            await sendMessage("deleteFact", f.id);
            showToast({ message: t("deleted"), undoFactId: f.id });
          }}
          onUndo={async (id) => {
            await sendMessage("undoFactDelete", id);
            toast = null;
            rerender();
          }}
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
      closeTimer = setTimeout(() => {
        if (!editing) setCard(null);
      }, 350);
    };
    const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(MARK_TAG) : null);
    const request = (mark: HTMLElement): CardRequest => ({ anchor: mark, entityId: mark.getAttribute("data-kxdb-entity") ?? "" });

    const ui = await createShadowRootUi(ctx, {
      name: "kxdb-ui",
      position: "inline",
      anchor: "body",
      mode: "open",
      css: sharedCss + uiCss,
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
      const inArticle =
        sel && !sel.isCollapsed && sel.rangeCount > 0 && page.body?.contains(sel.getRangeAt(0).commonAncestorContainer);
      const text = inArticle ? sel.toString().replace(/\s+/g, "") : "";
      const next = text.length >= 2 ? text : "";
      const rect = next && sel ? sel.getRangeAt(0).getBoundingClientRect() : null;
      if (next !== selection || rect?.top !== selectionRect?.top) {
        selection = next;
        selectionRect = rect;
        rerender();
      }
    });

    onMessage("toggleHighlights", () => annotator.setEnabled(!annotator.state.enabled));
    onMessage("saveSelection", () => saveSelection());
    // Facts saved, edited or deleted in any tab: show the current ones here.
    onMessage("factsChanged", async () => {
      factsVersion++;
      rerender();
      await annotator.refreshFacts();
    });
    // A correction made in any tab re-annotates this one.
    correctionsItem.watch(() => void annotator.refresh());
  },
});
