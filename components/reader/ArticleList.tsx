/** The articles of the page being read, in reading order, each with its counts of zones and companies. */
import { t } from "@/lib/i18n";
import { countByType, type Sheet } from "./model";

export function ArticleList(props: { sheet: Sheet; currentArticle: number | undefined; onArticle: (index: number) => void }) {
  const { sheet } = props;
  return (
    <>
      <h2>{t("readerArticles")}</h2>
      {sheet.articles.length === 0 && <p class="muted">{t("readerNoText")}</p>}
      <ol class="articles">
        {sheet.articles.map((a) => (
          <li key={a.index} class={a.epaper.minor ? "minor" : undefined}>
            <button
              type="button"
              data-kxdb-epaper-article={a.index}
              aria-current={a.index === props.currentArticle ? "true" : undefined}
              onClick={() => props.onArticle(a.index)}
            >
              {a.title}{" "}
              <span class="muted">
                {t("ZONE")} {countByType(a.mentions, "ZONE")} · {t("COMPANY")} {countByType(a.mentions, "COMPANY")}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
