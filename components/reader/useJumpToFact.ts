/**
 * Arriving from a saved fact's source link: once its article is annotated and
 * its page drawn, scroll to the quote in the text and on the page, once.
 */
import { type MutableRef, useEffect } from "preact/hooks";
import type { AnnotatorState } from "@/components/reading/annotator";
import type { ArrivalTarget, Sheet } from "./model";

export function useJumpToFact(
  target: MutableRef<ArrivalTarget>,
  annotatorState: AnnotatorState | null,
  drawn: string,
  sheet: Sheet | null,
): void {
  useEffect(() => {
    const goal = target.current;
    if (goal.arrived || !annotatorState || !goal.fact || drawn !== sheet?.key) return;
    const inText = document.querySelector<HTMLElement>(`kxdb-fact[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    const onPage = document.querySelector<HTMLElement>(`.hl-FACT[data-kxdb-fact="${CSS.escape(goal.fact)}"]`);
    if (!inText) return;
    goal.arrived = true;
    inText.setAttribute("data-kxdb-current", "");
    inText.scrollIntoView({ block: "center" });
    onPage?.scrollIntoView({ block: "center" });
    onPage?.setAttribute("data-kxdb-current", "");
  }, [annotatorState, drawn, sheet]);
}
