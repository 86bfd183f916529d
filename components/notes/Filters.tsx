/**
 * Search as you type, grouping, and filters by type, tag, issue and date;
 * then how many results there are (and, on the element, the timings tests
 * and benchmarks read).
 */
import type { ComponentChildren } from "preact";
import { t } from "@/lib/i18n";
import type { GroupBy } from "@/lib/notes/grouping";
import type { SearchFilters } from "@/lib/search/factSearch";

export interface FiltersProps {
  query: string;
  onQuery: (query: string) => void;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  filters: SearchFilters;
  onFilters: (filters: SearchFilters) => void;
  /** Tags and issue numbers of the facts at hand, to choose from. */
  tags: string[];
  issues: string[];
  /** The result count (ResultCount). */
  children?: ComponentChildren;
}

export function Filters({ query, onQuery, groupBy, onGroupBy, filters, onFilters, tags, issues, children }: FiltersProps) {
  return (
    <section class="filters" aria-label={t("searchAndFilters")}>
      <input
        type="search"
        placeholder={t("searchPlaceholder")}
        aria-label={t("search")}
        data-kxdb-action="search"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <select aria-label={t("groupByLabel")} value={groupBy} onChange={(e) => onGroupBy(e.currentTarget.value as GroupBy)}>
        <option value="entity">{t("groupEntity")}</option>
        <option value="article">{t("groupArticle")}</option>
        <option value="tag">{t("groupTag")}</option>
        <option value="date">{t("groupDate")}</option>
      </select>
      <select
        aria-label={t("typeLabel")}
        value={filters.type ?? ""}
        onChange={(e) => onFilters({ ...filters, type: (e.currentTarget.value || undefined) as SearchFilters["type"] })}
      >
        <option value="">{t("typeBoth")}</option>
        <option value="ZONE">{t("ZONE")}</option>
        <option value="COMPANY">{t("COMPANY")}</option>
      </select>
      <select
        aria-label={t("tagLabel")}
        value={filters.tag ?? ""}
        onChange={(e) => onFilters({ ...filters, tag: e.currentTarget.value || undefined })}
      >
        <option value="">{t("allTags")}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </select>
      {issues.length > 0 && (
        <select
          aria-label={t("issueLabel")}
          value={filters.issue ?? ""}
          onChange={(e) => onFilters({ ...filters, issue: e.currentTarget.value || undefined })}
        >
          <option value="">{t("allIssues")}</option>
          {issues.map((i) => (
            <option key={i} value={i}>
              {t("issueN", i)}
            </option>
          ))}
        </select>
      )}
      <label>
        {t("dateFrom")}{" "}
        <input
          type="date"
          value={filters.from ?? ""}
          onInput={(e) => onFilters({ ...filters, from: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        {t("dateTo")}{" "}
        <input
          type="date"
          value={filters.to ?? ""}
          onInput={(e) => onFilters({ ...filters, to: e.currentTarget.value || undefined })}
        />
      </label>
      {children}
    </section>
  );
}

export interface ResultCountProps {
  total: number;
  searchMs: number;
  /** Every fact is read (the search index is built), not only a page. */
  allLoaded: boolean;
  /** While reading every fact: how many so far, of how many, and whether the results are a search of those. */
  loading?: { done: number; of: number; searching: boolean };
  marks: { scriptStart: number; first?: number; all?: number };
  /** Show the search's time to the reader too (the debug switch). */
  debug: boolean;
}

export function ResultCount({ total, searchMs, allLoaded, loading, marks, debug }: ResultCountProps) {
  return (
    <span
      class="meta"
      data-kxdb-search-ms={searchMs.toFixed(1)}
      data-kxdb-results={total}
      data-kxdb-loaded={allLoaded ? "all" : "page"}
      data-kxdb-searched={loading?.searching ? loading.done : undefined}
      data-kxdb-script-ms={marks.scriptStart}
      data-kxdb-first-rows-ms={marks.first}
      data-kxdb-all-ms={marks.all}
    >
      {t("resultsN", total)}
      {loading && ` · ${t(loading.searching ? "searchingFactsReadSoFar" : "loadingAllFacts", loading.done, loading.of)}`}
      {debug && ` · ${t("took", searchMs.toFixed(1))}`}
    </span>
  );
}
