import { describe, expect, it } from "vitest";
import { applyCorrection } from "../../lib/corrections";

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
