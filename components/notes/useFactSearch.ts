/**
 * Search and filters over the notes. Before every fact is read (no index yet)
 * the results are the page of rows at hand, unless a search or filter is set:
 * then they are searched for in the facts read so far (chunk by chunk, more
 * each half second or so at 100,000) and the reader is told so. Queries are
 * cut into words by whitespace until jieba is loaded, which waits for the
 * first rows to be on screen.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { FactRecord } from "@/lib/db/schema";
import { type QuerySegmenter, type SearchFilters, type SearchHit, searchIndexes } from "@/lib/search/factSearch";
import type { NotesData } from "./useNotesData";

/** A fact from the first pages, before the search index exists: nothing to highlight. */
const pageHit = (fact: FactRecord): SearchHit => ({ fact, quoteHits: [] });

export interface FactSearch {
  hits: SearchHit[];
  /** How long the search took, for the page's marks. */
  searchMs: number;
  /** How many results there are: the search's, or (before the index) the live count from the indexes. */
  total: number;
  /** The hits are the page of rows read from the store (no search, no index yet), not results to page through. */
  isStorePage: boolean;
  /** The hits come from the facts read so far, not all of them (more may follow). */
  partial: boolean;
  /** jieba's cut, once loaded. */
  segment: QuerySegmenter | undefined;
}

export function useFactSearch(
  { first, counts, index, partial }: NotesData,
  query: string,
  filters: SearchFilters,
  segmenter: () => Promise<QuerySegmenter>,
): FactSearch {
  const [segment, setSegment] = useState<QuerySegmenter | undefined>(undefined);
  const firstShown = first !== undefined;
  useEffect(() => {
    if (firstShown) void segmenter().then((s) => setSegment(() => s));
  }, [firstShown]);

  const searching = query.trim() !== "" || Object.values(filters).some((x) => x);
  const isStorePage = !index && !searching;
  const [searchMs, hits] = useMemo(() => {
    const t0 = performance.now();
    const h = index
      ? index.search(query, filters, segment)
      : searching
        ? searchIndexes(partial, query, filters, segment)
        : (first?.facts ?? []).map(pageHit);
    return [performance.now() - t0, h] as const;
  }, [index, partial, first, query, filters, segment]);
  const total = isStorePage ? (counts?.live ?? hits.length) : hits.length;
  return { hits, searchMs, total, segment, isStorePage, partial: !index && searching };
}
