/**
 * The reading UI's behaviour around the article being read: which card is
 * open, the selection and its save button, the fact editor, the toast, and
 * the mouse/keyboard events on the annotated text that drive them. Shared by
 * the content script (kxdb.com articles) and the e-paper reader page through
 * mountReading, which owns the shadow root and the messaging listeners.
 * Keyboard focus between a highlight and its card: ./cardFocus.ts.
 */
import { render } from "preact";
import type { PageAnnotator, SelectedQuote } from "@/components/reading/annotator";
import type { Cleanup } from "@/lib/cleanup";
import type { FactRecord } from "@/lib/db/schema";
import { FACT_TAG, MARK_TAG } from "@/lib/highlight/highlighter";
import { t } from "@/lib/i18n";
import { normalizeName } from "@/lib/model/names";
import { sendMessage } from "@/lib/platform/messaging";
import { readerError } from "../ErrorMessage";
import { CardFocus, listenTabInCard, tabFromHighlight } from "./cardFocus";
import { editorChoices } from "./FactEditor";
import { type CardRequest, ReadingUi, type ReadingUiProps, type Toast } from "./ReadingUi";

export interface ReadingSessionOptions {
  /** The article being read; none yet in the reader until its first article is annotated (nothing is shown until then). */
  annotator: PageAnnotator | null;
  /** Element in a shadow root that the UI renders into. */
  container: HTMLElement;
  /**
   * Where hovering marks and selecting text counts (the article body, and its headline when that is outside it; in
   * the reader, the page and the text).
   */
  scope: Element | readonly Element[];
  /** A selection as a quote of the current article; defaults to the annotator's own mapping. */
  quoteFor?: (selection: Selection) => SelectedQuote | null;
  /** Takes every listener and timer of the session, and the rendered UI, away again. */
  cleanup: Cleanup;
}

export interface ReadingSession {
  /** The reader switched to another article. */
  setAnnotator(annotator: PageAnnotator): void;
  saveSelection(): void;
  /** Facts changed in some tab: cards and panels re-read. */
  factsChanged(): Promise<void>;
  /** Open the card of an entity next to an element (hover on something that is not a mark). */
  openCard(anchor: HTMLElement, entityId: string, delayMs?: number): void;
  /** The pointer left what opened the card. */
  leaveCard(): void;
}

