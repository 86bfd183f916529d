/** The results, grouped (by entity, article, tag or date): a heading per group, a FactRow per fact. */
import { useEffect, useState } from "preact/hooks";
import type { EntityRecord } from "@/lib/db/schema";
import type { FactPatch } from "@/lib/model/reading";
import type { GroupBy, HitGroup } from "@/lib/notes/grouping";
import { FactRow } from "./FactRow";
import { entityHref } from "./useEntityRoute";
import { FIRST_FRAME_ROWS } from "./useNotesData";

export interface FactGroupsProps {
  groups: HitGroup[];
  groupBy: GroupBy;
  entities: Map<string, EntityRecord>;
  selected: Set<string>;
  onSelect: (id: string, on: boolean) => void;
  onSave: (id: string, patch: FactPatch) => Promise<void>;
  onDelete: (id: string) => void;
}

/**
 * How many rows may be drawn now: a few at first, all of them from the task after (and ever after): the first rows go
 * on screen alone and the rest follow in the next task.
 */
function useRowBudget(total: number): number {
  const [budget, setBudget] = useState(FIRST_FRAME_ROWS);
  useEffect(() => {
    if (total <= budget) return;
    const timer = setTimeout(() => setBudget(Number.POSITIVE_INFINITY), 0);
    return () => clearTimeout(timer);
  }, [total > budget]);
  return budget;
}

/** Each group with the rows to draw of it, `budget` rows in all (a group whose rows are all cut is left out). */
function withinBudget(groups: HitGroup[], budget: number): [HitGroup, HitGroup["hits"]][] {
  const out: [HitGroup, HitGroup["hits"]][] = [];
  let left = budget;
  for (const g of groups) {
    if (left <= 0) break;
    out.push([g, g.hits.length <= left ? g.hits : g.hits.slice(0, left)]);
    left -= g.hits.length;
  }
  return out;
}

export function FactGroups({ groups, groupBy, entities, selected, onSelect, onSave, onDelete }: FactGroupsProps) {
  const budget = useRowBudget(groups.reduce((n, g) => n + g.hits.length, 0));
  return (
    <>
      {withinBudget(groups, budget).map(([g, shown]) => (
        <section key={g.key} class="group">
          <h2>
            {g.entityId ? <a href={entityHref(g.entityId)}>{g.heading}</a> : g.heading} <span class="meta">{g.hits.length}</span>
          </h2>
          <ul class="facts">
            {shown.map(({ hit: h, also }) => (
              <FactRow
                key={h.fact.id}
                fact={h.fact}
                hits={h.quoteHits}
                entities={entities}
                also={also}
                alsoKind={groupBy === "tag" ? "tag" : "entity"}
                selected={selected.has(h.fact.id)}
                onSelect={(on) => onSelect(h.fact.id, on)}
                onSave={(patch) => onSave(h.fact.id, patch)}
                onDelete={() => onDelete(h.fact.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
