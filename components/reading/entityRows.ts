/**
 * The reading panel's rows: one per entity of the article, with how often the article names it, in the panel's
 * order (most named first, then by name).
 */
import type { EntityType, Mention } from "@/lib/ner/types";

export interface EntityRow {
  entityId: string;
  canonical: string;
  /** What the panel shows: the entity's name, after the article's own name for it when that is not part of it. */
  label: string;
  type: EntityType;
  count: number;
}

export function entityRows(mentions: Mention[]): EntityRow[] {
  const rows = new Map<string, EntityRow & { said: Map<string, number> }>();
  for (const m of mentions) {
    const row = rows.get(m.entityId) ?? { ...m, label: m.canonical, count: 0, said: new Map() };
    row.count++;
    row.said.set(m.text, (row.said.get(m.text) ?? 0) + 1);
    rows.set(m.entityId, row);
  }
  return [...rows.values()]
    .map(({ entityId, canonical, type, count, said }) => {
      // `理想汽车` is 北京车和家信息技术有限公司: a name in which the reader cannot find the article's needs the
      // article's beside it. An abbreviation's characters stand in the name in order (`太重`, `晋城经开区`): no need.
      const [most] = [...said].sort((a, b) => b[1] - a[1]).map(([text]) => text);
      const label = [...said.keys()].some((text) => abbreviates(text, canonical)) ? canonical : `${most}（${canonical}）`;
      return { entityId, canonical, label, type, count };
    })
    .sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical, "zh"));
}

/** Do the characters of `short` stand in `name` in this order (`太重` in 太原重型机械集团有限公司)? */
function abbreviates(short: string, name: string): boolean {
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
