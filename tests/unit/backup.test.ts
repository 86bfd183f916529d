/**
 * The JSON backup keeps every record whole: export → clear → import gives the
 * store back exactly, for any record of any table, and files written by
 * earlier versions of the exporter keep importing.
 */
import { readFileSync } from "node:fs";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { entityAppearances, recordArticle } from "../../lib/db/articles";
import { entityFamily, mergeEntities, renameEntity, resolveEntityId, splitEntity } from "../../lib/db/entities";
import { deleteFact, factsForEntity, saveFact, updateFact } from "../../lib/db/facts";
import { recordRelations, relationId, setRelationVerdict } from "../../lib/db/relations";
import { type KxdbDatabase, openDatabase } from "../../lib/db/schema";
import { applyImport, BACKUP_VERSION, exportBackup, parseBackup, planImport } from "../../lib/export/backup";
import { PRIMARY_KEYS, RECORD_SCHEMAS, TABLE_NAMES, type TableName } from "../../lib/model/records";
import { wholeMention } from "../helpers/mentions";
import { storeArbitrary } from "./recordArbitraries";

let dbs = 0;
const freshDb = () => openDatabase(`backup-${dbs++}`, { indexedDB: new IDBFactory(), IDBKeyRange });

/** Every table, in primary-key order. */
async function dump(db: KxdbDatabase): Promise<Record<TableName, unknown[]>> {
  const out = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) out[t] = await db[t].toArray();
  return out;
}

const clearAll = (db: KxdbDatabase) => Promise.all(TABLE_NAMES.map((t) => db[t].clear()));

/** What the notes page does: the file's text through parse, plan and apply. */
async function importText(db: KxdbDatabase, text: string): Promise<void> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  await applyImport(db, await planImport(db, parsed.backup));
}

async function roundTrip(db: KxdbDatabase): Promise<void> {
  const text = JSON.stringify(await exportBackup(db));
  await clearAll(db);
  await importText(db, text);
}

const byKey = (table: TableName, rows: unknown[]) => {
  const key = PRIMARY_KEYS[table];
  const k = (r: unknown) => (r as Record<string, string>)[key];
  return [...rows].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
};

const url = "http://www.kxdb.com/news/show.php?itemid=48230";
const later = "http://www.kxdb.com/news/show.php?itemid=48300";
const meta = (u: string, title: string) => ({
  url: u,
  title,
  date: "2025-12-19",
  source: "科学导报",
  author: "",
  issue: "",
});
const ZONE = "sx:晋城经济技术开发区";
const KEEP = "co:泰山玻璃纤维有限公司";
const GONE = "co:泰山玻璃纤维公司";
const mention = (entityId: string, canonical: string, text: string, type: "ZONE" | "COMPANY") =>
  wholeMention(text, entityId, canonical, type);
