/**
 * What the notes page shows, read live from the store (same extension origin).
 *
 * At 100,000 facts reading them all takes seconds, so the page does not wait
 * for it: the first rows are the newest few facts, read in one transaction the
 * moment the page first renders, then the page of rows read through the
 * createdAt index (newest saved first) with counts from indexes; the next page is read
 * the same way from where the last one ended, any other (the last) by skipping
 * index entries. The page never holds more than one page of rows. All facts
 * are read after that, in chunks; each chunk is indexed as it comes, so search
 * and filters work on what is read so far, and the whole is indexed at the end.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  allFactsInChunks,
  type FactsWithEntities,
  factsPage,
  factsPageAt,
  liveFactCount,
  newestFacts,
  type PageCursor,
  withEntities,
} from "@/lib/db/facts";
import type { EntityRecord, FactRecord, KxdbDatabase } from "@/lib/db/schema";
import { EntityNames, FactIndex } from "@/lib/search/factSearch";
import { useLiveQuery } from "./useLiveQuery";

/** Rows on one page of the list. */
export const PAGE_SIZE = 200;
/**
 * Rows drawn in the page's first frame, and read before the rest of the page. A page of 200 rows took 80–390 ms
 * to render on the shared 2-core machine, and reading it (its facts, then its entities) 50–90 ms.
 */
export const FIRST_FRAME_ROWS = 30;

export type Loaded = FactsWithEntities;

/** Milliseconds since the page started loading, for the `data-kxdb-*-ms` marks tests and benchmarks read. */
const sinceStart = () => Math.round(performance.now());
/** When this script started running (after the page's HTML and script were loaded and parsed). */
export const scriptStart = sinceStart();

export interface NotesData {
  /** The page of rows `pageNo` and the entities its facts link, read through indexes; undefined until read. */
  first: Loaded | undefined;
  /** Facts not in the trash, and entities not merged away; undefined until counted. */
  counts: { live: number; entities: number } | undefined;
  /** Every fact (trash included) and entity; undefined until all are read. */
  full: Loaded | undefined;
  /** The search index over `full`. */
  index: FactIndex | undefined;
  /**
   * Before `full` is first read: an index over each chunk of facts read so far, so search and filters work on
   * those at once instead of waiting seconds for all of them. Empty once `index` is there.
   */
  partial: FactIndex[];
  /** How many facts of `full` are read so far. */
  loadedN: number;
  /** The facts at hand: all of them once read, else the page. */
  facts: FactRecord[];
  entityList: EntityRecord[];
  entities: Map<string, EntityRecord>;
  /** Bumped whenever the facts or entities at hand change: pages that read for themselves read again. */
  version: number;
  /** When the first rows and when every fact were there (ms since the page started). */
  marks: { first?: number; all?: number };
}

export function useNotesData(db: KxdbDatabase, pageNo: number): NotesData {
  /** Where each page visited before the index starts: the last fact of the page before it. */
  const cursors = useRef(new Map<number, PageCursor>());
  // Before anything else, as the page first renders (not after an effect waits for its first paint): the rows of
  // the first frame. Not live: the page's live query below takes over from it.
  const [newest, setNewest] = useState<Loaded | "failed" | undefined>(undefined);
  // A state initializer runs once, during the first render.
  useState(() =>
    newestFacts(db, FIRST_FRAME_ROWS).then(setNewest, (e) => {
      console.error("kxdb notes:", e);
      setNewest("failed"); // the live query below reads (and reports) for itself
    }),
  );
  // Then a page of the newest facts and the entities they link, and the counts, all through indexes.
  const page = useLiveQuery(
    async () => {
      const after = cursors.current.get(pageNo);
      const facts =
        pageNo === 0
          ? await factsPage(db, PAGE_SIZE)
          : after
            ? await factsPage(db, PAGE_SIZE, after)
            : await factsPageAt(db, pageNo * PAGE_SIZE, PAGE_SIZE);
      const last = facts.at(-1);
      if (last) cursors.current.set(pageNo + 1, { createdAt: last.createdAt, id: last.id });
      return withEntities(db, facts);
    },
    undefined as Loaded | undefined,
    [pageNo],
    // Once the first frame's rows are read: IndexedDB serves one database's requests in turn.
    newest !== undefined,
  );
  const first = page ?? (pageNo === 0 && newest !== "failed" ? newest : undefined);
  const counts = useLiveQuery(
    async () => {
      const [live, entities, merged] = await Promise.all([
        liveFactCount(db),
        db.entities.count(),
        db.entities.orderBy("mergedInto").count(),
      ]);
      return { live, entities: entities - merged };
    },
    undefined as { live: number; entities: number } | undefined,
    [],
    // After the first page: IndexedDB serves one database's requests in turn, and counting 100,000 takes a while.
    first !== undefined,
  );
  const [loadedN, setLoadedN] = useState(0);
  // Reading every fact starts once the first rows are painted, not alongside the queries for them.
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    if (!first || readAll) return;
    const timer = setTimeout(() => setReadAll(true), 50);
    return () => clearTimeout(timer);
  }, [first]);
  // Then every fact (in chunks, so the first rows stay usable meanwhile), re-read when the store changes. The
  // first time, each chunk is indexed as it comes, for searching what is read so far.
  const [partial, setPartial] = useState<FactIndex[]>([]);
  /** Every entity, read before the facts: results from the chunks name theirs even when not on the first page. */
  const [allEntities, setAllEntities] = useState<EntityRecord[] | undefined>(undefined);
  const indexedOnce = useRef(false);
  /** The latest read of every fact: a read the store's changes made stale adds no chunk. */
  const latestRead = useRef(0);
  const full = useLiveQuery(
    async () => {
      const read = ++latestRead.current;
      const entities = await db.entities.toArray();
      const names = indexedOnce.current ? undefined : new EntityNames(entities);
      if (names) {
        setAllEntities(entities);
        setPartial([]);
      }
      const facts = await allFactsInChunks(db, 5000, (done, chunk) => {
        setLoadedN(done);
        if (names && !indexedOnce.current && read === latestRead.current) {
          const index = new FactIndex(chunk, names);
          setPartial((indexes) => [...indexes, index]);
        }
      });
      return { facts, entities };
    },
    undefined as Loaded | undefined,
    [],
    readAll,
  );
  const facts = full?.facts ?? first?.facts ?? [];
  const entityList = full?.entities ?? allEntities ?? first?.entities ?? [];
  const entities = useMemo(() => new Map(entityList.map((e) => [e.id, e])), [entityList]);
  const [version, setVersion] = useState(0);
  useEffect(() => setVersion((v) => v + 1), [facts, entityList]);
  const index = useMemo(() => (full ? new FactIndex(full.facts, full.entities) : undefined), [full]);
  useEffect(() => {
    if (!index || indexedOnce.current) return;
    indexedOnce.current = true;
    setPartial([]);
    setAllEntities(undefined);
  }, [index]);

  const [marks, setMarks] = useState<{ first?: number; all?: number }>({});
  useEffect(() => {
    // The counts may come a little later: Chromium counts 100,000 records by walking them.
    if (first && marks.first === undefined) setMarks((m) => ({ ...m, first: sinceStart() }));
  }, [first]);
  useEffect(() => {
    if (index && marks.all === undefined) setMarks((m) => ({ ...m, all: sinceStart() }));
  }, [index]);

  return { first, counts, full, index, partial, loadedN, facts, entityList, entities, version, marks };
}
