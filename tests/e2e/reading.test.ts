/**
 * Reading on kxdb.com in a real Chromium with the built extension: the pages
 * are the fixtures, served under their real URLs.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Recognizer } from "../../lib/ner/recognizer";
import { createNodeRecognizer } from "../../scripts/node-recognizer";
import { extensionWorker, launchWithExtension } from "./browser";
import { extraPages, FIXTURES, routes, startFixtureServer } from "./fixtureServer";
import { highlights } from "./helpers";
import { textMapScript } from "./pageText";

const ARTIFACTS = "test-results/e2e";
const url = (route: string) => `http://www.kxdb.com${route}`;
const articles = routes.filter((r) => r.kind === "article");
const others = routes.filter((r) => r.kind !== "article");

let server: Server;
let context: BrowserContext;
let recognizer: Recognizer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const started = await startFixtureServer();
  server = started.server;
  context = await launchWithExtension(started.port);
  await extensionWorker(context);
  recognizer = await createNodeRecognizer();
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

async function open(route: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(route));
  await page.waitForSelector("html[data-kxdb-state]", { timeout: 30_000 });
  return page;
}

describe.each(articles)("article $route", (route) => {
  it("highlights exactly the recognizer's mentions of the headline and the article text, nothing outside them", async () => {
    const page = await open(route.route);
    expect(await page.getAttribute("html", "data-kxdb-state")).toBe("ready");
    await page.addScriptTag({ content: textMapScript() });
    // The text as the content script sees it, with highlights off (then on again).
    await page.click("kxdb-ui >> [data-kxdb-action=toggle]");
    await page.waitForFunction(() => !document.querySelector("kxdb-mark"));
    const text = await page.evaluate(
      () =>
        (
          window as unknown as { KxdbTextMap: { collectText(e: Element, b?: undefined, lead?: Element): { text: string } } }
        ).KxdbTextMap.collectText(
          document.querySelector("#article") as Element,
          undefined,
          document.querySelector("h1#title") as Element,
        ).text,
    );
    await page.click("kxdb-ui >> [data-kxdb-action=toggle]");
    await page.waitForSelector("kxdb-mark");
    const expected = recognizer
      .recognize(text)
      .map((m) => ({ text: m.text.replace(/\s+/g, ""), type: m.type, entity: m.entityId }));
    expect(expected.length).toBeGreaterThan(3);
    expect(await highlights(page)).toEqual(expected);
    expect(await page.locator("kxdb-mark").count()).toBe(await page.locator("#article kxdb-mark, h1#title kxdb-mark").count());
    expect(await page.locator(".info kxdb-mark, .m_r kxdb-mark, .np kxdb-mark").count()).toBe(0);
    // 48230's headline names the company: 泰山玻纤太原公司, the same entity as in the body.
    const headline = await page.locator("h1#title kxdb-mark").evaluateAll((els) => els.map((e) => e.textContent));
    expect(headline).toEqual(text.startsWith("泰山玻纤") ? ["泰山玻纤太原公司"] : []);
    await page.screenshot({
      path: join(ARTIFACTS, `article-${new URL(url(route.route)).searchParams.get("itemid")}.png`),
      fullPage: true,
    });
    await page.close();
  });
});

describe("pages that are not articles", () => {
  it.each(others)("$route ($kind) gets no highlights", async (route) => {
    const page = await open(route.route);
    expect(await page.getAttribute("html", "data-kxdb-state")).toBe("skipped");
    expect(await page.getAttribute("html", "data-kxdb-page")).toBe(route.kind === "epaper-list" ? "list" : route.kind);
    expect(await page.locator("kxdb-mark").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, `${route.kind}.png`) });
    await page.close();
  });
});

describe("the page does not break", () => {
  it("turning highlights off restores #article byte for byte, and copying gives the original characters", async () => {
    const route = articles[0];
    const file = readFileSync(join(FIXTURES, route.file), "utf8");
    const page = await open(route.route);
    expect(await page.locator("#article kxdb-mark").count()).toBeGreaterThan(0);
    const selected = await page.evaluate(() => {
      const sel = document.getSelection() as Selection;
      sel.selectAllChildren(document.querySelector("#article") as Element);
      const s = sel.toString();
      sel.removeAllRanges();
      return s;
    });
    await page.click("kxdb-ui >> [data-kxdb-action=toggle]");
    await page.waitForFunction(() => !document.querySelector("kxdb-mark"));
    const [live, pristine, plainSelection] = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, "text/html");
      const sel = document.getSelection() as Selection;
      sel.selectAllChildren(document.querySelector("#article") as Element);
      const s = sel.toString();
      sel.removeAllRanges();
      return [document.querySelector("#article")?.innerHTML, parsed.querySelector("#article")?.innerHTML, s];
    }, file);
    expect(live).toBe(pristine);
    expect(selected).toBe(plainSelection);
    await page.close();
  });

  it("keeps links inside the article working and adds no page globals", async () => {
    extraPages.set(
      "/news/show.php?itemid=90001",
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><h1 id="title">测试</h1><div class="info">发布日期：2025-01-02</div>
       <div id="content"><div id="article"><p>走进<a href="#target" id="link">晋城经济技术开发区</a>的企业，山西厚生新材料科技有限公司投产。</p><p id="target">目标</p></div></div></body></html>`,
    );
    const page = await open("/news/show.php?itemid=90001");
    expect(await page.locator("#link kxdb-mark[data-kxdb-type=ZONE]").count()).toBe(1);
    await page.click("#link kxdb-mark");
    await page.waitForFunction(() => location.hash === "#target");
    const globals = await page.evaluate(() => Object.keys(window).filter((k) => /kxdb|wxt|preact/i.test(k)));
    expect(globals).toEqual([]);
    await page.close();
  });

  it("annotates content the page inserts after load", async () => {
    const page = await open(articles[1].route);
    const before = await page.locator("kxdb-mark").count();
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "据悉，忻州经济开发区与中信环境技术投资有限公司签约。";
      document.querySelector("#article")?.append(p);
    });
    await page.waitForFunction((n) => document.querySelectorAll("kxdb-mark").length >= n + 2, before, { timeout: 10_000 });
    expect(await page.locator("kxdb-mark[data-kxdb-type=COMPANY]", { hasText: "中信环境技术投资有限公司" }).count()).toBe(1);
    await page.close();
  });

  it("falls back to generic article detection when the site's markup changes", async () => {
    const body = readFileSync(join(FIXTURES, "news-48215.html"), "utf8")
      .replace('id="article"', 'id="main-text"')
      .replace('id="content"', 'id="content-wrap"');
    extraPages.set("/news/show.php?itemid=90002", body);
    const page = await open("/news/show.php?itemid=90002");
    expect(await page.getAttribute("html", "data-kxdb-state")).toBe("ready");
    expect(await page.locator("#main-text kxdb-mark").count()).toBeGreaterThan(10);
    expect(await page.locator(".m_r kxdb-mark, .np kxdb-mark, .head kxdb-mark").count()).toBe(0);
    await page.close();
  });
});

describe("entity card and panel", () => {
  it("opens a card for a highlight, with the entity's names and the articles it appeared in", async () => {
    // Read one article first so the store knows it, then a second that mentions the same zone.
    (await open(articles[1].route)).close();
    const page = await open(articles[0].route);
    const mark = page.locator("kxdb-mark[data-kxdb-type=ZONE]").first();
    const entity = await mark.getAttribute("data-kxdb-entity");
    await mark.hover();
    const card = page.locator(`kxdb-ui >> [data-kxdb-card="${entity}"]`);
    await card.waitFor({ timeout: 5_000 });
    await expect
      .poll(async () => Number(await card.locator("[data-kxdb-article-count]").getAttribute("data-kxdb-article-count")))
      .toBeGreaterThanOrEqual(2);
    expect(await card.textContent()).toContain("山西转型综合改革示范区");
    await page.screenshot({ path: join(ARTIFACTS, "card.png") });
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "detached" });
    // Keyboard: focus a highlight, the card opens.
    await mark.focus();
    await card.waitFor();
    // "在笔记中查看": a web page may not open extension pages itself; the background opens it.
    const [notes] = await Promise.all([context.waitForEvent("page"), card.getByRole("link", { name: "在笔记中查看" }).click()]);
    await notes.waitForLoadState();
    expect(notes.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/notes\.html#entity=/);
    await notes.waitForSelector("h1, h2");
    await notes.close();
    await page.close();
  });

  it("lists the article's entities grouped by type; clicking one scrolls to its mentions in turn", async () => {
    const page = await open(articles[0].route);
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    const first = page.locator("kxdb-ui >> [data-kxdb-panel-entity]").first();
    const entity = await first.getAttribute("data-kxdb-panel-entity");
    await first.click();
    await expect.poll(() => page.locator(`kxdb-mark[data-kxdb-entity="${entity}"][data-kxdb-current]`).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "panel.png") });
    await page.close();
  });

  it("'不是企业' suppresses a name at once in every open tab", async () => {
    const a = await open(articles[1].route);
    const b = await open(articles[0].route);
    const name = "泰山玻纤";
    expect(await a.locator("kxdb-mark", { hasText: new RegExp(`^${name}$`) }).count()).toBeGreaterThan(0);
    const mark = a.locator("kxdb-mark", { hasText: new RegExp(`^${name}$`) }).first();
    await mark.click();
    await a.click("kxdb-ui >> [data-kxdb-action=suppress]");
    for (const page of [a, b]) {
      await expect
        .poll(() => page.locator("kxdb-mark", { hasText: new RegExp(`^${name}$`) }).count(), { timeout: 10_000 })
        .toBe(0);
    }
    await a.close();
    await b.close();
  });

  it("'这是企业' adds a selected name the recognizer missed", async () => {
    const page = await open("/news/show.php?itemid=47102");
    const name = "晋贸通";
    expect(await page.locator("kxdb-mark", { hasText: name }).count()).toBe(0);
    await page.evaluate((word) => {
      const walker = document.createTreeWalker(document.querySelector("#article") as Element, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(word);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + word.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    }, name);
    await page.click("kxdb-ui >> [data-kxdb-action=add-company]");
    await expect
      .poll(() => page.locator("kxdb-mark[data-kxdb-type=COMPANY]", { hasText: name }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.close();
  });
});

type WithScripting = {
  chrome: {
    tabs: { query(q: { url: string }): Promise<{ id: number }[]> };
    scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  };
};

describe("the content script injected again", () => {
  it("(annotate this site, after switching it off): the newer copy takes the page over, one UI, highlights that work", async () => {
    const page = await open(articles[0].route);
    const marks = await page.locator("kxdb-mark").count();
    expect(marks).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector("kxdb-ui")?.setAttribute("data-older-copy", ""));
    const worker = await extensionWorker(context);
    // As the background's enableSite does it.
    await worker.evaluate(async (tabUrl) => {
      const { tabs, scripting } = (globalThis as unknown as WithScripting).chrome;
      const [tab] = await tabs.query({ url: tabUrl });
      await scripting.executeScript({ target: { tabId: tab.id }, files: ["content-scripts/kxdb.js"] });
    }, page.url());
    // The page says ready already (the older copy's state): wait for the newer copy to have taken over.
    await expect.poll(() => page.locator("kxdb-ui[data-older-copy]").count(), { timeout: 30_000 }).toBe(0);
    await page.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    // The older copy's UI went with it: one UI, the newer copy's.
    expect(await page.locator("kxdb-ui").count()).toBe(1);
    expect(await page.locator("kxdb-mark").count()).toBe(marks);
    await page.locator("kxdb-mark").first().hover();
    await page.locator("kxdb-ui >> [data-kxdb-card]").waitFor({ timeout: 5000 });
    await page.close();
  });
});

describe("popup", () => {
  it("recognizes pasted text", async () => {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    // Chinese first: this browser's language is zh-CN.
    expect(await page.title()).toBe("科学导报标注助手");
    expect(await page.locator("[data-kxdb-action=open-notes]").textContent()).toBe("打开笔记");
    await page.fill("textarea", "走进位于山西转型综改示范区的太原重工轨道交通设备有限公司");
    await page.click("[data-kxdb-action=recognize]");
    await page.locator("li[data-kxdb-type=ZONE]").waitFor();
    expect(await page.locator("li[data-kxdb-type=ZONE]").textContent()).toContain("山西转型综合改革示范区");
    expect(await page.locator("li[data-kxdb-type=COMPANY]").textContent()).toContain("太原重工轨道交通设备有限公司");
    // As the toolbar shows it: the popup's own width.
    await page.setViewportSize({ width: 400, height: 520 });
    await page.screenshot({ path: join(ARTIFACTS, "popup.png") });
    await page.close();
  });
});
