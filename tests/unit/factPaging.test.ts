import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { allFactsInChunks, deleteFacts, factsPage, factsPageAt, liveFactCount } from "../../lib/db/facts";
import { type FactRecord, openDatabase } from "../../lib/db/schema";

const text = "晋城经开区签约 31 个项目，总投资达 103.16 亿元。";
const anchor = describeRange(text, 0, 5);

function fact(i: number, createdAt: number): FactRecord {
  const url = `http://www.kxdb.com/news/show.php?itemid=${i}`;
  return {
    id: `f${String(i).padStart(4, "0")}`,
    quote: `${text}${i}`,
    note: "",
    tags: [],
    entityIds: [],
    figures: [],
    url,
    sourceInfo: { url, title: `t${i}`, date: "2025-10-24", source: "科学导报", issue: "" },
    anchor,
    createdAt,
    updatedAt: createdAt,
    dedupe: `${url}\u0001${i}`,
  };
}

async function store(n: number, createdAt: (i: number) => number) {
  const db = openDatabase("paging", { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.facts.bulkAdd(Array.from({ length: n }, (_, i) => fact(i, createdAt(i))));
  return db;
}

/** Every page in turn, each starting after the last fact of the one before. */
async function walk(db: Awaited<ReturnType<typeof store>>, size: number): Promise<FactRecord[][]> {
  const pages: FactRecord[][] = [];
  for (let last: FactRecord | undefined; ; ) {
    const page = await factsPage(db, size, last);
    if (!page.length) return pages;
    pages.push(page);
    last = page[page.length - 1];
  }
}

describe("paging facts through the createdAt index", () => {
  it("pages walk every fact once, newest first, and the last page ends the store", async () => {
    const db = await store(1050, (i) => 1000 + i);
    const pages = await walk(db, 200);
    expect(pages.map((p) => p.length)).toEqual([200, 200, 200, 200, 200, 50]);
    const ids = pages.flat().map((f) => f.id);
    expect(new Set(ids).size).toBe(1050);
    expect(ids[0]).toBe("f1049");
    expect(ids.at(-1)).toBe("f0000");
    const times = pages.flat().map((f) => f.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("facts saved in the same millisecond are neither repeated nor skipped across a page boundary", async () => {
    const db = await store(95, (i) => 1000 + Math.floor(i / 10)); // ten facts per millisecond
    const ids = (await walk(db, 7)).flat().map((f) => f.id);
    expect(ids).toHaveLength(95);
    expect(new Set(ids).size).toBe(95);
  });

  it("leaves the trash out of pages and counts, counting from indexes", async () => {
    const db = await store(30, (i) => 1000 + i);
    await deleteFacts(db, ["f0029", "f0010"]);
    expect(await liveFactCount(db)).toBe(28);
    const ids = (await walk(db, 4)).flat().map((f) => f.id);
    expect(ids).toHaveLength(28);
    expect(ids).not.toContain("f0029");
    expect(ids).not.toContain("f0010");
    expect(ids[0]).toBe("f0028");
  });

  it("jumps to a page by offset, the last one included, without the pages before it", async () => {
    const db = await store(1050, (i) => 1000 + i);
    const last = await factsPageAt(db, 1000, 200);
    expect(last.map((f) => f.id)).toEqual(Array.from({ length: 50 }, (_, i) => `f${String(49 - i).padStart(4, "0")}`));
    const walked = (await walk(db, 200))[2].map((f) => f.id);
    expect((await factsPageAt(db, 400, 200)).map((f) => f.id)).toEqual(walked);
    await deleteFacts(db, ["f0620"]);
    expect((await factsPageAt(db, 400, 200)).map((f) => f.id)).toEqual(walked.filter((id) => id !== "f0620"));
  });

  it("reads every fact in chunks, trash included, reporting progress", async () => {
    const db = await store(23, (i) => 1000 + i);
    await deleteFacts(db, ["f0003"]);
    const progress: number[] = [];
    const all = await allFactsInChunks(db, 10, (n) => {
      progress.push(n);
    });
    expect(all.map((f) => f.id)).toEqual(Array.from({ length: 23 }, (_, i) => `f${String(i).padStart(4, "0")}`));
    expect(progress).toEqual([10, 20, 23]);
  });
});
