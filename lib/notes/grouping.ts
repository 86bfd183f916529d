/** Grouping search results for the notes page: by entity, article, tag or month. */
import type { EntityRecord } from "../db/schema";
import type { SearchHit } from "../search/factSearch";

export type GroupBy = "entity" | "article" | "tag" | "date";

export interface HitGroup {
  key: string;
  heading: string;
  /** For entity groups: the entity, to link to its page. */
  entityId?: string;
  hits: SearchHit[];
}

export function groupHits(hits: SearchHit[], by: GroupBy, entities: Map<string, EntityRecord>): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  const add = (key: string, heading: string, hit: SearchHit, entityId?: string) => {
    const g = groups.get(key) ?? { key, heading, hits: [], entityId };
    g.hits.push(hit);
    groups.set(key, g);
  };
  for (const hit of hits) {
    const f = hit.fact;
    if (by === "article") add(f.url, f.sourceInfo.title || f.url, hit);
    else if (by === "date") add(f.sourceInfo.date.slice(0, 7) || "?", f.sourceInfo.date.slice(0, 7) || "日期不详", hit);
    else if (by === "tag") {
      if (!f.tags.length) add("", "（无标签）", hit);
      for (const t of f.tags) add(t, `#${t}`, hit);
    } else {
      if (!f.entityIds.length) add("", "（未关联实体）", hit);
      for (const id of f.entityIds) add(id, entities.get(id)?.canonical ?? id, hit, id);
    }
  }
  const list = [...groups.values()];
  if (by === "date") return list.sort((a, b) => b.key.localeCompare(a.key));
  return list.sort((a, b) => b.hits.length - a.hits.length || a.heading.localeCompare(b.heading, "zh"));
}
