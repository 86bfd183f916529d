/**
 * Everything the reader sees besides the highlights themselves: a legend with
 * the on/off toggle, the entity card, the article's entity panel, and the
 * "这是开发区/企业" correction for a selected name. Lives in a shadow root.
 */
import { useEffect, useState } from "preact/hooks";
import type { AnnotatorState } from "@/entrypoints/kxdb.content/annotator";
import type { EntityAppearances } from "@/lib/db/articles";
import { t } from "@/lib/i18n";
import type { EntityType, Mention } from "@/lib/ner/types";
import { EntityCard } from "./EntityCard";

export interface ReadingController {
  state: AnnotatorState;
  subscribe(fn: () => void): () => void;
  setEnabled(enabled: boolean): Promise<void>;
  marks(entityId?: string): HTMLElement[];
}

export interface CardRequest {
  anchor: HTMLElement;
  entityId: string;
}

export interface ReadingUiProps {
  controller: ReadingController;
  card: CardRequest | null;
  selection: string;
  loadAppearances: (entityId: string) => Promise<EntityAppearances>;
  onCorrect: (change: { kind: "suppress"; name: string } | { kind: "add"; name: string; type: EntityType }) => void;
  onCloseCard: () => void;
  onCardHover: (inside: boolean) => void;
}

function useControllerState(c: ReadingController): AnnotatorState {
  const [state, setState] = useState(c.state);
  useEffect(() => c.subscribe(() => setState(c.state)), [c]);
  return state;
}

interface EntityRow {
  entityId: string;
  canonical: string;
  type: EntityType;
  count: number;
}

export function entityRows(mentions: Mention[]): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const m of mentions) {
    const row = rows.get(m.entityId) ?? { entityId: m.entityId, canonical: m.canonical, type: m.type, count: 0 };
    row.count++;
    rows.set(m.entityId, row);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical, "zh"));
}

export function ReadingUi(props: ReadingUiProps) {
  const { controller, card } = props;
  const state = useControllerState(controller);
  const [panelOpen, setPanelOpen] = useState(false);
  const [cursor, setCursor] = useState<Record<string, number>>({});
  const rows = entityRows(state.mentions);
  const count = (type: EntityType) => rows.filter((r) => r.type === type).length;

  /** Scroll to the entity's mentions in turn. */
  function goTo(entityId: string) {
    const marks = controller.marks(entityId);
    if (!marks.length) return;
    const i = (cursor[entityId] ?? -1) + 1;
    const mark = marks[i % marks.length];
    setCursor({ ...cursor, [entityId]: i });
    for (const m of controller.marks()) m.removeAttribute("data-kxdb-current");
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
        {props.selection && (
          <span class="add">
            {t("markSelectionAs", props.selection)}
            <button
              type="button"
              data-kxdb-action="add-zone"
              onClick={() => props.onCorrect({ kind: "add", name: props.selection, type: "ZONE" })}
            >
              {t("ZONE")}
            </button>
            <button
              type="button"
              data-kxdb-action="add-company"
              onClick={() => props.onCorrect({ kind: "add", name: props.selection, type: "COMPANY" })}
            >
              {t("COMPANY")}
            </button>
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
                        {r.canonical} <span class="muted">×{r.count}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </aside>
      )}
      {card && (
        <EntityCard
          anchor={card.anchor}
          entityId={card.entityId}
          mentions={state.mentions.filter((m) => m.entityId === card.entityId)}
          loadAppearances={props.loadAppearances}
          onSuppress={(name) => props.onCorrect({ kind: "suppress", name })}
          onClose={props.onCloseCard}
          onPointerEnter={() => props.onCardHover(true)}
          onPointerLeave={() => props.onCardHover(false)}
        />
      )}
    </div>
  );
}
