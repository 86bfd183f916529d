/**
 * One zone or company: its companies or zones (EntityRelations), every fact
 * in date order, the figures pulled from them (table and a small chart over
 * time), the articles it appeared in, its names; rename, merge another entity
 * into it, split a name off.
 */
import { useEffect, useState } from "preact/hooks";
import { type EntityAppearances, entityAppearances } from "@/lib/db/articles";
import { factsForEntity } from "@/lib/db/facts";
import type { EntityRecord, FactRecord, KxdbDatabase } from "@/lib/db/schema";
import type { FactsService } from "@/lib/facts/factsService";
import type { Figure } from "@/lib/facts/figures";
import { currentLocale, type MessageKey, t } from "@/lib/i18n";
import { amountsOverTime } from "@/lib/notes/amountsOverTime";
import { sourceHref } from "@/lib/platform/sourceLinks";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { EntityRelations } from "./EntityRelations";

const KIND_LABEL: Record<Figure["kind"], MessageKey> = {
  amount: "figureAmount",
  capacity: "figureCapacity",
  percent: "figurePercent",
  date: "figureDate",
  count: "figureCount",
};
const yi = (v: number) => t("yi", Number(v.toFixed(2)).toLocaleString(numberLocale()));
const numberLocale = () => (currentLocale() === "zh" ? "zh-CN" : "en");

/** Wide enough for the whole name (CJK characters count double), within reason. */
const nameSize = (name: string) =>
  Math.min(60, Math.max(12, [...name].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2));

export interface EntityPageProps {
  db: KxdbDatabase;
  /** Rename, merge and split go through it: they move facts, and the tabs showing them are told. */
  factsService: FactsService;
  entity: EntityRecord;
  others: EntityRecord[];
  /** Bumped when the store changes: reload. */
  version: number;
}

