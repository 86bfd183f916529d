/**
 * One zone or company: every fact in date order, the figures pulled from
 * them (table and a small chart over time), the articles it appeared in, its
 * names; rename, merge another entity into it, split a name off.
 */
import { useEffect, useState } from "preact/hooks";
import { type EntityAppearances, entityAppearances } from "@/lib/db/articles";
import { mergeEntities, renameEntity, splitEntity } from "@/lib/db/entities";
import { factsForEntity } from "@/lib/db/facts";
import type { EntityRecord, FactRecord, KxdbDatabase } from "@/lib/db/schema";
import type { Figure } from "@/lib/facts/figures";
import { sourceHref } from "@/lib/sourceLinks";

const KIND_LABEL: Record<Figure["kind"], string> = {
  amount: "金额",
  capacity: "产能/规模",
  percent: "比例/增速",
  date: "日期",
  count: "数量",
};

export interface EntityPageProps {
  db: KxdbDatabase;
  entity: EntityRecord;
  others: EntityRecord[];
  /** Bumped when the store changes: reload. */
  version: number;
  onChanged: () => void;
}

/** Amounts over time: one point per fact (亿元), by the source's date. */
function AmountChart({ facts }: { facts: FactRecord[] }) {
  const points = facts
    .flatMap((f) =>
      f.figures
        .filter((x) => x.kind === "amount" && x.unit === "元")
        .map((x) => ({ date: f.sourceInfo.date, value: x.value / 1e8 })),
    )
    .filter((p) => /^\d{4}-\d{2}/.test(p.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (points.length < 1) return null;
  const W = 480;
  const H = 140;
  const t = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d);
  const t0 = t(points[0].date);
  const t1 = Math.max(t(points[points.length - 1].date), t0 + 1);
  const vmax = Math.max(...points.map((p) => p.value), 1);
  const x = (d: string) => 30 + ((t(d) - t0) / (t1 - t0)) * (W - 40);
  const y = (v: number) => H - 20 - (v / vmax) * (H - 35);
  return (
    <figure class="chart" aria-label="金额随时间">
      <svg width={W} height={H} role="img">
        <title>金额（亿元）随时间</title>
        <line x1="30" y1={H - 20} x2={W - 10} y2={H - 20} stroke="#8c959f" />
        <text x="2" y="12" font-size="10">
          {vmax.toFixed(1)} 亿元
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
              {p.date}：{p.value} 亿元
            </title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}

export function EntityPage({ db, entity, others, version, onChanged }: EntityPageProps) {
  const [facts, setFacts] = useState<FactRecord[]>([]);
  const [seen, setSeen] = useState<EntityAppearances | null>(null);
  const [name, setName] = useState(entity.canonical);
  const [mergeId, setMergeId] = useState("");
  const [error, setError] = useState("");

  useEffect(() => {
    void factsForEntity(db, entity.id).then((f) =>
      setFacts([...f].sort((a, b) => (a.sourceInfo.date || "").localeCompare(b.sourceInfo.date || ""))),
    );
    void entityAppearances(db, entity.id).then(setSeen);
    setName(entity.canonical);
  }, [entity.id, version]);

  const run = async (what: () => Promise<unknown>) => {
    setError("");
    try {
      await what();
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const figures = facts.flatMap((f) => f.figures.map((x) => ({ f, x })));

  return (
    <article class="entity-page" data-kxdb-entity-page={entity.id}>
      <p>
        <a href="#all">← 返回全部事实</a>
      </p>
      <h1>
        <span class={`type type-${entity.type}`}>{entity.type === "ZONE" ? "开发区" : "企业"}</span> {entity.canonical}
      </h1>
      <p class="meta">又称：{entity.aliases.filter((a) => a !== entity.canonical).join("、") || "—"}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section class="maintain" aria-label="整理实体">
        <label>
          改名 <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} data-kxdb-action="rename-input" />
        </label>
        <button type="button" data-kxdb-action="rename" onClick={() => run(() => renameEntity(db, entity.id, name))}>
          改名
        </button>
        <label>
          把另一个实体并入此处{" "}
          <select value={mergeId} onChange={(e) => setMergeId(e.currentTarget.value)} data-kxdb-action="merge-select">
            <option value="">选择…</option>
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
          onClick={() => run(() => mergeEntities(db, entity.id, mergeId))}
        >
          合并
        </button>
        {entity.aliases
          .filter((a) => a !== entity.canonical)
          .map((a) => (
            <button
              key={a}
              type="button"
              data-kxdb-action="split"
              title="这个名称其实是另一个实体"
              onClick={() => run(() => splitEntity(db, entity.id, a))}
            >
              拆出“{a}”
            </button>
          ))}
      </section>
      <h2>数据（{figures.length}）</h2>
      <AmountChart facts={facts} />
      {figures.length > 0 && (
        <table class="figures">
          <thead>
            <tr>
              <th>日期</th>
              <th>类别</th>
              <th>数据</th>
              <th>标准值</th>
              <th>出处</th>
            </tr>
          </thead>
          <tbody>
            {figures.map(({ f, x }) => (
              <tr key={`${f.id}${x.start}`}>
                <td>{f.sourceInfo.date}</td>
                <td>{KIND_LABEL[x.kind]}</td>
                <td>{x.text}</td>
                <td>
                  {x.kind === "date" ? x.note : x.value.toLocaleString("zh-CN")} {x.kind === "date" ? "" : x.unit}
                </td>
                <td>{f.sourceInfo.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>事实（{facts.length}，按日期）</h2>
      <ul class="plain">
        {facts.map((f) => (
          <li key={f.id} data-kxdb-fact={f.id}>
            <q>{f.quote}</q> <span class="meta">{f.sourceInfo.date}</span>
          </li>
        ))}
      </ul>
      <h2>出现过的文章（{seen?.articles.length ?? 0}）</h2>
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
