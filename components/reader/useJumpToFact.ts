/**
 * Arriving from a saved fact's source link: once its article is annotated and
 * its page drawn, scroll to the quote in the text and on the page, once. A
 * quote in a later part of a continued article is on another page: the reader
 * turns to it first (the article stays the one being read).
 */
import { type MutableRef, useEffect } from "preact/hooks";
import type { AnnotatorState } from "@/components/reading/annotator";
import { locate } from "@/lib/anchor/textQuote";
import type { ArrivalTarget, Current, ReaderArticle, Sheet } from "./model";

export function useJumpToFact(
  target: MutableRef<ArrivalTarget>,
  annotatorState: AnnotatorState | null,
  drawn: string,
  sheet: Sheet | null,
  article: ReaderArticle | null,
  setCurrent: (next: Current) => void,
): void {
  useEffect(() => {
    const goal = target.current;
    if (goal.arrived || !annotatorState || !goal.fact) return;
    const inText = document.querySelector<HTMLElement>(`kxdb-fact[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    if (!inText) return;
    // The part of the article the quote starts in, and its page.
    const fact = annotatorState.facts.find((f) => f.id === goal.fact);
    const at = fact && article ? locate(article.whole.text, fact.anchor) : null;
    // A quote in the headline is on the first part's page.
    const part =
      at && article ? (article.whole.parts.findLast((p) => p.offset <= at.start) ?? article.whole.parts[0]) : undefined;
    if (part && part.sheet !== sheet?.key) {
      setCurrent({ sheet: part.sheet, article: part.index });
      return;
    }
    if (drawn !== sheet?.key) return;
    const onPage = document.querySelector<HTMLElement>(`.hl-FACT[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    goal.arrived = true;
    inText.setAttribute("data-kxdb-current", "");
    inText.scrollIntoView({ block: "center" });
    onPage?.scrollIntoView({ block: "center" });
    onPage?.setAttribute("data-kxdb-current", "");
  }, [annotatorState, drawn, sheet, article]);
}
