/**
 * The points of the entity page's "amounts over time" chart: each amount in 元
 * of the facts (in 亿元), by its source's date, oldest first. A chart needs
 * time to run along: amounts of one date only make no chart (the figures
 * table lists them), so there are no points unless two dates differ.
 */
import type { FactRecord } from "../model/records";

export interface AmountPoint {
  /** The source's date, `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** In 亿元. */
  value: number;
}

export function amountsOverTime(facts: FactRecord[]): AmountPoint[] {
  const points = facts
    .flatMap((f) =>
      f.figures
        .filter((x) => x.kind === "amount" && x.unit === "元")
        .map((x) => ({ date: f.sourceInfo.date, value: x.value / 1e8 })),
    )
    .filter((p) => /^\d{4}-\d{2}/.test(p.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  return new Set(points.map((p) => p.date)).size >= 2 ? points : [];
}
