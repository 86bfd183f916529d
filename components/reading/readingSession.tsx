/**
 * The reading UI's behaviour around one PageAnnotator: which card is open,
 * the selection and its save button, the fact editor, the toast, and the
 * mouse/keyboard events on the annotated text that drive them. Shared by the
 * content script (kxdb.com articles) and the e-paper reader page; each mounts
 * it into its own shadow root and keeps its own messaging listeners.
 *
 * Keyboard: the card lives at the end of the page (in our shadow root), so the
 * browser's own Tab order would skip it. Tab on a highlight with its card open
 * moves into the card; Tab/Shift+Tab walk the card's actions; Shift+Tab from
 * the first returns to the highlight; Tab past the last closes the card and
 * lets the browser move on from the highlight. Esc closes the card and gives
 * the focus back to the highlight, which must not reopen it.
 */
import { render } from "preact";
import type { PageAnnotator, SelectedQuote } from "@/components/reading/annotator";
import type { FactRecord } from "@/lib/db/schema";
import { FACT_TAG, MARK_TAG } from "@/lib/highlight/highlighter";
import { t } from "@/lib/i18n";
import { normalizeName } from "@/lib/model/names";
import { sendMessage } from "@/lib/platform/messaging";
import { readerError } from "../ErrorMessage";
import type { EntityChoice } from "./FactEditor";
import { type CardRequest, ReadingUi, type ReadingUiProps, type Toast } from "./ReadingUi";

