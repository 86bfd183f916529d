/**
 * Keyboard focus between a highlight and its card. The card lives at the end
 * of the page (in our shadow root), so the browser's own Tab order would skip
 * it. Tab on a highlight with its card open moves into the card; Tab/Shift+Tab
 * walk the card's actions; Shift+Tab from the first returns to the highlight;
 * Tab past the last closes the card and lets the browser move on from the
 * highlight. Esc closes the card and gives the focus back to the highlight,
 * which must not reopen it.
 */
import type { Cleanup } from "@/lib/cleanup";
import type { CardRequest } from "./ReadingUi";

/** What Tab can reach inside the card, in document order. */
const FOCUSABLE =
  "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

export class CardFocus {
  /** We are moving the focus to a highlight ourselves (Esc, Shift+Tab out of its card): focusin must not open a card. */
  quiet = false;

  constructor(
    private readonly doc: Document,
    private readonly container: HTMLElement,
  ) {}

  /** The focused element, looking into (open) shadow roots such as our own. */
  focused(): Element | null {
    let el = this.doc.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  card(): HTMLElement | null {
    return this.container.querySelector<HTMLElement>("[data-kxdb-card]");
  }

  inCard(): boolean {
    const el = this.focused();
    return !!el && !!this.card()?.contains(el);
  }

  /** Focus in the card that came from the keyboard (a mouse click focuses without :focus-visible). */
  keyboardInCard(): boolean {
    return this.inCard() && !!this.focused()?.matches(":focus-visible");
  }

  /** The card's links and buttons in order (those rendered: a collapsed one cannot take focus). */
  actions(): HTMLElement[] {
    return Array.from(this.card()?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => el.getClientRects().length > 0);
  }

  focusQuietly(el: HTMLElement): void {
    this.quiet = true;
    try {
      el.focus();
    } finally {
      this.quiet = false;
    }
  }
}

export interface CardKeysTarget {
  card(): CardRequest | null;
  setCard(next: CardRequest | null): void;
}

const modified = (e: KeyboardEvent) => e.altKey || e.ctrlKey || e.metaKey;

/** Tab from a highlight with its card open: into the card, or on (the card goes). */
export function tabFromHighlight(e: KeyboardEvent, mark: HTMLElement, focus: CardFocus, target: CardKeysTarget): void {
  if (e.key !== "Tab" || modified(e) || target.card()?.anchor !== mark) return;
  const first = focus.actions()[0];
  if (!e.shiftKey && first) {
    // Into the card, which the browser would only reach at the end of the page.
    e.preventDefault();
    first.focus();
  } else {
    // On to the previous (or next) highlight or link: this card goes; a highlight reached opens its own.
    target.setCard(null);
  }
}

/** Tab and Shift+Tab inside the card walk its actions, and leave it by its highlight. */
export function listenTabInCard(cleanup: Cleanup, container: HTMLElement, focus: CardFocus, target: CardKeysTarget): void {
  cleanup.listen<KeyboardEvent>(container, "keydown", (e) => {
    const card = target.card();
    if (e.key !== "Tab" || modified(e) || !card) return;
    const el = focus.card();
    if (!el || !(e.target instanceof Node) || !el.contains(e.target)) return;
    const anchor = card.anchor;
    const actions = focus.actions();
    const at = actions.indexOf(focus.focused() as HTMLElement);
    const next = e.shiftKey ? (at < 0 ? -1 : at - 1) : at + 1;
    if (next < 0) {
      // Back to the highlight; its card stays open.
      e.preventDefault();
      focus.focusQuietly(anchor);
    } else if (next >= actions.length) {
      // Past the last action: the card closes and the browser's Tab goes on from the highlight, as if the card
      // had not been there (the default action moves from whatever has the focus when it runs).
      focus.focusQuietly(anchor);
      target.setCard(null);
    } else {
      e.preventDefault();
      actions[next].focus();
    }
  });
}
