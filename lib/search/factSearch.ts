/**
 * Full-text search over facts as the reader types: quotes, notes, tags and the
 * names of linked entities (every alias, so `晋城经开区` finds facts linked to
 * 晋城经济技术开发区). The query is segmented with jieba (cut_for_search) and
 * every word must occur; matching is by substring on a normalized copy, so
 * `光伏` finds `光伏组件`. One joined haystack keeps 100,000 facts in
 * a few indexOf scans.
 */
import type { EntityRecord, FactRecord } from "../db/schema";

export interface SearchFilters {
  type?: "ZONE" | "COMPANY";
  entityId?: string;
  tag?: string;
  issue?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the source date. */
  from?: string;
  to?: string;
}

export interface SearchHit {
  fact: FactRecord;
  /** Ranges in `fact.quote` that match a query word, for highlighting. */
  quoteHits: [number, number][];
}

/** Segments a query; the notes page passes jieba's cut_for_search once it is loaded. */
export type QuerySegmenter = (query: string) => string[];

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, "");
const SEPARATOR = "\u0000";

export function queryWords(query: string, segment?: QuerySegmenter): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const rough = q.split(/[\s,，、;；]+/).filter(Boolean);
  const words = segment ? rough.flatMap((w) => (/[\u4e00-\u9fff]/.test(w) && w.length > 2 ? segment(w) : [w])) : rough;
  const cleaned = words.map(fold).filter((w) => w && /[\p{L}\p{N}]/u.test(w));
  // cut_for_search yields overlapping words (晋城, 经开区, 晋城经开区…): keep the ones not inside another.
  return [...new Set(cleaned)].filter((w, _, all) => !all.some((o) => o !== w && o.includes(w) && o.length > w.length));
}

export class FactIndex {
  private readonly facts: FactRecord[];
  private readonly haystack: string;
  /** starts[i]: offset of fact i's text in the haystack. */
  private readonly starts: Int32Array;
  private readonly entities: Map<string, EntityRecord>;
  private readonly aliasToEntities = new Map<string, string[]>();

  constructor(facts: FactRecord[], entities: EntityRecord[]) {
    this.facts = facts;
    this.entities = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) {
      for (const name of [e.canonical, ...e.aliases]) {
        const key = fold(name);
        const list = this.aliasToEntities.get(key) ?? [];
        list.push(e.id);
        this.aliasToEntities.set(key, list);
      }
    }
    const parts: string[] = [];
    this.starts = new Int32Array(facts.length + 1);
    let pos = 0;
    facts.forEach((f, i) => {
      const names = f.entityIds.flatMap((id) => {
        const e = this.entities.get(id);
        return e ? [e.canonical, ...e.aliases] : [];
      });
      const text = fold([f.quote, f.note, f.tags.join(" "), names.join(" "), f.sourceInfo.title].join(" ")) + SEPARATOR;
      this.starts[i] = pos;
      parts.push(text);
      pos += text.length;
    });
    this.starts[facts.length] = pos;
    this.haystack = parts.join("");
  }

  get size(): number {
    return this.facts.length;
  }

  private factAt(offset: number): number {
    let lo = 0;
    let hi = this.facts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Indices of facts whose text contains `word`. */
  private containing(word: string): Set<number> {
    const out = new Set<number>();
    for (let at = this.haystack.indexOf(word); at >= 0; ) {
      const i = this.factAt(at);
      out.add(i);
      at = this.haystack.indexOf(word, this.starts[i + 1]); // next fact: one hit per fact is enough
    }
    return out;
  }

  private passes(f: FactRecord, filters: SearchFilters): boolean {
    if (f.deletedAt !== undefined) return false;
    if (filters.entityId && !f.entityIds.includes(filters.entityId)) return false;
    if (filters.type && !f.entityIds.some((id) => this.entities.get(id)?.type === filters.type)) return false;
    if (filters.tag && !f.tags.includes(filters.tag)) return false;
    if (filters.issue && f.sourceInfo.issue !== filters.issue) return false;
    if (filters.from && (f.sourceInfo.date || "") < filters.from) return false;
    if (filters.to && (f.sourceInfo.date || "9999") > filters.to) return false;
    return true;
  }

  search(query: string, filters: SearchFilters = {}, segment?: QuerySegmenter): SearchHit[] {
    const words = queryWords(query, segment);
    let matched: Iterable<number>;
    if (!words.length) matched = this.facts.keys();
    else {
      let set: Set<number> | undefined;
      for (const w of words) {
        const hits = this.containing(w);
        set = set ? new Set([...set].filter((i) => hits.has(i))) : hits;
        if (!set.size) break;
      }
      // The whole query naming an entity also finds facts linked to it (under any of its names).
      const whole = this.aliasToEntities.get(fold(query));
      if (whole) {
        const ids = new Set(whole);
        this.facts.forEach((f, i) => {
          if (f.entityIds.some((id) => ids.has(id))) set?.add(i);
        });
      }
      matched = set ?? [];
    }
    const out: SearchHit[] = [];
    for (const i of matched) {
      const fact = this.facts[i];
      if (this.passes(fact, filters)) out.push({ fact, quoteHits: highlightRanges(fact.quote, words) });
    }
    return out.sort(
      (a, b) => (b.fact.sourceInfo.date || "").localeCompare(a.fact.sourceInfo.date || "") || b.fact.createdAt - a.fact.createdAt,
    );
  }
}

/** Where query words occur in a text (case-insensitive; whitespace in the text is skipped over). */
export function highlightRanges(text: string, words: string[]): [number, number][] {
  if (!words.length) return [];
  // Map folded positions back to the text.
  const map: number[] = [];
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    folded += text[i].toLowerCase();
    map.push(i);
  }
  const ranges: [number, number][] = [];
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) {
      ranges.push([map[at], map[at + w.length - 1] + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
