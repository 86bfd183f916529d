/** The results, grouped (by entity, article, tag or date): a heading per group, a FactRow per fact. */
import type { EntityRecord } from "@/lib/db/schema";
import type { FactPatch } from "@/lib/model/reading";
import type { GroupBy, HitGroup } from "@/lib/notes/grouping";
import { FactRow } from "./FactRow";
import { entityHref } from "./useEntityRoute";

export interface FactGroupsProps {
  groups: HitGroup[];
  groupBy: GroupBy;
  entities: Map<string, EntityRecord>;
  selected: Set<string>;
  onSelect: (id: string, on: boolean) => void;
  onSave: (id: string, patch: FactPatch) => Promise<void>;
  onDelete: (id: string) => void;
}

export function FactGroups({ groups, groupBy, entities, selected, onSelect, onSave, onDelete }: FactGroupsProps) {
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} class="group">
          <h2>
            {g.entityId ? <a href={entityHref(g.entityId)}>{g.heading}</a> : g.heading} <span class="meta">{g.hits.length}</span>
          </h2>
          <ul class="facts">
            {g.hits.map(({ hit: h, also }) => (
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
