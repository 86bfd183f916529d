/**
 * The notes page's three exports (Markdown, CSV, JSON backup) of the selection
 * if any, else of the current results. The Markdown and CSV are built in steps
 * that yield to the page, so 100,000 facts show progress instead of a frozen tab.
 * And the zone directory (every company–zone relation read), as CSV or Markdown.
 */
import { allFactsInChunks } from "@/lib/db/facts";
import { zoneDirectory } from "@/lib/db/relations";
import type { FactRecord, KxdbDatabase } from "@/lib/db/schema";
import { exportBackup } from "@/lib/export/backup";
import { toCsv } from "@/lib/export/csv";
import { toMarkdownInSteps } from "@/lib/export/markdown";
import { directoryCsv, directoryMarkdown } from "@/lib/export/zoneDirectory";
import { t } from "@/lib/i18n";
import type { GroupBy } from "@/lib/notes/grouping";
import { downloadText, stamp } from "@/lib/platform/download";
import { FactIndex, type SearchFilters } from "@/lib/search/factSearch";
import type { FactSearch } from "./useFactSearch";
import type { Loaded, NotesData } from "./useNotesData";

/** Let the page paint between steps. */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

export interface ExportInputs {
  db: KxdbDatabase;
  data: NotesData;
  search: FactSearch;
  query: string;
  filters: SearchFilters;
  groupBy: GroupBy;
  selected: Set<string>;
  setStatus: (status: string) => void;
}

export function useExports({ db, data, search, query, filters, groupBy, selected, setStatus }: ExportInputs) {
  const { full, index } = data;
  const live = data.counts?.live ?? 0;

  /** Facts to export: the selection if any, else the current results (all of them: read now if not yet loaded). */
  async function exportSet(): Promise<Loaded> {
    if (selected.size) {
      const facts = (await db.facts.bulkGet([...selected])).filter((f): f is FactRecord => !!f);
      return { facts, entities: full?.entities ?? (await db.entities.toArray()) };
    }
    if (index && full) return { facts: search.hits.map((h) => h.fact), entities: full.entities };
    const all = await allFactsInChunks(db, 5000, (n) => setStatus(t("loadingAllFacts", n, live)));
    const allEntities = await db.entities.toArray();
    return {
      facts: new FactIndex(all, allEntities).search(query, filters, search.segment).map((h) => h.fact),
      entities: allEntities,
    };
  }

  async function markdown() {
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

  async function csv() {
    const { facts: set, entities: entityList } = await exportSet();
    const text = await toCsv(set, entityList, async (done) => {
      setStatus(t("exportingCsv", done, set.length));
      await tick();
    });
    downloadText(`kxdb-facts-${stamp()}.csv`, text, "text/csv;charset=utf-8");
    setStatus(t("exportedCsv", set.length));
  }

  async function json() {
    setStatus(t("exportingBackup"));
    const backup = await exportBackup(db, selected.size ? [...selected] : undefined, (done, total) =>
      setStatus(t("exportingBackupN", done, total)),
    );
    downloadText(`kxdb-backup-${stamp()}.json`, JSON.stringify(backup), "application/json");
    setStatus(t("exportedBackup", backup.facts.length));
  }

  /**
   * The whole directory, not the fact search's selection. The CSV keeps rejected relations, said in its verdict
   * column (a spreadsheet filters them, and the reader's judgement is part of the data); the Markdown, for reading
   * and sharing, leaves them out.
   */
  async function directory(format: "csv" | "markdown") {
    const rows = await zoneDirectory(db, { includeRejected: format === "csv" });
    if (format === "csv") downloadText(`kxdb-zone-directory-${stamp()}.csv`, directoryCsv(rows), "text/csv;charset=utf-8");
    else downloadText(`kxdb-zone-directory-${stamp()}.md`, directoryMarkdown(rows), "text/markdown;charset=utf-8");
    setStatus(t("exportedDirectory", rows.length));
  }

  return { markdown, csv, json, directoryCsv: () => directory("csv"), directoryMarkdown: () => directory("markdown") };
}
