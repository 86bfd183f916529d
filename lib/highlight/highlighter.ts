/**
 * Puts highlight elements around recognized mentions and takes them away
 * again, leaving the DOM exactly as it was: the original Text nodes are kept
 * and put back, so even node identity survives a toggle.
 */
import type { Mention } from "../ner/types";
import type { TextMap } from "./textMap";

/** The highlight element's tag: a name no page stylesheet targets. */
export const MARK_TAG = "kxdb-mark";

interface Replacement {
  original: Text;
  parts: Node[];
}

interface LocalRange {
  start: number;
  end: number;
  mention: Mention;
  index: number;
}

/** Index of the last node starting at or before `offset`. */
function nodeAt(starts: number[], offset: number): number {
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

  get active(): boolean {
    return this.replacements.length > 0;
  }

  /** Wrap every mention; a mention across several text nodes gets one element per node. Returns elements made. */
  apply(map: TextMap, mentions: Mention[], describe: (m: Mention) => string): HTMLElement[] {
    const perNode = new Map<number, LocalRange[]>();
    mentions.forEach((mention, index) => {
      if (!map.nodes.length) return;
      for (let i = nodeAt(map.starts, mention.start); i < map.nodes.length && map.starts[i] < mention.end; i++) {
        const nodeStart = map.starts[i];
        const start = Math.max(mention.start, nodeStart) - nodeStart;
        const end = Math.min(mention.end, nodeStart + map.nodes[i].data.length) - nodeStart;
        if (end <= start) continue;
        let list = perNode.get(i);
        if (!list) {
          list = [];
          perNode.set(i, list);
        }
        list.push({ start, end, mention, index });
      }
    });
    const made: HTMLElement[] = [];
    for (const [i, ranges] of perNode) {
      const original = map.nodes[i];
      const parent = original.parentNode;
      if (!parent) continue;
      const doc = original.ownerDocument;
      const parts: Node[] = [];
      let pos = 0;
      for (const r of ranges.sort((a, b) => a.start - b.start)) {
        if (r.start < pos) continue; // overlapping mentions never come from the recognizer; be safe anyway
        if (r.start > pos) parts.push(doc.createTextNode(original.data.slice(pos, r.start)));
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute("data-kxdb-type", r.mention.type);
        mark.setAttribute("data-kxdb-entity", r.mention.entityId);
        mark.setAttribute("data-kxdb-mention", String(r.index));
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("role", "button");
        mark.setAttribute("aria-label", describe(r.mention));
        mark.textContent = original.data.slice(r.start, r.end);
        parts.push(mark);
        made.push(mark);
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
