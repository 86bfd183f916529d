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
  /** Ranges in `fact.quote` that match a query word, for highlighting; computed on first use. */
  readonly quoteHits: [number, number][];
}

/** A class, not an object literal with a getter: 100,000 of them are made per keystroke. */
class Hit implements SearchHit {
  private ranges: [number, number][] | undefined;
  constructor(
    readonly fact: FactRecord,
    private readonly words: string[],
  ) {}
  get quoteHits(): [number, number][] {
    this.ranges ??= highlightRanges(this.fact.quote, this.words);
    return this.ranges;
  }
}

const newestFirst = (a: FactRecord, b: FactRecord) =>
  (b.sourceInfo.date || "").localeCompare(a.sourceInfo.date || "") || b.createdAt - a.createdAt;

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

/**
 * The entities' names, folded once and shared by every index over the same
 * entities (the chunks the notes page indexes while it reads, then the whole).
 */
export class EntityNames {
  readonly byId: Map<string, EntityRecord>;
  /** A folded name → the entities bearing it. */
  readonly aliasToEntities = new Map<string, string[]>();
  /** An entity id → its canonical name and aliases, folded and joined: what a fact linked to it is found by. */
  private readonly folded = new Map<string, string>();

  constructor(entities: EntityRecord[]) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) {
      const names = [e.canonical, ...e.aliases].map(fold);
      for (const key of names) {
        const list = this.aliasToEntities.get(key) ?? [];
        list.push(e.id);
        this.aliasToEntities.set(key, list);
      }
      this.folded.set(e.id, names.join(""));
    }
  }

  /** The folded names of `ids`, joined. */
  textOf(ids: string[]): string {
    let out = "";
    for (const id of ids) out += this.folded.get(id) ?? "";
    return out;
  }
}

export class FactIndex {
  private readonly facts: FactRecord[];
  private readonly haystack: string;
  /** starts[i]: offset of fact i's text in the haystack. */
  private readonly starts: Int32Array;
  private readonly names: EntityNames;

  constructor(facts: FactRecord[], entities: EntityRecord[] | EntityNames) {
    // Sorted once here: results come out in order without a sort on every keystroke.
    // The trash is never searched: leave it out of the index.
    this.facts = facts.filter((f) => f.deletedAt === undefined).sort(newestFirst);
    this.names = entities instanceof EntityNames ? entities : new EntityNames(entities);
    // Whitespace is folded away, so the parts of a fact's text are joined without a separator.
    const parts: string[] = [];
    this.starts = new Int32Array(this.facts.length + 1);
    let pos = 0;
    this.facts.forEach((f, i) => {
      const own = fold(f.quote + f.note + f.tags.join("") + f.sourceInfo.title);
      const text = own + this.names.textOf(f.entityIds) + SEPARATOR;
      this.starts[i] = pos;
      parts.push(text);
      pos += text.length;
    });
    this.starts[this.facts.length] = pos;
    this.haystack = parts.join("");
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

  private passes(f: FactRecord, filters: SearchFilters): boolean {
    if (filters.entityId && !f.entityIds.includes(filters.entityId)) return false;
    if (filters.type && !f.entityIds.some((id) => this.names.byId.get(id)?.type === filters.type)) return false;
    if (filters.tag && !f.tags.includes(filters.tag)) return false;
    if (filters.issue && f.sourceInfo.issue !== filters.issue) return false;
    if (filters.from && (f.sourceInfo.date || "") < filters.from) return false;
    if (filters.to && (f.sourceInfo.date || "9999") > filters.to) return false;
    return true;
  }

  /** Matching facts, newest first. Highlight ranges are computed only for the hits that are shown. */
  search(query: string, filters: SearchFilters = {}, segment?: QuerySegmenter): SearchHit[] {
    const words = queryWords(query, segment);
    const n = this.facts.length;
    let mask: Uint8Array | null = null; // 1: the fact contains every word so far
    for (const w of words) {
      const m = new Uint8Array(n);
      for (let at = this.haystack.indexOf(w); at >= 0; ) {
        const i = this.factAt(at);
        m[i] = 1;
        at = this.haystack.indexOf(w, this.starts[i + 1]); // next fact: one hit per fact is enough
      }
      if (mask) for (let i = 0; i < n; i++) mask[i] &= m[i];
      else mask = m;
    }
    // The whole query naming an entity also finds facts linked to it (under any of its names).
    const whole = mask ? this.names.aliasToEntities.get(fold(query)) : undefined;
    if (mask && whole) {
      const ids = new Set(whole);
      for (let i = 0; i < n; i++) if (!mask[i] && this.facts[i].entityIds.some((id) => ids.has(id))) mask[i] = 1;
    }
    const filtered = Object.values(filters).some((x) => x);
    const out: SearchHit[] = [];
    for (let i = 0; i < n; i++) {
      if (mask && !mask[i]) continue;
      const fact = this.facts[i];
      if (!filtered || this.passes(fact, filters)) out.push(new Hit(fact, words));
    }
    return out;
  }
}

/**
 * Several indexes searched as one: the chunks the notes page has indexed while
 * it still reads the rest. Hits newest first, as from one index.
 */
export function searchIndexes(
  indexes: FactIndex[],
  query: string,
  filters: SearchFilters = {},
  segment?: QuerySegmenter,
): SearchHit[] {
  if (indexes.length <= 1) return indexes[0]?.search(query, filters, segment) ?? [];
  const hits = indexes.flatMap((index) => index.search(query, filters, segment));
  return hits.sort((a, b) => newestFirst(a.fact, b.fact));
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
