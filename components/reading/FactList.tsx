/**
 * Facts about an entity, from every article, newest first: quote, figures,
 * note, tags and source (linked). Each can be edited or deleted (with undo).
 * Test hook: each fact's quote is an element with data-kxdb-fact.
 */
import type { FactRecord } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { openExtensionLink, sourceHref } from "@/lib/platform/sourceLinks";
import { FigureChips } from "./FigureChips";

export interface FactListProps {
  facts: FactRecord[];
  onEdit: (fact: FactRecord) => void;
  onDelete: (fact: FactRecord) => void;
}

export function FactList({ facts, onEdit, onDelete }: FactListProps) {
  if (!facts.length) return <p class="muted">{t("noFacts")}</p>;
  return (
    <ul class="facts">
      {facts.map((f) => (
        <li key={f.id}>
          <blockquote class="quote" data-kxdb-fact={f.id}>
            {f.quote}
          </blockquote>
          <FigureChips figures={f.figures} />
          {f.note && <p class="note">{f.note}</p>}
          {f.tags.length > 0 && <p class="muted">{f.tags.map((tag) => `#${tag}`).join(" ")}</p>}
          <p class="muted">
            <a href={sourceHref(f.sourceInfo, f.id)} target="_blank" rel="noopener noreferrer" onClick={openExtensionLink}>
              {f.sourceInfo.title || f.sourceInfo.url}
            </a>{" "}
            {f.sourceInfo.date}
          </p>
          <div class="actions">
            <button type="button" data-kxdb-action="edit-fact" onClick={() => onEdit(f)}>
              {t("edit")}
            </button>
            <button type="button" data-kxdb-action="delete-fact" onClick={() => onDelete(f)}>
              {t("delete")}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
