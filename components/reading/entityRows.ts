/**
 * The reading panel's rows: one per entity of the article, with how often the article names it, in the panel's
 * order (most named first, then by the name shown).
 */
import { labelFor } from "@/lib/model/names";
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
      // `理想汽车` is 北京车和家信息技术有限公司: the panel says both.
      const label = labelFor(
        canonical,
        [...said].sort((a, b) => b[1] - a[1]).map(([text]) => text),
      );
      return { entityId, canonical, label, type, count };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "zh"));
}