export interface ReadingSessionOptions {
  annotator: PageAnnotator;
  /** Element in a shadow root that the UI renders into. */
  container: HTMLElement;
  /** Where hovering marks and selecting text counts (the article body; in the reader, the page and the text). */
  scope: Element;
  /** A selection as a quote of the current article; defaults to the annotator's own mapping. */
  quoteFor?: (selection: Selection) => SelectedQuote | null;
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

/** What Tab can reach inside the card, in document order. */
const FOCUSABLE =
  "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

export function startReadingSession(options: ReadingSessionOptions): ReadingSession {
  let annotator = options.annotator;
  const { container, scope } = options;
  const doc = scope.ownerDocument;
  const quoteFor = (sel: Selection) => options.quoteFor?.(sel) ?? annotator.selectedQuote(sel);

  let card: CardRequest | null = null;
  let selection = "";
  let selectionRect: DOMRect | null = null;
  let editing: ReadingUiProps["editing"] = null;
  let toast: Toast | null = null;
  let factsVersion = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** We are moving the focus to a highlight ourselves (Esc, Shift+Tab out of its card): focusin must not open a card. */
  let focusingQuietly = false;
  /** What had the focus when the editor opened (a card's 编辑): it gets the focus back when the editor closes. */
  let focusBeforeEditor: HTMLElement | null = null;

  /** The focused element, looking into (open) shadow roots such as our own. */
  const focused = (): Element | null => {
    let el = doc.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  const cardElement = () => container.querySelector<HTMLElement>("[data-kxdb-card]");
  const focusInCard = () => {
    const el = focused();
    return !!el && !!cardElement()?.contains(el);
  };
  /** The card's links and buttons in order (those rendered: a collapsed one cannot take focus). */
  const cardActions = (): HTMLElement[] =>
    Array.from(cardElement()?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => el.getClientRects().length > 0);
  const focusQuietly = (el: HTMLElement) => {
    focusingQuietly = true;
    try {
      el.focus();
    } finally {
      focusingQuietly = false;
    }
  };
  /** Give the focus back after the editor closes, if what had it is still there. */
  const refocusAfterEditor = () => {
    const el = focusBeforeEditor;
    focusBeforeEditor = null;
    if (el?.isConnected && !focused()?.closest("[data-kxdb-editor]")) focusQuietly(el);
  };

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
  const edit = async (fact: FactRecord, justSaved = false) => {
    const from = focused();
    focusBeforeEditor = from instanceof HTMLElement && from !== doc.body ? from : null;
    editing = { fact, choices: await choicesFor(fact), justSaved };
    rerender();
  };
  /** One click saves; the editor then opens for the optional note, tags and links. */
  const saveQuote = async (q: { start: number; end: number; entityIds: string[] }) => {
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

  const rerender = () => {
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
          refocusAfterEditor();
        }}
        onEditCancel={() => {
          editing = null;
          rerender();
          refocusAfterEditor();
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
  /**
   * Close the card. Keyboard focus in it goes back to the highlight the card belongs to; after a mouse click in
   * the card (focus without :focus-visible) it is left to fall where it falls, as before.
   */
  const closeCard = () => {
    const anchor = card?.anchor;
    const keyboardFocus = focusInCard() && !!focused()?.matches(":focus-visible");
    setCard(null);
    if (anchor && keyboardFocus) focusQuietly(anchor);
  };
  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      // A keyboard reader inside the card keeps it when the mouse happens to move off it (a mouse click focuses
      // without :focus-visible, so after clicking in the card the pointer leaving closes it as before).
      if (!editing && !(focusInCard() && focused()?.matches(":focus-visible"))) setCard(null);
    }, 350);
  };
  const openCard = (anchor: HTMLElement, entityId: string, delayMs = 150) => {
    clearTimeout(closeTimer);
    clearTimeout(openTimer);
    if (card?.anchor === anchor) return;
    openTimer = setTimeout(() => setCard({ anchor, entityId }), delayMs);
  };
  const leaveCard = () => {
    clearTimeout(openTimer);
    if (card) scheduleClose();
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(MARK_TAG) : null);
  const request = (mark: HTMLElement): CardRequest => ({ anchor: mark, entityId: mark.getAttribute("data-kxdb-entity") ?? "" });

  /** The reader has text selected (the save button is showing): hovering must not put a card over it. */
  const selecting = () => selection !== "";
  scope.addEventListener(
    "mousedown",
    (e: Event) => {
      // Chromium starts no text selection from a focusable element: a drag beginning on a highlight selected
      // nothing. The highlight stops being focusable for this press only (keyboard focus keeps working).
      const mark = (e as MouseEvent).button === 0 ? markOf(e.target) : null;
      if (!mark?.hasAttribute("tabindex")) return;
      const tabindex = mark.getAttribute("tabindex") ?? "0";
      mark.removeAttribute("tabindex");
      setTimeout(() => mark.setAttribute("tabindex", tabindex));
    },
    true,
  );
  scope.addEventListener("mouseover", (e) => {
    const mark = markOf(e.target);
    // No card while a button is held (a drag passing over a name) or while text is selected.
    if (mark && !(e as MouseEvent).buttons && !selecting()) openCard(mark, mark.getAttribute("data-kxdb-entity") ?? "");
  });
  scope.addEventListener("mouseout", (e) => {
    if (markOf(e.target)) leaveCard();
  });
  scope.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark && !focusingQuietly) setCard(request(mark));
  });
  scope.addEventListener("click", (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.closest("a") && !selecting()) setCard(request(mark));
    // A click on a saved quote (not on a name in it, not a link) opens that fact: note, tags, links, delete.
    const quote = !mark && e.target instanceof Element ? e.target.closest(`${FACT_TAG}[data-kxdb-fact]`) : null;
    if (quote && !quote.closest("a") && !selecting()) {
      const fact = annotator.state.facts.find((f) => f.id === quote.getAttribute("data-kxdb-fact"));
      if (fact) void edit(fact);
    }
  });
  doc.addEventListener("keydown", (e) => {
    // Esc inside the card or the editor stops there (each closes itself); with the editor open the card stays.
    if (e.key === "Escape" && card && !editing) closeCard();
    const mark = markOf(e.target);
    if (!mark) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setCard(request(mark));
    }
    if (e.key === "Tab" && !e.altKey && !e.ctrlKey && !e.metaKey && card?.anchor === mark) {
      const first = cardActions()[0];
      if (!e.shiftKey && first) {
        // Into the card, which the browser would only reach at the end of the page.
        e.preventDefault();
        first.focus();
      } else {
        // On to the previous (or next) highlight or link: this card goes; a highlight reached opens its own.
        setCard(null);
      }
    }
  });
  container.addEventListener("keydown", (e) => {
    if (e.key !== "Tab" || e.altKey || e.ctrlKey || e.metaKey || !card) return;
    const el = cardElement();
    if (!el || !(e.target instanceof Node) || !el.contains(e.target)) return;
    const anchor = card.anchor;
    const actions = cardActions();
    const at = actions.indexOf(focused() as HTMLElement);
    const next = e.shiftKey ? (at < 0 ? -1 : at - 1) : at + 1;
    if (next < 0) {
      // Back to the highlight; its card stays open.
      e.preventDefault();
      focusQuietly(anchor);
    } else if (next >= actions.length) {
      // Past the last action: the card closes and the browser's Tab goes on from the highlight, as if the card
      // had not been there (the default action moves from whatever has the focus when it runs).
      focusQuietly(anchor);
      setCard(null);
    } else {
      e.preventDefault();
      actions[next].focus();
    }
  });
  doc.addEventListener("selectionchange", () => {
    const sel = doc.getSelection();
    const inScope = sel && !sel.isCollapsed && sel.rangeCount > 0 && scope.contains(sel.getRangeAt(0).commonAncestorContainer);
    const text = inScope ? normalizeName(sel.toString()) : "";
    const next = text.length >= 2 ? text : "";
    const rect = next && sel ? sel.getRangeAt(0).getBoundingClientRect() : null;
    if (next !== selection || rect?.top !== selectionRect?.top) {
      selection = next;
      selectionRect = rect;
      // The save button takes the card's place: a card open from before the drag would cover it.
      if (next && card && !editing) {
        clearTimeout(openTimer);
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
      await annotator.refreshFacts();
    },
    openCard,
    leaveCard,
  };
}
