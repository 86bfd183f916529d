/**
 * Search and filters over the notes. Before every fact is read (no index yet)
 * the results are the page of rows at hand, unless a search or filter needs
 * every fact: then there are none yet. Queries are cut into words by whitespace
 * until jieba is loaded, which waits for the first rows to be on screen.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { FactRecord } from "@/lib/db/schema";
import type { QuerySegmenter, SearchFilters, SearchHit } from "@/lib/search/factSearch";
import type { NotesData } from "./useNotesData";

/** A fact from the first pages, before the search index exists: nothing to highlight. */
const pageHit = (fact: FactRecord): SearchHit => ({ fact, quoteHits: [] });

export interface FactSearch {
  hits: SearchHit[];
  /** How long the search took, for the page's marks. */
  searchMs: number;
  /** How many results there are: the search's, or (before the index) the live count from the indexes. */
  total: number;
  /** jieba's cut, once loaded. */
  segment: QuerySegmenter | undefined;
}

export function useFactSearch(
  { first, counts, index }: NotesData,
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
  const [searchMs, hits] = useMemo(() => {
    const t0 = performance.now();
    const h = index ? index.search(query, filters, segment) : searching ? [] : (first?.facts ?? []).map(pageHit);
    return [performance.now() - t0, h] as const;
  }, [index, first, query, filters, segment]);
  const total = index || searching ? hits.length : (counts?.live ?? hits.length);
  return { hits, searchMs, total, segment };
}
