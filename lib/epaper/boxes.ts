/**
 * Highlight boxes on a drawn e-paper page, in PDF units (scale 1): the
 * entities of every article on the page (its headline's too), and the saved quotes of the article
 * being read (of its part on this page, for an article continued elsewhere). Entity boxes lie under the page's text layer, so hovering one is
 * found by hit-testing (`entityBoxAt`), not by the browser.
 */
import { locate } from "../anchor/textQuote";
import type { Anchor } from "../model/records";
import type { EntityType, Mention } from "../ner/types";
import { type EpaperArticle, textBoxes } from "./layout";

export interface Box {
  kind: EntityType | "FACT";
  id: string;
  /** The mention's text (a box has none of its own; the card names it). */
  name: string;
  /** Index of the article on its page. */
  article: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxedArticle {
  index: number;
  epaper: EpaperArticle;
  mentions: Mention[];
  /** Mentions in its headline, in the headline's offsets (drawn through `epaper.headRuns`). */
  headMentions?: Mention[];
}

/**
 * The article being read: its part on this page, and, for an article continued on other pages, its whole text
 * (where its saved quotes are found) and where this part starts in it.
 */
export interface CurrentArticle extends BoxedArticle {
  whole?: { text: string; offset: number };
}

/** Boxes of the page's entities, then of the current article's saved quotes (those still found in its text, on this page). */
export function pageBoxes(
  articles: BoxedArticle[],
  current: CurrentArticle | null,
  facts: { id: string; anchor: Anchor }[],
): Box[] {
  const out: Box[] = [];
  for (const a of articles) {
    // The headline's names through its own runs, then the body's.
    const headline = { ...a.epaper, runs: a.epaper.headRuns ?? [], runStarts: a.epaper.headRunStarts ?? [] };
    for (const [text, mentions] of [
      [headline, a.headMentions ?? []],
      [a.epaper, a.mentions],
    ] as const) {
      for (const m of mentions)
        for (const b of textBoxes(text, m.start, m.end))
          out.push({ kind: m.type, id: m.entityId, name: m.text, article: a.index, ...b });
    }
  }
  if (current) {
    const offset = current.whole?.offset ?? 0;
    for (const f of facts) {
      const at = locate(current.whole?.text ?? current.epaper.text, f.anchor);
      if (!at) continue;
      // textBoxes draws only what lies in this part: a quote on another page gives none here.
      for (const b of textBoxes(current.epaper, at.start - offset, at.end - offset))
        out.push({ kind: "FACT", id: f.id, name: "", article: current.index, ...b });
    }
  }
  return out;
}

/** Index of the entity box (not a saved quote's) under a point in PDF units, or -1. */
export function entityBoxAt(boxes: Box[], x: number, y: number): number {
  return boxes.findIndex((b) => b.kind !== "FACT" && x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
}
