/**
 * Runs inside a Chromium page (bundled by store-speed.ts): fills a real
 * IndexedDB with 100,000 facts over 20,000 entities through lib/db, then
 * times the operations readers wait for.
 */
import { describeRange } from "../../lib/anchor/textQuote";
import { factsForEntity, saveFact } from "../../lib/db/facts";
import { type EntityRecord, type FactRecord, openDatabase } from "../../lib/db/schema";
import { applyImport, exportBackup, parseBackup, planImport } from "../../lib/export/backup";
import { toCsv } from "../../lib/export/csv";
import { toMarkdown } from "../../lib/export/markdown";
import { extractFigures } from "../../lib/facts/figures";
import { FactIndex } from "../../lib/search/factSearch";

const FACTS = 100_000;
const ENTITIES = 20_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
  const json = JSON.stringify(await exportBackup(live));
  const jsonMs = performance.now() - t;
  live.close();
  await indexedDB.deleteDatabase(name);
  const target = openDatabase(`${name}-import`);
  t = performance.now();
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(parsed.error);
  await applyImport(target, await planImport(target, parsed.backup));
  const importMs = performance.now() - t;
  const imported = await target.facts.count();
  target.close();
  await indexedDB.deleteDatabase(`${name}-import`);
  return {
    notesLoadMs: loadMs,
    notesIndexMs: indexMs,
    searchMedianMs: median(searches),
    searchMaxMs: Math.max(...searches),
    exportCsvMs: csvMs,
    exportMarkdownMs: mdMs,
    exportJsonMs: jsonMs,
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
