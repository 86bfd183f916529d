import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityRecord, FactRecord } from "../../lib/db/schema";
import { t } from "../../lib/i18n";
import { type GroupBy, groupHits, groupOnce } from "../../lib/notes/grouping";
import { FactIndex } from "../../lib/search/factSearch";

const entity = (id: string, type: "ZONE" | "COMPANY", canonical: string): EntityRecord => ({
  id,
  type,
  canonical,
  aliases: [canonical],
  firstSeen: 0,
  lastSeen: 0,
});
const fact = (id: string, entityIds: string[], tags: string[] = []): FactRecord => ({
  id,
  quote: `引文${id}`,
  note: "",
  tags,
  entityIds,
  figures: [],
  url: `u${id}`,
  sourceInfo: { url: `u${id}`, title: `标题${id}`, date: "2025-12-19", source: "科学导报", issue: "" },
  anchor: {
    quote: { type: "TextQuoteSelector", exact: "x", prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start: 0, end: 1 },
  },
  createdAt: Number(id),
  updatedAt: Number(id),
  dedupe: id,
});

const entityList = [entity("ts", "COMPANY", "泰山玻璃纤维有限公司"), entity("sx", "ZONE", "山西转型综合改革示范区")];
const entities = new Map(entityList.map((e) => [e.id, e]));

describe("grouping the notes by entity", () => {
  it("lists each fact once, under its first entity, naming the others as also linked", () => {
    const facts = [fact("1", ["ts", "sx"]), fact("2", ["ts", "sx"])];
    const hits = new FactIndex(facts, entityList).search("", {});
    const groups = groupHits(hits, "entity", entities);
    const cards = groups.flatMap((g) => g.hits);
    expect(cards).toHaveLength(2);
    expect(groups.map((g) => g.key)).toEqual(["ts"]);
    expect(groups[0].hits.map((h) => h.also)).toEqual([["sx"], ["sx"]]);
    // Every count shown is a count of facts: the groups add up to the results.
    expect(groups.reduce((n, g) => n + g.hits.length, 0)).toBe(hits.length);
  });

  it("with a type filter, lists a fact under its first entity of that type", () => {
    const hits = new FactIndex([fact("1", ["ts", "sx"])], entityList).search("", { type: "ZONE" });
    const groups = groupHits(hits, "entity", entities, { type: "ZONE" });
    expect(groups.map((g) => [g.key, g.hits[0].also])).toEqual([["sx", ["ts"]]]);
  });

  it("lists a fact with several tags once, under its first tag", () => {
    const hits = new FactIndex([fact("1", [], ["玻纤", "投资"]), fact("2", [], [])], entityList).search("", {});
    const groups = groupHits(hits, "tag", entities);
    const rows = groups.flatMap((g) => g.hits.map((h) => [g.key, h.hit.fact.id, h.also]));
    expect(rows.sort()).toEqual([
      ["", "2", []],
      ["玻纤", "1", ["投资"]],
    ]);
  });
});

describe("groupOnce", () => {
  it("keeps first-seen order, drops repeated keys and puts keyless items under the empty key", () => {
    const groups = groupOnce(
      [
        { n: 1, k: ["a", "b", "a"] },
        { n: 2, k: [] },
        { n: 3, k: ["b"] },
      ],
      (x) => x.k,
    );
    expect([...groups.entries()].map(([k, items]) => [k, items.map((i) => [i.item.n, i.also])])).toEqual([
      ["a", [[1, ["b"]]]],
      ["", [[2, []]]],
      ["b", [[3, []]]],
    ]);
  });
});

const allFacts = (facts: FactRecord[], list = entityList) => new FactIndex(facts, list).search("", {});

