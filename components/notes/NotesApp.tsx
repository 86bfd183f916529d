/**
 * The notes page: every saved fact, searchable as you type, filtered and
 * grouped; inline edit, multi-select with bulk delete (undo) and bulk tag;
 * exports (Markdown, CSV, JSON) and import of a JSON backup. Reads the store
 * directly (same extension origin) with liveQuery, so it updates by itself.
 *
 * At 100,000 facts reading them all takes seconds, so the page does not wait
 * for it: the first rows are a page read through the createdAt index (newest
 * saved first) with counts from indexes, shown at once; the next page is read
 * the same way from where the last one ended, any other (the last) by skipping
 * index entries. The page never holds more than one page of rows. All facts are read after that, in chunks, and only
 * then are search, filters and the date order of the search index used.
 */
import { liveQuery } from "dexie";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  allFactsInChunks,
  deleteFacts,
  factsPage,
  factsPageAt,
  liveFactCount,
  type PageCursor,
  restoreFacts,
  updateFact,
} from "@/lib/db/facts";
import type { EntityRecord, FactRecord, KxdbDatabase } from "@/lib/db/schema";
import {
  applyImport,
  exportBackup,
  type ImportPlan,
  nothingToImport,
  parseBackup,
  planImport,
  TABLE_LABELS,
} from "@/lib/export/backup";
import { toCsv } from "@/lib/export/csv";
import { toMarkdownInSteps } from "@/lib/export/markdown";
import { t } from "@/lib/i18n";
import { TABLE_NAMES } from "@/lib/model/records";
import { type GroupBy, groupHits } from "@/lib/notes/grouping";
import { downloadText, stamp } from "@/lib/platform/download";
import { sendMessage } from "@/lib/platform/messaging";
import { FactIndex, type QuerySegmenter, type SearchFilters, type SearchHit } from "@/lib/search/factSearch";
import { debugOn } from "../debug";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { EntityPage } from "./EntityPage";
import { FactRow } from "./FactRow";
import { StorePanel } from "./StorePanel";

const PAGE = 200;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** A live query's latest value; re-subscribed when `deps` change, not run at all while `enabled` is false. */
function useLive<T>(query: () => Promise<T>, initial: T, deps: unknown[] = [], enabled = true): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (!enabled) return;
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error("kxdb notes:", e) });
    return () => sub.unsubscribe();
  }, [...deps, enabled]);
  return value;
}

interface Loaded {
  facts: FactRecord[];
  entities: EntityRecord[];
}

/** A fact from the first pages, before the search index exists: nothing to highlight. */
const pageHit = (fact: FactRecord): SearchHit => ({ fact, quoteHits: [] });

/** Milliseconds since the page started loading, for the `data-kxdb-*-ms` marks tests and benchmarks read. */
const sinceStart = () => Math.round(performance.now());
/** When this script started running (after the page's HTML and script were loaded and parsed). */
const scriptStart = sinceStart();

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return hash;
}

export interface NotesAppProps {
  db: KxdbDatabase;
  /** Loads jieba's segmentation (search works by whitespace words until then); called once the first rows are shown. */
  segmenter: () => Promise<QuerySegmenter>;
}

