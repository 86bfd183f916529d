import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityRecord, FactRecord } from "../../lib/db/schema";
import { EntityNames, FactIndex, highlightRanges, queryWords, searchIndexes } from "../../lib/search/factSearch";
import { loadNodeJieba } from "../../scripts/node-recognizer";

const entity = (id: string, type: "ZONE" | "COMPANY", canonical: string, aliases: string[]): EntityRecord => ({
  id,
  type,
  canonical,
  aliases,
  firstSeen: 0,
  lastSeen: 0,
});
const fact = (id: string, quote: string, entityIds: string[], date: string, extra: Partial<FactRecord> = {}): FactRecord => ({
  id,
  quote,
  note: "",
  tags: [],
  entityIds,
  figures: [],
  url: `u${id}`,
  sourceInfo: { url: `u${id}`, title: `标题${id}`, date, source: "科学导报", issue: "" },
  anchor: {
    quote: { type: "TextQuoteSelector", exact: quote, prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start: 0, end: 1 },
  },
  createdAt: Number(id),
  updatedAt: Number(id),
  dedupe: id,
  ...extra,
});

const entities = [
  entity("jc", "ZONE", "晋城经济技术开发区", ["晋城经开区", "晋城经济技术开发区"]),
  entity("yd", "COMPANY", "一道新能源科技股份有限公司", ["一道新能源"]),
];
const facts = [
  fact("1", "一道新能源14GW光伏组件生产线满负荷运转", ["yd"], "2025-10-24", { tags: ["光伏"] }),
  fact("2", "光机电产业产值突破 700 亿元", ["jc"], "2025-12-19", { note: "晋城的支柱产业" }),
  fact("3", "全省签约 31 个项目", [], "2025-05-30", {
    sourceInfo: { url: "u3", title: "t", date: "2025-05-30", source: "科学导报", issue: "1234" },
  }),
  fact("4", "已删除", ["jc"], "2025-01-01", { deletedAt: 5 }),
];

describe("searching facts", () => {
  const index = new FactIndex(facts, entities);

  it("finds a word inside longer words: 光伏 finds 光伏组件", () => {
    expect(index.search("光伏").map((h) => h.fact.id)).toEqual(["1"]);
  });

  it("an entity's other name finds facts linked to it: 晋城经开区 → 晋城经济技术开发区", () => {
    expect(index.search("晋城经开区").map((h) => h.fact.id)).toEqual(["2"]);
  });

  it("every word must match; notes, tags and titles are searched too; the trash is not", () => {
    expect(index.search("产值 支柱").map((h) => h.fact.id)).toEqual(["2"]);
    expect(index.search("产值 光伏")).toEqual([]);
    expect(index.search("已删除")).toEqual([]);
    expect(index.search("").map((h) => h.fact.id)).toEqual(["2", "1", "3"]);
  });

  it("filters by type, entity, tag, issue and date range", () => {
    expect(index.search("", { type: "COMPANY" }).map((h) => h.fact.id)).toEqual(["1"]);
    expect(index.search("", { entityId: "jc" }).map((h) => h.fact.id)).toEqual(["2"]);
    expect(index.search("", { tag: "光伏" }).map((h) => h.fact.id)).toEqual(["1"]);
    expect(index.search("", { issue: "1234" }).map((h) => h.fact.id)).toEqual(["3"]);
    expect(index.search("", { from: "2025-06-01", to: "2025-11-30" }).map((h) => h.fact.id)).toEqual(["1"]);
  });

  it("highlights the matched words in the quote", () => {
    expect(index.search("光伏")[0].quoteHits).toEqual([[9, 11]]);
    expect(highlightRanges("总投资 36 亿元", ["36亿"])).toEqual([[4, 8]]);
  });

  it("segments Chinese queries with jieba", async () => {
    const seg = await loadNodeJieba();
    const cut = (q: string) => seg.cut(q);
    expect(queryWords("光伏组件生产线", cut)).toEqual(expect.arrayContaining(["光伏", "组件"]));
    expect(index.search("光伏组件生产线", {}, cut).map((h) => h.fact.id)).toEqual(["1"]);
  });
});

describe("searching the facts read so far (chunk by chunk, before all are read)", () => {
  it("finds in the chunks read what one index over them finds, in the same order", () => {
    const index = new FactIndex(facts, entities);
    const names = new EntityNames(entities);
    const chunks = [facts.slice(0, 2), facts.slice(2)].map((chunk) => new FactIndex(chunk, names));
    for (const query of ["光伏", "晋城经开区", "", "项目", "已删除"]) {
      expect(searchIndexes(chunks, query).map((h) => h.fact.id)).toEqual(index.search(query).map((h) => h.fact.id));
    }
    expect(searchIndexes(chunks.slice(0, 1), "晋城经开区").map((h) => h.fact.id)).toEqual(["2"]);
    expect(searchIndexes(chunks.slice(1), "晋城经开区")).toEqual([]); // fact 4, linked to it, is in the trash
    expect(searchIndexes([], "光伏")).toEqual([]);
  });

  it("any facts cut into any chunks: the same hits, newest first, as one index (property)", () => {
    const words = ["光伏", "组件", "开发区", "项目", "签约", "亿元", "晋城"];
    const arbFact = fc.record({
      quote: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
      note: fc.constantFrom("", "备注", "晋城 光伏"),
      linked: fc.subarray(["jc", "yd"]),
      day: fc.integer({ min: 1, max: 28 }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbFact, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...words, "晋城经开区", "一道新能源", ""),
        fc.constantFrom<Record<string, string>>({}, { type: "ZONE" }, { entityId: "yd" }),
        (records, cuts, query, filters) => {
          const all = records.map((r, i) =>
            fact(String(i + 1), r.quote.join(""), r.linked, `2025-01-${String(r.day).padStart(2, "0")}`, {
              note: r.note,
              ...(r.deleted ? { deletedAt: 1 } : {}),
            }),
          );
          const chunks: FactRecord[][] = [];
          let at = 0;
          for (const n of cuts) {
            chunks.push(all.slice(at, at + n));
            at += n;
          }
          chunks.push(all.slice(at));
          const names = new EntityNames(entities);
          const got = searchIndexes(
            chunks.map((c) => new FactIndex(c, names)),
            query,
            filters,
          );
          const want = new FactIndex(all, entities).search(query, filters);
          expect(got.map((h) => h.fact.id)).toEqual(want.map((h) => h.fact.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});
