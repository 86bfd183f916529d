/**
 * The articles of the page being read, in reading order, each with its counts of zones and companies. An article
 * continued on another 版面 is listed on each page it is on, under its headline, with 下转 / 上接 as in the paper;
 * either entry opens the whole article.
 */
import { t } from "@/lib/i18n";
import { countByType, type ReaderArticle, type Sheet } from "./model";

function continuation(a: ReaderArticle): string {
  const notes = [];
  if (a.epaper.continuedFrom !== undefined) notes.push(t("readerContinuedFrom", a.epaper.continuedFrom));
  if (a.epaper.continuesOn !== undefined) notes.push(t("readerContinuesOn", a.epaper.continuesOn));
  return notes.join(" · ");
}

export function ArticleList(props: { sheet: Sheet; currentArticle: number | undefined; onArticle: (index: number) => void }) {
  const { sheet } = props;
  return (
    <>
      <h2>{t("readerArticles")}</h2>
      {sheet.articles.length === 0 && (
        <p class="muted" data-kxdb-no-text={sheet.unmapped ? "unmapped" : "none"}>
          {t(sheet.unmapped ? "readerUnmapped" : "readerNoText")}
        </p>
      )}
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
              {continuation(a) && (
                <span class="continued" data-kxdb-continued="">
                  {continuation(a)}{" "}
                </span>
              )}
              <span class="muted">
                {t("ZONE")} {countByType(a.whole.mentions, "ZONE")} · {t("COMPANY")} {countByType(a.whole.mentions, "COMPANY")}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
