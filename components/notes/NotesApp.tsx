/**
 * The notes page: every saved fact, searchable as you type, filtered and
 * grouped; inline edit, multi-select with bulk delete (undo) and bulk tag;
 * exports (Markdown, CSV, JSON) and import of a JSON backup; an entity's own
 * page at `#entity=<id>`. This module puts the pieces together: reading the
 * store is useNotesData (live, so the page updates by itself), writing it the
 * facts service (which tells the open tabs), each bar its own component.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { KxdbDatabase } from "@/lib/db/schema";
import type { FactsService } from "@/lib/facts/factsService";
import { t } from "@/lib/i18n";
import { type GroupBy, groupHits } from "@/lib/notes/grouping";
import type { QuerySegmenter, SearchFilters } from "@/lib/search/factSearch";
import { debugOn } from "../debug";
import { ErrorMessage, type ReaderError } from "../ErrorMessage";
import { BulkBar } from "./BulkBar";
import { EntityPage } from "./EntityPage";
import { ExportBar } from "./ExportBar";
import { FactGroups } from "./FactGroups";
import { Filters, ResultCount } from "./Filters";
import { ImportSummary } from "./ImportSummary";
import { Pager } from "./Pager";
import { StorePanel } from "./StorePanel";
import { useEntityRoute } from "./useEntityRoute";
import { useExports } from "./useExports";
import { useFactActions } from "./useFactActions";
import { useFactSearch } from "./useFactSearch";
import { useImport } from "./useImport";
import { PAGE_SIZE, scriptStart, useNotesData } from "./useNotesData";

export interface NotesAppProps {
  db: KxdbDatabase;
  /** Every write of a fact goes through it (lib/platform/factsBroadcast.ts pageFactsService). */
  factsService: FactsService;
  /** Loads jieba's segmentation (search works by whitespace words until then); called once the first rows are shown. */
  segmenter: () => Promise<QuerySegmenter>;
}

export function NotesApp({ db, factsService, segmenter }: NotesAppProps) {
  const [pageNo, setPageNo] = useState(0);
  const data = useNotesData(db, pageNo);
  const { first, counts, index, entities, entityList, facts } = data;
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const [groupBy, setGroupBy] = useState<GroupBy>("entity");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<ReaderError | null>(null);
  const actions = useFactActions(factsService, setStatus);
  const importing = useImport(db, factsService, setStatus, setError);
  const entityId = useEntityRoute();
  const debug = useMemo(debugOn, []);

  const search = useFactSearch(data, query, filters, segmenter);
  const exports = useExports({ db, data, search, query, filters, groupBy, selected: actions.selected, setStatus });
  const pages = Math.max(1, Math.ceil(search.total / PAGE_SIZE));
  // New results start on their first page.
  useEffect(() => setPageNo(0), [filters]);
  // A search or a change in the store can leave fewer pages than the one shown.
  useEffect(() => {
    if (pageNo > pages - 1) setPageNo(pages - 1);
  }, [pages]);
  const { hits } = search;
  const groups = useMemo(
    () =>
      groupHits(search.isStorePage ? hits : hits.slice(pageNo * PAGE_SIZE, (pageNo + 1) * PAGE_SIZE), groupBy, entities, {
        type: filters.type,
      }),
    [hits, search.isStorePage, pageNo, groupBy, entities, filters.type],
  );
  const tags = useMemo(() => [...new Set(facts.flatMap((f) => f.tags))].sort(), [facts]);
  const issues = useMemo(() => [...new Set(facts.map((f) => f.sourceInfo.issue).filter(Boolean))].sort(), [facts]);
  const live = counts?.live ?? 0;
  const entity = entityId ? entities.get(entityId) : undefined;

  return (
    <main>
      <header>
        <h1>
          {t("appName")} · {t("notesTitle")}
        </h1>
        <p class="meta">{t("notesSummary", live, counts?.entities ?? 0)}</p>
        <StorePanel factCount={live} />
      </header>
      <ExportBar
        onMarkdown={() => void exports.markdown()}
        onCsv={() => void exports.csv()}
        onJson={() => void exports.json()}
        onDirectoryCsv={() => void exports.directoryCsv()}
        onDirectoryMarkdown={() => void exports.directoryMarkdown()}
        onImportFile={(file) => void importing.choose(file)}
      >
        {status && (
          <span class="status" role="status">
            {status}
          </span>
        )}
        {actions.undoIds.length > 0 && (
          <button type="button" data-kxdb-action="undo" onClick={() => void actions.undo()}>
            {t("undoDelete")}
          </button>
        )}
      </ExportBar>
      {error && <ErrorMessage error={error} />}
      {importing.pending && (
        <ImportSummary pending={importing.pending} onConfirm={() => void importing.confirm()} onCancel={importing.cancel} />
      )}
      {entity ? (
        <EntityPage
          db={db}
          factsService={factsService}
          entity={entity}
          others={entityList.filter((e) => !e.mergedInto)}
          version={data.version}
        />
      ) : (
        <>
          <Filters
            query={query}
            onQuery={(q) => {
              setQuery(q);
              setPageNo(0);
            }}
            groupBy={groupBy}
            onGroupBy={setGroupBy}
            filters={filters}
            onFilters={setFilters}
            tags={tags}
            issues={issues}
          >
            <ResultCount
              total={search.total}
              searchMs={search.searchMs}
              allLoaded={!!index}
              loading={!index && first ? { done: data.loadedN, of: live, searching: search.partial } : undefined}
              marks={{ scriptStart, ...data.marks }}
              debug={debug}
            />
          </Filters>
          {actions.selected.size > 0 && (
            <BulkBar
              count={actions.selected.size}
              onDelete={() => void actions.deleteSelected()}
              tag={actions.bulkTag}
              onTagInput={actions.setBulkTag}
              onAddTag={() => void actions.tagSelected()}
              onClear={actions.clearSelection}
            />
          )}
          <FactGroups
            groups={groups}
            groupBy={groupBy}
            entities={entities}
            selected={actions.selected}
            onSelect={actions.select}
            onSave={actions.save}
            onDelete={actions.deleteOne}
          />
          {pages > 1 && <Pager pageNo={pageNo} pages={pages} onPage={setPageNo} />}
          {counts && !live && <p class="meta">{t("notesEmpty")}</p>}
        </>
      )}
    </main>
  );
}
