/**
 * Everything the reader sees besides the highlights themselves: a legend with
 * the on/off toggle, the entity card, the article's entity panel, and the
 * "这是开发区/企业" correction for a selected name. Lives in a shadow root.
 */
import { useEffect, useState } from "preact/hooks";
import type { AnnotatorState } from "@/components/reading/annotator";
import { couldBeName } from "@/lib/corrections";
import type { FactRecord } from "@/lib/db/schema";
import type { Suggestion } from "@/lib/facts/suggest";
import { t } from "@/lib/i18n";
import type { EntityInfo } from "@/lib/model/reading";
import type { EntityType, Mention } from "@/lib/ner/types";
import { EntityCard } from "./EntityCard";
import { entityRows } from "./entityRows";
import { type EntityChoice, FactEditor } from "./FactEditor";
import { FigureChips } from "./FigureChips";

export interface ReadingController {
  state: AnnotatorState;
  subscribe(fn: () => void): () => void;
  setEnabled(enabled: boolean): Promise<void>;
  highlights(entityId?: string): HTMLElement[];
}

export interface CardRequest {
  anchor: HTMLElement;
  entityId: string;
}

export interface Toast {
  message: string;
  /** A deleted fact the toast offers to bring back. */
  undoFactId?: string;
  /** A fact just saved that the toast offers to remove again. */
  unsaveFactId?: string;
}

export interface ReadingUiProps {
  controller: ReadingController;
  card: CardRequest | null;
  /** The selected text of the article ("" when none) and where it is on screen. */
  selection: string;
  selectionRect: DOMRect | null;
  /** The fact in the editor; `justSaved` when the editor follows a new save (it then offers to take the save back). */
  editing: { fact: FactRecord; choices: EntityChoice[]; justSaved: boolean } | null;
  toast: Toast | null;
  factsVersion: number;
  loadAppearances: (entityId: string) => Promise<EntityInfo>;
  loadFacts: (entityId: string) => Promise<FactRecord[]>;
  onSaveSelection: () => void;
  onSaveSuggestion: (s: Suggestion) => void;
  onEditFact: (fact: FactRecord) => void;
  onEditConfirm: (patch: { note: string; tags: string[]; entityIds: string[] }) => Promise<void>;
  onEditCancel: () => void;
  onDeleteFact: (fact: FactRecord) => void;
  onUndo: (factId: string) => void;
  /** Take back a save: the fact goes (to the trash, like any deletion). */
  onUnsave: (factId: string) => void;
  loadTrash: () => Promise<FactRecord[]>;
  onCorrect: (change: { kind: "suppress"; name: string } | { kind: "add"; name: string; type: EntityType }) => void;
  onCloseCard: () => void;
  onCardHover: (inside: boolean) => void;
}

/** The controller's current state, re-rendering on its changes (and showing the new one's when the reader switches articles). */
function useControllerState(c: ReadingController): AnnotatorState {
  const [, setVersion] = useState(0);
  useEffect(() => c.subscribe(() => setVersion((n) => n + 1)), [c]);
  return c.state;
}

