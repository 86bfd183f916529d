/**
 * Recording an article read (lib/db/reading.ts recordRead): the article, its
 * mentions and the relations its text states, under the entities the mentions
 * are stored under (merges followed); reading it again changes nothing and
 * keeps the reader's verdict. And the card's line of the directory
 * (directorySummary).
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeAll, describe, expect, it } from "vitest";
import { mergeEntities } from "../../lib/db/entities";
import { recordRead } from "../../lib/db/reading";
import { directorySummary, setRelationVerdict, zoneCompanies, zoneDirectory } from "../../lib/db/relations";
import { openDatabase } from "../../lib/db/schema";
import type { ArticleSource, Mention } from "../../lib/model/reading";
import type { Recognizer } from "../../lib/ner/recognizer";
import { recognizer } from "../helpers/recognizer";

let n = 0;
const freshDb = () => openDatabase(`zone-recording-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });

const article = (i: number): ArticleSource => ({
  url: `http://www.kxdb.com/news/show.php?itemid=${9100 + i}`,
  title: `厚生新材料报道${i}`,
  date: `2025-11-0${i}`,
  source: "科学导报",
  author: "",
  issue: "",
});

/** Three articles that state the same company in the same zone, each in its own words. */
const TEXTS = [
  "厚生新材料二期项目在晋城开工\n近日，山西厚生新材料科技有限公司落户晋城经济技术开发区，项目总投资12亿元，建成后年产锂电池隔膜5亿平方米。",
  "晋城经开区新材料产业加快集聚\n位于晋城经济技术开发区的山西厚生新材料科技有限公司二期项目日前开工建设，计划投资8亿元。",
  "隔膜产能再上新台阶\n山西厚生新材料科技有限公司入驻晋城经开区三年来，产值年均增长30%，带动上下游企业12家。",
];

let ner: Recognizer;
let read: { text: string; mentions: Mention[] }[];
beforeAll(async () => {
  ner = await recognizer();
  read = TEXTS.map((text) => ({ text, mentions: ner.recognize(text) }));
});

const idOf = (mentions: Mention[], type: Mention["type"]) => mentions.find((m) => m.type === type)?.entityId ?? "";

describe("recordRead", () => {
  it("records the article and its relations: one company in one zone from three articles", async () => {
    const db = freshDb();
    for (const [i, r] of read.entries()) {
      expect(await recordRead(db, article(i + 1), r.text, r.mentions, 1_000 * (i + 1))).toBeGreaterThan(0);
    }
    const zone = idOf(read[0].mentions, "ZONE");
    const company = idOf(read[0].mentions, "COMPANY");
    expect(await db.articles.count()).toBe(3);
    const located = (await zoneCompanies(db, zone)).filter((r) => r.kind === "located");
    expect(located).toHaveLength(1);
    expect(located[0]).toMatchObject({ companyId: company, articles: 3, firstDate: "2025-11-01", lastDate: "2025-11-03" });
    expect(located[0].evidence.map((e) => e.sentence.trim())).toContain(
      "山西厚生新材料科技有限公司入驻晋城经开区三年来，产值年均增长30%，带动上下游企业12家。",
    );
    // The ids are the ones the article's mentions are stored under.
    const mentionIds = new Set((await db.mentions.toArray()).map((m) => m.entityId));
    expect(mentionIds.has(zone) && mentionIds.has(company)).toBe(true);
  });

  it("reading the same article again changes nothing; a rejected relation stays rejected", async () => {
    const db = freshDb();
    await recordRead(db, article(1), read[0].text, read[0].mentions, 1_000);
    const before = await db.relations.toArray();
    await recordRead(db, article(1), read[0].text, read[0].mentions, 5_000);
    expect(await db.relations.toArray()).toEqual(before);
    await setRelationVerdict(db, [before[0].id], "rejected", 6_000);
    await recordRead(db, article(1), read[0].text, read[0].mentions, 7_000);
    expect((await db.relations.get(before[0].id))?.verdict).toBe("rejected");
    expect(await zoneDirectory(db)).not.toContainEqual(expect.objectContaining({ ids: [before[0].id] }));
  });

  it("an e-paper article read whole after its part was read alone: the part's relations become the whole's", async () => {
    const db = freshDb();
    const part = { ...article(1), url: "http://www.kxdb.com/dzbk/1.pdf#page=1&article=2" };
    await recordRead(db, part, read[0].text, read[0].mentions, 1_000);
    const whole = { ...article(1), url: `${part.url}&then=http://www.kxdb.com/dzbk/2.pdf`, formerUrls: [part.url] };
    await recordRead(db, whole, read[0].text, read[0].mentions, 2_000);
    const rows = await zoneDirectory(db);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.evidence.map((e) => e.url)).toEqual([whole.url]);
    expect(await db.articles.count()).toBe(1);
  });

  it("follows merges: an article read after a merge adds to the entity kept", async () => {
    const db = freshDb();
    await recordRead(db, article(1), read[0].text, read[0].mentions, 1_000);
    const company = idOf(read[0].mentions, "COMPANY");
    const zone = idOf(read[0].mentions, "ZONE");
    // The reader keeps another company entity and merges this one into it.
    await db.entities.put({ id: "co:厚生", type: "COMPANY", canonical: "厚生", aliases: [], firstSeen: 1, lastSeen: 1 });
    await mergeEntities(db, "co:厚生", company);
    await recordRead(db, article(3), read[2].text, read[2].mentions, 3_000);
    const rows = (await zoneCompanies(db, zone)).filter((r) => r.kind === "located");
    expect(rows.map((r) => [r.companyId, r.articles])).toEqual([["co:厚生", 2]]);
    expect((await db.relations.where("companyId").equals("co:厚生").toArray()).length).toBeGreaterThan(0);
  });
});

describe("directorySummary (the card's line)", () => {
  it("a company: its located zones; a zone: its number of companies; rejected ones left out", async () => {
    const db = freshDb();
    for (const [i, r] of read.entries()) await recordRead(db, article(i + 1), r.text, r.mentions);
    const zone = idOf(read[0].mentions, "ZONE");
    const company = idOf(read[0].mentions, "COMPANY");
    expect(await directorySummary(db, company)).toEqual({ locatedIn: [{ id: zone, name: "晋城经济技术开发区" }] });
    expect(await directorySummary(db, zone)).toEqual({ companies: 1 });
    const ids = (await zoneCompanies(db, zone)).flatMap((r) => r.ids);
    await setRelationVerdict(db, ids, "rejected");
    expect(await directorySummary(db, company)).toEqual({});
    expect(await directorySummary(db, zone)).toEqual({});
    expect(await directorySummary(db, "no:such")).toEqual({});
  });

  it("a company located nowhere, but signing with a zone, has the zone and how (`关联园区：嘉兴港区（签约）`)", async () => {
    const db = freshDb();
    const text = "5月7日，嘉兴港区开发建设管理委员会与广东国鸿氢能科技有限公司签约。";
    const mentions = ner.recognize(text);
    await recordRead(db, article(1), text, mentions);
    const zone = idOf(mentions, "ZONE");
    const company = idOf(mentions, "COMPANY");
    expect(await directorySummary(db, company)).toEqual({ relatedTo: [{ id: zone, name: "嘉兴港区", kinds: ["signed"] }] });
  });
});
