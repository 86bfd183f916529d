/**
 * Sentences and the names in them, for relation extraction. A sentence runs from
 * after the previous `。！？；\n` to the next one inclusive (the relation
 * guidelines' evidence span), so evidence offsets match the annotators'.
 */
import type { Mention } from "../model/reading";
import { ZONE_ANAPHOR } from "./relationCues";

export interface Span {
  start: number;
  end: number;
}

/** Every sentence of `text` that has a character other than white space. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 。！？；!?;\n
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) {
      if (hasNonSpace(text, start, i)) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (hasNonSpace(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, full-width space, no-break space
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return true;
  }
  return false;
}

/**
 * A place in the text that names a zone: the zone's own mention, or a word that
 * refers back to the zone last named (`该园区`), which points at that mention.
 */
export interface ZoneRef extends Span {
  mention: Mention;
  anaphoric: boolean;
}

/** Zone mentions plus the anaphors (`该园区`, `区内`) that refer back to the zone named last before them. */
export function zoneRefs(text: string, sortedMentions: readonly Mention[]): ZoneRef[] {
  const zones = sortedMentions.filter((m) => m.type === "ZONE");
  const refs: ZoneRef[] = zones.map((m) => ({ start: m.start, end: m.end, mention: m, anaphoric: false }));
  if (!zones.length) return refs;
  ZONE_ANAPHOR.lastIndex = 0;
  for (let m = ZONE_ANAPHOR.exec(text); m; m = ZONE_ANAPHOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Inside a name (`某某园区内`): the name itself is the mention.
    if (sortedMentions.some((x) => x.start < end && start < x.end)) continue;
    let last: Mention | undefined;
    for (const z of zones) {
      if (z.end > start) break;
      last = z;
    }
    if (last) refs.push({ start, end, mention: last, anaphoric: true });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** The items of `sorted` that lie inside `span`. */
export function within<T extends Span>(sorted: readonly T[], span: Span): T[] {
  return sorted.filter((x) => x.start >= span.start && x.end <= span.end);
}

/**
 * Companies named as one list (`A、B和C等企业`): each company's list, so a
 * relation stated for the list reaches every member.
 */
export function listsOf(text: string, companies: readonly Mention[]): Map<Mention, Mention[]> {
  const lists = new Map<Mention, Mention[]>();
  let current: Mention[] = [];
  for (const c of companies) {
    const prev = current[current.length - 1];
    if (prev && /^[\s、，,和及与以及“”"]*$/.test(text.slice(prev.end, c.start)) && text.slice(prev.end, c.start).length <= 3)
      current.push(c);
    else current = [c];
    lists.set(c, current);
  }
  return lists;
}
