/** One fact in the notes list: select, read, edit in place, delete. */
import { Fragment } from "preact";
import { useState } from "preact/hooks";
import type { EntityRecord, FactRecord } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { sourceHref } from "@/lib/platform/sourceLinks";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { FigureChips } from "../reading/FigureChips";
import { Highlighted } from "./Highlighted";

export interface FactRowProps {
  fact: FactRecord;
  hits: [number, number][];
  entities: Map<string, EntityRecord>;
  /** The fact's other entities (or tags) when it is listed once under its first one; named as “也关联：…”. */
  also?: string[];
  alsoKind?: "entity" | "tag";
  selected: boolean;
  onSelect: (on: boolean) => void;
  onSave: (patch: { note: string; tags: string[] }) => Promise<void>;
  onDelete: () => void;
}

export function FactRow({
  fact,
  hits,
  entities,
  also = [],
  alsoKind = "entity",
  selected,
  onSelect,
  onSave,
  onDelete,
}: FactRowProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(fact.note);
  const [tags, setTags] = useState(fact.tags.join(" "));
  const [error, setError] = useState<ReaderError | null>(null);

  async function save() {
    try {
      await onSave({ note, tags: tags.split(/[,，、\s]+/).filter(Boolean) });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(readerError(e, t("saveFailedRetry")));
    }
  }

  return (
    <li class={`fact${selected ? " selected" : ""}`} data-kxdb-fact={fact.id}>
      <input type="checkbox" aria-label={t("select")} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="body">
        <blockquote class="quote">
          <Highlighted text={fact.quote} ranges={hits} />
        </blockquote>
        <FigureChips figures={fact.figures} />
        {editing ? (
          <div class="inline-edit">
            <textarea aria-label={t("note")} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <input type="text" aria-label={t("tagLabel")} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
            {error && <ErrorMessage error={error} />}
            <button type="button" data-kxdb-action="row-save" onClick={() => void save()}>
              {t("save")}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        ) : (
          <>
            {fact.note && <p class="note">{fact.note}</p>}
            {fact.tags.length > 0 && <p class="tags">{fact.tags.map((t) => `#${t}`).join(" ")}</p>}
          </>
        )}
        {also.length > 0 && (
          <p class="meta also" data-kxdb-also>
            {alsoKind === "tag" ? t("alsoTagged") : t("alsoLinked")}
            {also.map((key, i) => (
              <Fragment key={key}>
                {i > 0 && t("listSeparator")}
                {alsoKind === "tag" ? (
                  `#${key}`
                ) : (
                  <a href={`#entity=${encodeURIComponent(key)}`}>{entities.get(key)?.canonical ?? key}</a>
                )}
              </Fragment>
            ))}
          </p>
        )}
        <p class="meta">
          {fact.entityIds.map((id) => (
            <a key={id} class={`entity type-${entities.get(id)?.type ?? "COMPANY"}`} href={`#entity=${encodeURIComponent(id)}`}>
              {entities.get(id)?.canonical ?? id}
            </a>
          ))}{" "}
          <a href={sourceHref(fact.sourceInfo, fact.id)} target="_blank" rel="noopener noreferrer" data-kxdb-source>
            {fact.sourceInfo.title || fact.sourceInfo.url}
          </a>{" "}
          {fact.sourceInfo.date}
        </p>
      </div>
      <div class="row-actions">
        <button type="button" data-kxdb-action="row-edit" onClick={() => setEditing(!editing)}>
          {t("edit")}
        </button>
        <button type="button" data-kxdb-action="row-delete" onClick={onDelete}>
          {t("delete")}
        </button>
      </div>
    </li>
  );
}
