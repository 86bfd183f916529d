/**
 * Suggested facts: sentences of the article that tie a zone or company to a
 * figure (`总投资 36 亿元`, `年产 30 万吨`), offered for one-click saving.
 * The name and the figure must stand in the same clause: in
 * `晋城经开区召开大会，全年完成投资 12 亿元` they do not (who invested?).
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
const CLAUSE_END = /[，,：:]/;
const USEFUL: ReadonlySet<Figure["kind"]> = new Set(["amount", "capacity", "count", "percent"]);
export const MAX_SUGGESTIONS = 10;

/** [start, end) of each piece of text[from, to) between separators (the separator ends its piece). */
function pieces(text: string, from: number, to: number, separator: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !separator.test(text[i])) continue;
    const end = i < to && text[i] !== "\n" ? i + 1 : i;
    if (end > start) out.push([start, end]);
    start = i + 1;
  }
  return out;
}

/**
 * `saved`: where this article's saved quotes stand. A sentence that holds one, or part of one, is in the reader's
 * notes already and is not offered again (saving it would file the same statement twice).
 */
export function suggestFacts(
  text: string,
  mentions: Mention[],
  saved: readonly { start: number; end: number }[] = [],
  limit = MAX_SUGGESTIONS,
): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const [from, end] of pieces(text, 0, text.length, SENTENCE_END)) {
    let s = from;
    while (s < end && /[\s“”"]/.test(text[s])) s++;
    if (end - s < 8 || end - s > 300) continue;
    if (saved.some((q) => q.start < end && q.end > s)) continue;
    const entityIds = new Set<string>();
    const figures: Figure[] = [];
    for (const [cs, ce] of pieces(text, s, end, CLAUSE_END)) {
      const clauseFigures = extractFigures(text.slice(cs, ce)).filter((f) => USEFUL.has(f.kind));
      const clauseEntities = mentions.filter((m) => m.start < ce && m.end > cs).map((m) => m.entityId);
      if (!clauseFigures.length || !clauseEntities.length) continue;
      for (const id of clauseEntities) entityIds.add(id);
      // Figures' offsets are kept relative to the sentence, as the fact editor reads them.
      for (const f of clauseFigures) figures.push({ ...f, start: f.start + cs - s, end: f.end + cs - s });
    }
    if (!entityIds.size) continue;
    const sentence = text.slice(s, end);
    // The same sentence twice (a headline repeated as the lead, a pull quote) is offered once.
    const key = sentence.replace(/[\s。！？；!?;]/g, "");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: s, end, text: sentence, entityIds: [...entityIds], figures });
  }
  // Sentences with the most entities and figures first.
  return out.sort((a, b) => b.entityIds.length + b.figures.length - (a.entityIds.length + a.figures.length)).slice(0, limit);
}
