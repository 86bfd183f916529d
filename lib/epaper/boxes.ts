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
  /** `headline`: the headline the whole text starts with, when it is over this part ("" otherwise). */
  whole?: { text: string; offset: number; headline?: string };
}

/** The article as its headline's runs: textBoxes over them places the headline's offsets on the page. */
const headlineText = (a: EpaperArticle): EpaperArticle => ({ ...a, runs: a.headRuns ?? [], runStarts: a.headRunStarts ?? [] });

/** Boxes of the page's entities, then of the current article's saved quotes (those still found in its text, on this page). */
export function pageBoxes(
  articles: BoxedArticle[],
  current: CurrentArticle | null,
  facts: { id: string; anchor: Anchor }[],
): Box[] {
  const out: Box[] = [];
  for (const a of articles) {
    // The headline's names through its own runs, then the body's.
    const headline = headlineText(a.epaper);
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
      // A quote of the headline, over this part: through the headline's runs.
      const headline = current.whole?.headline ?? "";
      if (headline && at.start < headline.length)
        for (const b of textBoxes(headlineText(current.epaper), at.start, Math.min(at.end, headline.length)))
          out.push({ kind: "FACT", id: f.id, name: "", article: current.index, ...b });
    }
  }
  return out;
}

/** Index of the entity box (not a saved quote's) under a point in PDF units, or -1. */
export function entityBoxAt(boxes: Box[], x: number, y: number): number {
  return boxes.findIndex((b) => b.kind !== "FACT" && x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
}
