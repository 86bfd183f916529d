import { describe, expect, it } from "vitest";
import type { FactRecord } from "../../lib/model/records";
import { amountsOverTime } from "../../lib/notes/amountsOverTime";

const fact = (date: string, amounts: number[], extra: FactRecord["figures"] = []): FactRecord =>
  ({
    id: date + amounts.join(),
    quote: "q",
    note: "",
    tags: [],
    entityIds: [],
    figures: [...amounts.map((value) => ({ kind: "amount", text: `${value}`, value, unit: "元" })), ...extra],
    url: "u",
    sourceInfo: { url: "u", title: "t", date, source: "科学导报", issue: "" },
    createdAt: 0,
    updatedAt: 0,
    dedupe: date,
  }) as unknown as FactRecord;

describe("the entity page's amounts over time", () => {
  it("charts amounts in 亿元, oldest first, when they span two dates or more", () => {
    expect(amountsOverTime([fact("2025-12-19", [36e8]), fact("2025-10-24", [5e8])])).toEqual([
      { date: "2025-10-24", value: 5 },
      { date: "2025-12-19", value: 36 },
    ]);
  });

  it("makes no chart of amounts from one date only (the table lists them), nor of other figures", () => {
    expect(amountsOverTime([fact("2025-12-19", [36e8, 2e8])])).toEqual([]);
    expect(
      amountsOverTime([fact("2025-12-19", [], [{ kind: "capacity", text: "30 万吨", value: 3e5, unit: "吨" }] as never)]),
    ).toEqual([]);
    expect(amountsOverTime([fact("", [1e8]), fact("2025-12-19", [2e8])])).toEqual([]);
  });
});
