import { describe, expect, it } from "vitest";
import { applyCorrection, couldBeName } from "../../lib/corrections";

describe("corrections", () => {
  it("a later correction of the same name replaces the earlier one", () => {
    let c = applyCorrection({ suppressed: [], added: [] }, { kind: "suppress", name: "泰山 玻纤" });
    expect(c).toEqual({ suppressed: ["泰山玻纤"], added: [] });
    c = applyCorrection(c, { kind: "add", name: "泰山玻纤", type: "COMPANY" });
    expect(c).toEqual({ suppressed: [], added: [{ name: "泰山玻纤", type: "COMPANY" }] });
    c = applyCorrection(c, { kind: "add", name: "晋贸通", type: "ZONE" });
    expect(c.added).toHaveLength(2);
  });
});

describe("what can be marked as a missed name", () => {
  it("a short stretch without sentence punctuation, brackets and book-title marks allowed", () => {
    for (const name of ["晋贸通", "泰山玻纤纤维(太原)有限公司", "《科学导报》社有限责任公司", "山西安泰精品钢深加工“零碳”产业园"])
      expect(couldBeName(name), name).toBe(true);
    for (const text of ["晋", "晋城经开区签约项目，总投资 103 亿元", "项目落地。", `${"长".repeat(31)}`, "甲、乙"])
      expect(couldBeName(text), text).toBe(false);
  });
});
