/**
 * The zone directory in the store (lib/db/relations.ts): schema v4 opens a v3
 * store with its data, relations gather evidence across articles, re-reading
 * changes nothing, verdicts stay and travel in the backup.
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { recordArticle } from "../../lib/db/articles";
import { mergeEntities } from "../../lib/db/entities";
import { factsForEntity, saveFact } from "../../lib/db/facts";
import {
  companyZones,
  recordRelations,
  relationId,
  setRelationVerdict,
  zoneCompanies,
  zoneCompanyCount,
  zoneDirectory,
} from "../../lib/db/relations";
import { DB_VERSION, openDatabase } from "../../lib/db/schema";
import { applyImport, exportBackup, parseBackup, planImport } from "../../lib/export/backup";
import type { Mention, Relation, RelationKind } from "../../lib/model/reading";
import { TABLE_NAMES } from "../../lib/model/records";

const deps = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
let n = 0;
const freshDb = () => openDatabase(`relations-${n++}`, deps());

const ZONE = "sx:晋城经济技术开发区";
const CO = "co:山西兰花科技创业股份有限公司";
const OTHER = "co:晋城福盛钢铁有限公司";
const article = (i: number, date = `2025-10-0${i}`) => ({
  url: `http://www.kxdb.com/news/show.php?itemid=${i}`,
  title: `文章${i}`,
  date,
  source: "科学导报",
  author: "",
  issue: "",
});
const mention = (text: string, start: number, entityId: string, type: Mention["type"]): Mention => ({
  start,
  end: start + text.length,
  type,
  text,
  entityId,
  canonical: text,
});

/** A text stating that `company` is in the zone, and the relation the extractor gives for it. */
function stated(company: string, companyId: string, kind: RelationKind = "located", tail = "投资10亿元建设氢能项目。") {
  const text = `${company}落户晋城经开区，${tail}`;
  const c = mention(company, 0, companyId, "COMPANY");
  const z = mention("晋城经开区", company.length + 2, ZONE, "ZONE");
  const relation: Relation = {
    company: { start: c.start, end: c.end, text: c.text, entityId: companyId },
    zone: { start: z.start, end: z.end, text: z.text, entityId: ZONE },
    kind,
    evidence: { start: 0, end: text.length },
    confidence: 0.9,
  };
  return { text, mentions: [c, z], relation };
}

async function read(
  db: ReturnType<typeof freshDb>,
  i: number,
  relations: Relation[],
  text: string,
  mentions: Mention[],
  date?: string,
) {
  await recordArticle(db, article(i, date), mentions);
  await recordRelations(db, article(i, date), text, relations, 1_000 * i);
}

describe("schema upgrade v3 → v4", () => {
  it("opens a database written by v3, with data, keeps everything, and has an empty relations table", async () => {
    const d = deps();
    const v3 = openDatabase("upgrade4", d, 3);
    await v3.open();
    const { text, mentions } = stated("兰花科技", CO);
    await recordArticle(v3, article(1), mentions);
    const quote = "兰花科技落户晋城经开区";
    const { fact } = await saveFact(v3, {
      quote,
      entityIds: [ZONE, CO],
      source: { url: article(1).url, title: "文章1", date: "2025-10-01", source: "科学导报", issue: "" },
      anchor: describeRange(text, 0, quote.length),
    });
    await v3.entities.put({
      id: OTHER,
      type: "COMPANY",
      canonical: "福盛钢铁",
      aliases: [],
      firstSeen: 1,
      lastSeen: 2,
      mergedInto: CO,
    });
    v3.close();
    const v4 = openDatabase("upgrade4", d);
    await v4.open();
    expect(v4.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect((await factsForEntity(v4, CO)).map((f) => f.id)).toEqual([fact.id]);
    expect(await v4.articles.count()).toBe(1);
    expect((await v4.entities.get(OTHER))?.mergedInto).toBe(CO);
    expect(await v4.relations.count()).toBe(0);
    const s = stated("兰花科技", CO);
    await recordRelations(v4, article(1), s.text, [s.relation]);
    expect((await zoneCompanies(v4, ZONE)).map((r) => r.companyName)).toEqual(["兰花科技"]);
    v4.close();
  });
});

describe("relations gathered across articles", () => {
  it("one row per company and kind, with the number of articles, first and latest date, quotes and figures", async () => {
    const db = freshDb();
    for (const i of [3, 1, 2]) {
      const s = stated("兰花科技", CO);
      await read(db, i, [s.relation], s.text, s.mentions);
    }
    const [row, ...rest] = await zoneCompanies(db, ZONE);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ kind: "located", companyId: CO, companyName: "兰花科技", zoneName: "晋城经开区", articles: 3 });
    expect([row.firstDate, row.lastDate]).toEqual(["2025-10-01", "2025-10-03"]);
    expect(row.evidence.map((e) => e.url)).toEqual([3, 2, 1].map((i) => article(i).url)); // newest first
    expect(row.evidence[0].sentence).toBe("兰花科技落户晋城经开区，投资10亿元建设氢能项目。");
    expect(row.figures.map((f) => [f.text, f.value, f.unit])).toContainEqual(["10亿元", 1e9, "元"]);
    expect(await zoneCompanyCount(db, ZONE)).toBe(1);
    expect((await companyZones(db, CO)).map((r) => [r.zoneId, r.articles])).toEqual([[ZONE, 3]]);
  });

  it("names a company by the evidence's name for it too, when its registered name does not contain that", async () => {
    const db = freshDb();
    const lixiang = stated("理想汽车", "co:北京车和家信息技术有限公司");
    lixiang.mentions[0].canonical = "北京车和家信息技术有限公司";
    await read(db, 1, [lixiang.relation], lixiang.text, lixiang.mentions);
    const lanhua = stated("兰花科技", CO);
    lanhua.mentions[0].canonical = "山西兰花科技创业股份有限公司";
    await read(db, 2, [lanhua.relation], lanhua.text, lanhua.mentions);
    const labels = (await zoneCompanies(db, ZONE)).map((r) => [r.companyName, r.companyLabel, r.zoneLabel]);
    expect(labels).toContainEqual(["北京车和家信息技术有限公司", "理想汽车（北京车和家信息技术有限公司）", "晋城经开区"]);
    // `兰花科技` stands in 山西兰花科技创业股份有限公司: the name alone.
    expect(labels).toContainEqual(["山西兰花科技创业股份有限公司", "山西兰花科技创业股份有限公司", "晋城经开区"]);
  });

  it("shows the money and capacity of the evidence, not its growth rates, counts or dates", async () => {
    const db = freshDb();
    const s = stated("兰花科技", CO, "located", "2025年3月投资12亿元，年产隔膜5亿平方米，产值增长30%，带动企业12家。");
    await read(db, 1, [s.relation], s.text, s.mentions);
    const [row] = await zoneCompanies(db, ZONE);
    expect(row.figures.map((f) => f.text)).toEqual(["12亿元", "5亿平方米"]);
  });

  it("re-reading an article changes nothing; an article that no longer states it gives its evidence up", async () => {
    const db = freshDb();
    const s = stated("兰花科技", CO);
    await read(db, 1, [s.relation], s.text, s.mentions);
    await read(db, 2, [s.relation], s.text, s.mentions);
    const before = await db.relations.toArray();
    await recordRelations(db, article(1), s.text, [s.relation], 99_999);
    expect(await db.relations.toArray()).toStrictEqual(before);
    await recordRelations(db, article(1), "兰花科技的产品销往晋城经开区。", [], 99_999);
    expect((await zoneCompanies(db, ZONE))[0].articles).toBe(1);
    await recordRelations(db, article(2), "", [], 99_999);
    expect(await db.relations.count()).toBe(0); // no evidence and no verdict: gone
  });

  it("a dateless article counts by the day it was read; entities merged later gather into one row", async () => {
    const db = freshDb();
    const a = stated("兰花科技", CO);
    const b = stated("福盛钢铁", OTHER);
    await read(db, 1, [a.relation], a.text, a.mentions, "");
    await read(db, 2, [b.relation], b.text, b.mentions);
    expect((await zoneCompanies(db, ZONE)).length).toBe(2);
    await mergeEntities(db, CO, OTHER);
    const rows = await zoneCompanies(db, ZONE);
    expect(rows.map((r) => [r.companyId, r.articles, r.ids.length])).toEqual([[CO, 2, 2]]);
    expect(rows[0].firstDate).toBe("1970-01-01"); // read at 1,000 ms
  });
});

