/**
 * Puts elements around ranges of an element's text and takes them away
 * again, leaving the DOM exactly as it was: the original Text nodes are kept
 * and put back, so even node identity survives a toggle. Used for entity
 * highlights (<kxdb-mark>) and saved quotes (<kxdb-fact>).
 */
import type { TextMap } from "./textMap";

/** Entity highlights: a tag name no page stylesheet targets. */
export const MARK_TAG = "kxdb-mark";
/** Saved quotes shown on a revisited article. */
export const FACT_TAG = "kxdb-fact";

export interface StyledRange {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

interface Replacement {
  original: Text;
  parts: Node[];
}

/** Index of the last node starting at or before `offset`. */
export function nodeAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class Highlighter {
  private replacements: Replacement[] = [];

  constructor(private readonly tag: string) {
    // collectText treats hyphenated (custom) elements as inline: wrapping then leaves the text, and every offset, as it was.
    if (!tag.includes("-")) throw new Error(`highlight tag must be a custom element name: ${tag}`);
  }

  /** Wrap every range; a range across several text nodes gets one element per node. Returns the elements made. */
  apply(map: TextMap, ranges: StyledRange[]): HTMLElement[] {
    const perNode = new Map<number, { start: number; end: number; attributes: Record<string, string> }[]>();
    for (const range of ranges) {
      if (!map.nodes.length) break;
      for (let i = nodeAt(map.starts, range.start); i < map.nodes.length && map.starts[i] < range.end; i++) {
        const nodeStart = map.starts[i];
        const start = Math.max(range.start, nodeStart) - nodeStart;
        const end = Math.min(range.end, nodeStart + map.nodes[i].data.length) - nodeStart;
        if (end <= start) continue;
        const list = perNode.get(i) ?? [];
        list.push({ start, end, attributes: range.attributes });
        perNode.set(i, list);
      }
    }
    const made: HTMLElement[] = [];
    for (const [i, pieces] of perNode) {
      const original = map.nodes[i];
      const parent = original.parentNode;
      if (!parent) continue;
      const doc = original.ownerDocument;
      const parts: Node[] = [];
      let pos = 0;
      for (const r of pieces.sort((a, b) => a.start - b.start)) {
        if (r.start < pos) continue; // overlapping ranges of one kind: the first wins
        if (r.start > pos) parts.push(doc.createTextNode(original.data.slice(pos, r.start)));
        const el = doc.createElement(this.tag);
        for (const [k, v] of Object.entries(r.attributes)) el.setAttribute(k, v);
        el.textContent = original.data.slice(r.start, r.end);
        parts.push(el);
        made.push(el);
        pos = r.end;
      }
      if (pos < original.data.length) parts.push(doc.createTextNode(original.data.slice(pos)));
      for (const part of parts) parent.insertBefore(part, original);
      parent.removeChild(original);
      this.replacements.push({ original, parts });
    }
    return made;
  }

  /** Put every original text node back where its pieces are. */
  clear(): void {
    for (const { original, parts } of this.replacements.reverse()) {
      const first = parts.find((p) => p.parentNode);
      if (!first?.parentNode) continue; // the page removed this content itself
      first.parentNode.insertBefore(original, first);
      for (const p of parts) p.parentNode?.removeChild(p);
    }
    this.replacements = [];
  }
}

/** Text offsets of a DOM selection range within the mapped element, or null when it selects none of its text. */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  let start: number | null = null;
  let end: number | null = null;
  map.nodes.forEach((node, i) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (to <= from) return;
    start ??= map.starts[i] + from;
    end = map.starts[i] + to;
  });
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM range showing text [start, end) of the mapped element, or null when the map has no text there. */
export function offsetsToRange(map: TextMap, start: number, end: number): Range | null {
  if (!map.nodes.length || end <= start) return null;
  // A start at a node's end belongs to the next node, an end at a node's start to the previous one.
  const point = (offset: number, isEnd: boolean): [Text, number] => {
    let i = nodeAt(map.starts, offset);
    if (isEnd && i > 0 && map.starts[i] === offset) i--;
    while (!isEnd && i < map.nodes.length - 1 && offset >= map.starts[i] + map.nodes[i].data.length) i++;
    const node = map.nodes[i];
    return [node, Math.max(0, Math.min(node.data.length, offset - map.starts[i]))];
  };
  const range = map.nodes[0].ownerDocument.createRange();
  range.setStart(...point(start, false));
  range.setEnd(...point(end, true));
  return range.collapsed ? null : range;
}
