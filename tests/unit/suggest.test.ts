/** Suggested facts: a zone or company and a figure in the same clause, each sentence once, at most ten. */
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
});
