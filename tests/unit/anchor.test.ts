import { describe, expect, it } from "vitest";
import { describeRange, locate } from "../../lib/anchor/textQuote";

const text =
  "长子经济技术开发区建立了全员多元精准招商机制。今年以来，签约 31 个项目，总投资达 103.16 亿元。如今，长子经济技术开发区已初步形成装备制造产业链。";

describe("anchoring a saved quote", () => {
  const quote = "签约 31 个项目，总投资达 103.16 亿元";
  const start = text.indexOf(quote);
  const anchor = describeRange(text, start, start + quote.length);

  it("keeps the quote, its context and its position", () => {
    expect(anchor.quote.exact).toBe(quote);
    expect(anchor.quote.prefix.endsWith("今年以来，")).toBe(true);
    expect(anchor.quote.suffix.startsWith("。如今")).toBe(true);
    expect(locate(text, anchor)).toEqual({ start, end: start + quote.length, how: "position" });
  });

  it("finds the quote again when text before it changed", () => {
    const changed = `【编者按】${text}`;
    expect(locate(changed, anchor)).toMatchObject({ start: start + 5, how: "quote" });
  });

  it("chooses the occurrence whose context matches", () => {
    const second = text.lastIndexOf("长子经济技术开发区");
    const a = describeRange(text, second, second + 9);
    expect(locate(`前言。${text}`, a)?.start).toBe(second + 3);
  });

  it("falls back to an approximate match when the quote itself changed slightly", () => {
    const edited = text.replace("103.16 亿元", "103.2 亿元");
    const found = locate(edited, anchor);
    expect(found?.how).toBe("fuzzy");
    expect(edited.slice(found?.start, found?.end)).toContain("签约 31 个项目");
  });

  it("reports a quote that is gone as detached (null), never a wrong place", () => {
    expect(locate("完全不同的一篇文章，讲的是别的事情。", anchor)).toBeNull();
  });
});
