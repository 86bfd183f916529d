import type { Mention } from "../../lib/ner/types";

/** A mention of `text[start, end)` as the recognizer gives it, its canonical name being the text itself. */
export const mentionAt = (text: string, start: number, end: number, type: Mention["type"], entityId: string): Mention => ({
  start,
  end,
  type,
  text: text.slice(start, end),
  entityId,
  canonical: text.slice(start, end),
});

/** A mention that is the whole of `text`, of an entity named `canonical` (what a store or a panel is given). */
export const wholeMention = (text: string, entityId: string, canonical: string, type: Mention["type"]): Mention => ({
  start: 0,
  end: text.length,
  type,
  text,
  entityId,
  canonical,
});
