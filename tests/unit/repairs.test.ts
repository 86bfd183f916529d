/** One-time repairs of data earlier versions stored wrongly (lib/db/repairs.ts). */

import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { entityAppearances, recordArticle } from "../../lib/db/articles";
import { recordRelations, zoneCompanies } from "../../lib/db/relations";
import { dropSuppressionsOfUnseenNames, relinkCompanies, relinkZones, repairCaptionLeadNames } from "../../lib/db/repairs";
import { type KxdbDatabase, openDatabase } from "../../lib/db/schema";
import { knownCompanyByItsWords } from "../../lib/ner/companyLinks";
import { defaultGazetteer } from "../../lib/ner/gazetteer";
import { linkZoneName } from "../../lib/ner/zoneLinks";

const meta = {
  title: "晋城经开区签约",
  date: "2025-10-24",
  source: "科学导报",
  author: "",
  url: "http://www.kxdb.com/news/show.php?itemid=1",
  issue: "",
};
const JC = "sx:晋城经济技术开发区";

/** A fact quoting `quote` (the whole of it anchored) from the article of `meta`, linked to `entityIds`. */
function putFact(db: KxdbDatabase, id: string, quote: string, entityIds: string[], dedupe = id) {
  return db.facts.put({
    id,
    quote,
    note: "",
    tags: [],
    entityIds,
    figures: [],
    url: meta.url,
    sourceInfo: { url: meta.url, title: meta.title, date: meta.date, source: meta.source, issue: "" },
    anchor: describeRange(quote, 0, quote.length),
    createdAt: 1,
    updatedAt: 1,
    dedupe,
  });
}

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

describe("repair: names recorded with a caption's lead word", () => {
  it("merges 图为太原武宿综保区 into 太原武宿综保区 (facts follow) and strips the lead where no such entity exists", async () => {
    const db = openDatabase("repair-captions", { indexedDB: new IDBFactory(), IDBKeyRange });
    const WUSU = "sx:太原武宿综合保税区";
    const LED = "zone:图为太原武宿|bonded";
    await recordArticle(db, meta, [
      { start: 0, end: 9, type: "ZONE", text: "图为太原武宿综保区", entityId: LED, canonical: "图为太原武宿综合保税区" },
      { start: 20, end: 27, type: "ZONE", text: "太原武宿综保区", entityId: WUSU, canonical: "太原武宿综合保税区" },
      { start: 30, end: 37, type: "ZONE", text: "▲晋城经开区", entityId: "zone:▲晋城|etdz", canonical: "▲晋城经济技术开发区" },
    ]);
    await putFact(db, "f1", "图为太原武宿综保区一角", [LED], "x");

    expect(await repairCaptionLeadNames(db)).toEqual({ merged: 1, renamed: 1 });

    expect((await db.entities.get(LED))?.mergedInto).toBe(WUSU);
    const aliases = (await db.entities.get(WUSU))?.aliases ?? [];
    expect(aliases).toContain("太原武宿综保区");
    expect(aliases.filter((a) => a.startsWith("图为"))).toEqual([]);
    expect((await db.facts.get("f1"))?.entityIds).toEqual([WUSU]);
    const jc = await db.entities.get("zone:▲晋城|etdz");
    expect(jc?.canonical).toBe("晋城经济技术开发区");
    expect(jc?.aliases).toEqual(["晋城经开区"]);
    const names = (await db.mentions.toArray()).flatMap((m) => m.names);
    expect(names.filter((n) => /^(图为|▲)/.test(n))).toEqual([]);
    // Nothing left to repair.
    expect(await repairCaptionLeadNames(db)).toEqual({ merged: 0, renamed: 0 });
  });
});

