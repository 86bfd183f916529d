/**
 * The reading UI's behaviour around one PageAnnotator: which card is open,
 * the selection and its save button, the fact editor, the toast, and the
 * mouse/keyboard events on the annotated text that drive them. Shared by the
 * content script (kxdb.com articles) and the e-paper reader page; each mounts
 * it into its own shadow root and keeps its own messaging listeners.
 */
import { render } from "preact";
import type { PageAnnotator, SelectedQuote } from "@/entrypoints/kxdb.content/annotator";
import type { FactRecord } from "@/lib/db/schema";
import { MARK_TAG } from "@/lib/highlight/highlighter";
import { t } from "@/lib/i18n";
import { sendMessage } from "@/lib/messaging";
import { readerError } from "./ErrorMessage";
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
        onUnsave={async (id) => {
          if (editing?.fact.id === id) editing = null;
          await sendMessage("deleteFact", id);
          showToast({ message: t("unsaved"), undoFactId: id });
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
    if (mark) setCard(request(mark));
  });
  scope.addEventListener("click", (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.closest("a") && !selecting()) setCard(request(mark));
  });
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && card) setCard(null);
    const mark = markOf(e.target);
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      setCard(request(mark));
    }
  });
  doc.addEventListener("selectionchange", () => {
    const sel = doc.getSelection();
    const inScope = sel && !sel.isCollapsed && sel.rangeCount > 0 && scope.contains(sel.getRangeAt(0).commonAncestorContainer);
    const text = inScope ? sel.toString().replace(/\s+/g, "") : "";
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
