import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { entityAppearances, recordArticle } from "../../lib/db/articles";
import {
  deleteFact,
  factsForArticle,
  factsForEntity,
  StoreFullError,
  saveFact,
  TRASH_SIZE,
  trash,
  undoDelete,
  updateFact,
} from "../../lib/db/facts";
import { DB_VERSION, openDatabase, type StoreSnapshot } from "../../lib/db/schema";
import { backupOf, parseBackup } from "../../lib/export/backup";
import type { Mention } from "../../lib/ner/types";
import { wholeMention } from "../helpers/mentions";

const deps = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const meta = (n: number) => ({
  title: `文章${n}`,
  date: `2025-10-${String(n).padStart(2, "0")}`,
  source: "科学导报",
  author: "",
  url: `http://www.kxdb.com/news/show.php?itemid=${n}`,
  issue: "",
});
const mention = (text: string, entityId: string, canonical: string, type: Mention["type"] = "ZONE") =>
  wholeMention(text, entityId, canonical, type);
const JC = "sx:晋城经济技术开发区";
const text = "晋城经开区签约 31 个项目，总投资达 103.16 亿元。";
const newFact = (n: number, quote = "签约 31 个项目，总投资达 103.16 亿元", entityIds = [JC]) => ({
  quote,
  entityIds,
  source: { url: meta(n).url, title: meta(n).title, date: meta(n).date, source: "科学导报", issue: "" },
  anchor: describeRange(text, text.indexOf(quote), text.indexOf(quote) + quote.length),
});

describe("schema upgrade v1 → v2", () => {
  it("opens a database written by v1, with data, and finds everything; entities are built from v1's mentions", async () => {
    const d = deps();
    const v1 = openDatabase("upgrade", d, 1);
    await v1.open();
    await v1.articles.bulkPut([
      { url: "a", title: "A", date: "2025-10-24", source: "科学导报", author: "", issue: "", firstRead: 1, lastRead: 5 },
      { url: "b", title: "B", date: "2025-12-19", source: "科学导报", author: "", issue: "", firstRead: 2, lastRead: 9 },
    ]);
    await v1.mentions.bulkPut([
      { id: `a ${JC}`, url: "a", entityId: JC, type: "ZONE", canonical: "晋城经济技术开发区", names: ["晋城经开区"], count: 2 },
      {
        id: `b ${JC}`,
        url: "b",
        entityId: JC,
        type: "ZONE",
        canonical: "晋城经济技术开发区",
        names: ["晋城经济技术开发区"],
        count: 1,
      },
    ]);
    v1.close();

    // The current code opens it: v1 → v2 → v3 upgrades run in turn.
    const v2 = openDatabase("upgrade", d);
    await v2.open();
    expect(v2.verno).toBe(DB_VERSION);
    expect(await v2.articles.count()).toBe(2);
    expect(await v2.mentions.count()).toBe(2);
    expect(await v2.entities.get(JC)).toEqual({
      id: JC,
      type: "ZONE",
      canonical: "晋城经济技术开发区",
      aliases: ["晋城经开区", "晋城经济技术开发区"],
      firstSeen: 5,
      lastSeen: 9,
    });
    expect((await entityAppearances(v2, JC)).articles.map((a) => a.url)).toEqual(["b", "a"]);
    expect(await v2.facts.count()).toBe(0);
    v2.close();
  });
});

describe("schema upgrade v2 → v3", () => {
  it("opens a database written by v2, with facts and entities, and finds everything", async () => {
    const d = deps();
    const v2 = openDatabase("upgrade3", d, 2);
    await v2.open();
    await v2.entities.put({
      id: JC,
      type: "ZONE",
      canonical: "晋城经济技术开发区",
      aliases: ["晋城经开区"],
      firstSeen: 1,
      lastSeen: 2,
    });
    const { fact } = await saveFact(v2, newFact(1));
    v2.close();
    const v3 = openDatabase("upgrade3", d);
    await v3.open();
    expect(v3.verno).toBe(DB_VERSION);
    expect((await factsForEntity(v3, JC)).map((f) => f.id)).toEqual([fact.id]);
    expect(await v3.entities.where("mergedInto").equals(JC).count()).toBe(0);
    expect((await v3.entities.get(JC))?.aliases).toEqual(["晋城经开区"]);
    v3.close();
  });
});