const text = "晋城经开区：泰山玻纤与泰山玻璃纤维公司签约 31 个项目。";
const anchorOf = (quote: string) => describeRange(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

describe("backup of merged and renamed entities", () => {
  it("a merged entity and a renamed one survive export → clear → import, and the merge and rename still apply", async () => {
    const db = freshDb();
    await recordArticle(
      db,
      meta(url, "晋城经开区签约"),
      [
        mention(ZONE, "晋城经济技术开发区", "晋城经开区", "ZONE"),
        mention(KEEP, "泰山玻璃纤维有限公司", "泰山玻纤", "COMPANY"),
        mention(GONE, "泰山玻璃纤维公司", "泰山玻璃纤维公司", "COMPANY"),
      ],
      1000,
    );
    const source = { url, title: "晋城经开区签约", date: "2025-12-19", source: "科学导报", issue: "" };
    const quote = "泰山玻璃纤维公司签约 31 个项目";
    const { fact } = await saveFact(db, { quote, entityIds: [GONE], source, anchor: anchorOf(quote) }, 2000);
    await renameEntity(db, ZONE, "晋城开发区");
    await mergeEntities(db, KEEP, GONE);
    const before = await dump(db);
    expect(before.entities).toContainEqual(expect.objectContaining({ id: GONE, mergedInto: KEEP }));
    expect(before.entities).toContainEqual(expect.objectContaining({ id: ZONE, canonical: "晋城开发区", renamed: true }));

    await roundTrip(db);

    expect(await dump(db)).toStrictEqual(before);
    // The merge: the gone id still leads to the one kept, with its facts; a later mention of it lands there.
    expect(await resolveEntityId(db, GONE)).toBe(KEEP);
    expect(await entityFamily(db, KEEP)).toEqual([KEEP, GONE]);
    expect((await factsForEntity(db, GONE)).map((f) => f.id)).toEqual([fact.id]);
    // The rename: the recognizer's canonical name no longer overwrites the reader's.
    await recordArticle(
      db,
      meta(later, "后来的文章"),
      [
        mention(ZONE, "晋城经济技术开发区", "晋城经济技术开发区", "ZONE"),
        mention(GONE, "泰山玻璃纤维公司", "泰山玻纤公司", "COMPANY"),
      ],
      3000,
    );
    expect((await db.entities.get(ZONE))?.canonical).toBe("晋城开发区");
    expect((await db.entities.get(KEEP))?.aliases).toContain("泰山玻纤公司");
    expect((await db.entities.get(GONE))?.aliases).not.toContain("泰山玻纤公司");
    expect(new Set((await entityAppearances(db, GONE)).articles.map((a) => a.url))).toEqual(new Set([url, later]));
  });
});

describe("backup format 1 written by earlier versions", () => {
  const fixture = readFileSync(new URL("./fixtures/backup-v1.json", import.meta.url), "utf8");
  const file = JSON.parse(fixture);

  it("tests/unit/fixtures/backup-v1.json imports unchanged into a fresh profile", async () => {
    const parsed = parseBackup(fixture);
    if (!parsed.ok) throw new Error(parsed.error);
    // Validation neither drops nor changes anything.
    expect(parsed.backup).toStrictEqual(file);
    const db = freshDb();
    await importText(db, fixture);
    const stored = await dump(db);
    // A version-1 file has no relations: they read as none.
    for (const t of TABLE_NAMES) expect(stored[t], t).toStrictEqual(byKey(t, file[t] ?? []));
    expect(await resolveEntityId(db, GONE)).toBe(KEEP);
    expect((await db.entities.get(ZONE))?.renamed).toBe(true);
    // Exporting it again gives the same file (but for the time of export).
    // Exporting it again gives the same tables (but for the time of export), in today's format.
    expect({ ...(await exportBackup(db)), exportedAt: file.exportedAt }).toStrictEqual({
      ...file,
      version: BACKUP_VERSION,
      ...Object.fromEntries(TABLE_NAMES.map((t) => [t, byKey(t, file[t] ?? [])])),
    });
  });
});

describe("backup round trip, any records", () => {
  it("export → clear → import gives back every record of every table, every optional field included", async () => {
    await fc.assert(
      fc.asyncProperty(storeArbitrary, async (store) => {
        const db = freshDb();
        try {
          await db.transaction("rw", TABLE_NAMES, async () => {
            for (const t of TABLE_NAMES)
              await (db[t] as unknown as { bulkAdd(rows: unknown[]): Promise<unknown> }).bulkAdd(store[t]);
          });
          const original = Object.fromEntries(TABLE_NAMES.map((t) => [t, byKey(t, store[t])]));
          expect(await dump(db)).toStrictEqual(original);
          await roundTrip(db);
          expect(await dump(db)).toStrictEqual(original);
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("records written by the store's own code", () => {
  it("are exactly their schema in lib/model/records.ts (no field the backup would not know)", async () => {
    const db = freshDb();
    const page = "第05版：开发区建设·要闻";
    const paperUrl = "http://www.kxdb.com/dzbk/upload/2025/12/19/05.pdf#page=1&article=2";
    await recordArticle(db, { ...meta(url, "网页文章"), author: "记者 张三", issue: "1234" }, [
      mention(ZONE, "晋城经济技术开发区", "晋城经开区", "ZONE"),
      mention(KEEP, "泰山玻璃纤维有限公司", "泰山玻纤", "COMPANY"),
    ]);
    await recordArticle(db, { ...meta(paperUrl, "电子报文章"), page }, [
      mention(GONE, "泰山玻璃纤维公司", "泰山玻璃纤维公司", "COMPANY"),
    ]);
    const source = { url: paperUrl, title: "电子报文章", date: "2025-12-19", source: "科学导报", issue: "1234", page };
    const a = await saveFact(db, {
      quote: "签约 31 个项目",
      entityIds: [ZONE],
      source,
      anchor: anchorOf("签约 31 个项目"),
      tags: ["#签约"],
    });
    const b = await saveFact(db, {
      quote: "泰山玻纤",
      entityIds: [KEEP],
      source: { ...source, url },
      anchor: anchorOf("泰山玻纤"),
    });
    await updateFact(db, a.fact.id, { note: "备注", tags: ["投资"] });
    await deleteFact(db, b.fact.id);
    await renameEntity(db, ZONE, "晋城开发区");
    await mergeEntities(db, KEEP, GONE);
    await splitEntity(db, KEEP, "泰山玻纤");
    await db.corrections.bulkPut([
      { name: "安泰", kind: "suppress", at: 1 },
      { name: "晋城光伏产业园", kind: "add", type: "ZONE", at: 2 },
    ]);
    const relationText = "泰山玻纤落户晋城经开区。";
    const end = (text: string, entityId: string) => ({
      start: relationText.indexOf(text),
      end: relationText.indexOf(text) + text.length,
      text,
      entityId,
    });
    await recordRelations(db, meta(url, "网页文章"), relationText, [
      {
        company: end("泰山玻纤", KEEP),
        zone: end("晋城经开区", ZONE),
        kind: "located",
        evidence: { start: 0, end: 12 },
        confidence: 0.9,
      },
    ]);
    await setRelationVerdict(db, [relationId(KEEP, ZONE, "located")], "confirmed");
    const stored = await dump(db);
    for (const t of TABLE_NAMES) {
      expect(stored[t].length, t).toBeGreaterThan(0);
      for (const rec of stored[t]) expect(v.parse(RECORD_SCHEMAS[t], rec), t).toStrictEqual(rec);
    }
  });
});
