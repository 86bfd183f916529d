/**
 * The reading UI with the keyboard only: Tab reaches a highlight and opens its
 * card, the next Tab enters the card, Tab/Shift+Tab walk its actions, Tab past
 * the last one closes it and goes on in the page, Shift+Tab from the first one
 * returns to the highlight, Enter activates, Esc closes the card and leaves
 * focus on the highlight (without opening the card again).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openArticle, saveQuote, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";
/** Longer than the card's open and close delays: a card that would (re)open has opened. */
const SETTLE_MS = 450;

const browser = useExtensionBrowser();

interface Focus {
  /** "mark" (a highlight), "card" (inside the entity card), "ui" (elsewhere in our UI), or the focused tag. */
  where: string;
  /** The highlight's mention index, the action (data-kxdb-action or tag), or the element's text. */
  what: string;
  text: string;
}

/** Where the focus is, looking into our UI's shadow root. */
const focus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (a?.tagName === "KXDB-UI") {
      const inner = a.shadowRoot?.activeElement ?? null;
      return {
        where: inner?.closest("[data-kxdb-card]") ? "card" : "ui",
        what: inner?.getAttribute("data-kxdb-action") ?? inner?.tagName.toLowerCase() ?? "",
        text: inner?.textContent?.trim() ?? "",
      };
    }
    if (a?.tagName === "KXDB-MARK")
      return { where: "mark", what: a.getAttribute("data-kxdb-mention") ?? "", text: a.textContent ?? "" };
    return { where: a?.tagName.toLowerCase() ?? "", what: "", text: a?.textContent?.trim() ?? "" };
  });

const card = (page: Page) => page.locator("kxdb-ui >> [data-kxdb-card]");

/** Tab from the top of the page until a highlight has focus (at most `limit` presses); returns its mention index. */
async function tabToHighlight(page: Page, limit = 40): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focus(page);
    if (f.where === "mark") return f.what;
  }
  throw new Error(`no highlight after ${limit} Tabs`);
}

/** The card is open for the focused highlight and has loaded where the entity appeared. */
async function cardReady(page: Page): Promise<void> {
  await card(page).waitFor({ timeout: 5_000 });
  await card(page).locator("[data-kxdb-article-count]").waitFor({ timeout: 10_000 });
}

/** Tab through the card, collecting each focused action, until focus leaves it; returns the actions and where focus went. */
async function walkCard(page: Page, limit = 30): Promise<{ actions: Focus[]; after: Focus }> {
  const actions: Focus[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focus(page);
    if (f.where !== "card") return { actions, after: f };
    actions.push(f);
  }
  throw new Error(`still in the card after ${limit} Tabs`);
}

