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
