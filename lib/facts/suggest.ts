/**
 * Suggested facts: sentences of the article that tie a zone or company to a
 * figure (`总投资 36 亿元`, `年产 30 万吨`), offered for one-click saving.
 */
import type { Mention } from "../ner/types";
import { extractFigures, type Figure } from "./figures";

export interface Suggestion {
  start: number;
  end: number;
  text: string;
  entityIds: string[];
  figures: Figure[];
}

const SENTENCE_END = /[。！？；!?;\n]/;
const USEFUL: ReadonlySet<Figure["kind"]> = new Set(["amount", "capacity", "count", "percent"]);

export function suggestFacts(text: string, mentions: Mention[], limit = 12): Suggestion[] {
  const out: Suggestion[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i])) continue;
    const end = i < text.length && text[i] !== "\n" ? i + 1 : i;
    let s = start;
    while (s < end && /[\s“”"]/.test(text[s])) s++;
    start = i + 1;
    if (end - s < 8 || end - s > 300) continue;
    const sentence = text.slice(s, end);
    const figures = extractFigures(sentence).filter((f) => USEFUL.has(f.kind));
    if (!figures.length) continue;
    const entityIds = [...new Set(mentions.filter((m) => m.start < end && m.end > s).map((m) => m.entityId))];
    if (!entityIds.length) continue;
    out.push({ start: s, end, text: sentence, entityIds, figures });
  }
  // Sentences with the most entities and figures first.
  return out.sort((a, b) => b.entityIds.length + b.figures.length - (a.entityIds.length + a.figures.length)).slice(0, limit);
}