describe("the reader's verdicts", () => {
  it("a rejected relation stays rejected when read again, and is left out unless asked for; confirm and undo", async () => {
    const db = freshDb();
    const s = stated("兰花科技", CO, "located");
    const signed = { ...s.relation, kind: "signed" as const };
    await read(db, 1, [s.relation, signed], s.text, s.mentions);
    const id = relationId(CO, ZONE, "located");
    await setRelationVerdict(db, [id], "rejected");
    await read(db, 2, [s.relation, signed], s.text, s.mentions);
    expect((await zoneCompanies(db, ZONE)).map((r) => r.kind)).toEqual(["signed"]);
    const all = await zoneCompanies(db, ZONE, { includeRejected: true });
    expect(all.map((r) => [r.kind, r.verdict, r.articles])).toEqual([
      ["located", "rejected", 2],
      ["signed", undefined, 2],
    ]);
    // Rejected and no longer read anywhere: it stays, so the rejection is not forgotten.
    await recordRelations(db, article(1), "", []);
    await recordRelations(db, article(2), "", []);
    expect((await db.relations.get(id))?.verdict).toBe("rejected");
    await setRelationVerdict(db, [id], "confirmed");
    expect((await db.relations.get(id))?.verdict).toBe("confirmed");
    await setRelationVerdict(db, [id], undefined);
    expect(await db.relations.get(id)).not.toHaveProperty("verdict");
  });

  it("are in the backup: export → clear → import gives every relation back, verdicts included", async () => {
    const db = freshDb();
    const a = stated("兰花科技", CO);
    const b = stated("福盛钢铁", OTHER, "invests");
    await read(db, 1, [a.relation], a.text, a.mentions);
    await read(db, 2, [b.relation], b.text, b.mentions);
    await setRelationVerdict(db, [relationId(CO, ZONE, "located")], "rejected", 5_000);
    await setRelationVerdict(db, [relationId(OTHER, ZONE, "invests")], "confirmed", 5_000);
    const original = await db.relations.toArray();
    const file = JSON.stringify(await exportBackup(db));
    await Promise.all(TABLE_NAMES.map((t) => db[t].clear()));
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(db, await planImport(db, parsed.backup));
    expect(await db.relations.toArray()).toStrictEqual(original);
    expect((await zoneDirectory(db, { includeRejected: true })).map((r) => [r.companyName, r.kind, r.verdict])).toEqual([
      ["兰花科技", "located", "rejected"],
      ["福盛钢铁", "invests", "confirmed"],
    ]);
    // A verdict given later on this side is kept over the file's older copy.
    await setRelationVerdict(db, [relationId(CO, ZONE, "located")], "confirmed", 9_000);
    await applyImport(db, await planImport(db, parsed.backup));
    expect((await db.relations.get(relationId(CO, ZONE, "located")))?.verdict).toBe("confirmed");
  });
});
