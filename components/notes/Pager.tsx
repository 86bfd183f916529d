/** Pages of the list: first, previous, "page n of m", next, last. */
import { t } from "@/lib/i18n";

export interface PagerProps {
  /** Shown, counted from 0. */
  pageNo: number;
  pages: number;
  onPage: (pageNo: number) => void;
}

export function Pager({ pageNo, pages, onPage }: PagerProps) {
  const first = pageNo === 0;
  const last = pageNo >= pages - 1;
  return (
    <nav class="pager" aria-label={t("pageN", pageNo + 1, pages)}>
      <button type="button" data-kxdb-action="page-first" disabled={first} onClick={() => onPage(0)}>
        {t("pageFirst")}
      </button>
      <button type="button" data-kxdb-action="page-prev" disabled={first} onClick={() => onPage(pageNo - 1)}>
        {t("pagePrev")}
      </button>
      <span class="meta" data-kxdb-page={pageNo + 1}>
        {t("pageN", pageNo + 1, pages)}
      </span>
      <button type="button" data-kxdb-action="page-next" disabled={last} onClick={() => onPage(pageNo + 1)}>
        {t("pageNext")}
      </button>
      <button type="button" data-kxdb-action="page-last" disabled={last} onClick={() => onPage(pages - 1)}>
        {t("pageLast")}
      </button>
    </nav>
  );
}
