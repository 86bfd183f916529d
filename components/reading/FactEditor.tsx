/**
 * The optional second step after saving a quote: note, tags and the linked
 * zones and companies. If the store refuses (disk full), the text stays here.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { FactRecord } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import type { EntityType, Mention } from "@/lib/ner/types";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { FigureChips } from "./FigureChips";

export interface EntityChoice {
  entityId: string;
  canonical: string;
  type: EntityType;
}

/**
 * Entities the editor offers: the fact's own, then the article's. Names of the fact's own that the article does not
 * mention come from the store (`namesOf`).
 */
export async function editorChoices(
  fact: FactRecord,
  mentions: Mention[],
  namesOf: (ids: string[]) => Promise<Record<string, { canonical: string; type: EntityType }>>,
): Promise<EntityChoice[]> {
  const here = new Map(mentions.map((m) => [m.entityId, { entityId: m.entityId, canonical: m.canonical, type: m.type }]));
  const missing = fact.entityIds.filter((id) => !here.has(id));
  const names = missing.length ? await namesOf(missing) : {};
  const own = fact.entityIds.map(
    (id) => here.get(id) ?? { entityId: id, canonical: names[id]?.canonical ?? id, type: names[id]?.type ?? "COMPANY" },
  );
  return [...own, ...[...here.values()].filter((c) => !fact.entityIds.includes(c.entityId))];
}

export interface FactEditorProps {
  fact: FactRecord;
  /** Entities the reader can link: the fact's own and those of the article. */
  choices: EntityChoice[];
  /** The quote was saved by the click that opened the editor: closing keeps it, and the editor offers to take it back. */
  justSaved: boolean;
  onConfirm: (patch: { note: string; tags: string[]; entityIds: string[] }) => Promise<void>;
  /** Close without applying the edits (a just-saved quote stays saved). */
  onCancel: () => void;
  /** Take the fact out: a just-saved one is taken back (撤销保存), an older one deleted (删除); both can be undone. */
  onUnsave: () => void;
}

export function FactEditor({ fact, choices, justSaved, onConfirm, onCancel, onUnsave }: FactEditorProps) {
  const [note, setNote] = useState(fact.note);
  const [tags, setTags] = useState(fact.tags.join(" "));
  const [linked, setLinked] = useState(new Set(fact.entityIds));
  const [error, setError] = useState<ReaderError | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // The editor is a dialog: it takes the focus, so the note can be typed at once and Esc / Ctrl+Enter reach it.
  useEffect(() => noteRef.current?.focus(), []);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm({ note, tags: tags.split(/[,，、\s]+/).filter(Boolean), entityIds: [...linked] });
    } catch (e) {
      setError(readerError(e, t("saveFailedRetry")));
    } finally {
      setBusy(false);
    }
  }

  /** A modal dialog: Tab from the last control wraps to the first, Shift+Tab from the first to the last. */
  const keepFocusInside = (e: KeyboardEvent) => {
    const dialog = e.currentTarget as HTMLElement;
    const controls = Array.from(dialog.querySelectorAll<HTMLElement>("textarea, input:not([disabled]), button:not([disabled])"));
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    const [first, last] = [controls[0], controls[controls.length - 1]];
    const wrapTo = e.shiftKey ? (active === first ? last : null) : active === last ? first : null;
    if (!wrapTo) return;
    e.preventDefault();
    wrapTo.focus();
  };

  const toggle = (id: string) => {
    const next = new Set(linked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setLinked(next);
  };

  return (
    <div
      class="editor"
      role="dialog"
      aria-modal="true"
      aria-label={t("editFact")}
      data-kxdb-editor={fact.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          // The card behind the editor stays open.
          e.stopPropagation();
          onCancel();
        }
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void confirm();
        if (e.key === "Tab") keepFocusInside(e);
      }}
    >
      <blockquote class="quote">{fact.quote}</blockquote>
      <FigureChips figures={fact.figures} />
      <label>
        {t("note")}
        <textarea ref={noteRef} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t("tags")}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t("linkedEntities")}</legend>
        {choices.map((c) => (
          <label key={c.entityId} class="choice">
            <input type="checkbox" checked={linked.has(c.entityId)} onChange={() => toggle(c.entityId)} />
            <span class={`type type-${c.type}`}>{t(c.type)}</span> {c.canonical}
          </label>
        ))}
      </fieldset>
      {error && <ErrorMessage error={error} />}
      <div class="actions">
        <button type="button" data-kxdb-action="save-fact-confirm" disabled={busy} onClick={() => void confirm()}>
          {t("confirm")}
        </button>
        <button type="button" data-kxdb-action="editor-close" onClick={onCancel}>
          {justSaved ? t("close") : t("cancel")}
        </button>
        {/* Either way the fact goes to the trash, and the toast offers 撤销. */}
        <button type="button" data-kxdb-action={justSaved ? "unsave" : "delete-fact"} onClick={onUnsave}>
          {justSaved ? t("unsave") : t("delete")}
        </button>
      </div>
    </div>
  );
}