describe("a backup before every schema upgrade", () => {
  it("hands over the store as it was before the upgrade, once, and validates as a backup", async () => {
    const d = deps();
    const v2 = openDatabase("before-upgrade", d, 2);
    await v2.open();
    await v2.entities.put({
      id: JC,
      type: "ZONE",
      canonical: "晋城经济技术开发区",
      aliases: ["晋城经开区"],
      firstSeen: 1,
      lastSeen: 2,
    });
    const { fact } = await saveFact(v2, newFact(1));
    v2.close();
    const snapshots: StoreSnapshot[] = [];
    const v3 = openDatabase("before-upgrade", d, 3, { beforeUpgrade: (s) => snapshots.push(s) });
    await v3.open();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0].facts.map((f) => f.id)).toEqual([fact.id]);
    expect(snapshots[0].entities.map((e) => e.id)).toEqual([JC]);
    const parsed = parseBackup(JSON.stringify(backupOf(snapshots[0])));
    expect(parsed.ok).toBe(true);
    v3.close();
    // Opening it again, or a new store: no upgrade, no backup.
    const again = openDatabase("before-upgrade", d, 3, { beforeUpgrade: (s) => snapshots.push(s) });
    await again.open();
    again.close();
    const fresh = openDatabase("before-upgrade-fresh", d, 3, { beforeUpgrade: (s) => snapshots.push(s) });
    await fresh.open();
    fresh.close();
    expect(snapshots).toHaveLength(1);
  });

  it("from v1, once, before v2's upgrade builds the entities", async () => {
    const d = deps();
    const v1 = openDatabase("before-upgrade-v1", d, 1);
    await v1.open();
    await v1.articles.put({
      url: "a",
      title: "A",
      date: "2025-10-24",
      source: "科学导报",
      author: "",
      issue: "",
      firstRead: 1,
      lastRead: 5,
    });
    v1.close();
    const snapshots: StoreSnapshot[] = [];
    const v3 = openDatabase("before-upgrade-v1", d, 3, { beforeUpgrade: (s) => snapshots.push(s) });
    await v3.open();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0].articles.map((a) => a.url)).toEqual(["a"]);
    expect(snapshots[0].entities).toEqual([]);
    expect(snapshots[0].facts).toEqual([]);
    v3.close();
  });
});

