/**
 * The issue's 版面 as buttons (each with its entity count once read, or "!"
 * when it could not be), and a message for each page that failed.
 */
import type { EpaperIssue } from "@/lib/epaper/issue";
import { t } from "@/lib/i18n";
import type { PdfStatus, Sheet } from "./model";

export function PageNav(props: {
  issue: EpaperIssue;
  sheets: Sheet[];
  statuses: PdfStatus[];
  /** The page index of the sheet being read. */
  currentPage: number | undefined;
  onPage: (first: Sheet) => void;
}) {
  const { issue, sheets, statuses } = props;
  return (
    <>
      <nav class="pages" aria-label={t("readerPages")}>
        {issue.pages.map((p, i) => {
          const first = sheets.find((s) => s.pageIndex === i);
          const mentions = sheets.filter((s) => s.pageIndex === i).flatMap((s) => s.articles.flatMap((a) => a.mentions));
          const st = statuses[i];
          return (
            <button
              key={p.url}
              type="button"
              data-kxdb-epaper-page={i}
              data-kxdb-status={st?.state ?? "waiting"}
              aria-current={props.currentPage === i ? "page" : undefined}
              disabled={!first}
              title={st?.message}
              onClick={() => first && props.onPage(first)}
            >
              {p.label}{" "}
              {st?.state === "error" ? (
                <span class="error">!</span>
              ) : (
                first && <span class="muted">{new Set(mentions.map((m) => m.entityId)).size}</span>
              )}
            </button>
          );
        })}
      </nav>
      {statuses.map(
        (st, i) =>
          st.state === "error" && (
            <p key={issue.pages[i].url} class="error" role="alert" data-kxdb-page-error={i}>
              {t("readerPageFailed", issue.pages[i].label, st.message ?? "")}
            </p>
          ),
      )}
    </>
  );
}
