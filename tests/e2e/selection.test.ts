/**
 * Selecting text and the entity card, as a reader uses them with a mouse:
 * a drag that starts or ends on a highlight selects and offers saving, no card
 * covers the save button, a selection made right after a save keeps its
 * button, the editor says what closing does, "mark as" is offered only for
 * what could be a name, and the panel lists the entities first.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openArticle, saveQuote, selectInArticle, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";

const browser = useExtensionBrowser();

const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? "");
const saveButton = (page: Page) => page.locator("kxdb-ui >> [data-kxdb-action=save-fact]");
const card = (page: Page) => page.locator("kxdb-ui >> [data-kxdb-card]");

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  // Longer than the card's hover delay: a card that would open has opened.
  await page.waitForTimeout(400);
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error("not on screen");
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The save button is on screen and no card covers it. */
async function expectSaveButtonFree(page: Page): Promise<void> {
  await saveButton(page).waitFor();
  if (await card(page).count()) expect(overlaps(await box(card(page)), await box(saveButton(page)))).toBe(false);
}

describe("selecting with the mouse", () => {
  it("a drag that starts on a highlight selects text and offers saving", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const mark = page.locator("#article kxdb-mark").nth(1);
    const m = await box(mark);
    await drag(page, { x: m.x + 4, y: m.y + m.height / 2 }, { x: m.x + 160, y: m.y + m.height / 2 });
    expect((await selected(page)).length).toBeGreaterThan(4);
    expect((await selected(page)).startsWith((await mark.textContent())?.slice(0, 2) ?? "?")).toBe(true);
    await expectSaveButtonFree(page);
    await page.screenshot({ path: join(ARTIFACTS, "drag-from-highlight.png") });
    await page.close();
  });

  it("a drag that ends on a highlight opens no card over the save button", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const m = await box(page.locator("#article kxdb-mark").nth(1));
    await drag(page, { x: m.x + 220, y: m.y + m.height / 2 }, { x: m.x + 10, y: m.y + m.height / 2 });
    expect((await selected(page)).length).toBeGreaterThan(4);
    await expectSaveButtonFree(page);
    expect(await card(page).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "drag-onto-highlight.png") });
    await page.close();
  });

  it("a card open from hovering closes when a selection starts, and hovering a highlight then opens none", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const first = page.locator("#article kxdb-mark").first();
    await first.hover();
    await card(page).waitFor();
    await selectInArticle(page, "经过 22 天的烤窑、调试后");
    await expectSaveButtonFree(page);
    await page.locator("#article kxdb-mark").nth(2).hover();
    await page.waitForTimeout(400);
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  it("a click on a highlight with nothing selected still opens its card", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    await page.locator("#article kxdb-mark").nth(1).click();
    await card(page).waitFor();
    await page.close();
  });
});

describe("saving and selecting again", () => {
  it("a selection keeps its save button while the page re-annotates after a save", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    await selectInArticle(page, "拉丝机上，银白色的玻璃液");
    await saveButton(page).waitFor();
    // A save (here from another tab on the same article) makes every tab re-annotate: the page's text nodes
    // under the selection are replaced while the reader is about to click 保存为事实.
    const other = await openArticle(browser.context(), TAISHAN);
    const factId = await saveQuote(other, "窑炉内，火焰熊熊燃烧");
    await page.locator(`#article [data-kxdb-fact="${factId}"]`).first().waitFor();
    expect(await selected(page)).toBe("拉丝机上，银白色的玻璃液");
    await saveButton(page).waitFor();
    await other.close();
    await page.close();
  });

  it("after a save the editor offers 关闭 (the quote stays saved) and 撤销保存 (it goes)", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    await selectInArticle(page, "变成一卷卷高性能玻璃纤维产品");
    await saveButton(page).click();
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    const factId = (await editor.getAttribute("data-kxdb-editor")) ?? "";
    expect(await page.locator("kxdb-ui >> [data-kxdb-action=editor-close]").textContent()).toBe("关闭");
    expect(await page.locator("kxdb-ui >> .toast").textContent()).toContain("已保存");
    await page.locator("kxdb-ui >> [data-kxdb-action=unsave]").click();
    await editor.waitFor({ state: "detached" });
    await page.locator(`#article [data-kxdb-fact="${factId}"]`).waitFor({ state: "detached" });
    expect(await page.locator("kxdb-ui >> .toast").textContent()).toContain("已撤销保存");
    // Taking a save back is a deletion like any other: undo brings the quote back.
    await page.locator("kxdb-ui >> .toast [data-kxdb-action=undo]").click();
    await page.locator(`#article [data-kxdb-fact="${factId}"]`).first().waitFor();
    await page.close();
  });
});

describe("a saved quote on the page", () => {
  it("opens its fact on a click: note, tags, links, and 删除 with 撤销", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const factId = await saveQuote(page, "全面建成后，将成为国内主要的绿色环保", "想了解产能");
    const quote = page.locator(`#article [data-kxdb-fact="${factId}"]`).first();
    await quote.waitFor();
    // Click on the quote's own text (its first characters, 全面建成后, hold no name).
    const box = await page.evaluate((id) => {
      const r = document.querySelector(`#article [data-kxdb-fact="${id}"]`)?.getClientRects()[0];
      return r ? { x: r.left + 6, y: r.top + r.height / 2 } : null;
    }, factId);
    if (!box) throw new Error("the saved quote is not on screen");
    await page.mouse.click(box.x, box.y);
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    expect(await editor.getAttribute("data-kxdb-editor")).toBe(factId);
    expect(await editor.locator("textarea").inputValue()).toBe("想了解产能");
    expect(await page.locator("kxdb-ui >> [data-kxdb-action=editor-close]").textContent()).toBe("取消");
    await page.locator("kxdb-ui >> [data-kxdb-action=delete-fact]").click();
    await quote.waitFor({ state: "detached" });
    expect(await page.locator("kxdb-ui >> .toast").textContent()).toContain("已删除");
    await page.locator("kxdb-ui >> .toast [data-kxdb-action=undo]").click();
    await page.locator(`#article [data-kxdb-fact="${factId}"]`).first().waitFor();
    await page.close();
  });
});

describe("mark a missed name", () => {
  it("is offered for a name-like selection and not for a sentence", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const offer = page.locator("kxdb-ui >> [data-kxdb-action=add-company]");
    await selectInArticle(page, "中国建材集团");
    await offer.waitFor();
    await selectInArticle(page, "正式投产。");
    await page.waitForTimeout(200);
    expect(await offer.count()).toBe(0);
    await selectInArticle(page, "窑炉内，火焰熊熊燃烧");
    await page.waitForTimeout(200);
    expect(await offer.count()).toBe(0);
    await page.close();
  });
});

describe("the entity panel", () => {
  it("lists the article's entities first, then at most ten suggested facts", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    const panel = page.locator("kxdb-ui >> aside.panel");
    await panel.waitFor();
    const headings = await panel.locator("h2").allTextContents();
    expect(headings[0]).toMatch(/^开发区/);
    expect(headings[1]).toMatch(/^企业/);
    expect(await panel.locator("[data-kxdb-action=save-suggestion]").count()).toBeLessThanOrEqual(10);
    await page.screenshot({ path: join(ARTIFACTS, "panel.png") });
    await page.close();
  });
});