export function startReadingSession(options: ReadingSessionOptions): ReadingSession {
  let annotator = options.annotator;
  const { container, cleanup } = options;
  const scopes = [options.scope].flat();
  const doc = scopes[0].ownerDocument;
  const inScope = (node: Node) => scopes.some((scope) => scope.contains(node));
  const quoteFor = (sel: Selection) => options.quoteFor?.(sel) ?? annotator?.selectedQuote(sel) ?? null;
  const focus = new CardFocus(doc, container);

  let card: CardRequest | null = null;
  let selection = "";
  let selectionRect: DOMRect | null = null;
  let editing: ReadingUiProps["editing"] = null;
  let toast: Toast | null = null;
  let factsVersion = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** What had the focus when the editor opened (a card's 编辑): it gets the focus back when the editor closes. */
  let focusBeforeEditor: HTMLElement | null = null;

  /** Give the focus back after the editor closes, if what had it is still there. */
  const refocusAfterEditor = () => {
    const el = focusBeforeEditor;
    focusBeforeEditor = null;
    if (el?.isConnected && !focus.focused()?.closest("[data-kxdb-editor]")) focus.focusQuietly(el);
  };

  const showToast = (next: Toast) => {
    cleanup.clearTimeout(toastTimer);
    toast = next;
    rerender();
    toastTimer = cleanup.timeout(() => {
      toast = null;
      rerender();
    }, 8000);
  };
  const edit = async (fact: FactRecord, justSaved = false) => {
    const from = focus.focused();
    focusBeforeEditor = from instanceof HTMLElement && from !== doc.body ? from : null;
    const mentions = annotator?.state.mentions ?? [];
    editing = { fact, choices: await editorChoices(fact, mentions, (ids) => sendMessage("entityNames", ids)), justSaved };
    rerender();
  };
  /** One click saves; the editor then opens for the optional note, tags and links. */
  const saveQuote = async (q: { start: number; end: number; entityIds: string[] }) => {
    if (!annotator) return;
    try {
      const { fact, created } = await annotator.save(q);
      doc.getSelection()?.removeAllRanges();
      selection = "";
      selectionRect = null;
      showToast(created ? { message: t("saved"), unsaveFactId: fact.id } : { message: t("alreadySaved") });
      await edit(fact, created);
    } catch (e) {
      showToast({ message: readerError(e, t("saveFailedRetry")).message });
    }
  };
  const saveSelection = () => {
    const sel = doc.getSelection();
    const q = sel ? quoteFor(sel) : null;
    if (q) void saveQuote(q);
  };
  const closeEditor = () => {
    editing = null;
    rerender();
    refocusAfterEditor();
  };

  const rerender = () => {
    // Nothing to show before the first article is read, nor once the session is gone (a save answered late).
    if (!annotator || cleanup.isDisposed) return;
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
          closeEditor();
        }}
        onEditCancel={closeEditor}
        onDeleteFact={async (f) => {
          await sendMessage("deleteFact", f.id);
          showToast({ message: t("deleted"), undoFactId: f.id });
        }}
        onUndo={async (id) => {
          await sendMessage("undoFactDelete", id);
          toast = null;
          rerender();
        }}
        onUnsave={async (id) => {
          const justSaved = editing?.fact.id === id && editing.justSaved;
          if (editing?.fact.id === id) {
            editing = null;
            focusBeforeEditor = null;
          }
          await sendMessage("deleteFact", id);
          showToast({ message: justSaved ? t("unsaved") : t("deleted"), undoFactId: id });
        }}
        onCorrect={(change) => {
          selection = "";
          closeCard();
          void sendMessage("correct", change);
        }}
        onCloseCard={closeCard}
        onCardHover={(inside) => (inside ? cleanup.clearTimeout(closeTimer) : scheduleClose())}
      />,
      container,
    );
  };
  // Unmounting the UI runs its components' own cleanups (the card's position tracking).
  cleanup.add(() => render(null, container));

  const setCard = (next: CardRequest | null) => {
    cleanup.clearTimeout(openTimer);
    cleanup.clearTimeout(closeTimer);
    card = next;
    rerender();
  };
  /**
   * Close the card. Keyboard focus in it goes back to the highlight the card belongs to; after a mouse click in
   * the card (focus without :focus-visible) it is left to fall where it falls, as before.
   */
  const closeCard = () => {
    const anchor = card?.anchor;
    const keyboardFocus = focus.keyboardInCard();
    setCard(null);
    if (anchor && keyboardFocus) focus.focusQuietly(anchor);
  };
  const scheduleClose = () => {
    cleanup.clearTimeout(closeTimer);
    closeTimer = cleanup.timeout(() => {
      // A keyboard reader inside the card keeps it when the mouse happens to move off it (a mouse click focuses
      // without :focus-visible, so after clicking in the card the pointer leaving closes it as before).
      if (!editing && !focus.keyboardInCard()) setCard(null);
    }, 350);
  };
  const openCard = (anchor: HTMLElement, entityId: string, delayMs = 150) => {
    cleanup.clearTimeout(closeTimer);
    cleanup.clearTimeout(openTimer);
    if (card?.anchor === anchor) return;
    openTimer = cleanup.timeout(() => setCard({ anchor, entityId }), delayMs);
  };
  const leaveCard = () => {
    cleanup.clearTimeout(openTimer);
    if (card) scheduleClose();
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(MARK_TAG) : null);
  const request = (mark: HTMLElement): CardRequest => ({ anchor: mark, entityId: mark.getAttribute("data-kxdb-entity") ?? "" });
  const cardKeys = { card: () => card, setCard };

  /** The reader has text selected (the save button is showing): hovering must not put a card over it. */
  const selecting = () => selection !== "";
  cleanup.listen<MouseEvent>(
    scopes,
    "mousedown",
    (e) => {
      // Chromium starts no text selection from a focusable element: a drag beginning on a highlight selected
      // nothing. The highlight stops being focusable for this press only (keyboard focus keeps working).
      const mark = e.button === 0 ? markOf(e.target) : null;
      if (!mark?.hasAttribute("tabindex")) return;
      const tabindex = mark.getAttribute("tabindex") ?? "0";
      mark.removeAttribute("tabindex");
      cleanup.timeout(() => mark.setAttribute("tabindex", tabindex));
    },
    true,
  );
  cleanup.listen<MouseEvent>(scopes, "mouseover", (e) => {
    const mark = markOf(e.target);
    // No card while a button is held (a drag passing over a name) or while text is selected.
    if (mark && !e.buttons && !selecting()) openCard(mark, mark.getAttribute("data-kxdb-entity") ?? "");
  });
  cleanup.listen(scopes, "mouseout", (e) => {
    if (markOf(e.target)) leaveCard();
  });
  cleanup.listen(scopes, "focusin", (e) => {
    const mark = markOf(e.target);
    if (mark && !focus.quiet) setCard(request(mark));
  });
  cleanup.listen(scopes, "click", (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.closest("a") && !selecting()) setCard(request(mark));
    // A click on a saved quote (not on a name in it, not a link) opens that fact: note, tags, links, delete.
    const quote = !mark && e.target instanceof Element ? e.target.closest(`${FACT_TAG}[data-kxdb-fact]`) : null;
    if (quote && !quote.closest("a") && !selecting()) {
      const fact = annotator?.state.facts.find((f) => f.id === quote.getAttribute("data-kxdb-fact"));
      if (fact) void edit(fact);
    }
  });
  cleanup.listen<KeyboardEvent>(doc, "keydown", (e) => {
    // Esc inside the card or the editor stops there (each closes itself); with the editor open the card stays.
    if (e.key === "Escape" && card && !editing) closeCard();
    const mark = markOf(e.target);
    if (!mark) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setCard(request(mark));
    }
    tabFromHighlight(e, mark, focus, cardKeys);
  });
  listenTabInCard(cleanup, container, focus, cardKeys);
  cleanup.listen(doc, "selectionchange", () => {
    const sel = doc.getSelection();
    const selected = sel && !sel.isCollapsed && sel.rangeCount > 0 && inScope(sel.getRangeAt(0).commonAncestorContainer);
    const text = selected ? normalizeName(sel.toString()) : "";
    const next = text.length >= 2 ? text : "";
    const rect = next && sel ? sel.getRangeAt(0).getBoundingClientRect() : null;
    if (next !== selection || rect?.top !== selectionRect?.top) {
      selection = next;
      selectionRect = rect;
      // The save button takes the card's place: a card open from before the drag would cover it.
      if (next && card && !editing) {
        cleanup.clearTimeout(openTimer);
        card = null;
      }
      rerender();
    }
  });

  rerender();
  return {
    setAnnotator(next) {
      annotator = next;
      card = null;
      editing = null;
      rerender();
    },
    saveSelection,
    async factsChanged() {
      factsVersion++;
      rerender();
      await annotator?.refreshFacts();
    },
    openCard,
    leaveCard,
  };
}
