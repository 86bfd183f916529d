/**
 * The reader's corrections to the recognizer: names that are not entities
 * (`不是企业`) and names it missed (`这是开发区`). Kept in extension storage,
 * so every tab and the background see one copy and hear of every change.
 */

import { normalizeName } from "./model/names";
import type { EntityType } from "./ner/types";

export interface Corrections {
  suppressed: string[];
  added: { name: string; type: EntityType }[];
}

export type Correction = { kind: "suppress"; name: string } | { kind: "add"; name: string; type: EntityType };

/** A correction applied to the list; a later correction of the same name replaces an earlier one. */
export function applyCorrection(c: Corrections, change: Correction): Corrections {
  const name = normalizeName(change.name);
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
  const name = normalizeName(selection);
  return name.length >= 2 && name.length <= 30 && !NOT_IN_NAMES.test(name);
}

/** Corrections as text (the offscreen document's URL carries them) and back; anything else is no corrections. */
export function formatCorrections(c: Corrections): string {
  return JSON.stringify({ suppressed: c.suppressed, added: c.added });
}

export function parseCorrections(text: string): Corrections {
  try {
    const v = JSON.parse(text) as Partial<Corrections>;
    const suppressed = Array.isArray(v.suppressed) ? v.suppressed.filter((n) => typeof n === "string") : [];
    const added = Array.isArray(v.added)
      ? v.added.filter((a) => typeof a?.name === "string" && (a.type === "ZONE" || a.type === "COMPANY"))
      : [];
    return { suppressed, added };
  } catch {
    return { suppressed: [], added: [] };
  }
}