describe("facts", () => {
  it("are saved with figures, found by entity from every article (any name), newest first", async () => {
    const db = openDatabase("facts", deps());
    await recordArticle(db, meta(1), [mention("晋城经开区", JC, "晋城经济技术开发区")]);
    await recordArticle(db, meta(2), [mention("晋城经济技术开发区", JC, "晋城经济技术开发区")]);
    const a = await saveFact(db, newFact(1), 1000);
    const b = await saveFact(db, newFact(2, "总投资达 103.16 亿元"), 2000);
    expect(a.created && b.created).toBe(true);
    expect(a.fact.figures.map((f) => [f.kind, f.value])).toEqual([
      ["count", 31],
      ["amount", 103.16e8],
    ]);
    expect((await factsForEntity(db, JC)).map((f) => f.quote)).toEqual([
      "总投资达 103.16 亿元",
      "签约 31 个项目，总投资达 103.16 亿元",
    ]);
    expect((await factsForArticle(db, meta(1).url)).map((f) => f.id)).toEqual([a.fact.id]);
    expect((await entityAppearances(db, JC)).names.sort()).toEqual(["晋城经开区", "晋城经济技术开发区"]);
  });

  it("an article read in parts and then joined (an e-paper article continued on another 版面) is recorded once; its parts' facts are its own", async () => {
    const db = openDatabase("joined", deps());
    const pdf = "http://www.kxdb.com/f/kxdb20251107-";
    const part1 = `${pdf}01.pdf#page=1&article=0`;
    const part2 = `${pdf}02.pdf#page=1&article=0`;
    const whole = `${part1}&then=kxdb20251107-02.pdf`;
    const base = { ...meta(1), title: "开发区建设" };
    await recordArticle(db, { ...base, url: part1 }, [mention("晋城经开区", JC, "晋城经济技术开发区")]);
    await recordArticle(db, { ...base, url: part2, title: "（接上文）…" }, [
      mention("太原武宿综合保税区", "z:ws", "太原武宿综合保税区"),
    ]);
    const fromPart2 = await saveFact(db, { ...newFact(1), source: { ...newFact(1).source, url: part2 } });
    await recordArticle(db, { ...base, url: whole, formerUrls: [part1, part2] }, [
      mention("晋城经开区", JC, "晋城经济技术开发区"),
      mention("太原武宿综合保税区", "z:ws", "太原武宿综合保税区"),
    ]);
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual([whole]);
    expect((await db.mentions.toArray()).map((m) => m.url)).toEqual([whole, whole]);
    expect((await entityAppearances(db, "z:ws")).articles.map((a) => a.url)).toEqual([whole]);
    // A fact saved from a part read alone is found with the joined article; it keeps its own source.
    const saved = await saveFact(db, { ...newFact(1, "总投资达 103.16 亿元"), source: { ...newFact(1).source, url: whole } });
    expect((await factsForArticle(db, [whole, part1, part2])).map((f) => f.id).sort()).toEqual(
      [fromPart2.fact.id, saved.fact.id].sort(),
    );
    expect((await factsForArticle(db, whole)).map((f) => f.id)).toEqual([saved.fact.id]);
  });

  it("the same quote from the same article twice is one fact", async () => {
    const db = openDatabase("dupes", deps());
    const first = await saveFact(db, newFact(1));
    const again = await saveFact(db, { ...newFact(1), quote: " 签约 31 个项目，总投资达 103.16 亿元 " });
    expect(again).toEqual({ fact: first.fact, created: false });
    expect(await db.facts.count()).toBe(1);
    expect((await saveFact(db, newFact(2))).created).toBe(true);
  });

  it("two writers at once both succeed", async () => {
    const db = openDatabase("concurrent", deps());
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => saveFact(db, newFact(i + 1))));
    expect(results.every((r) => r.created)).toBe(true);
    expect(await db.facts.count()).toBe(20);
  });

  it("edit note, tags and links", async () => {
    const db = openDatabase("edit", deps());
    const { fact } = await saveFact(db, newFact(1), 1);
    const edited = await updateFact(
      db,
      fact.id,
      { note: "重点跟踪", tags: ["#光机电", "投资", "投资"], entityIds: [JC, "co:x"] },
      5,
    );
    expect(edited).toMatchObject({ note: "重点跟踪", tags: ["光机电", "投资"], entityIds: [JC, "co:x"], updatedAt: 5 });
    await expect(updateFact(db, "nope", { note: "x" })).rejects.toThrow("没有这条事实");
  });

  it("delete goes to a trash of the last 20 that undo restores from", async () => {
    const db = openDatabase("trash", deps());
    const ids: string[] = [];
    for (let i = 0; i < TRASH_SIZE + 5; i++) ids.push((await saveFact(db, newFact(i + 1))).fact.id);
    for (const [i, id] of ids.entries()) await deleteFact(db, id, 100 + i);
    expect(await factsForEntity(db, JC)).toEqual([]);
    expect((await trash(db)).map((f) => f.id)).toEqual(ids.slice(5).reverse());
    expect(await db.facts.count()).toBe(TRASH_SIZE);
    const restored = await undoDelete(db);
    expect(restored?.id).toBe(ids[ids.length - 1]);
    expect((await factsForEntity(db, JC)).map((f) => f.id)).toEqual([restored?.id]);
    expect((await undoDelete(db, ids[10]))?.id).toBe(ids[10]);
    // Saving a trashed quote again brings the fact back.
    await deleteFact(db, ids[10], 999);
    expect((await saveFact(db, newFact(11))).fact.id).toBe(ids[10]);
    expect((await factsForEntity(db, JC)).length).toBe(2);
  });

  it("a full disk gives a clear error and writes nothing", async () => {
    const db = openDatabase("quota", deps());
    await db.open();
    db.facts.hook("creating", () => {
      throw new Dexie.QuotaExceededError("quota");
    });
    await expect(saveFact(db, newFact(1))).rejects.toBeInstanceOf(StoreFullError);
    await expect(saveFact(db, newFact(1))).rejects.toThrow("存储空间已满");
    expect(await db.facts.count()).toBe(0);
  });

  it("a transaction that fails half-way leaves no fact (all or nothing)", async () => {
    const db = openDatabase("atomic", deps());
    await expect(
      db.transaction("rw", db.facts, async () => {
        await db.facts.add({ ...(await saveFact(db, newFact(1))).fact, id: "x", dedupe: "x" });
        throw new Error("worker killed");
      }),
    ).rejects.toThrow("worker killed");
    expect(await db.facts.count()).toBe(0);
  });
});

describe("bulk delete", () => {
  it("keeps a whole bulk deletion undoable even beyond 20, then purges it once 20 newer deletions follow", async () => {
    const { deleteFacts, restoreFacts } = await import("../../lib/db/facts");
    const db = openDatabase("bulk", deps());
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await saveFact(db, newFact(i + 1))).fact.id);
    await deleteFacts(db, ids.slice(0, 25), 100);
    expect((await trash(db)).length).toBe(25);
    expect(await restoreFacts(db, ids.slice(0, 25))).toBe(25);
    expect((await factsForEntity(db, JC)).length).toBe(30);
    await deleteFacts(db, ids.slice(0, 25), 200);
    for (const [i, id] of ids.slice(25).entries()) await deleteFact(db, id, 300 + i);
    // 5 newer single deletions: the bulk batch (25) is still within the last 20 deletion times.
    expect((await trash(db)).length).toBe(30);
  });
});
