/**
 * Runs inside a Chromium page (bundled by store-speed.ts): fills a real
 * IndexedDB with 100,000 facts over 20,000 entities through lib/db, then
 * times the operations readers wait for.
 */
import type Dexie from "dexie";
import { describeRange } from "../../lib/anchor/textQuote";
import { allFactsInChunks, factsForEntity, factsPage, liveFactCount, newestFacts, saveFact } from "../../lib/db/facts";
import { type EntityRecord, type FactRecord, openDatabase } from "../../lib/db/schema";
import { applyImport, exportBackup, parseBackup, planImport } from "../../lib/export/backup";
import { toCsv } from "../../lib/export/csv";
import { toMarkdown } from "../../lib/export/markdown";
import { extractFigures } from "../../lib/facts/figures";
import { EntityNames, FactIndex } from "../../lib/search/factSearch";

const FACTS = 100_000;
const ENTITIES = 20_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type RawSchema = Record<string, { key: string; indexes: [string, { unique?: boolean; multiEntry?: boolean }][] }>;

/**
 * The store's own schema (every table and index lib/db/schema.ts declares, read from an opened Dexie database so
 * it follows the schema), to be created with bare IndexedDB: the baseline an import is held to.
 */
function rawSchemaOf(db: Dexie): RawSchema {
  const out: RawSchema = {};
  for (const table of db.tables) {
    out[table.name] = {
      key: String(table.schema.primKey.keyPath),
      indexes: table.schema.indexes.map((i) => [String(i.keyPath), { unique: !!i.unique, multiEntry: !!i.multi }]),
    };
  }
  return out;
}

const request = <T>(r: IDBRequest<T> | IDBOpenDBRequest): Promise<T> =>
  new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result as T);
    r.onerror = () => fail(r.error);
  });

/** Raw IndexedDB: every record of `tables` put in one readwrite transaction into a new database; ms until it commits. */
async function rawPut(name: string, schema: RawSchema, tables: Record<string, unknown[]>): Promise<number> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const [table, { key, indexes }] of Object.entries(schema)) {
      const store = open.result.createObjectStore(table, { keyPath: key });
      for (const [index, options] of indexes) store.createIndex(index, index, options);
    }
  };
  const db = await request<IDBDatabase>(open);
  const t = performance.now();
  const tx = db.transaction(Object.keys(schema), "readwrite");
  for (const [table, rows] of Object.entries(tables)) {
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
  }
  await new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const ms = performance.now() - t;
  db.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}