export function ReadingUi(props: ReadingUiProps) {
  const { controller, card } = props;
  const state = useControllerState(controller);
  const [panelOpen, setPanelOpen] = useState(false);
  const [cursor, setCursor] = useState<Record<string, number>>({});
  const [trash, setTrash] = useState<FactRecord[]>([]);
  useEffect(() => {
    if (panelOpen) void props.loadTrash().then(setTrash, () => setTrash([]));
  }, [panelOpen, props.factsVersion]);
  const rows = entityRows(state.mentions);
  const count = (type: EntityType) => rows.filter((r) => r.type === type).length;

  /** Scroll to the entity's mentions in turn. */
  function goTo(entityId: string) {
    const marks = controller.highlights(entityId);
    if (!marks.length) return;
    const i = (cursor[entityId] ?? -1) + 1;
    const mark = marks[i % marks.length];
    setCursor({ ...cursor, [entityId]: i });
    for (const m of controller.highlights()) m.removeAttribute("data-kxdb-current");
    mark.setAttribute("data-kxdb-current", "");
    mark.scrollIntoView({ block: "center", behavior: "smooth" });
    mark.focus({ preventScroll: true });
  }

  return (
    <div class="root">
      <section class="legend" aria-label={t("appName")}>
        <span class="swatch swatch-ZONE" aria-hidden="true" /> {t("ZONE")} {count("ZONE")}
        <span class="swatch swatch-COMPANY" aria-hidden="true" /> {t("COMPANY")} {count("COMPANY")}
        <button
          type="button"
          data-kxdb-action="toggle"
          aria-pressed={state.enabled}
          title="Alt+Shift+H"
          onClick={() => void controller.setEnabled(!state.enabled)}
        >
          {state.enabled ? t("hide") : t("show")}
        </button>
        <button type="button" data-kxdb-action="panel" aria-expanded={panelOpen} onClick={() => setPanelOpen(!panelOpen)}>
          {t("entityList")}
        </button>
        {couldBeName(props.selection) && (
          <span class="add">
            {t("markSelectionAs", props.selection)}
            {(["ZONE", "COMPANY"] as const).map((type) => (
              <button
                key={type}
                type="button"
                data-kxdb-action={type === "ZONE" ? "add-zone" : "add-company"}
                onClick={() => props.onCorrect({ kind: "add", name: props.selection, type })}
              >
                {t(type)}
              </button>
            ))}
          </span>
        )}
        {state.error && (
          <span class="error" role="alert">
            {state.error}
          </span>
        )}
      </section>
      {panelOpen && (
        <aside class="panel" aria-label={t("articleEntities")}>
          <button type="button" class="close" aria-label={t("close")} onClick={() => setPanelOpen(false)}>
            ×
          </button>
          {(["ZONE", "COMPANY"] as const).map((type) => (
            <section key={type} aria-label={t(type)}>
              <h2>
                {t(type)}（{count(type)}）
              </h2>
              <ul>
                {rows
                  .filter((r) => r.type === type)
                  .map((r) => (
                    <li key={r.entityId}>
                      <button type="button" data-kxdb-panel-entity={r.entityId} onClick={() => goTo(r.entityId)}>
                        {r.label} <span class="muted">×{r.count}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          {state.suggestions.length > 0 && (
            <section aria-label={t("suggestions")}>
              <h2>{t("suggestions")}</h2>
              <ul class="suggestions">
                {state.suggestions.map((s) => (
                  <li key={s.start}>
                    <q>{s.text}</q>
                    <FigureChips figures={s.figures} />
                    <button type="button" data-kxdb-action="save-suggestion" onClick={() => props.onSaveSuggestion(s)}>
                      {t("saveFact")}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {state.detached.length > 0 && (
            <section aria-label={t("detached")}>
              <h2>{t("detached")}</h2>
              <ul>
                {state.facts
                  .filter((f) => state.detached.includes(f.id))
                  .map((f) => (
                    <li key={f.id} data-kxdb-detached={f.id}>
                      <q>{f.quote}</q>
                    </li>
                  ))}
              </ul>
            </section>
          )}
          {trash.length > 0 && (
            <section aria-label={t("trash")}>
              <h2>{t("trash")}</h2>
              <ul>
                {trash.map((f) => (
                  <li key={f.id} data-kxdb-trash={f.id}>
                    <q>{f.quote}</q>{" "}
                    <button type="button" data-kxdb-action="restore-fact" onClick={() => props.onUndo(f.id)}>
                      {t("restore")}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      )}
      {props.selection && props.selectionRect && !props.editing && (
        <button
          type="button"
          class="save-fact"
          data-kxdb-action="save-fact"
          title="Alt+Shift+S"
          style={{
            top: `${Math.min(props.selectionRect.bottom + 6, innerHeight - 40)}px`,
            left: `${Math.max(8, Math.min(props.selectionRect.left, innerWidth - 140))}px`,
          }}
          onMouseDown={(e) => e.preventDefault() /* keep the selection */}
          onClick={props.onSaveSelection}
        >
          {t("saveFact")}
        </button>
      )}
      {props.editing && (
        <div class="modal">
          <FactEditor
            fact={props.editing.fact}
            choices={props.editing.choices}
            justSaved={props.editing.justSaved}
            onConfirm={props.onEditConfirm}
            onCancel={props.onEditCancel}
            onUnsave={() => props.onUnsave(props.editing?.fact.id as string)}
          />
        </div>
      )}
      {props.toast && (
        <div class="toast" role="status">
          {props.toast.message}
          {[
            { factId: props.toast.undoFactId, action: "undo", run: props.onUndo },
            { factId: props.toast.unsaveFactId, action: "undo-save", run: props.onUnsave },
          ].map(
            ({ factId, action, run }) =>
              factId && (
                <button key={action} type="button" class="undo" data-kxdb-action={action} onClick={() => run(factId)}>
                  {t("undo")}
                </button>
              ),
          )}
        </div>
      )}
      {card && (
        <EntityCard
          anchor={card.anchor}
          entityId={card.entityId}
          mentions={state.mentions.filter((m) => m.entityId === card.entityId)}
          anchorMention={mentionOf(card.anchor, state.mentions)}
          loadAppearances={props.loadAppearances}
          loadFacts={props.loadFacts}
          factsVersion={props.factsVersion}
          onEditFact={props.onEditFact}
          onDeleteFact={props.onDeleteFact}
          onSuppress={(name) => props.onCorrect({ kind: "suppress", name })}
          onClose={props.onCloseCard}
          onPointerEnter={() => props.onCardHover(true)}
          onPointerLeave={() => props.onCardHover(false)}
        />
      )}
    </div>
  );
}

/** The mention a highlight element shows (data-kxdb-mention is its index in the article's mentions). */
function mentionOf(anchor: HTMLElement, mentions: Mention[]): Mention | undefined {
  const index = anchor.getAttribute("data-kxdb-mention");
  return index === null ? undefined : mentions[Number(index)];
}
