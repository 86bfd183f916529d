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
  // Each entity's first mention, and how often the article gives it each of its names.
  const entities = new Map<string, { first: Mention; said: Map<string, number> }>();
  for (const m of mentions) {
    const entity = entities.get(m.entityId) ?? { first: m, said: new Map<string, number>() };
    entity.said.set(m.text, (entity.said.get(m.text) ?? 0) + 1);
    entities.set(m.entityId, entity);
  }
  return [...entities.values()]
    .map(({ first: { entityId, canonical, type }, said }) => {
      const byUse = [...said].sort((a, b) => b[1] - a[1]);
      // `理想汽车` is 北京车和家信息技术有限公司: the panel says both.
      const label = labelFor(
        canonical,
        byUse.map(([text]) => text),
      );
      return { entityId, canonical, label, type, count: byUse.reduce((n, [, uses]) => n + uses, 0) };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "zh"));
}