describe("repair: zones recorded under ids that kept a place's level or a rank", () => {
  it("moves each to the id its names have now: facts, relations and the zone's page follow; a second run moves nothing", async () => {
    const db = openDatabase("repair-zone-ids", { indexedDB: new IDBFactory(), IDBKeyRange });
    const gazetteer = defaultGazetteer();
    const idOf = (name: string) => linkZoneName(name, gazetteer);
    const OLD_PARK = "zone:尉氏县速冻食品|park";
    const OLD_YANGQUAN = "zone:阳泉|etdz";
    const NEW_PARK = idOf("尉氏县速冻食品产业园").entityId;
    const text = "河南思念食品有限公司落户尉氏县速冻食品产业园。";
    // Read before the upgrade: the ids of then.
    await recordArticle(db, meta, [
      { start: 12, end: 22, type: "ZONE", text: "尉氏县速冻食品产业园", entityId: OLD_PARK, canonical: "尉氏县速冻食品产业园" },
      { start: 30, end: 36, type: "ZONE", text: "阳泉市开发区", entityId: OLD_YANGQUAN, canonical: "阳泉市经济技术开发区" },
      {
        start: 0,
        end: 10,
        type: "COMPANY",
        text: "河南思念食品有限公司",
        entityId: "company:思念食品",
        canonical: "河南思念食品有限公司",
      },
    ]);
    await recordRelations(db, { url: meta.url, title: meta.title, date: meta.date }, text, [
      {
        company: { start: 0, end: 10, text: "河南思念食品有限公司", entityId: "company:思念食品" },
        zone: { start: 12, end: 22, text: "尉氏县速冻食品产业园", entityId: OLD_PARK },
        kind: "located",
        evidence: { start: 0, end: text.length },
        confidence: 0.9,
      },
    ]);
    await putFact(db, "f1", text, [OLD_PARK, "company:思念食品"]);
    // Read after it, under the new id: the two are one zone.
    await recordArticle(db, { ...meta, url: `${meta.url}2` }, [
      { start: 0, end: 9, type: "ZONE", text: "尉氏速冻食品产业园", entityId: NEW_PARK, canonical: "尉氏速冻食品产业园" },
    ]);

    expect(NEW_PARK).not.toBe(OLD_PARK);
    expect(await relinkZones(db, idOf)).toEqual({ moved: 2 });

    expect((await db.entities.get(OLD_PARK))?.mergedInto).toBe(NEW_PARK);
    expect((await db.entities.get(NEW_PARK))?.aliases).toContain("尉氏县速冻食品产业园");
    expect((await db.facts.get("f1"))?.entityIds).toEqual([NEW_PARK, "company:思念食品"]);
    expect((await zoneCompanies(db, NEW_PARK)).map((r) => r.companyId)).toEqual(["company:思念食品"]);
    expect((await entityAppearances(db, NEW_PARK)).articles).toHaveLength(2);
    // The catalogue's zone, which no article had been read under: made, and the old one merged into it.
    expect((await db.entities.get(OLD_YANGQUAN))?.mergedInto).toBe("sx:阳泉经济技术开发区");
    expect((await db.entities.get("sx:阳泉经济技术开发区"))?.canonical).toBe("阳泉经济技术开发区");
    expect(await relinkZones(db, idOf)).toEqual({ moved: 0 });
  });

  it("moves a zone recorded with the province and city before its county, and leaves a zone's sector park", async () => {
    const db = openDatabase("repair-zone-ids-3", { indexedDB: new IDBFactory(), IDBKeyRange });
    const gazetteer = defaultGazetteer();
    const idOf = (name: string) => linkZoneName(name, gazetteer);
    const PARK = "zone:荆州|etdz/新能源新材料|park";
    await recordArticle(db, meta, [
      {
        start: 0,
        end: 11,
        type: "ZONE",
        text: "安徽宿州萧县经济开发区",
        entityId: "zone:安徽宿州萧|etdz",
        canonical: "安徽宿州萧县经济开发区",
      },
      { start: 20, end: 25, type: "ZONE", text: "荆州经开区", entityId: "zone:荆州|etdz", canonical: "荆州经济技术开发区" },
      { start: 25, end: 34, type: "ZONE", text: "新能源新材料产业园", entityId: PARK, canonical: "荆州经开区新能源新材料产业园" },
    ]);
    expect(await relinkZones(db, idOf)).toEqual({ moved: 1 });
    expect((await db.entities.get("zone:安徽宿州萧|etdz"))?.mergedInto).toBe("zone:萧|etdz");
    // Its id is not made from its name (`荆州经开区新能源新材料产业园` alone would be another id): it stays.
    expect((await db.entities.get(PARK))?.mergedInto).toBeUndefined();
  });

  // One zone recorded under the id of its time, moved to the id its name has now.
  it.each([
    // A province before a catalogue zone's other form: the catalogue's zone (stop 37).
    ["山西大同经济开发区", "zone:大同|etdz", "sx:大同经济技术开发区"],
    // The country before a free-trade zone's bracketed place: the place's (stop 37).
    ["中国(湖南)自由贸易试验区", "zone:中国(湖南)|ftz", "zone:湖南|ftz"],
    // A park by its name and a bare 园区: the park's, one with `金匠工业园区` (stop 38).
    ["金匠园区", "zone:金匠园|zone", "zone:金匠|park"],
  ])("moves %s from %s to %s", async (name, oldId, newId) => {
    const db = openDatabase(`repair-zone-ids-moved-${oldId}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const idOf = (zone: string) => linkZoneName(zone, defaultGazetteer());
    await recordArticle(db, meta, [{ start: 0, end: name.length, type: "ZONE", text: name, entityId: oldId, canonical: name }]);
    expect(idOf(name).entityId).toBe(newId);
    expect(await relinkZones(db, idOf)).toEqual({ moved: 1 });
    expect((await db.entities.get(oldId))?.mergedInto).toBe(newId);
  });

  it("a park by its name and a bare 园区 is the park of `…工业园区` (stop 38)", () => {
    const idOf = (zone: string) => linkZoneName(zone, defaultGazetteer());
    expect(idOf("金匠园区").entityId).toBe(idOf("金匠工业园区").entityId);
  });

  it("moves a company the text called by a known name and 公司 to the gazetteer's company, and leaves others", async () => {
    const db = openDatabase("repair-company-ids", { indexedDB: new IDBFactory(), IDBKeyRange });
    const gazetteer = defaultGazetteer();
    const idOf = (name: string) => {
      const entry = knownCompanyByItsWords(name, gazetteer);
      return entry && { entityId: entry.id, canonical: entry.name };
    };
    await recordArticle(db, meta, [
      { start: 0, end: 6, type: "COMPANY", text: "阳煤集团公司", entityId: "company:阳煤", canonical: "阳煤集团公司" },
      { start: 20, end: 26, type: "COMPANY", text: "山西潞安集团", entityId: "company:潞安", canonical: "山西潞安集团" },
      {
        start: 10,
        end: 18,
        type: "COMPANY",
        text: "鼎晟建设管理公司",
        entityId: "company:鼎晟建设管理",
        canonical: "鼎晟建设管理公司",
      },
    ]);
    await putFact(db, "f2", "阳煤集团公司晋东物流园工程开工", ["company:阳煤"]);
    expect(await relinkCompanies(db, idOf)).toEqual({ moved: 2 });
    expect((await db.entities.get("company:阳煤"))?.mergedInto).toBe("co:华阳新材料科技集团有限公司");
    expect((await db.entities.get("company:潞安"))?.mergedInto).toBe("co:潞安化工集团有限公司");
    expect((await db.facts.get("f2"))?.entityIds).toEqual(["co:华阳新材料科技集团有限公司"]);
    expect((await db.entities.get("company:鼎晟建设管理"))?.mergedInto).toBeUndefined();
    expect(await relinkCompanies(db, idOf)).toEqual({ moved: 0 });
  });

  it("leaves a renamed zone whose names now point to two zones, and a full disk loses nothing", async () => {
    const db = openDatabase("repair-zone-ids-2", { indexedDB: new IDBFactory(), IDBKeyRange });
    const gazetteer = defaultGazetteer();
    const idOf = (name: string) => linkZoneName(name, gazetteer);
    // The reader renamed a park and gave it another county's park's name too (its names now disagree): theirs to keep.
    await recordArticle(db, meta, [
      {
        start: 0,
        end: 10,
        type: "ZONE",
        text: "尉氏县速冻食品产业园",
        entityId: "zone:尉氏县速冻食品|park",
        canonical: "尉氏县速冻食品产业园",
      },
    ]);
    await db.entities.update("zone:尉氏县速冻食品|park", {
      canonical: "速冻食品产业园",
      renamed: true,
      aliases: ["尉氏县速冻食品产业园", "封丘县速冻食品产业园"],
    });
    expect(await relinkZones(db, idOf)).toEqual({ moved: 0 });

    await db.entities.update("zone:尉氏县速冻食品|park", { aliases: ["尉氏县速冻食品产业园"] });
    const before = await db.entities.toArray();
    db.entities.hook("creating", () => {
      throw new Dexie.QuotaExceededError("quota");
    });
    await expect(relinkZones(db, idOf)).rejects.toThrow();
    expect(await db.entities.toArray()).toEqual(before);
  });
});