describe("grouping edge cases", () => {
  it("an entity with several names is one group, under its canonical name, whichever name the quotes use", () => {
    const ts = { ...entity("ts", "COMPANY", "泰山玻璃纤维有限公司"), aliases: ["泰山玻纤", "泰山玻璃纤维有限公司"] };
    const facts = [
      { ...fact("1", ["ts"]), quote: "泰山玻纤年产 30 万吨" },
      { ...fact("2", ["ts"]), quote: "泰山玻璃纤维有限公司投资 36 亿元" },
    ];
    const groups = groupHits(allFacts(facts, [ts]), "entity", new Map([["ts", ts]]));
    expect(groups.map((g) => [g.key, g.heading, g.entityId, g.hits.length])).toEqual([["ts", "泰山玻璃纤维有限公司", "ts", 2]]);
  });

  it("a fact linked to one entity twice is listed once, not also beside itself", () => {
    const groups = groupHits(allFacts([fact("1", ["ts", "ts"])]), "entity", entities);
    expect(groups.map((g) => [g.key, g.hits.map((h) => h.also)])).toEqual([["ts", [[]]]]);
  });

  it("facts without an entity, and with an entity no longer known, are listed and counted, not dropped", () => {
    const groups = groupHits(allFacts([fact("1", []), fact("2", ["gone"]), fact("3", ["ts"])]), "entity", entities);
    const headings = Object.fromEntries(groups.map((g) => [g.key, g.heading]));
    expect(headings).toEqual({ "": t("notesNoEntity"), gone: "gone", ts: "泰山玻璃纤维有限公司" });
    expect(groups.find((g) => g.key === "")?.entityId).toBeUndefined();
    expect(groups.reduce((n, g) => n + g.hits.length, 0)).toBe(3);
  });

  it("bigger groups first; groups of one size in Chinese order of their headings", () => {
    // Newest first, the search lists 山西 before 阿拉善: the order shown is the headings', not the search's.
    const facts = [fact("1", ["ts"]), fact("2", ["gone"]), fact("3", ["ts"]), fact("4", ["sx"])];
    const more = [...entityList, entity("gone", "ZONE", "阿拉善高新区")];
    const groups = groupHits(allFacts(facts, more), "entity", new Map(more.map((e) => [e.id, e])));
    // 泰山 (2) first; then 阿拉善 (a) before 山西 (shan).
    expect(groups.map((g) => g.heading)).toEqual(["泰山玻璃纤维有限公司", "阿拉善高新区", "山西转型综合改革示范区"]);
  });

  it("by month: newest first, facts without a date last under 'date unknown'", () => {
    const dated = (id: string, date: string) => {
      const f = fact(id, ["ts"]);
      return { ...f, sourceInfo: { ...f.sourceInfo, date } };
    };
    const facts = [dated("1", "2025-03-02"), dated("2", ""), dated("3", "2025-12-19"), dated("4", "2025-03-30")];
    const groups = groupHits(allFacts(facts), "date", entities);
    expect(groups.map((g) => [g.key, g.heading, g.hits.length])).toEqual([
      ["2025-12", "2025-12", 1],
      ["2025-03", "2025-03", 2],
      ["?", t("notesDateUnknown"), 1],
    ]);
  });

  it("by article: one group per article under its title, or its address when it has none", () => {
    const untitled = fact("2", ["ts"]);
    const facts = [fact("1", ["ts"]), { ...untitled, sourceInfo: { ...untitled.sourceInfo, title: "" } }];
    const groups = groupHits(allFacts(facts), "article", entities);
    expect(groups.map((g) => [g.key, g.heading]).sort()).toEqual([
      ["u1", "标题1"],
      ["u2", "u2"],
    ]);
  });

  it("any facts, any view: each fact once, under one of its keys, its other keys beside it; the counts add up", () => {
    const ids = ["ts", "sx", "gone"];
    const factArb = fc.record({
      entityIds: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
      tags: fc.array(fc.constantFrom("玻纤", "投资", "园区"), { maxLength: 3 }),
      date: fc.constantFrom("", "2025-01-05", "2025-12-19", "2024-12-31"),
      url: fc.constantFrom("u1", "u2", "u3"),
    });
    const views: GroupBy[] = ["entity", "article", "tag", "date"];
    fc.assert(
      fc.property(
        fc.array(factArb, { maxLength: 12 }),
        fc.constantFrom(...views),
        fc.constantFrom(undefined, "ZONE" as const, "COMPANY" as const),
        (raw, by, type) => {
          const facts = raw.map((r, i) => {
            const f = fact(String(i + 1), r.entityIds, r.tags);
            return { ...f, url: r.url, sourceInfo: { ...f.sourceInfo, url: r.url, date: r.date } };
          });
          const hits = allFacts(facts);
          const groups = groupHits(hits, by, entities, { type });
          const listed = groups.flatMap((g) => g.hits.map((h) => h.hit.fact.id));
          expect(listed.sort()).toEqual(hits.map((h) => h.fact.id).sort());
          for (const g of groups) {
            expect(g.hits.length).toBeGreaterThan(0);
            for (const { hit, also } of g.hits) {
              const f = hit.fact;
              const keys = by === "entity" ? f.entityIds : by === "tag" ? f.tags : [];
              if (by === "entity" || by === "tag") {
                expect(new Set([g.key, ...also])).toEqual(new Set(keys.length ? keys : [""]));
                expect(also).not.toContain(g.key);
                expect(new Set(also).size).toBe(also.length);
              }
              if (by === "entity" && type && f.entityIds.some((id) => entities.get(id)?.type === type))
                expect(entities.get(g.key)?.type).toBe(type);
              if (by === "article") expect(g.key).toBe(f.url);
              if (by === "date") expect(g.key).toBe(f.sourceInfo.date.slice(0, 7) || "?");
            }
          }
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
