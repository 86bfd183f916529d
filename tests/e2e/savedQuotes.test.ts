/**
 * Saved quotes must not move the highlights: on each fixture article, save
 * three quotes that touch names (ending right before one, holding one,
 * starting inside one), then check the highlights — live and after a reload —
 * are exactly those shown before saving.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openArticle, saveQuote, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const ARTICLES = [
  "http://www.kxdb.com/news/show.php?itemid=47102",
  "http://www.kxdb.com/news/show.php?itemid=48215",
  "http://www.kxdb.com/news/show.php?itemid=48230",
];

const browser = useExtensionBrowser();

interface Shown {
  mention: string;
  text: string;
  type: string;
  entity: string;
}

/** What the reader sees highlighted: each mention's whole text (its pieces joined), type and entity. */
function highlights(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const byMention = new Map<string, { mention: string; text: string; type: string; entity: string }>();
    for (const el of document.querySelectorAll("#article kxdb-mark")) {
      const mention = el.getAttribute("data-kxdb-mention") ?? "";
      const seen = byMention.get(mention);
      if (seen) seen.text += el.textContent;
      else
        byMention.set(mention, {
          mention,
          text: el.textContent ?? "",
          type: el.getAttribute("data-kxdb-type") ?? "",
          entity: el.getAttribute("data-kxdb-entity") ?? "",
        });
    }
    return [...byMention.values()];
  });
}

/** Three quotes within one paragraph each: ending right before a name, holding one, starting inside one. */
function quotesAround(paragraphs: string[], names: string[]): string[] {
  const quotes: string[] = [];
  const used = new Set<string>();
  for (const name of names) {
    if (quotes.length === 3 || used.has(name)) continue;
    const paragraph = paragraphs.find((p) => p.includes(name) && p.length > name.length + 24);
    if (!paragraph) continue;
    const at = paragraph.indexOf(name);
    const kind = quotes.length;
    const [from, to] =
      kind === 0
        ? [Math.max(0, at - 14), at]
        : kind === 1
          ? [Math.max(0, at - 4), Math.min(paragraph.length, at + name.length + 4)]
          : [at + Math.floor(name.length / 2), Math.min(paragraph.length, at + name.length + 14)];
    const quote = paragraph.slice(from, to).trim();
    if (quote.length < 4 || quotes.some((q) => paragraph.includes(q) && (q.includes(quote) || quote.includes(q)))) continue;
    quotes.push(quote);
    used.add(name);
  }
  return quotes;
}

describe("highlights stay put after saving quotes", () => {
  for (const url of ARTICLES) {
    it(`${url.split("=")[1]}: three saved quotes, then a reload, show the same highlights`, async () => {
      const page = await openArticle(browser.context(), url);
      const before = await highlights(page);
      expect(before.length).toBeGreaterThan(3);
      const paragraphs = await page.evaluate(() =>
        Array.from(document.querySelectorAll("#article p, #article div")).map((p) => p.textContent ?? ""),
      );
      const names = [...new Set(before.map((h) => h.text))].filter((n) => n.length >= 4);
      const quotes = quotesAround(paragraphs, names);
      expect(quotes).toHaveLength(3);

      const ids = [];
      for (const quote of quotes) {
        ids.push(await saveQuote(page, quote));
        // The page re-annotates after each save: wait until the quote is shown as saved.
        await page
          .locator(`#article [data-kxdb-fact="${ids[ids.length - 1]}"]`)
          .first()
          .waitFor();
      }
      expect(new Set(ids).size).toBe(3);
      expect(await highlights(page)).toEqual(before);
      await page.close();

      const again = await openArticle(browser.context(), url);
      for (const id of ids) await again.locator(`#article [data-kxdb-fact="${id}"]`).first().waitFor();
      expect(await highlights(again)).toEqual(before);
      // Each saved quote reads back as the text that was selected.
      for (const [i, id] of ids.entries()) {
        const text = await again.evaluate(
          (factId) =>
            Array.from(document.querySelectorAll(`#article [data-kxdb-fact="${factId}"]`))
              .map((e) => e.textContent)
              .join(""),
          id,
        );
        expect(text).toBe(quotes[i]);
      }
      await again.screenshot({ path: join(ARTIFACTS, `saved-quotes-${url.split("=")[1]}.png`), fullPage: true });
      // The card of a highlight inside a saved quote names the whole mention, not a piece of it.
      const inQuote = again.locator("#article kxdb-fact kxdb-mark").first();
      if ((await inQuote.count()) > 0) {
        const mention = await inQuote.getAttribute("data-kxdb-mention");
        await inQuote.click();
        const suppress = again.locator("kxdb-ui >> [data-kxdb-action=suppress]");
        await suppress.waitFor();
        const whole = before.find((h) => h.mention === mention)?.text.replace(/\s+/g, "") ?? "";
        expect(await suppress.textContent()).toContain(`“${whole}”`);
      }
      await again.close();
    });
  }
});
