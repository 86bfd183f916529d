/**
 * The notes page: every saved fact, searchable as you type, filtered and
 * grouped; inline edit, multi-select with bulk delete (undo) and bulk tag;
 * exports (Markdown, CSV, JSON) and import of a JSON backup. Reads the store
 * directly (same extension origin) with liveQuery, so it updates by itself.
 */
import { liveQuery } from "dexie";
import { useEffect, useMemo, useState } from "preact/hooks";
import { deleteFacts, restoreFacts, updateFact } from "@/lib/db/facts";
import type { EntityRecord, FactRecord, KxdbDatabase } from "@/lib/db/schema";
import { downloadText, stamp } from "@/lib/download";
import { applyImport, exportBackup, type ImportPlan, parseBackup, planImport } from "@/lib/export/backup";
import { toCsv } from "@/lib/export/csv";
import { toMarkdownInSteps } from "@/lib/export/markdown";
import { sendMessage } from "@/lib/messaging";
import { type GroupBy, groupHits } from "@/lib/notes/grouping";
import { FactIndex, type QuerySegmenter, type SearchFilters } from "@/lib/search/factSearch";
import { EntityPage } from "./EntityPage";
import { FactRow } from "./FactRow";

const PAGE = 200;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function useLive<T>(query: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error("kxdb notes:", e) });
    return () => sub.unsubscribe();
  }, []);
  return value;
}

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
  /** jieba's segmentation once loaded (search works by whitespace words until then). */
  segmenter: Promise<QuerySegmenter>;
}

