/**
 * The card a highlight opens: which entity, its other names, where else it
 * appeared (from the store), and corrections. Positioned next to the
 * highlight with @floating-ui/dom.
 */
import { autoUpdate, computePosition, flip, offset, shift } from "@floating-ui/dom";
import { useEffect, useRef, useState } from "preact/hooks";
import type { FactRecord } from "@/lib/db/schema";
import { type MessageKey, RELATION_KIND_LABEL, t } from "@/lib/i18n";
import { normalizeName } from "@/lib/model/names";
import type { DirectorySummary, EntityInfo } from "@/lib/model/reading";
import type { Mention } from "@/lib/ner/types";
import { openExtensionLink, sourceHref } from "@/lib/platform/sourceLinks";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { FactList } from "./FactList";

export interface EntityCardProps {
  anchor: HTMLElement;
  entityId: string;
  /** This article's mentions of the entity. */
  mentions: Mention[];
  /** The mention the card was opened from, when known: a highlight split over several elements shows only part of it. */
  anchorMention?: Mention;
  loadAppearances: (entityId: string) => Promise<EntityInfo>;
  loadFacts: (entityId: string) => Promise<FactRecord[]>;
  /** Changes whenever facts change anywhere: the card reloads them. */
  factsVersion: number;
  onEditFact: (fact: FactRecord) => void;
  onDeleteFact: (fact: FactRecord) => void;
  onSuppress: (name: string, type: Mention["type"]) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** An entity's page in the notes page (from a web page, opened by the background: openExtensionLink). */
const notesHref = (entityId: string) => `${browser.runtime.getURL("/notes.html")}#entity=${encodeURIComponent(entityId)}`;

/** `位于：A、B`, `关联园区：A（签约）`: zones as links to their pages, each name followed by what `after` says of it. */
function ZoneLinks(props: { message: MessageKey; kind: string; zones: { id: string; name: string; after?: string }[] }) {
  const [before, after] = t(props.message, "\u0000").split("\u0000");
  return (
    <p class="muted" data-kxdb-directory={props.kind}>
      {before}
      {props.zones.map((z, i) => (
        <span key={z.id}>
          {i > 0 && t("listSeparator")}
          <a href={notesHref(z.id)} target="_blank" rel="noreferrer" onClick={openExtensionLink}>
            {z.name}
          </a>
          {z.after}
        </span>
      ))}
      {after}
    </p>
  );
}

/**
 * One line of the zone directory: a company's zones (`位于：晋城经开区`), else the zones it signs with or invests in
 * (`关联园区：嘉兴港区（签约）`), a zone's companies (`园区企业：12 家`).
 */
function DirectoryLine({ entityId, directory }: { entityId: string; directory: DirectorySummary }) {
  if (directory.locatedIn?.length) return <ZoneLinks message="cardLocatedIn" kind="located" zones={directory.locatedIn} />;
  if (directory.relatedTo?.length) {
    const zones = directory.relatedTo.map((z) => ({
      ...z,
      after: t("cardRelationKinds", z.kinds.map((k) => t(RELATION_KIND_LABEL[k])).join(t("listSeparator"))),
    }));
    return <ZoneLinks message="cardRelatedTo" kind="related" zones={zones} />;
  }
  if (!directory.companies) return null;
  return (
    <p class="muted" data-kxdb-directory="companies">
      <a href={notesHref(entityId)} target="_blank" rel="noreferrer" onClick={openExtensionLink}>
        {t("cardZoneCompanies", directory.companies)}
      </a>
    </p>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { anchor, entityId, mentions } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState<EntityInfo | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);
  const [facts, setFacts] = useState<FactRecord[] | null>(null);
  const first = mentions[0];
  /** Where in the fact list a fact was deleted from the keyboard: the focus stays there once the list reloads. */
  const deletedAt = useRef<number | null>(null);

  useEffect(() => {
    const card = ref.current;
    if (!card) return;
    return autoUpdate(anchor, card, () => {
      computePosition(anchor, card, {
        placement: "bottom-start",
        strategy: "fixed",
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    });
  }, [anchor]);

  useEffect(() => {
    let live = true;
    setSeen(null);
    props.loadAppearances(entityId).then(
      (s) => live && setSeen(s),
      (e) => live && setError(readerError(e, t("loadFailedWords"))),
    );
    return () => {
      live = false;
    };
  }, [entityId]);

  useEffect(() => {
    let live = true;
    props.loadFacts(entityId).then(
      (f) => live && setFacts(f),
      (e) => live && setError(readerError(e, t("loadFailedWords"))),
    );
    return () => {
      live = false;
    };
  }, [entityId, props.factsVersion]);

  useEffect(() => {
    const at = deletedAt.current;
    const card = ref.current;
    if (at === null || !card || !facts) return;
    deletedAt.current = null;
    // The 删除 button went with its fact, and the focus with it (to the page's body): give it to the fact that
    // took its place, else the one before, else the card's first action after the list.
    if (document.activeElement !== document.body) return;
    const edits = card.querySelectorAll<HTMLElement>("[data-kxdb-action=edit-fact]");
    (edits[Math.min(at, edits.length - 1)] ?? card.querySelector<HTMLElement>(".card-actions a"))?.focus();
  }, [facts]);

  if (!first) return null;
  const namesHere = [...new Set(mentions.map((m) => normalizeName(m.text)))];
  const otherNames = [...new Set([...namesHere, ...(seen?.names ?? [])])].filter((n) => n !== first.canonical);
  // The whole name of the mention opened — never the text of one highlight element, which may hold only part of
  // a name split by page markup or a saved quote. A box over a PDF page carries the mention's text in data-kxdb-name.
  const anchorName = (anchor.getAttribute("data-kxdb-name") || props.anchorMention?.text || first.text).replace(/\s+/g, "");

  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={`${t(first.type)}：${first.canonical}`}
      data-kxdb-card={entityId}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        props.onClose();
      }}
    >
      <div class="card-head">
        <span class={`type type-${first.type}`}>{t(first.type)}</span>
        <strong class="canonical">{first.canonical}</strong>
        <button type="button" class="close" aria-label={t("close")} onClick={props.onClose}>
          ×
        </button>
      </div>
      {otherNames.length > 0 && <p class="muted">{t("alsoKnownAs", otherNames.join(t("listSeparator")))}</p>}
      <p class="muted">{t("mentionedHere", mentions.length)}</p>
      {error && <ErrorMessage error={error} />}
      {seen?.directory && <DirectoryLine entityId={entityId} directory={seen.directory} />}
      {seen && (
        <div>
          <p class="muted" data-kxdb-article-count={seen.articles.length}>
            {t("appearsIn", seen.articles.length)}
          </p>
          <ul class="articles">
            {seen.articles.slice(0, 8).map((a) => (
              <li key={a.url}>
                <a href={sourceHref(a)} target="_blank" rel="noopener noreferrer" onClick={openExtensionLink}>
                  {a.title || a.url}
                </a>{" "}
                <span class="muted">
                  {a.date} ×{a.count}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {facts && (
        <section aria-label={t("factsAbout", facts.length)}>
          {/* h2: the card is a dialog of its own below the page's h1 (an h3 skipped a level). */}
          <h2>{t("factsAbout", facts.length)}</h2>
          <FactList
            facts={facts}
            onEdit={props.onEditFact}
            onDelete={(f) => {
              // Only for the keyboard: after a click the focus is left where it falls, as before.
              const active = (ref.current?.getRootNode() as ShadowRoot | undefined)?.activeElement;
              deletedAt.current = active?.matches(":focus-visible") ? facts.indexOf(f) : null;
              props.onDeleteFact(f);
            }}
          />
        </section>
      )}
      <div class="actions card-actions">
        <a href={notesHref(entityId)} target="_blank" rel="noreferrer" onClick={openExtensionLink}>
          {t("openInNotes")}
        </a>
        <button type="button" data-kxdb-action="suppress" onClick={() => props.onSuppress(anchorName, first.type)}>
          {t("notA", anchorName, t(first.type))}
        </button>
      </div>
    </div>
  );
}
