/**
 * Saving facts while reading, in Chromium with the built extension and its
 * real IndexedDB: select, save, edit, reload, see the quote; another article
 * about the same entity shows the fact in its card; delete and undo.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { extraPages, FIXTURES } from "./fixtureServer";
import { openArticle, selectInArticle, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";
const OVERVIEW = "http://www.kxdb.com/news/show.php?itemid=48215";
const ZGQ = "sx:山西转型综合改革示范区";

const browser = useExtensionBrowser();

const open = (url: string): Promise<Page> => openArticle(browser.context(), url);
const select = selectInArticle;

describe("saving a fact", () => {
  const quote = "位于山西转型综改示范区阳曲工业园区的泰山玻纤纤维(太原)有限公司";
  let factId = "";

  it("select → save → optional editor → confirm; the quote is linked to the entities in it", async () => {
    const page = await open(TAISHAN);
    await select(page, quote);
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    factId = (await editor.getAttribute("data-kxdb-editor")) ?? "";
    expect(factId).not.toBe("");
    expect(await editor.locator("blockquote").textContent()).toBe(quote);
    await editor.locator("textarea").fill("阳曲园区的龙头项目");
    await editor.locator("input[type=text]").fill("玻纤 新材料");
    expect(await editor.locator("input[type=checkbox]:checked").count()).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, "fact-editor.png") });
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
    await editor.waitFor({ state: "detached" });
    await page.close();
  });

  it("after a reload the quote is shown as saved, in its own style", async () => {
    const page = await open(TAISHAN);
    const saved = page.locator(`#article [data-kxdb-fact="${factId}"]`);
    await saved.waitFor({ timeout: 10_000 });
    expect((await saved.textContent())?.replace(/\s+/g, "")).toBe(quote);
    // Entity highlights are still inside the saved quote.
    expect(await saved.locator("kxdb-mark").count()).toBe(3);
    await page.close();
  });

  it("saving the same quote again is the same fact", async () => {
    const page = await open(TAISHAN);
    await select(page, quote);
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    expect(await editor.getAttribute("data-kxdb-editor")).toBe(factId);
    expect(await editor.locator("textarea").inputValue()).toBe("阳曲园区的龙头项目");
    await page.keyboard.press("Escape");
    await page.close();
  });

  it("another article about the same zone lists the fact in the zone's card, with its source", async () => {
    const page = await open(OVERVIEW);
    await page.locator(`kxdb-mark[data-kxdb-entity="${ZGQ}"]`).first().click();
    const card = page.locator(`kxdb-ui >> [data-kxdb-card="${ZGQ}"]`);
    const fact = card.locator(`[data-kxdb-fact="${factId}"]`);
    await fact.waitFor({ timeout: 10_000 });
    expect(await fact.textContent()).toBe(quote);
    expect(await card.textContent()).toContain("泰山玻纤太原公司二号生产线投产");
    await page.screenshot({ path: join(ARTIFACTS, "card-with-fact.png") });

    // Delete from the card, then undo.
    await card.locator("[data-kxdb-action=delete-fact]").first().click();
    await fact.waitFor({ state: "detached", timeout: 10_000 });
    await page.click("kxdb-ui >> [data-kxdb-action=undo]");
    await fact.waitFor({ timeout: 10_000 });
    await page.close();
  });

  it("a suggested fact is saved with one click from the panel", async () => {
    const page = await open(OVERVIEW);
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    const suggestion = page.locator("kxdb-ui >> .suggestions li").first();
    const text = (await suggestion.locator("q").textContent()) ?? "";
    expect(text).toMatch(/\d/);
    await suggestion.locator("[data-kxdb-action=save-suggestion]").click();
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    const id = await editor.getAttribute("data-kxdb-editor");
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
    await expect.poll(() => page.locator(`#article [data-kxdb-fact="${id}"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Saved, it is no longer offered: saving it again would file the same statement twice.
    const offered = () => page.locator("kxdb-ui >> .suggestions q").allTextContents();
    await expect.poll(offered, { timeout: 10_000 }).not.toContain(text);
    await page.close();
  });

  it("a deleted fact can still be restored after a reload, from the panel's trash", async () => {
    const page = await open(OVERVIEW);
    await page.locator(`kxdb-mark[data-kxdb-entity="${ZGQ}"]`).first().click();
    const card = page.locator(`kxdb-ui >> [data-kxdb-card="${ZGQ}"]`);
    await card.locator(`[data-kxdb-fact="${factId}"]`).waitFor();
    await card.locator("[data-kxdb-action=delete-fact]").first().click();
    await card.locator(`[data-kxdb-fact="${factId}"]`).waitFor({ state: "detached" });
    await page.reload();
    await page.waitForSelector("html[data-kxdb-state=ready]");
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    await page.locator(`kxdb-ui >> [data-kxdb-trash="${factId}"] [data-kxdb-action=restore-fact]`).click();
    await page.locator(`kxdb-mark[data-kxdb-entity="${ZGQ}"]`).first().click();
    await page.locator(`kxdb-ui >> [data-kxdb-card="${ZGQ}"] [data-kxdb-fact="${factId}"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it("re-anchors a quote whose text changed slightly, and lists one that is gone as detached, never dropping it", async () => {
    const original = readFileSync(join(FIXTURES, "news-48230.html"), "utf8");
    const route = "/news/show.php?itemid=48230";
    // The site corrects a typo inside the quote: the fact still shows, found approximately.
    extraPages.set(route, original.replace("阳曲工业园区的泰山玻纤", "阳曲工业园区内的泰山玻纤"));
    let page = await open(TAISHAN);
    await page.locator(`#article [data-kxdb-fact="${factId}"]`).waitFor({ timeout: 10_000 });
    await page.close();
    // The paragraph is gone: the fact is kept and listed as detached.
    extraPages.set(
      route,
      original.replace(/位于山西转型综改示范区阳曲工业园区的泰山玻纤纤维\(太原\)有限公司/, "位于太原的一家企业"),
    );
    page = await open(TAISHAN);
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    await page.locator(`kxdb-ui >> [data-kxdb-detached="${factId}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(`#article [data-kxdb-fact="${factId}"]`).count()).toBe(0);
    await page.close();
    extraPages.delete(route);
  });

  it("a quote is tied to the names of its own sentence, not to the one opening the next", async () => {
    const page = await open(TAISHAN);
    // `…阳曲工业园区|在用地保障、手续办理等方面持续发力。|山西转型综改示范区提供了…`
    await select(page, "在用地保障、手续办理等方面持续发力。");
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    const linked = await editor
      .locator("label.choice")
      .filter({ has: page.locator("input:checked") })
      .allTextContents();
    expect(linked.map((l) => l.trim())).toEqual([expect.stringContaining("阳曲工业园区")]);
    await page.click("kxdb-ui >> [data-kxdb-action=unsave]");
    await editor.waitFor({ state: "detached" });
    await page.close();
  });
});
