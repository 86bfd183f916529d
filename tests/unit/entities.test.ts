import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { entityAppearances, recordArticle } from "../../lib/db/articles";
import { mergeEntities, renameEntity, splitEntity } from "../../lib/db/entities";
import { factsForEntity, saveFact } from "../../lib/db/facts";
import { openDatabase } from "../../lib/db/schema";
import type { Mention } from "../../lib/ner/types";

const db = () => openDatabase(`e${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const meta = (n: number) => ({
  title: `t${n}`,
  date: "2025-10-24",
  source: "科学导报",
  author: "",
  url: `u${n}`,
  issue: "",
});
const m = (text: string, entityId: string, canonical: string): Mention => ({
  start: 0,
  end: 1,
  type: "COMPANY",
  text,
  entityId,
  canonical,
});
const save = (d: ReturnType<typeof db>, n: number, quote: string, ids: string[]) =>
  saveFact(d, {
    quote,
    entityIds: ids,
    anchor: describeRange(quote, 0, quote.length),
    source: { url: `u${n}`, title: "", date: "", source: "", issue: "" },
  });

describe("entity maintenance", () => {
  it("merge: facts, articles and names follow; later mentions under the old id land on the kept entity", async () => {
    const d = db();
    await recordArticle(d, meta(1), [m("泰山玻纤", "company:泰山玻纤", "泰山玻纤")]);
    await recordArticle(d, meta(2), [m("泰山玻璃纤维有限公司", "co:ts", "泰山玻璃纤维有限公司")]);
    await save(d, 1, "泰山玻纤项目投产", ["company:泰山玻纤"]);
    await save(d, 2, "泰山玻璃纤维有限公司投资", ["co:ts"]);
    await mergeEntities(d, "co:ts", "company:泰山玻纤");
    expect((await factsForEntity(d, "co:ts")).map((f) => f.quote).sort()).toEqual([
      "泰山玻璃纤维有限公司投资",
      "泰山玻纤项目投产",
    ]);
    expect((await factsForEntity(d, "company:泰山玻纤")).length).toBe(2);
    expect((await entityAppearances(d, "company:泰山玻纤")).articles.map((a) => a.url).sort()).toEqual(["u1", "u2"]);
    expect((await d.entities.get("co:ts"))?.aliases).toContain("泰山玻纤");
    await recordArticle(d, meta(3), [m("泰山玻纤", "company:泰山玻纤", "泰山玻纤")]);
    expect((await d.entities.get("company:泰山玻纤"))?.mergedInto).toBe("co:ts");
    expect((await entityAppearances(d, "co:ts")).articles).toHaveLength(3);
  });

  it("rename sticks when the article is read again", async () => {
    const d = db();
    await recordArticle(d, meta(1), [m("太重", "co:tz", "太原重型机械集团有限公司")]);
    await renameEntity(d, "co:tz", "太重集团");
    await recordArticle(d, meta(2), [m("太重", "co:tz", "太原重型机械集团有限公司")]);
    expect(await d.entities.get("co:tz")).toMatchObject({ canonical: "太重集团", renamed: true });
    await expect(renameEntity(d, "co:tz", "  ")).rejects.toThrow("名称不能为空");
  });

  it("split: a wrongly merged name becomes its own entity and takes the facts that use it", async () => {
    const d = db();
    await recordArticle(d, meta(1), [
      m("中信环境", "co:zx", "中信环境技术投资有限公司"),
      m("中信集团", "co:zx", "中信环境技术投资有限公司"),
    ]);
    await save(d, 1, "中信集团总部决定", ["co:zx"]);
    await save(d, 1, "中信环境接手运营", ["co:zx"]);
    const newId = await splitEntity(d, "co:zx", "中信集团");
    expect((await factsForEntity(d, newId)).map((f) => f.quote)).toEqual(["中信集团总部决定"]);
    expect((await factsForEntity(d, "co:zx")).map((f) => f.quote)).toEqual(["中信环境接手运营"]);
    expect((await d.entities.get("co:zx"))?.aliases).not.toContain("中信集团");
  });
});
