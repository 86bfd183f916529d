/**
 * Grouping facts for the notes page and the Markdown export: by entity,
 * article, tag or month. A fact linked to several entities (or carrying
 * several tags) is listed once per view, under its first entity (tag); the
 * others are named beside it ("也关联：…"), so every count is a count of facts.
 */
import type { EntityRecord } from "../db/schema";
import { t } from "../i18n";
import type { SearchHit } from "../search/factSearch";

export type GroupBy = "entity" | "article" | "tag" | "date";

/** One item in a group, with the other groups it belongs to (entity ids or tags), in its own order. */
export interface GroupedItem<T> {
  item: T;
  also: string[];
}

/**
 * Each item once, under the first of its keys; its other keys become `also`.
 * Items without a key go under `""`. Groups and items keep first-seen order.
 */
export function groupOnce<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, GroupedItem<T>[]> {
  const groups = new Map<string, GroupedItem<T>[]>();
  for (const item of items) {
    const [first = "", ...rest] = [...new Set(keysOf(item))];
    const list = groups.get(first) ?? [];
    list.push({ item, also: rest });
    groups.set(first, list);
  }
  return groups;
}

export interface GroupedHit {
  hit: SearchHit;
  /** Other entities (entity view) or tags (tag view) of this fact, not grouped here. */
  also: string[];
}

export interface HitGroup {
  key: string;
  heading: string;
  /** For entity groups: the entity, to link to its page. */
  entityId?: string;
  hits: GroupedHit[];
}

export interface GroupOptions {
  /** The type filter in force: a fact is listed under its first entity of that type. */
  type?: "ZONE" | "COMPANY";
}

/** `entityIds` with those of `type` first (stable), so a filtered view groups by an entity it shows. */
export function entityOrder(entityIds: readonly string[], entities: Map<string, EntityRecord>, type?: string): string[] {
  if (!type) return [...entityIds];
  return [...entityIds].sort((a, b) => Number(entities.get(b)?.type === type) - Number(entities.get(a)?.type === type));
}

export function groupHits(
  hits: SearchHit[],
  by: GroupBy,
  entities: Map<string, EntityRecord>,
  options: GroupOptions = {},
): HitGroup[] {
  const keysOf = (h: SearchHit): readonly string[] => {
    const f = h.fact;
    if (by === "article") return [f.url];
    if (by === "date") return [f.sourceInfo.date.slice(0, 7)];
    if (by === "tag") return f.tags;
    return entityOrder(f.entityIds, entities, options.type);
  };
  const heading = (key: string): string => {
    if (by === "article") return key; // replaced by the title below
    if (by === "date") return key || t("notesDateUnknown");
    if (by === "tag") return key ? `#${key}` : t("notesNoTag");
    return key ? (entities.get(key)?.canonical ?? key) : t("notesNoEntity");
  };
  const list: HitGroup[] = [...groupOnce(hits, keysOf)].map(([key, items]) => ({
    key: by === "date" && !key ? "?" : key,
    heading: by === "article" ? items[0].item.fact.sourceInfo.title || key : heading(key),
    entityId: by === "entity" && key ? key : undefined,
    hits: items.map(({ item, also }) => ({ hit: item, also })),
  }));
  if (by === "date") return list.sort((a, b) => b.key.localeCompare(a.key));
  return list.sort((a, b) => b.hits.length - a.hits.length || a.heading.localeCompare(b.heading, "zh"));
}
