import { describe, expect, it } from "vitest";
import { extractFigures } from "../../lib/facts/figures";

const pick = (q: string) => extractFigures(q).map((f) => [f.kind, f.text, f.value, f.unit, f.note ?? ""]);

describe("figures in a quote", () => {
  it("amounts, normalized to 元 / 美元", () => {
    expect(pick("项目总投资 36 亿元，一期 3.2亿元；实际使用外资4.1754亿美元")).toEqual([
      ["amount", "36 亿元", 3.6e9, "元", ""],
      ["amount", "3.2亿元", 3.2e8, "元", ""],
      ["amount", "4.1754亿美元", 417540000, "美元", ""],
    ]);
  });

  it("capacities with their unit and per-year", () => {
    expect(pick("总产能将达到 30 万吨/年，以一道新能源14GW光伏电池、20GW组件")).toEqual([
      ["capacity", "30 万吨/年", 3e5, "吨/年", ""],
      ["capacity", "14GW", 1.4e10, "W", ""],
      ["capacity", "20GW", 2e10, "W", ""],
    ]);
  });

  it("shares and growth, dates and counts", () => {
    expect(pick("2025 年 4 月以来，签约 31 个项目，年均增长 42%，同比下降 4.7%")).toEqual([
      ["date", "2025 年 4 月", Date.UTC(2025, 3, 1), "date", "2025-04"],
      ["count", "31 个项目", 31, "个项目", ""],
      ["percent", "增长 42%", 42, "%", "+"],
      ["percent", "下降 4.7%", 4.7, "%", "-"],
    ]);
  });

  it("full-width digits and signs, as newspaper PDFs often set them; the chip shows the original", () => {
    expect(pick("总投资３６亿元，总产能将达到３０万吨／年，增长４２％")).toEqual([
      ["amount", "３６亿元", 3.6e9, "元", ""],
      ["capacity", "３０万吨／年", 3e5, "吨/年", ""],
      ["percent", "增长４２％", 42, "%", "+"],
    ]);
  });

  it("finds nothing in text without figures, and never throws on odd input", () => {
    expect(extractFigures("山西转型综改示范区提供了全代办服务。")).toEqual([]);
    expect(extractFigures("")).toEqual([]);
    expect(() => extractFigures("99999999999999999999999 亿元 \ud800 %%%")).not.toThrow();
  });
});