export async function run(): Promise<Record<string, number>> {
  const name = `bench-${Date.now()}`;
  const db = openDatabase(name);
  await db.open();
  const text = "长子经济技术开发区签约 31 个项目，总投资达 103.16 亿元，年产 30 万吨。";
  const anchor = describeRange(text, 9, 38);
  const figures = extractFigures(text);
  const t0 = performance.now();
  for (let batch = 0; batch < FACTS; batch += 5000) {
    const rows: FactRecord[] = [];
    for (let i = batch; i < batch + 5000; i++) {
      const url = `http://www.kxdb.com/news/show.php?itemid=${i % 5000}`;
      rows.push({
        id: `f${i}`,
        quote: `${text}（${i}）`,
        note: i % 7 ? "" : "重点",
        tags: i % 3 ? [] : ["投资"],
        entityIds: [`e${i % ENTITIES}`, `e${(i * 7 + 3) % ENTITIES}`],
        figures,
        url,
        sourceInfo: { url, title: `文章 ${i % 5000}`, date: "2025-10-24", source: "科学导报", issue: "" },
        anchor,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + i,
        dedupe: `${url}\u0001${i}`,
      });
    }
    await db.facts.bulkAdd(rows);
  }
  const fill = performance.now() - t0;
  db.close();

  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const d = openDatabase(name);
    await d.open();
    await d.facts.limit(1).toArray(); // first read: the database is really usable
    opens.push(performance.now() - t);
    d.close();
  }
  const live = openDatabase(name);
  await live.open();
  const lookups: number[] = [];
  let found = 0;
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    found += (await factsForEntity(live, `e${(i * 97) % ENTITIES}`)).length;
    lookups.push(performance.now() - t);
  }
  const saves: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await saveFact(live, {
      quote: `新保存的事实 ${i}：总投资 36 亿元`,
      entityIds: ["e1", "e2"],
      anchor,
      source: {
        url: "http://www.kxdb.com/news/show.php?itemid=1",
        title: "t",
        date: "2025-12-19",
        source: "科学导报",
        issue: "",
      },
    });
    saves.push(performance.now() - t);
  }
  const count = await live.facts.count();

  // Notes page: load, index, search as you type, exports, import into an empty store.
  const entities: EntityRecord[] = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `e${i}`,
    type: i % 3 ? "COMPANY" : "ZONE",
    canonical: i % 3 ? `企业${i}有限公司` : `园区${i}经济技术开发区`,
    aliases: [i % 3 ? `企业${i}` : `园区${i}经开区`],
    firstSeen: 0,
    lastSeen: 0,
  }));
  await live.entities.bulkPut(entities);
  // First rows of the notes page, on a fresh connection: one page through the createdAt index, the entities it
  // links, and the counts from indexes (what NotesApp shows before it reads every fact).
  const firstRows: number[] = [];
  for (let i = 0; i < 5; i++) {
    const d = openDatabase(name);
    const t1 = performance.now();
    await d.open();
    const page = await factsPage(d, 200);
    await d.entities.bulkGet([...new Set(page.flatMap((f) => f.entityIds))]);
    await Promise.all([liveFactCount(d), d.entities.count(), d.entities.orderBy("mergedInto").count()]);
    firstRows.push(performance.now() - t1);
    // Paging on: the page after the 40th (keyset, not offset).
    if (i === 0) {
      let last = page[page.length - 1];
      for (let k = 0; k < 40; k++) last = (await factsPage(d, 200, last)).at(-1) ?? last;
    }
    d.close();
  }
  // What the notes page draws in its first frame, read as its script starts: the newest 30 and their entities,
  // in one transaction, on a fresh connection.
  const firstFrame: number[] = [];
  for (let i = 0; i < 5; i++) {
    const d = openDatabase(name);
    const t1 = performance.now();
    await newestFacts(d, 30);
    firstFrame.push(performance.now() - t1);
    d.close();
  }
  // A search before every fact is read: the entities, then the first chunk of 5,000 facts indexed and searched.
  let firstChunkSearchMs = 0;
  {
    const t1 = performance.now();
    const names = new EntityNames(await live.entities.toArray());
    let searched = false;
    await allFactsInChunks(live, 5000, (_, chunk) => {
      if (searched) return;
      new FactIndex(chunk, names).search("园区77经开区");
      firstChunkSearchMs = performance.now() - t1;
      searched = true;
    });
  }
  const pageAfter: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = (await factsPage(live, 1, { createdAt: 1_700_000_000_000 + 50_000, id: "f50000" }))[0];
    const t1 = performance.now();
    await factsPage(live, 200, start);
    pageAfter.push(performance.now() - t1);
  }
  let t = performance.now();
  const all = await live.facts.toArray();
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = new FactIndex(all, entities);
  const indexMs = performance.now() - t;
  const searches: number[] = [];
  for (const q of ["投资", "103.16", "园区77经开区", "企业4", "新保存", "光伏", "总投资 项目", "亿元"]) {
    for (let k = 0; k < 3; k++) {
      t = performance.now();
      index.search(q);
      searches.push(performance.now() - t);
    }
  }
  t = performance.now();
  await toCsv(all, entities, () => new Promise((r) => setTimeout(r, 0)));
  const csvMs = performance.now() - t;
  t = performance.now();
  toMarkdown(all, entities, { groupBy: "entity" });
  const mdMs = performance.now() - t;
  t = performance.now();
  const progress: number[] = [];
  const backup = await exportBackup(live, undefined, (done) => progress.push(done));
  const json = JSON.stringify(backup);
  const jsonMs = performance.now() - t;
  // Progress works: called once per 5,000 facts, rising, ending at the total.
  const progressOk =
    progress.length >= Math.floor(backup.facts.length / 5000) &&
    progress.every((n, i) => i === 0 || n > progress[i - 1]) &&
    progress.at(-1) === backup.facts.length;
  live.close();
  await indexedDB.deleteDatabase(name);
  t = performance.now();
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(parsed.error);
  const parseMs = performance.now() - t;
  const { format: _f, version: _v, exportedAt: _e, ...tables } = parsed.backup;
  // Alternate: raw put, import, raw put, import — the ratio is of medians in one run on a shared machine.
  const raw: number[] = [];
  const writes: number[] = [];
  const plans: number[] = [];
  let imported = 0;
  for (let round = 0; round < 2; round++) {
    raw.push(await rawPut(`${name}-raw${round}`, rawSchemaOf(openDatabase(`${name}-shape`)), tables));
    const target = openDatabase(`${name}-import${round}`);
    t = performance.now();
    const plan = await planImport(target, parsed.backup);
    plans.push(performance.now() - t);
    t = performance.now();
    await applyImport(target, plan);
    writes.push(performance.now() - t);
    imported = await target.facts.count();
    target.close();
    await indexedDB.deleteDatabase(`${name}-import${round}`);
  }
  const importWriteMs = median(writes);
  const rawPutMs = median(raw);
  const importMs = parseMs + median(plans) + importWriteMs;
  return {
    notesLoadMs: loadMs,
    notesIndexMs: indexMs,
    searchMedianMs: median(searches),
    searchMaxMs: Math.max(...searches),
    exportCsvMs: csvMs,
    exportMarkdownMs: mdMs,
    exportJsonMs: jsonMs,
    firstRowsMedianMs: median(firstRows),
    firstFrameRowsMedianMs: median(firstFrame),
    firstChunkSearchMs,
    nextPageAt50kMedianMs: median(pageAfter),
    exportJsonProgressCalls: progress.length,
    exportJsonProgressOk: progressOk ? 1 : 0,
    importParseValidateMs: parseMs,
    importWriteMs,
    rawPutBaselineMs: rawPutMs,
    importVsRawPut: importWriteMs / rawPutMs,
    importMs,
    imported,
    facts: count,
    fillSeconds: fill / 1000,
    openMedianMs: median(opens),
    factsForEntityMedianMs: median(lookups),
    factsPerEntityAvg: found / 200,
    saveFactMedianMs: median(saves),
  };
}
