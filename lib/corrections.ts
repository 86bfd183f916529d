/**
 * The reader's corrections to the recognizer: names that are not entities
 * (`不是企业`) and names it missed (`这是开发区`). Kept in extension storage,
 * so every tab and the background see one copy and hear of every change.
 */
import type { EntityType } from "./ner/types";

export interface Corrections {
  suppressed: string[];
  added: { name: string; type: EntityType }[];
}

export type Correction = { kind: "suppress"; name: string } | { kind: "add"; name: string; type: EntityType };

/** A correction applied to the list; a later correction of the same name replaces an earlier one. */
export function applyCorrection(c: Corrections, change: Correction): Corrections {
  const name = change.name.replace(/\s+/g, "");
  const suppressed = c.suppressed.filter((n) => n !== name);
  const added = c.added.filter((a) => a.name !== name);
  if (change.kind === "suppress") suppressed.push(name);
  else added.push({ name, type: change.type });
  return { suppressed, added };
}

/** Sentence punctuation and line breaks: a selection holding one is a stretch of text, not a name. */
const NOT_IN_NAMES = /[，。；：！？、,;:!?…\n]/;

/** Could the selected text be a name the recognizer missed (`将“…”标为`)? 2–30 characters, no sentence punctuation. */
export function couldBeName(selection: string): boolean {
  const name = selection.replace(/\s+/g, "");
  return name.length >= 2 && name.length <= 30 && !NOT_IN_NAMES.test(name);
}