export function NotesApp({ db, segmenter }: NotesAppProps) {
  const facts = useLive(() => db.facts.toArray(), [] as FactRecord[]);
  const entityList = useLive(() => db.entities.toArray(), [] as EntityRecord[]);
  const entities = useMemo(() => new Map(entityList.map((e) => [e.id, e])), [entityList]);
  const [segment, setSegment] = useState<QuerySegmenter | undefined>(undefined);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const [groupBy, setGroupBy] = useState<GroupBy>("entity");
  const [selected, setSelected] = useState(new Set<string>());
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState("");
  const [undoIds, setUndoIds] = useState<string[]>([]);
  const [bulkTag, setBulkTag] = useState("");
  const [importing, setImporting] = useState<{ plan: ImportPlan; name: string } | null>(null);
  const [error, setError] = useState("");
  const [version, setVersion] = useState(0);
  const hash = useHash();

  useEffect(() => {
    void segmenter.then((s) => setSegment(() => s));
  }, []);
  useEffect(() => setVersion((v) => v + 1), [facts, entityList]);

  const index = useMemo(() => new FactIndex(facts, entityList), [facts, entityList]);
  const [searchMs, hits] = useMemo(() => {
    const t0 = performance.now();
    const h = index.search(query, filters, segment);
    return [performance.now() - t0, h] as const;
  }, [index, query, filters, segment]);
  const groups = useMemo(
    () => groupHits(hits.slice(0, shown), groupBy, entities, { type: filters.type }),
    [hits, shown, groupBy, entities, filters.type],
  );
  const tags = useMemo(() => [...new Set(facts.flatMap((f) => f.tags))].sort(), [facts]);
  const issues = useMemo(() => [...new Set(facts.map((f) => f.sourceInfo.issue).filter(Boolean))].sort(), [facts]);
  const live = facts.filter((f) => f.deletedAt === undefined).length;

  const entityId = /^#entity=(.+)$/.exec(hash)?.[1];
  const entity = entityId ? entities.get(decodeURIComponent(entityId)) : undefined;

  const tellTabs = () => void sendMessage("notifyFactsChanged", undefined).catch(() => {});
  /** Facts to export: the selection if any, else the current results. */
  const exportSet = () => (selected.size ? hits.filter((h) => selected.has(h.fact.id)) : hits).map((h) => h.fact);

  async function exportMarkdown() {
    const set = exportSet();
    const md = await toMarkdownInSteps(
      set,
      entityList,
      { groupBy: groupBy === "article" ? "article" : "entity" },
      async (done) => {
        setStatus(`正在导出 Markdown：${done} 段`);
        await tick();
      },
    );
    downloadText(`kxdb-facts-${stamp()}.md`, md, "text/markdown;charset=utf-8");
    setStatus(`Markdown 已导出（${set.length} 条）`);
  }
  async function exportCsv() {
    const set = exportSet();
    const csv = await toCsv(set, entityList, async (done) => {
      setStatus(`正在导出 CSV：${done} / ${set.length}`);
      await tick();
    });
    downloadText(`kxdb-facts-${stamp()}.csv`, csv, "text/csv;charset=utf-8");
    setStatus(`CSV 已导出（${set.length} 条）`);
  }
  async function exportJson() {
    setStatus("正在导出备份…");
    const backup = await exportBackup(db, selected.size ? [...selected] : undefined);
    downloadText(`kxdb-backup-${stamp()}.json`, JSON.stringify(backup), "application/json");
    setStatus(`备份已导出（${backup.facts.length} 条事实）`);
  }
  async function chooseImport(file: File | undefined) {
    setError("");
    setImporting(null);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setError(`无法导入“${file.name}”：${parsed.error}`);
      return;
    }
    setImporting({ plan: await planImport(db, parsed.backup), name: file.name });
  }
  async function confirmImport() {
    if (!importing) return;
    try {
      const n = await applyImport(db, importing.plan, (done, total) => setStatus(`正在导入：${done} / ${total}`));
      setStatus(`导入完成：写入 ${n} 条记录`);
      setImporting(null);
      tellTabs();
    } catch (e) {
      setError(`导入失败，未写入任何内容：${(e as Error).message}`);
    }
  }
  async function bulkDelete() {
    const ids = [...selected];
    await deleteFacts(db, ids);
    setUndoIds(ids);
    setSelected(new Set());
    setStatus(`已删除 ${ids.length} 条`);
    tellTabs();
  }
  async function undo() {
    await restoreFacts(db, undoIds);
    setStatus(`已恢复 ${undoIds.length} 条`);
    setUndoIds([]);
    tellTabs();
  }
  async function addBulkTag() {
    const tag = bulkTag.trim();
    if (!tag) return;
    for (const id of selected) {
      const f = facts.find((x) => x.id === id);
      if (f) await updateFact(db, id, { tags: [...f.tags, tag] });
    }
    setStatus(`已为 ${selected.size} 条添加标签 #${tag}`);
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
        <h1>科学导报标注助手 · 笔记</h1>
        <p class="meta">
          {live} 条事实 · {entityList.filter((e) => !e.mergedInto).length} 个实体
        </p>
      </header>
      <section class="toolbar" aria-label="导出与导入">
        <button type="button" data-kxdb-action="export-markdown" onClick={() => void exportMarkdown()}>
          导出 Markdown
        </button>
        <button type="button" data-kxdb-action="export-csv" onClick={() => void exportCsv()}>
          导出 CSV
        </button>
        <button type="button" data-kxdb-action="export-json" onClick={() => void exportJson()}>
          导出 JSON 备份
        </button>
        <label class="import">
          导入 JSON 备份{" "}
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
            撤销删除
          </button>
        )}
      </section>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {importing && (
        <section class="import-summary" aria-label="导入摘要" data-kxdb-import-summary>
          <h2>导入“{importing.name}”</h2>
          <table>
            <thead>
              <tr>
                <th />
                <th>新增</th>
                <th>相同</th>
                <th>冲突：用文件中的（较新）</th>
                <th>冲突：保留本地（较新）</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ["facts", "事实"],
                  ["entities", "实体"],
                  ["articles", "文章"],
                  ["mentions", "提及"],
                  ["corrections", "更正"],
                ] as const
              ).map(([k, label]) => (
                <tr key={k} data-kxdb-import-row={k}>
                  <th>{label}</th>
                  <td>{importing.plan[k].added.length}</td>
                  <td>{importing.plan[k].same}</td>
                  <td>{importing.plan[k].replaced.length}</td>
                  <td>{importing.plan[k].keptLocal}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-kxdb-action="import-confirm" onClick={() => void confirmImport()}>
            确认导入
          </button>
          <button type="button" onClick={() => setImporting(null)}>
            取消
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
          <section class="filters" aria-label="搜索与筛选">
            <input
              type="search"
              placeholder="搜索引文、备注、实体名称…"
              aria-label="搜索"
              data-kxdb-action="search"
              value={query}
              onInput={(e) => {
                setQuery(e.currentTarget.value);
                setShown(PAGE);
              }}
            />
            <select aria-label="分组" value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
              <option value="entity">按实体</option>
              <option value="article">按文章</option>
              <option value="tag">按标签</option>
              <option value="date">按日期</option>
            </select>
            <select
              aria-label="类型"
              value={filters.type ?? ""}
              onChange={(e) => setFilters({ ...filters, type: (e.currentTarget.value || undefined) as SearchFilters["type"] })}
            >
              <option value="">开发区和企业</option>
              <option value="ZONE">开发区</option>
              <option value="COMPANY">企业</option>
            </select>
            <select
              aria-label="标签"
              value={filters.tag ?? ""}
              onChange={(e) => setFilters({ ...filters, tag: e.currentTarget.value || undefined })}
            >
              <option value="">全部标签</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  #{t}
                </option>
              ))}
            </select>
            {issues.length > 0 && (
              <select
                aria-label="期"
                value={filters.issue ?? ""}
                onChange={(e) => setFilters({ ...filters, issue: e.currentTarget.value || undefined })}
              >
                <option value="">全部期</option>
                {issues.map((i) => (
                  <option key={i} value={i}>
                    第{i}期
                  </option>
                ))}
              </select>
            )}
            <label>
              从{" "}
              <input
                type="date"
                value={filters.from ?? ""}
                onInput={(e) => setFilters({ ...filters, from: e.currentTarget.value || undefined })}
              />
            </label>
            <label>
              到{" "}
              <input
                type="date"
                value={filters.to ?? ""}
                onInput={(e) => setFilters({ ...filters, to: e.currentTarget.value || undefined })}
              />
            </label>
            <span class="meta" data-kxdb-search-ms={searchMs.toFixed(1)}>
              {hits.length} 条结果 · {searchMs.toFixed(1)} ms
            </span>
          </section>
          {selected.size > 0 && (
            <section class="bulk" aria-label="批量操作">
              已选 {selected.size} 条
              <button type="button" data-kxdb-action="bulk-delete" onClick={() => void bulkDelete()}>
                删除所选
              </button>
              <input
                type="text"
                placeholder="标签"
                aria-label="批量添加的标签"
                value={bulkTag}
                onInput={(e) => setBulkTag(e.currentTarget.value)}
              />
              <button type="button" data-kxdb-action="bulk-tag" onClick={() => void addBulkTag()}>
                添加标签
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                取消选择
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
                        setStatus("已删除 1 条");
                        tellTabs();
                      });
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
          {hits.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              显示更多（还有 {hits.length - shown} 条）
            </button>
          )}
          {!live && <p class="meta">还没有保存的事实。在科学导报的文章里选中文字，点“保存为事实”。</p>}
        </>
      )}
    </main>
  );
}
