/** Suggested facts: a zone or company and a figure in the same clause, each sentence once, at most ten. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SUGGESTIONS, suggestFacts } from "../../lib/facts/suggest";
import type { Mention } from "../../lib/ner/types";

function mentionsOf(text: string, names: [string, Mention["type"]][]): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ start: i, end: i + name.length, type, text: name, entityId: `id:${name}`, canonical: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("suggested facts", () => {
  it("offers a sentence whose name and figure share a clause, with that clause's figures", () => {
    const text = "泰山玻纤项目总投资 36 亿元，全面建成后年产 30 万吨。晋城经开区召开大会，全年完成投资 12 亿元。";
    const found = suggestFacts(
      text,
      mentionsOf(text, [
        ["泰山玻纤", "COMPANY"],
        ["晋城经开区", "ZONE"],
      ]),
    );
    expect(found.map((s) => s.text)).toEqual(["泰山玻纤项目总投资 36 亿元，全面建成后年产 30 万吨。"]);
    expect(found[0].entityIds).toEqual(["id:泰山玻纤"]);
    expect(found[0].figures.map((f) => found[0].text.slice(f.start, f.end))).toEqual(["36 亿元"]);
  });

  it("does not offer a sentence the reader saved, or saved part of, again", () => {
    const text = "泰山玻纤项目总投资 36 亿元。太重集团新线投资 5 亿元。";
    const mentions = mentionsOf(text, [
      ["泰山玻纤", "COMPANY"],
      ["太重集团", "COMPANY"],
    ]);
    const partOfFirst = { start: 2, end: 8 }; // `玻纤项目总投`: a reader's selection inside the first sentence
    expect(suggestFacts(text, mentions, [partOfFirst]).map((s) => s.text)).toEqual(["太重集团新线投资 5 亿元。"]);
    const firstSentence = { start: 0, end: text.indexOf("。") + 1 };
    expect(suggestFacts(text, mentions, [firstSentence]).map((s) => s.text)).toEqual(["太重集团新线投资 5 亿元。"]);
  });

  it("offers a sentence said twice once", () => {
    const text = "晋城经开区签约项目 31 个\n晋城经开区签约项目 31 个。其他内容。";
    const found = suggestFacts(text, mentionsOf(text, [["晋城经开区", "ZONE"]]));
    expect(found).toHaveLength(1);
  });

  it("offers at most ten", () => {
    const text = Array.from({ length: 15 }, (_, i) => `太重集团第${i + 1}条生产线投资 ${i + 2} 亿元。`).join("");
    const found = suggestFacts(text, mentionsOf(text, [["太重集团", "COMPANY"]]));
    expect(found).toHaveLength(MAX_SUGGESTIONS);
  });

  it("offers nothing for sentences without a name or without a figure", () => {
    const text = "项目总投资 36 亿元。晋城经开区持续优化营商环境。";
    expect(suggestFacts(text, mentionsOf(text, [["晋城经开区", "ZONE"]]))).toEqual([]);
  });

  it("a name and a figure in different clauses of one sentence are no fact, whatever separates the clauses", () => {
    for (const sep of ["，", ",", "：", ":"]) {
      const text = `晋城经开区召开大会${sep}全年完成投资 12 亿元。`;
      expect(suggestFacts(text, mentionsOf(text, [["晋城经开区", "ZONE"]])), sep).toEqual([]);
    }
  });

  it("links only the names whose own clause has a figure, and keeps only those clauses' figures", () => {
    const text = "太原重工在晋城经开区投资 20 亿元，泰山玻纤负责运营，项目年产 30 万吨。";
    const [found] = suggestFacts(
      text,
      mentionsOf(text, [
        ["太原重工", "COMPANY"],
        ["晋城经开区", "ZONE"],
        ["泰山玻纤", "COMPANY"],
      ]),
    );
    expect(found.entityIds).toEqual(["id:太原重工", "id:晋城经开区"]);
    expect(found.figures.map((f) => found.text.slice(f.start, f.end))).toEqual(["20 亿元"]);
  });

  it("a date alone is no figure worth a fact", () => {
    const text = "晋城经开区于 2025 年 4 月正式挂牌成立。";
    expect(suggestFacts(text, mentionsOf(text, [["晋城经开区", "ZONE"]]))).toEqual([]);
  });

  it("an entity named twice in a sentence, under two of its names, is linked once", () => {
    const text = "泰山玻纤（泰山玻璃纤维有限公司）年产 30 万吨玻璃纤维。";
    const mentions = mentionsOf(text, [
      ["泰山玻璃纤维有限公司", "COMPANY"],
      ["泰山玻纤", "COMPANY"],
    ]).map((m) => ({ ...m, entityId: "id:ts", canonical: "泰山玻璃纤维有限公司" }));
    expect(mentions).toHaveLength(2);
    const found = suggestFacts(text, mentions);
    expect(found).toHaveLength(1);
    expect(found[0].entityIds).toEqual(["id:ts"]);
  });

  it("of more than ten, keeps the ten with the most names and figures, richest first", () => {
    const plain = Array.from({ length: 11 }, (_, i) => `太重集团第${i + 1}条生产线投资 ${i + 2} 亿元。`);
    const rich = "太重集团与泰山玻纤在晋城经开区共投资 50 亿元，年产 30 万吨。";
    const text = [...plain.slice(0, 6), rich, ...plain.slice(6)].join("");
    const found = suggestFacts(
      text,
      mentionsOf(text, [
        ["太重集团", "COMPANY"],
        ["泰山玻纤", "COMPANY"],
        ["晋城经开区", "ZONE"],
      ]),
    );
    expect(found).toHaveLength(MAX_SUGGESTIONS);
    expect(found[0].text).toBe(rich);
    expect(suggestFacts(text, mentionsOf(text, [["太重集团", "COMPANY"]]), [], 3)).toHaveLength(3);
  });

  it("a sentence starts after its opening quote and spaces, ends at its stop or the line's end, and is not too short", () => {
    const text = "  “晋城经开区投资 12 亿元！”\n太重投资 2 亿元\n晋城经开区新增产能 20GW";
    const found = suggestFacts(
      text,
      mentionsOf(text, [
        ["晋城经开区", "ZONE"],
        ["太重", "COMPANY"],
      ]),
    );
    // "太重投资 2 亿元" has 8 characters with its spaces: kept; a line without a stop ends at the line's end.
    expect(found.map((f) => f.text).sort()).toEqual(
      ["太重投资 2 亿元", "晋城经开区投资 12 亿元！", "晋城经开区新增产能 20GW"].sort(),
    );
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    const short = "太重投2亿元。"; // 7 characters
    expect(suggestFacts(short, mentionsOf(short, [["太重", "COMPANY"]]))).toEqual([]);
  });

  it("any text: each suggestion is a stretch of it, its figures inside it, its names in it, at most ten", () => {
    const pieces = [
      "晋城经开区",
      "太原重工",
      "投资 36 亿元",
      "年产 30 万吨",
      "增长 4.7%",
      "，",
      "。",
      "\n",
      "引进项目",
      "“",
      "；",
    ];
    const names: [string, Mention["type"]][] = [
      ["晋城经开区", "ZONE"],
      ["太原重工", "COMPANY"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        const text = parts.join("");
        const mentions = mentionsOf(text, names);
        const found = suggestFacts(text, mentions);
        expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        for (const f of found) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.text).not.toMatch(/[。！？；!?;\n](?!$)/);
          expect(f.figures.length).toBeGreaterThan(0);
          for (const fig of f.figures) expect(f.text.slice(fig.start, fig.end)).toBe(fig.text);
          for (const id of f.entityIds)
            expect(mentions.some((m) => m.entityId === id && m.start < f.end && m.end > f.start)).toBe(true);
        }
        expect(new Set(found.map((f) => f.text.replace(/[。！？；!?;]$/, ""))).size).toBe(found.length);
      }),
      { numRuns: 300 },
    );
  });
});