/** Amounts over time: one point per amount (亿元), by the source's date; none for a single date. */
function AmountChart({ facts }: { facts: FactRecord[] }) {
  const points = amountsOverTime(facts);
  if (points.length < 1) return null;
  const W = 480;
  const H = 140;
  const time = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d);
  const t0 = time(points[0].date);
  const t1 = Math.max(time(points[points.length - 1].date), t0 + 1);
  const vmax = Math.max(...points.map((p) => p.value), 1);
  const x = (d: string) => 30 + ((time(d) - t0) / (t1 - t0)) * (W - 40);
  const y = (v: number) => H - 20 - (v / vmax) * (H - 35);
  return (
    <figure class="chart" aria-label={t("amountsOverTime")}>
      <svg width={W} height={H} role="img">
        <title>{t("amountsChartTitle")}</title>
        <line x1="30" y1={H - 20} x2={W - 10} y2={H - 20} stroke="#8c959f" />
        <text x="2" y="12" font-size="10">
          {yi(vmax)}
        </text>
        <text x="30" y={H - 4} font-size="10">
          {points[0].date}
        </text>
        <text x={W - 70} y={H - 4} font-size="10">
          {points[points.length - 1].date}
        </text>
        <polyline fill="none" stroke="#1a7f37" points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(" ")} />
        {points.map((p) => (
          <circle key={`${p.date}${p.value}`} cx={x(p.date)} cy={y(p.value)} r="3" fill="#1a7f37">
            <title>
              {p.date}: {yi(p.value)}
            </title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}

export function EntityPage({ db, factsService, entity, others, version }: EntityPageProps) {
  const [facts, setFacts] = useState<FactRecord[]>([]);
  const [seen, setSeen] = useState<EntityAppearances | null>(null);
  const [name, setName] = useState(entity.canonical);
  const [mergeId, setMergeId] = useState("");
  const [error, setError] = useState<ReaderError | null>(null);

  useEffect(() => {
    void factsForEntity(db, entity.id).then((f) =>
      setFacts([...f].sort((a, b) => (a.sourceInfo.date || "").localeCompare(b.sourceInfo.date || ""))),
    );
    void entityAppearances(db, entity.id).then(setSeen);
    setName(entity.canonical);
  }, [entity.id, version]);

  const run = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(readerError(e, t("tryAgain")));
    }
  };
  const figures = facts.flatMap((f) => f.figures.map((x) => ({ f, x })));

  return (
    <article class="entity-page" data-kxdb-entity-page={entity.id}>
      <p>
        <a href="#all">{t("backToAll")}</a>
      </p>
      <h1>
        <span class={`type type-${entity.type}`}>{t(entity.type)}</span> <span class="name">{entity.canonical}</span>
      </h1>
      <p class="meta">
        {t("alsoKnownAs", "")}
        <span class="name">{entity.aliases.filter((a) => a !== entity.canonical).join(t("listSeparator")) || "—"}</span>
      </p>
      {error && <ErrorMessage error={error} />}
      <section class="maintain" aria-label={t("maintainEntity")}>
        <label class="rename">
          {t("entityName")}{" "}
          <input
            type="text"
            value={name}
            size={nameSize(name)}
            onInput={(e) => setName(e.currentTarget.value)}
            data-kxdb-action="rename-input"
          />
        </label>
        <button
          type="button"
          data-kxdb-action="rename"
          disabled={name.trim() === entity.canonical}
          onClick={() =>
            name.trim() ? run(() => factsService.renameEntity(entity.id, name)) : setError({ message: t("nameRequired") })
          }
        >
          {t("rename")}
        </button>
        <label>
          {t("mergeLabel")}{" "}
          <select value={mergeId} onChange={(e) => setMergeId(e.currentTarget.value)} data-kxdb-action="merge-select">
            <option value="">{t("chooseEntity")}</option>
            {others
              .filter((o) => o.type === entity.type && o.id !== entity.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.canonical}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          data-kxdb-action="merge"
          disabled={!mergeId}
          onClick={() => run(() => factsService.mergeEntities(entity.id, mergeId))}
        >
          {t("merge")}
        </button>
        {entity.aliases
          .filter((a) => a !== entity.canonical)
          .map((a) => (
            <button
              key={a}
              type="button"
              data-kxdb-action="split"
              title={t("splitTitle")}
              onClick={() => run(() => factsService.splitEntity(entity.id, a))}
            >
              {t("splitOff", a)}
            </button>
          ))}
      </section>
      <EntityRelations db={db} entity={entity} />
      <h2>{t("figuresN", figures.length)}</h2>
      <AmountChart facts={facts} />
      {figures.length > 0 && (
        <table class="figures">
          <thead>
            <tr>
              <th>{t("colDate")}</th>
              <th>{t("colKind")}</th>
              <th>{t("colFigure")}</th>
              <th>{t("colValue")}</th>
              <th>{t("colSource")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map(({ f, x }) => (
              <tr key={`${f.id}${x.start}`}>
                <td>{f.sourceInfo.date}</td>
                <td>{t(KIND_LABEL[x.kind])}</td>
                <td>{x.text}</td>
                <td>
                  {x.kind === "date" ? x.note : x.value.toLocaleString(numberLocale())} {x.kind === "date" ? "" : x.unit}
                </td>
                <td>{f.sourceInfo.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("factsByDate", facts.length)}</h2>
      <ul class="plain">
        {facts.map((f) => (
          <li key={f.id} data-kxdb-fact={f.id}>
            <q>{f.quote}</q> <span class="meta">{f.sourceInfo.date}</span>
          </li>
        ))}
      </ul>
      <h2>{t("articlesSeen", seen?.articles.length ?? 0)}</h2>
      <ul class="plain">
        {seen?.articles.map((a) => (
          <li key={a.url}>
            <a href={sourceHref(a)} target="_blank" rel="noopener noreferrer">
              {a.title || a.url}
            </a>{" "}
            <span class="meta">
              {a.date} ×{a.count}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
