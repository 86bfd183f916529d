/**
 * The notes page at 100,000 facts, in Chromium with the built extension and
 * real IndexedDB: the first rows come from one indexed page before every fact
 * is read (the DOM holds a page, not 100,000 rows, while the count says
 * 100,000), paging reaches the last fact, and search works once all are read.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { extensionWorker } from "./browser";
import { useExtensionBrowser } from "./helpers";

const FACTS = 100_000;
const ENTITIES = 2_000;
const browser = useExtensionBrowser();
const id = (i: number) => `f${String(i).padStart(6, "0")}`;

/** Fill the extension's store with bare IndexedDB (the schema is already there: the notes page opened it). */
function fill(page: Page): Promise<void> {
  return page.evaluate(
    async ({ facts, entities }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open("kxdb-annotator");
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(["facts", "entities"], "readwrite");
      for (let i = 0; i < entities; i++) {
        const name = i % 3 ? `企业${i}有限公司` : `园区${i}经济技术开发区`;
        tx.objectStore("entities").put({
          id: `e${i}`,
          type: i % 3 ? "COMPANY" : "ZONE",
          canonical: name,
          aliases: [name],
          firstSeen: 0,
          lastSeen: 0,
        });
      }
      const quote = "长子经济技术开发区签约 31 个项目，总投资达 103.16 亿元。";
      const anchor = { exact: quote, prefix: "", suffix: "", start: 0, end: quote.length };
      for (let i = 0; i < facts; i++) {
        const url = `http://www.kxdb.com/news/show.php?itemid=${i % 5000}`;
        tx.objectStore("facts").put({
          id: `f${String(i).padStart(6, "0")}`,
          quote: `${quote}（第${i}条）`,
          note: "",
          tags: i % 3 ? [] : ["投资"],
          entityIds: [`e${i % entities}`],
          figures: [],
          url,
          sourceInfo: { url, title: `文章 ${i % 5000}`, date: "2025-10-24", source: "科学导报", issue: "" },
          anchor,
          createdAt: 1_700_000_000_000 + i,
          updatedAt: 1_700_000_000_000 + i,
          dedupe: `${url}\u0001${i}`,
        });
      }
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { facts: FACTS, entities: ENTITIES },
  );
}

const attr = async (page: Page, name: string) => page.locator("[data-kxdb-loaded]").getAttribute(name);

describe("notes page at 100,000 facts", () => {
  it("shows a page of rows and the total before reading every fact, pages to the last fact, then searches", async () => {
    const context = browser.context();
    const worker = await extensionWorker(context);
    const page = await context.newPage();
    const notes = `chrome-extension://${new URL(worker.url()).host}/notes.html`;
    await page.goto(notes);
    await page.locator("main header").waitFor();
    await fill(page);

    await page.goto(notes);
    await page.locator("[data-kxdb-fact]").first().waitFor();
    // The first rows are the newest saved (drawn first, the rest of the page in the next task), and the count is
    // the whole store's, from the indexes.
    expect(await page.locator(`[data-kxdb-fact="${id(FACTS - 1)}"]`).count()).toBe(1);
    await page.locator(`[data-kxdb-fact="${id(FACTS - 200)}"]`).waitFor();
    await expect.poll(() => attr(page, "data-kxdb-results")).toBe(String(FACTS));
    const rows = await page.locator("[data-kxdb-fact]").count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(200);
    // Every fact read afterwards: the first rows were on screen well before.
    await expect.poll(() => attr(page, "data-kxdb-loaded"), { timeout: 60_000 }).toBe("all");
    const firstMs = Number(await attr(page, "data-kxdb-first-rows-ms"));
    const allMs = Number(await attr(page, "data-kxdb-all-ms"));
    console.log(`notes page at ${FACTS} facts: first rows ${firstMs} ms, all facts read and indexed ${allMs} ms`);
    expect(firstMs).toBeLessThan(allMs);
    expect(await page.locator("[data-kxdb-fact]").count()).toBeLessThanOrEqual(200);

    // Paging reaches the last (oldest) fact, and the DOM still holds one page.
    await page.click("[data-kxdb-action=page-last]");
    await page.locator('[data-kxdb-fact="f000000"]').first().waitFor();
    expect(await page.locator("[data-kxdb-page]").textContent()).toContain(String(FACTS / 200));
    expect(await page.locator("[data-kxdb-fact]").count()).toBeLessThanOrEqual(200);
    await page.click("[data-kxdb-action=page-prev]");
    await page.locator('[data-kxdb-fact="f000200"]').first().waitFor();

    // Search over all of them.
    await page.fill("input[data-kxdb-action=search]", "第99999条");
    await expect.poll(() => attr(page, "data-kxdb-results")).toBe("1");
    expect(await page.locator("[data-kxdb-fact]").getAttribute("data-kxdb-fact")).toBe(id(FACTS - 1));
    await page.close();
  }, 240_000);

  it("before every fact is read, pages come from the indexes (last page by skipping, next by keyset)", async () => {
    const context = browser.context();
    const worker = await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html`);
    await page.locator("[data-kxdb-fact]").first().waitFor();
    // Straight away, while the page still reads the store in the background.
    const early = await attr(page, "data-kxdb-loaded");
    await page.click("[data-kxdb-action=page-next]");
    await page
      .locator(`[data-kxdb-fact="${id(FACTS - 201)}"]`)
      .first()
      .waitFor();
    await page.click("[data-kxdb-action=page-last]");
    await page.locator('[data-kxdb-fact="f000000"]').first().waitFor();
    console.log(`paging checked while loaded=${early}`);
    await page.close();
  }, 120_000);

  it("searches the facts read so far while the rest are still being read, then all of them", async () => {
    const context = browser.context();
    const worker = await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html`);
    await page.locator("[data-kxdb-fact]").first().waitFor();
    // Facts linked to a zone (园区N…): every third entity, 50 facts each.
    const zoneFacts = Array.from({ length: FACTS }, (_, i) => i).filter((i) => (i % ENTITIES) % 3 === 0).length;
    await page.fill("input[data-kxdb-action=search]", "园区");
    // Results from the chunks read so far, said to be partial, before every fact is read (read in one go: the
    // reading goes on meanwhile).
    const state = () =>
      page.evaluate(() => {
        const count = document.querySelector("[data-kxdb-loaded]");
        return {
          loaded: count?.getAttribute("data-kxdb-loaded"),
          results: Number(count?.getAttribute("data-kxdb-results")),
          read: Number(count?.getAttribute("data-kxdb-searched") ?? Number.NaN),
          line: count?.textContent ?? "",
          rows: document.querySelectorAll("[data-kxdb-fact]").length,
        };
      });
    await expect.poll(async () => (await state()).results > 0, { timeout: 10_000 }).toBe(true);
    const { loaded, results: partial, read, line, rows } = await state();
    expect(loaded).toBe("page");
    expect(read).toBeLessThan(FACTS);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(zoneFacts);
    expect(line).toContain("其余载入后结果会增加");
    expect(rows).toBeGreaterThan(0);
    console.log(`search before all were read: ${partial} results in ${read} facts read`);
    // Then every fact: the whole count, and the partial line gone.
    await expect.poll(() => attr(page, "data-kxdb-loaded"), { timeout: 60_000 }).toBe("all");
    await expect.poll(() => attr(page, "data-kxdb-results")).toBe(String(zoneFacts));
    expect(await page.locator("[data-kxdb-searched]").count()).toBe(0);
    await page.close();
  }, 120_000);
});
