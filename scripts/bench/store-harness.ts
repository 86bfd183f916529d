/**
 * Runs inside a Chromium page (bundled by store-speed.ts): fills a real
 * IndexedDB with 100,000 facts over 20,000 entities through lib/db, then
 * times the operations readers wait for.
 */
import { describeRange } from "../../lib/anchor/textQuote";
import { factsForEntity, saveFact } from "../../lib/db/facts";
import { type FactRecord, openDatabase } from "../../lib/db/schema";
import { extractFigures } from "../../lib/facts/figures";

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
  live.close();
  await indexedDB.deleteDatabase(name);
  return {
    facts: count,
    fillSeconds: fill / 1000,
    openMedianMs: median(opens),
    factsForEntityMedianMs: median(lookups),
    factsPerEntityAvg: found / 200,
    saveFactMedianMs: median(saves),
  };
}
