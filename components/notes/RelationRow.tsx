/**
 * One line of a zone's companies (or a company's zones): the other side (a link
 * to its page), how they are tied, in how many articles and when, the
 * sentences that say so (linked to their articles; an e-paper article opens in
 * our reader) with the figures in them, and the reader's verdict.
 */
import type { DirectoryRow, Verdict } from "@/lib/db/relations";
import { RELATION_KIND_LABEL, t } from "@/lib/i18n";
import { sourceHref } from "@/lib/platform/sourceLinks";
import { entityHref } from "./useEntityRoute";

/** Evidence sentences shown per row (newest first); the others are counted. */
const QUOTES = 3;

export interface RelationRowProps {
  row: DirectoryRow;
  /** Which side the page is about: the row names the other. */
  side: "zone" | "company";
  onVerdict: (row: DirectoryRow, verdict: Verdict | undefined) => void;
}

/** What a DOM test or a stylesheet finds a row by: company, zone and kind (as relationId). */
export const rowKey = (row: DirectoryRow) => `${row.companyId} ${row.zoneId} ${row.kind}`;

function Evidence({ row }: { row: DirectoryRow }) {
  const figures = [...new Set(row.figures.map((f) => f.text))];
  return (
    <>
      <ul class="plain evidence">
        {row.evidence.slice(0, QUOTES).map((e) => {
          const href = sourceHref({ url: e.url, title: e.title, date: e.date });
          return (
            <li key={e.url}>
              <q>{e.sentence.trim()}</q>{" "}
              <span class="meta">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {e.title || e.url}
                  </a>
                ) : (
                  e.title
                )}{" "}
                {e.date}
              </span>
            </li>
          );
        })}
      </ul>
      {row.evidence.length > QUOTES && <p class="meta">{t("moreEvidence", row.evidence.length - QUOTES)}</p>}
      {figures.length > 0 && (
        <p class="meta" data-kxdb-relation-figures>
          {t("relationFigures", figures.join(t("listSeparator")))}
        </p>
      )}
    </>
  );
}

export function RelationRow({ row, side, onVerdict }: RelationRowProps) {
  const [otherId, otherName] = side === "zone" ? [row.companyId, row.companyLabel] : [row.zoneId, row.zoneLabel];
  const kind = t(RELATION_KIND_LABEL[row.kind]);
  const dates = row.firstDate === row.lastDate ? row.firstDate : `${row.firstDate} — ${row.lastDate}`;
  return (
    <tr data-kxdb-relation={rowKey(row)} data-kxdb-verdict={row.verdict ?? ""} class={row.verdict ?? ""}>
      <td class="name">
        <a href={entityHref(otherId)}>{otherName}</a>
      </td>
      <td class="kind">{kind}</td>
      <td class="count" data-kxdb-relation-articles={row.articles}>
        {t("articlesN", row.articles)}
      </td>
      <td class="dates">{dates}</td>
      <td>
        <Evidence row={row} />
      </td>
      <td class="verdict">
        {row.verdict ? (
          <>
            {row.verdict === "confirmed" && <span class="confirmed">{t("relationConfirmed")}</span>}
            <button type="button" data-kxdb-action="relation-undo" onClick={() => onVerdict(row, undefined)}>
              {t("relationUndo")}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              data-kxdb-action="relation-confirm"
              title={t("relationConfirmTitle", row.companyName, row.zoneName, kind)}
              onClick={() => onVerdict(row, "confirmed")}
            >
              {t("relationConfirm")}
            </button>
            <button
              type="button"
              data-kxdb-action="relation-reject"
              title={t("relationRejectTitle", row.companyName, row.zoneName, kind)}
              onClick={() => onVerdict(row, "rejected")}
            >
              {t("relationReject")}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