export function NotesApp({ db, segmenter }: NotesAppProps) {
  const [pageNo, setPageNo] = useState(0);
  /** Where each page visited before the index starts: the last fact of the page before it. */
  const cursors = useRef(new Map<number, PageCursor>());
  // First: a page of the newest facts and the entities they link, and the counts, all through indexes.
  const first = useLive(
    async () => {
      const after = cursors.current.get(pageNo);
      const facts =
        pageNo === 0
          ? await factsPage(db, PAGE)
          : after
            ? await factsPage(db, PAGE, after)
            : await factsPageAt(db, pageNo * PAGE, PAGE);
      const last = facts.at(-1);
      if (last) cursors.current.set(pageNo + 1, { createdAt: last.createdAt, id: last.id });
      const ids = [...new Set(facts.flatMap((f) => f.entityIds))];
      const entities = (await db.entities.bulkGet(ids)).filter((e): e is EntityRecord => !!e);
      return { facts, entities };
    },
    undefined as Loaded | undefined,
    [pageNo],
  );
  const counts = useLive(
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
  // Then every fact (in chunks, so the first rows stay usable meanwhile), re-read when the store changes.
  const full = useLive(
    async () => {
      const facts = await allFactsInChunks(db, 5000, setLoadedN);
      return { facts, entities: await db.entities.toArray() };
    },
    undefined as Loaded | undefined,
    [],
    readAll,
  );
  const facts = full?.facts ?? first?.facts ?? [];
  const entityList = full?.entities ?? first?.entities ?? [];
  const entities = useMemo(() => new Map(entityList.map((e) => [e.id, e])), [entityList]);
  const [segment, setSegment] = useState<QuerySegmenter | undefined>(undefined);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const [groupBy, setGroupBy] = useState<GroupBy>("entity");
  const [selected, setSelected] = useState(new Set<string>());
  const [status, setStatus] = useState("");
  const [undoIds, setUndoIds] = useState<string[]>([]);
  const [bulkTag, setBulkTag] = useState("");
  const [importing, setImporting] = useState<{ plan: ImportPlan; name: string } | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);
  const [version, setVersion] = useState(0);
  const hash = useHash();
  const debug = useMemo(debugOn, []);

  const firstShown = first !== undefined;
  useEffect(() => {
    if (firstShown) void segmenter().then((s) => setSegment(() => s));
  }, [firstShown]);
  useEffect(() => setVersion((v) => v + 1), [facts, entityList]);

  const index = useMemo(() => (full ? new FactIndex(full.facts, full.entities) : undefined), [full]);
  const searching = query.trim() !== "" || Object.values(filters).some((x) => x);
  const [searchMs, hits] = useMemo(() => {
    const t0 = performance.now();
    // Before the index: the first pages, unless a search or filter needs every fact (then nothing yet).
    const h = index ? index.search(query, filters, segment) : searching ? [] : (first?.facts ?? []).map(pageHit);
    return [performance.now() - t0, h] as const;
  }, [index, first, query, filters, segment]);
  // How many results there are: the search's, or (before the index) the live count from the indexes.
  const total = index || searching ? hits.length : (counts?.live ?? hits.length);
  const pages = Math.max(1, Math.ceil(total / PAGE));
  // New results start on their first page.
  useEffect(() => setPageNo(0), [filters]);
  // A search or a change in the store can leave fewer pages than the one shown.
  useEffect(() => {
    if (pageNo > pages - 1) setPageNo(pages - 1);
  }, [pages]);
  const [marks, setMarks] = useState<{ first?: number; all?: number }>({});
  useEffect(() => {
    // The counts may come a little later: Chromium counts 100,000 records by walking them.
    if (first && marks.first === undefined) setMarks((m) => ({ ...m, first: sinceStart() }));
  }, [first]);
  useEffect(() => {
    if (index && marks.all === undefined) setMarks((m) => ({ ...m, all: sinceStart() }));
  }, [index]);
  const groups = useMemo(
    () => groupHits(index ? hits.slice(pageNo * PAGE, (pageNo + 1) * PAGE) : hits, groupBy, entities, { type: filters.type }),
    [hits, index, pageNo, groupBy, entities, filters.type],
  );
  const tags = useMemo(() => [...new Set(facts.flatMap((f) => f.tags))].sort(), [facts]);
  const issues = useMemo(() => [...new Set(facts.map((f) => f.sourceInfo.issue).filter(Boolean))].sort(), [facts]);
  const live = counts?.live ?? 0;

  const entityId = /^#entity=(.+)$/.exec(hash)?.[1];
  const entity = entityId ? entities.get(decodeURIComponent(entityId)) : undefined;

  const tellTabs = () => void sendMessage("notifyFactsChanged", undefined).catch(() => {});
  /** Facts to export: the selection if any, else the current results (all of them: read now if not yet loaded). */
  async function exportSet(): Promise<Loaded> {
    if (selected.size) {
      const facts = (await db.facts.bulkGet([...selected])).filter((f): f is FactRecord => !!f);
      return { facts, entities: full?.entities ?? (await db.entities.toArray()) };
    }
    if (index && full) return { facts: hits.map((h) => h.fact), entities: full.entities };
    const all = await allFactsInChunks(db, 5000, (n) => setStatus(t("loadingAllFacts", n, live)));
    const allEntities = await db.entities.toArray();
    return { facts: new FactIndex(all, allEntities).search(query, filters, segment).map((h) => h.fact), entities: allEntities };
  }

  async function exportMarkdown() {
    const { facts: set, entities: entityList } = await exportSet();
    const md = await toMarkdownInSteps(
      set,
      entityList,
      { groupBy: groupBy === "article" ? "article" : "entity" },
      async (done) => {
        setStatus(t("exportingMarkdown", done));
        await tick();
      },
    );
    downloadText(`kxdb-facts-${stamp()}.md`, md, "text/markdown;charset=utf-8");
    setStatus(t("exportedMarkdown", set.length));
  }
  async function exportCsv() {
    const { facts: set, entities: entityList } = await exportSet();
    const csv = await toCsv(set, entityList, async (done) => {
      setStatus(t("exportingCsv", done, set.length));
      await tick();
    });
    downloadText(`kxdb-facts-${stamp()}.csv`, csv, "text/csv;charset=utf-8");
    setStatus(t("exportedCsv", set.length));
  }
  async function exportJson() {
    setStatus(t("exportingBackup"));
    const backup = await exportBackup(db, selected.size ? [...selected] : undefined, (done, total) =>
      setStatus(t("exportingBackupN", done, total)),
    );
    downloadText(`kxdb-backup-${stamp()}.json`, JSON.stringify(backup), "application/json");
    setStatus(t("exportedBackup", backup.facts.length));
  }
  async function chooseImport(file: File | undefined) {
    setError(null);
    setImporting(null);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setError({ message: t("importRefused", file.name, parsed.error), detail: parsed.detail });
      return;
    }
    const plan = await planImport(db, parsed.backup);
    // Nothing would be written: say so, rather than asking to confirm zero changes.
    if (nothingToImport(plan)) setStatus(t("importNothingNew", file.name, plan.total));
    else setImporting({ plan, name: file.name });
  }
  async function confirmImport() {
    if (!importing) return;
    try {
      const n = await applyImport(db, importing.plan, (done, total) => setStatus(t("importing", done, total)));
      setStatus(t("imported", n));
      setImporting(null);
      tellTabs();
    } catch (e) {
      setError(readerError(e, t("importFailed")));
    }
  }
  async function bulkDelete() {
    const ids = [...selected];
    await deleteFacts(db, ids);
    setUndoIds(ids);
    setSelected(new Set());
    setStatus(t("deletedN", ids.length));
    tellTabs();
  }
  async function undo() {
    await restoreFacts(db, undoIds);
    setStatus(t("restoredN", undoIds.length));
    setUndoIds([]);
    tellTabs();
  }
  async function addBulkTag() {
    const tag = bulkTag.trim();
    if (!tag) return;
    for (const id of selected) {
      const f = await db.facts.get(id);
      if (f) await updateFact(db, id, { tags: [...f.tags, tag] });
    }
    setStatus(t("taggedN", selected.size, tag));
    setBulkTag("");
    tellTabs();
  }
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <main>
      <header>
        <h1>
          {t("appName")} · {t("notesTitle")}
        </h1>
        <p class="meta">{t("notesSummary", live, counts?.entities ?? 0)}</p>
        <StorePanel factCount={live} />
      </header>
      <section class="toolbar" aria-label={t("notesExportImport")}>
        <button type="button" data-kxdb-action="export-markdown" onClick={() => void exportMarkdown()}>
          {t("exportMarkdown")}
        </button>
        <button type="button" data-kxdb-action="export-csv" onClick={() => void exportCsv()}>
          {t("exportCsv")}
        </button>
        <button type="button" data-kxdb-action="export-json" onClick={() => void exportJson()}>
          {t("exportJson")}
        </button>
        <label class="import">
          {t("importJson")}{" "}
          <input
            type="file"
            accept=".json,application/json"
            data-kxdb-action="import"
            onChange={(e) => void chooseImport(e.currentTarget.files?.[0])}
          />
        </label>
        {status && (
          <span class="status" role="status">
            {status}
          </span>
        )}
        {undoIds.length > 0 && (
          <button type="button" data-kxdb-action="undo" onClick={() => void undo()}>
            {t("undoDelete")}
          </button>
        )}
      </section>
      {error && <ErrorMessage error={error} />}
      {importing && (
        <section class="import-summary" aria-label={t("importSummary")} data-kxdb-import-summary>
          <h2>{t("importTitle", importing.name)}</h2>
          <table>
            <thead>
              <tr>
                <th />
                <th>{t("importNew")}</th>
                <th>{t("importSame")}</th>
                <th>{t("importTheirs")}</th>
                <th>{t("importOurs")}</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.map((k) => (
                <tr key={k} data-kxdb-import-row={k}>
                  <th>{t(TABLE_LABELS[k])}</th>
                  <td>{importing.plan[k].added.length}</td>
                  <td>{importing.plan[k].same}</td>
                  <td>{importing.plan[k].replaced.length}</td>
                  <td>{importing.plan[k].keptLocal}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-kxdb-action="import-confirm" onClick={() => void confirmImport()}>
            {t("importConfirm")}
          </button>
          <button type="button" onClick={() => setImporting(null)}>
            {t("cancel")}
          </button>
        </section>
      )}
      {entity ? (
        <EntityPage
          db={db}
          entity={entity}
          others={entityList.filter((e) => !e.mergedInto)}
          version={version}
          onChanged={tellTabs}
        />
      ) : (
        <>
          <section class="filters" aria-label={t("searchAndFilters")}>
            <input
              type="search"
              placeholder={t("searchPlaceholder")}
              aria-label={t("search")}
              data-kxdb-action="search"
              value={query}
              onInput={(e) => {
                setQuery(e.currentTarget.value);
                setPageNo(0);
              }}
            />
            <select aria-label={t("groupByLabel")} value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
              <option value="entity">{t("groupEntity")}</option>
              <option value="article">{t("groupArticle")}</option>
              <option value="tag">{t("groupTag")}</option>
              <option value="date">{t("groupDate")}</option>
            </select>
            <select
              aria-label={t("typeLabel")}
              value={filters.type ?? ""}
              onChange={(e) => setFilters({ ...filters, type: (e.currentTarget.value || undefined) as SearchFilters["type"] })}
            >
              <option value="">{t("typeBoth")}</option>
              <option value="ZONE">{t("ZONE")}</option>
              <option value="COMPANY">{t("COMPANY")}</option>
            </select>
            <select
              aria-label={t("tagLabel")}
              value={filters.tag ?? ""}
              onChange={(e) => setFilters({ ...filters, tag: e.currentTarget.value || undefined })}
            >
              <option value="">{t("allTags")}</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  #{t}
                </option>
              ))}
            </select>
            {issues.length > 0 && (
              <select
                aria-label={t("issueLabel")}
                value={filters.issue ?? ""}
                onChange={(e) => setFilters({ ...filters, issue: e.currentTarget.value || undefined })}
              >
                <option value="">{t("allIssues")}</option>
                {issues.map((i) => (
                  <option key={i} value={i}>
                    {t("issueN", i)}
                  </option>
                ))}
              </select>
            )}
            <label>
              {t("dateFrom")}{" "}
              <input
                type="date"
                value={filters.from ?? ""}
                onInput={(e) => setFilters({ ...filters, from: e.currentTarget.value || undefined })}
              />
            </label>
            <label>
              {t("dateTo")}{" "}
              <input
                type="date"
                value={filters.to ?? ""}
                onInput={(e) => setFilters({ ...filters, to: e.currentTarget.value || undefined })}
              />
            </label>
            <span
              class="meta"
              data-kxdb-search-ms={searchMs.toFixed(1)}
              data-kxdb-results={total}
              data-kxdb-loaded={index ? "all" : "page"}
              data-kxdb-script-ms={scriptStart}
              data-kxdb-first-rows-ms={marks.first}
              data-kxdb-all-ms={marks.all}
            >
              {t("resultsN", total)}
              {!index && first && ` · ${t("loadingAllFacts", loadedN, live)}`}
              {debug && ` · ${t("took", searchMs.toFixed(1))}`}
            </span>
          </section>
          {selected.size > 0 && (
            <section class="bulk" aria-label={t("bulkActions")}>
              {t("selectedN", selected.size)}
              <button type="button" data-kxdb-action="bulk-delete" onClick={() => void bulkDelete()}>
                {t("deleteSelected")}
              </button>
              <input
                type="text"
                placeholder={t("tagLabel")}
                aria-label={t("bulkTagLabel")}
                value={bulkTag}
                onInput={(e) => setBulkTag(e.currentTarget.value)}
              />
              <button type="button" data-kxdb-action="bulk-tag" onClick={() => void addBulkTag()}>
                {t("addTag")}
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                {t("clearSelection")}
              </button>
            </section>
          )}
          {groups.map((g) => (
            <section key={g.key} class="group">
              <h2>
                {g.entityId ? <a href={`#entity=${encodeURIComponent(g.entityId)}`}>{g.heading}</a> : g.heading}{" "}
                <span class="meta">{g.hits.length}</span>
              </h2>
              <ul class="facts">
                {g.hits.map(({ hit: h, also }) => (
                  <FactRow
                    key={h.fact.id}
                    fact={h.fact}
                    hits={h.quoteHits}
                    entities={entities}
                    also={also}
                    alsoKind={groupBy === "tag" ? "tag" : "entity"}
                    selected={selected.has(h.fact.id)}
                    onSelect={(on) => toggle(h.fact.id, on)}
                    onSave={async (patch) => {
                      await updateFact(db, h.fact.id, patch);
                      tellTabs();
                    }}
                    onDelete={() => {
                      void deleteFacts(db, [h.fact.id]).then(() => {
                        setUndoIds([h.fact.id]);
                        setStatus(t("deletedN", 1));
                        tellTabs();
                      });
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
          {pages > 1 && (
            <nav class="pager" aria-label={t("pageN", pageNo + 1, pages)}>
              <button type="button" data-kxdb-action="page-first" disabled={pageNo === 0} onClick={() => setPageNo(0)}>
                {t("pageFirst")}
              </button>
              <button type="button" data-kxdb-action="page-prev" disabled={pageNo === 0} onClick={() => setPageNo(pageNo - 1)}>
                {t("pagePrev")}
              </button>
              <span class="meta" data-kxdb-page={pageNo + 1}>
                {t("pageN", pageNo + 1, pages)}
              </span>
              <button
                type="button"
                data-kxdb-action="page-next"
                disabled={pageNo >= pages - 1}
                onClick={() => setPageNo(pageNo + 1)}
              >
                {t("pageNext")}
              </button>
              <button
                type="button"
                data-kxdb-action="page-last"
                disabled={pageNo >= pages - 1}
                onClick={() => setPageNo(pages - 1)}
              >
                {t("pageLast")}
              </button>
            </nav>
          )}
          {counts && !live && <p class="meta">{t("notesEmpty")}</p>}
        </>
      )}
    </main>
  );
}
