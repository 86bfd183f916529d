import { describe, expect, it } from "vitest";
import type { EntityRecord, FactRecord } from "../../lib/db/schema";
import { groupHits, groupOnce } from "../../lib/notes/grouping";
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
