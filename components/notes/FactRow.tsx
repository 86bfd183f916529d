/** One fact in the notes list: select, read, edit in place, delete. */
import { Fragment } from "preact";
import { useState } from "preact/hooks";
import type { EntityRecord, FactRecord } from "@/lib/db/schema";
import { sourceHref } from "@/lib/sourceLinks";
import { FigureChips } from "../FigureChips";
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
  const [error, setError] = useState("");

  async function save() {
    try {
      await onSave({ note, tags: tags.split(/[,，、\s]+/).filter(Boolean) });
      setEditing(false);
      setError("");
    } catch (e) {
      setError(`保存失败：${(e as Error).message}`);
    }
  }

  return (
    <li class={`fact${selected ? " selected" : ""}`} data-kxdb-fact={fact.id}>
      <input type="checkbox" aria-label="选择" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="body">
        <blockquote class="quote">
          <Highlighted text={fact.quote} ranges={hits} />
        </blockquote>
        <FigureChips figures={fact.figures} />
        {editing ? (
          <div class="inline-edit">
            <textarea aria-label="备注" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <input type="text" aria-label="标签" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
            {error && <p class="error">{error}</p>}
            <button type="button" data-kxdb-action="row-save" onClick={() => void save()}>
              保存
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              取消
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
            {alsoKind === "tag" ? "也有标签：" : "也关联："}
            {also.map((key, i) => (
              <Fragment key={key}>
                {i > 0 && "、"}
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
          编辑
        </button>
        <button type="button" data-kxdb-action="row-delete" onClick={onDelete}>
          删除
        </button>
      </div>
    </li>
  );
}
