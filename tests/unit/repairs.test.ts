/** One-time repairs of data earlier versions stored wrongly (lib/db/repairs.ts). */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { recordArticle } from "../../lib/db/articles";
import { dropSuppressionsOfUnseenNames } from "../../lib/db/repairs";
import { openDatabase } from "../../lib/db/schema";

const meta = {
  title: "晋城经开区签约",
  date: "2025-10-24",
  source: "科学导报",
  author: "",
  itemId: "1",
  url: "http://www.kxdb.com/news/show.php?itemid=1",
  issue: "",
};
const JC = "sx:晋城经济技术开发区";

describe("repair: suppressions made from shifted highlights", () => {
  it("drops suppressions of names no article showed whole and keeps real ones", async () => {
    const db = openDatabase("repair", { indexedDB: new IDBFactory(), IDBKeyRange });
    await recordArticle(db, meta, [
      { start: 0, end: 9, type: "ZONE", text: "晋城经济技术开发区", entityId: JC, canonical: "晋城经济技术开发区" },
      { start: 20, end: 24, type: "COMPANY", text: "泰山玻纤", entityId: "c:泰山玻纤", canonical: "泰山玻纤" },
    ]);
    // "晋城经济技术开发" and "，泰山玻" are what shifted highlights showed; "泰山玻纤" was suppressed by the reader.
    const suppressed = ["晋城经济技术开发", "泰山玻纤", "，泰山玻"];
    await db.corrections.bulkPut(suppressed.map((name) => ({ name, kind: "suppress" as const, at: 1 })));
    await db.corrections.put({ name: "晋贸通", kind: "add", type: "ZONE", at: 2 });
    const before = { suppressed, added: [{ name: "晋贸通", type: "ZONE" as const }] };

    const { corrections, dropped } = await dropSuppressionsOfUnseenNames(db, before);

    expect(dropped).toEqual(["晋城经济技术开发", "，泰山玻"]);
    expect(corrections).toEqual({ suppressed: ["泰山玻纤"], added: before.added });
    expect((await db.corrections.toArray()).map((c) => c.name).sort()).toEqual(["晋贸通", "泰山玻纤"].sort());
    // Running it again changes nothing.
    expect((await dropSuppressionsOfUnseenNames(db, corrections)).dropped).toEqual([]);
  });
});