describe("keyboard only", () => {
  it("Tab opens a highlight's card and enters it; Shift+Tab returns; Esc closes it and keeps focus on the highlight", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const mention = await tabToHighlight(page);
    await cardReady(page);
    const entity = await card(page).getAttribute("data-kxdb-card");

    // The next Tab goes into the card, not on to the next highlight.
    await page.keyboard.press("Tab");
    const first = await focus(page);
    expect(first.where).toBe("card");
    // Shift+Tab from the first action: back on the highlight, card still open.
    await page.keyboard.press("Shift+Tab");
    expect(await focus(page)).toMatchObject({ where: "mark", what: mention });
    expect(await card(page).getAttribute("data-kxdb-card")).toBe(entity);

    // Tab walks every action of the card in order; Shift+Tab walks back.
    await page.keyboard.press("Tab");
    expect(await focus(page)).toEqual(first);
    const walked: Focus[] = [first];
    for (;;) {
      await page.keyboard.press("Tab");
      const f = await focus(page);
      if (f.what === "suppress") {
        walked.push(f);
        break;
      }
      expect(f.where).toBe("card");
      walked.push(f);
      if (walked.length > 20) throw new Error("never reached 不是…");
    }
    expect(walked.some((f) => f.text === "在笔记中查看")).toBe(true);
    expect(walked.at(-1)?.text).toMatch(/^“.+”不是(开发区|企业)$/);
    await page.screenshot({ path: join(ARTIFACTS, "keyboard-card.png") });
    await page.keyboard.press("Shift+Tab");
    expect(await focus(page)).toEqual(walked.at(-2));

    // Esc in the card: closed, focus back on the highlight, and the card does not open again.
    await page.keyboard.press("Escape");
    await card(page).waitFor({ state: "detached" });
    expect(await focus(page)).toMatchObject({ where: "mark", what: mention });
    await page.waitForTimeout(SETTLE_MS);
    expect(await card(page).count()).toBe(0);

    // Enter on the highlight opens it again; Esc on the highlight closes it, focus stays.
    await page.keyboard.press("Enter");
    await card(page).waitFor();
    await page.keyboard.press("Escape");
    await card(page).waitFor({ state: "detached" });
    expect(await focus(page)).toMatchObject({ where: "mark", what: mention });
    await page.waitForTimeout(SETTLE_MS);
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  it("Tab past the card's last action closes it and goes on to what follows the highlight in the page", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const mention = await tabToHighlight(page);
    await cardReady(page);
    const { actions, after } = await walkCard(page);
    expect(actions.at(-1)?.what).toBe("suppress");
    // The next highlight: its card replaces this one.
    expect(after.where).toBe("mark");
    expect(Number(after.what)).toBeGreaterThan(Number(mention));
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).getAttribute("data-kxdb-card")).toBe(
      // In page order: the headline's name first (泰山玻纤太原公司), then the article's.
      await page.locator("kxdb-mark").nth(1).getAttribute("data-kxdb-entity"),
    );

    // From the article's last highlight, Tab past its card reaches the link after the article (下一篇).
    const lastMark = page.locator("#article kxdb-mark").last();
    await lastMark.focus();
    // The open card is the previous highlight's until the last one's replaces it: wait for that one, not any card.
    const lastEntity = await lastMark.getAttribute("data-kxdb-entity");
    await expect.poll(() => card(page).getAttribute("data-kxdb-card")).toBe(lastEntity);
    await cardReady(page);
    const last = await walkCard(page);
    expect(last.actions.length).toBeGreaterThan(1);
    expect(last.after).toMatchObject({ where: "a", text: "忻州经开区着力打造高质量发展增长极" });
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it("a saved fact's 编辑 and 删除 work from the keyboard", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    const factId = await saveQuote(page, "泰山玻纤“年产 30 万吨高性能玻璃纤维智能制造项目”总投资 36 亿元");
    const mark = page.locator(`#article [data-kxdb-fact="${factId}"] kxdb-mark`).first();
    await mark.focus();
    await cardReady(page);
    const fact = card(page).locator(`[data-kxdb-fact="${factId}"]`);
    await fact.waitFor({ timeout: 10_000 });
    for (let i = 0; (await focus(page)).what !== "edit-fact"; i++) {
      if (i > 20) throw new Error("never reached 编辑");
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    // The editor takes the focus, so typing goes into the note; Esc closes it and returns to 编辑. It focuses the
    // note once mounted, a frame after it appears: on a loaded machine that frame comes late, so wait for it.
    await expect.poll(() => focus(page), { timeout: 5_000 }).toMatchObject({ where: "ui", what: "textarea" });
    // A modal: Shift+Tab from its first control wraps to its last (删除, for a fact saved before), Tab from there
    // back to the first.
    await page.keyboard.press("Shift+Tab");
    expect(await focus(page)).toMatchObject({ where: "ui", what: "delete-fact" });
    await page.keyboard.press("Tab");
    expect(await focus(page)).toMatchObject({ where: "ui", what: "textarea" });
    await page.keyboard.press("Escape");
    await editor.waitFor({ state: "detached" });
    expect(await focus(page)).toMatchObject({ where: "card", what: "edit-fact" });

    await page.keyboard.press("Tab");
    expect((await focus(page)).what).toBe("delete-fact");
    await page.keyboard.press("Enter");
    await fact.waitFor({ state: "detached", timeout: 10_000 });
    // Focus stays in the card: Tab goes on inside it.
    await page.keyboard.press("Tab");
    expect((await focus(page)).where).toBe("card");
    await page.close();
  });

  it("Enter on 在笔记中查看 opens the notes; Enter on 不是… removes the name's highlights", async () => {
    const page = await openArticle(browser.context(), TAISHAN);
    await tabToHighlight(page);
    // The headline's 泰山玻纤太原公司: the name 不是… is about.
    const { text: name } = await focus(page);
    await cardReady(page);
    const entity = (await card(page).getAttribute("data-kxdb-card")) ?? "";
    for (let i = 0; (await focus(page)).text !== "在笔记中查看"; i++) {
      if (i > 20) throw new Error("never reached 在笔记中查看");
      await page.keyboard.press("Tab");
    }
    const [notes] = await Promise.all([browser.context().waitForEvent("page"), page.keyboard.press("Enter")]);
    await notes.waitForLoadState();
    expect(notes.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/notes\.html#entity=/);
    await notes.close();
    await page.bringToFront();

    await page.keyboard.press("Tab");
    expect((await focus(page)).what).toBe("suppress");
    const marks = () =>
      page.locator("kxdb-mark").evaluateAll(
        (els, [n, id]) => ({
          named: els.filter((e) => e.textContent === n).length,
          entity: els.filter((e) => e.getAttribute("data-kxdb-entity") === id).length,
        }),
        [name, entity],
      );
    expect((await marks()).named).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await card(page).waitFor({ state: "detached" });
    // That name is highlighted nowhere; the company keeps its other names (泰山玻纤 in the headline, now read alone).
    await expect
      .poll(
        async () => {
          const now = await marks();
          return now.named === 0 && now.entity > 0;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await page.locator("kxdb-mark", { hasText: "泰山玻纤" }).count()).toBeGreaterThan(0);
    await page.close();
  });
});
