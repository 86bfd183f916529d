/**
 * The e-paper in Chromium with the built extension: the fixture issue page
 * (dzbk/show.php?itemid=581) links page PDFs that this test generates from the
 * seed texts (pdf-lib + a CJK font) and serves as www.kxdb.com. The reader
 * opens from the issue page, splits each page into articles, highlights them
 * on the drawn page and in the text, saves a fact that cites the 版面 and
 * reopens at it from the notes page.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EpaperArticle, splitArticles } from "../../lib/epaper/layout";
import { type ArticleSpec, articleFrom, extractPage, extractRuns, makeEpaperPdf, printable, seeds } from "../helpers/epaperPdf";
import { ONLY_IN_PART_2, type Template, unmappedPage } from "../helpers/epaperTemplates";
import { recognizer } from "../helpers/recognizer";
import { extensionWorker, launchWithExtension } from "./browser";
import {
  BIG_ISSUE,
  BROKEN_ISSUE,
  FIXTURE_PAGES,
  ISSUE,
  MASTHEAD,
  serveEpaperIssues,
  serveTemplateIssue,
  TEMPLATE_ISSUE,
} from "./epaperFixture";
import { startFixtureServer } from "./fixtureServer";

const ARTIFACTS = "test-results/e2e";

let server: Server;
let context: BrowserContext;
let extensionId = "";
/** Page number ("01"…"08", "fixture-05") → the articles drawn on it, and the PDFs. */
let specs = new Map<string, ArticleSpec[]>();
let pdfs = new Map<string, Uint8Array>();
let templates: Template[] = [];

beforeAll(async () => {
  ({ specs, pdfs } = await serveEpaperIssues());
  ({ templates } = await serveTemplateIssue());
  const started = await startFixtureServer();
  server = started.server;
  context = await launchWithExtension(started.port);
  extensionId = new URL((await extensionWorker(context)).url()).host;
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** Click a button on the issue page and return the reader tab it opens, once its first page is annotated. */
async function openReaderFrom(page: Page, action: "open-reader" | "open-issue", nth = 0): Promise<Page> {
  const button = page.locator(`kxdb-ui >> [data-kxdb-action=${action}]`).nth(nth);
  const [reader] = await Promise.all([context.waitForEvent("page"), button.click()]);
  await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
  return reader;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** Move the mouse onto the first highlight box matching `selector` on the drawn page; its entity's card opens. */
async function hoverFirstBox(reader: Page, selector: string) {
  const box = reader.locator(selector).first();
  const entity = (await box.getAttribute("data-kxdb-entity")) ?? "";
  const rect = await box.boundingBox();
  if (!rect) throw new Error("no box");
  await reader.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const card = reader.locator(`kxdb-ui >> [data-kxdb-card="${entity}"]`);
  await card.waitFor({ timeout: 5_000 });
  return { entity, card };
}

describe("e-paper issue page", () => {
  it("offers the reader next to every page PDF and for the whole issue, and highlights nothing on the page", async () => {
    const page = await context.newPage();
    await page.goto(ISSUE);
    await page.waitForSelector("html[data-kxdb-epaper-pages]");
    expect(await page.getAttribute("html", "data-kxdb-epaper-pages")).toBe("5");
    expect(await page.locator("kxdb-ui >> [data-kxdb-action=open-reader]").count()).toBe(5);
    expect(await page.locator("kxdb-ui >> [data-kxdb-action=open-issue]").count()).toBe(1);
    expect(await page.locator("kxdb-ui >> [data-kxdb-action=open-reader]").first().textContent()).toBe("在标注阅读器中打开");
    expect(await page.locator("kxdb-mark").count()).toBe(0);
    // The site's own links are untouched.
    expect(await page.locator("#article a[href$='.pdf']").count()).toBe(5);
    await page.screenshot({ path: join(ARTIFACTS, "epaper-issue.png") });
    await page.close();
  });
});

describe("the reader", () => {
  let reader: Page;
  const num = "05";
  const fixtureIndex = FIXTURE_PAGES.indexOf(num);

  it("opens the chosen 版面 with its articles in reading order and the recognizer's highlights", async () => {
    const page = await context.newPage();
    await page.goto(ISSUE);
    reader = await openReaderFrom(page, "open-reader", fixtureIndex);
    await page.close();
    expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/reader.html\\?`));
    expect(await reader.getAttribute(`[data-kxdb-epaper-page="${fixtureIndex}"]`, "aria-current")).toBe("page");
    const expected = specs.get(`fixture-${num}`) as ArticleSpec[];
    const titles = await reader.locator("[data-kxdb-epaper-article]").allTextContents();
    // The masthead is listed (dimmed) but the page opens at the first real article.
    expect(expected[0]).toBe(MASTHEAD);
    expect(titles.map((t) => t.split(" ")[0])).toEqual(expected.map((s) => s.headline));
    expect(await reader.getAttribute("[data-kxdb-epaper-article='1']", "aria-current")).toBe("true");
    // The first article's text, in reading order across its columns.
    const body = reader.locator("[data-kxdb-epaper-body]");
    expect(squash((await body.textContent()) ?? "")).toBe(expected[1].paragraphs.join(""));
    // Highlights in the text are what the recognizer finds in the text pdf.js gives.
    const pageArticles = splitArticles(await extractRuns(pdfs.get(String(fixtureIndex + 1).padStart(2, "0")) as Uint8Array));
    const first = pageArticles[1];
    const wanted = (await recognizer()).recognize(first.text).map((m) => squash(m.text));
    expect(wanted.length).toBeGreaterThan(0);
    await expect.poll(async () => (await body.locator("kxdb-mark").allTextContents()).map(squash)).toEqual(wanted);
    // …and drawn on the page: a box per mention line, under a selectable text layer.
    expect(await reader.locator(".page .hl-ZONE, .page .hl-COMPANY").count()).toBeGreaterThanOrEqual(wanted.length);
    expect(await reader.locator(".page .textLayer [data-item]").count()).toBeGreaterThan(10);
    expect(await reader.locator(".page canvas").evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(300);
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-reader.png") });
  });

  it("the text layer lies over the drawn page, invisible, and a mouse drag across a line selects that line", async () => {
    await reader.waitForSelector(".page .textLayer [data-item]");
    const canvas = await reader.locator(".page canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    // Every span inside the canvas's box (pdf.js's text-layer CSS positions them; without it they flow below the page).
    const spans = await reader.locator(".page .textLayer [data-item]").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          text: el.textContent ?? "",
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
          color: style.color,
          position: style.position,
        };
      }),
    );
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      expect(s.position).toBe("absolute");
      expect(s.color).toBe("rgba(0, 0, 0, 0)");
      expect(s.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(s.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(s.x + s.w).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(s.y + s.h).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
    // A real drag along one body line of the article being read, from just inside its first character to its last.
    const body = squash((await reader.locator("[data-kxdb-epaper-body]").textContent()) ?? "");
    const line = spans.find((s) => s.text.length > 12 && body.includes(s.text) && s.w > 100) as (typeof spans)[number];
    expect(line).toBeDefined();
    const y = line.y + line.h / 2;
    await reader.mouse.move(line.x + 1, y);
    await reader.mouse.down();
    await reader.mouse.move(line.x + line.w / 2, y, { steps: 5 });
    await reader.mouse.move(line.x + line.w - 1, y, { steps: 5 });
    await reader.mouse.up();
    const selected = squash(await reader.evaluate(() => document.getSelection()?.toString() ?? ""));
    expect(line.text).toContain(selected);
    expect(selected.length).toBeGreaterThanOrEqual(line.text.length - 1);
    const save = reader.locator("kxdb-ui >> [data-kxdb-action=save-fact]");
    await save.waitFor();
    expect(await save.textContent()).toContain("保存为事实");
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-text-layer.png") });
    await reader.mouse.click(5, 5);
    await reader.evaluate(() => document.getSelection()?.removeAllRanges());
  });

  it("every page of the issue is read; switching 版面 and article shows their text", async () => {
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 30_000 });
    expect(await reader.getAttribute("html", "data-kxdb-failed")).toBe("0");
    await reader.click('[data-kxdb-epaper-page="0"]');
    await reader.click('[data-kxdb-epaper-article="1"]');
    const expected = (specs.get("fixture-01") as ArticleSpec[])[1];
    await expect
      .poll(async () => squash((await reader.locator("[data-kxdb-epaper-body]").textContent()) ?? ""))
      .toBe(expected.paragraphs.join(""));
    await reader.click(`[data-kxdb-epaper-page="${fixtureIndex}"]`);
    await reader.waitForSelector(`[data-kxdb-epaper-current="1"]`); // (0 is the masthead)
  });

  it("hovering an entity's box on the page opens its card", async () => {
    const { card } = await hoverFirstBox(reader, ".page .hl-ZONE, .page .hl-COMPANY");
    await reader.mouse.move(5, 5);
    await card.waitFor({ state: "detached" });
  });

  it("suggests facts (an entity with a figure) for the article being read, saved with one click", async () => {
    await reader.click('[data-kxdb-epaper-article="2"]');
    await reader.waitForSelector('[data-kxdb-epaper-current="2"]');
    // The headline is read with the article, as on kxdb.com: its company is highlighted in the pane's heading.
    const heading = reader.locator('[data-kxdb-epaper-current="2"] h2');
    expect(await heading.textContent()).toBe("泰山玻纤太原公司二号生产线投产");
    await expect.poll(() => heading.locator("kxdb-mark").allTextContents()).toEqual(["泰山玻纤太原公司"]);
    // …and on the drawn page, over the headline's type: above every box of the article's body.
    const boxTops = (name: string) =>
      reader
        .locator(`.page .hl-COMPANY[data-kxdb-name="${name}"]`)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    await expect.poll(async () => (await boxTops("泰山玻纤太原公司")).length).toBeGreaterThan(0);
    const [headlineTop] = await boxTops("泰山玻纤太原公司");
    expect(Math.max(...(await boxTops("泰山玻纤")))).toBeGreaterThan(headlineTop);
    expect(Math.min(...(await boxTops("泰山玻纤")))).toBeGreaterThan(headlineTop);
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-headline.png") });
    // Text selected in the drawn headline is a quote of the article, as in its body.
    const headlineQuote = await reader.evaluate(() => {
      const span = [...document.querySelectorAll<HTMLElement>(".textLayer [data-item]")].find((s) =>
        (s.textContent ?? "").startsWith("泰山玻纤太原公司二号"),
      );
      if (!span?.firstChild) return "";
      const range = document.createRange();
      range.setStart(span.firstChild, 0);
      range.setEnd(span.firstChild, 8);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.querySelector(".page")?.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return range.toString();
    });
    expect(headlineQuote).toBe("泰山玻纤太原公司");
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const headlineEditor = reader.locator("kxdb-ui >> [data-kxdb-editor]");
    await headlineEditor.waitFor();
    expect(squash((await headlineEditor.locator("blockquote").textContent()) ?? "")).toBe("泰山玻纤太原公司");
    await reader.click("kxdb-ui >> [data-kxdb-action=editor-close]");
    await headlineEditor.waitFor({ state: "detached" });
    await reader.evaluate(() => document.getSelection()?.removeAllRanges());
    await reader.click("kxdb-ui >> [data-kxdb-action=panel]");
    // The panel and legend follow the article being read.
    await reader.waitForSelector("kxdb-ui >> [data-kxdb-panel-entity]:has-text('泰山玻纤')");
    const suggestions = reader.locator("kxdb-ui >> [data-kxdb-action=save-suggestion]");
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    await suggestions.first().click();
    const editor = reader.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    // The figure was read from the PDF's (full-width) digits.
    expect(await editor.locator(".chip").count()).toBeGreaterThan(0);
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
    await editor.waitFor({ state: "detached" });
    await reader.click("kxdb-ui >> [data-kxdb-action=panel]");
    await reader.click('[data-kxdb-epaper-article="1"]');
    await reader.waitForSelector('[data-kxdb-epaper-current="1"]');
  });

  let factId = "";
  it("text selected on the drawn page saves a fact citing the issue date, the 版面 and the article", async () => {
    // Select a stretch of the first article across two lines of the text layer, once the drawn page's text layer
    // holds the article's lines (it is drawn after the article is shown: under load a frame or more later).
    await expect
      .poll(() =>
        reader.evaluate(() => {
          const body = document.querySelector("[data-kxdb-epaper-body]")?.textContent ?? "";
          return [...document.querySelectorAll<HTMLElement>(".textLayer [data-item]")].filter(
            (s) => (s.textContent ?? "").length > 8 && body.includes(s.textContent ?? ""),
          ).length;
        }),
      )
      .toBeGreaterThanOrEqual(3);
    const quote = await reader.evaluate(() => {
      // Lines of the article being read (its text is in the pane): its second and third.
      const body = document.querySelector("[data-kxdb-epaper-body]")?.textContent ?? "";
      const spans = [...document.querySelectorAll<HTMLElement>(".textLayer [data-item]")].filter(
        (s) => (s.textContent ?? "").length > 8 && body.includes(s.textContent ?? ""),
      );
      const [a, b] = [spans[1], spans[2]];
      const range = document.createRange();
      range.setStart(a.firstChild as Text, 4);
      range.setEnd(b.firstChild as Text, 5);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.querySelector(".page")?.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return (a.textContent ?? "").slice(4) + (b.textContent ?? "").slice(0, 5);
    });
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const editor = reader.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    factId = (await editor.getAttribute("data-kxdb-editor")) ?? "";
    expect(squash((await editor.locator("blockquote").textContent()) ?? "")).toBe(quote);
    await editor.locator("textarea").fill("电子报第五版");
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
    await editor.waitFor({ state: "detached" });
    // Shown as saved in the text and on the page.
    await reader.waitForSelector(`[data-kxdb-epaper-body] kxdb-fact[data-kxdb-fact="${factId}"]`);
    await reader.waitForSelector(`.page .hl-FACT[data-kxdb-fact="${factId}"]`);

    const notes = await context.newPage();
    await notes.goto(`chrome-extension://${extensionId}/notes.html`);
    const row = notes.locator(`[data-kxdb-fact="${factId}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    const headline = (specs.get(`fixture-${num}`) as ArticleSpec[])[1].headline;
    expect(text).toContain(headline);
    expect(text).toContain("2025-10-24");
    // Markdown export cites the 版面.
    const [download] = await Promise.all([notes.waitForEvent("download"), notes.click("[data-kxdb-action=export-markdown]")]);
    const md = readFileSync((await download.path()) as string, "utf8");
    // …with the issue number read from the page's masthead.
    expect(md).toContain("2025年10月24日第37期 第05版：开发区建设·要闻");

    // The source link opens the reader at the same page and the same quote.
    const [again] = await Promise.all([context.waitForEvent("page"), row.locator("a[data-kxdb-source]").click()]);
    await again.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    await again.waitForSelector(`kxdb-fact[data-kxdb-fact="${factId}"][data-kxdb-current]`);
    await again.waitForSelector(`.page .hl-FACT[data-kxdb-fact="${factId}"]`);
    expect(await again.locator(".pages button").first().textContent()).toContain("第05版");
    await again.close();
    await notes.close();
  });
});

describe("reader faults and files", () => {
  it("a missing or non-PDF 版面 gets a message; the others still open", async () => {
    const page = await context.newPage();
    await page.goto(BROKEN_ISSUE);
    const reader = await openReaderFrom(page, "open-issue");
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 30_000 });
    expect(await reader.getAttribute("html", "data-kxdb-failed")).toBe("2");
    expect(await reader.locator("[data-kxdb-page-error]").allTextContents()).toEqual([
      expect.stringContaining("HTTP 404"),
      expect.stringContaining("不是 PDF 文件"),
    ]);
    expect(await reader.locator("[data-kxdb-epaper-article]").count()).toBe(2);
    await reader.close();
    await page.close();
  });

  it("a PDF chosen from disk opens without any kxdb.com page", async () => {
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.waitForSelector(".drop");
    await reader.setInputFiles("[data-kxdb-action=open-pdf]", {
      name: "kxdb20251031-06.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdfs.get("06") as Uint8Array),
    });
    await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    expect(await reader.locator(".pages button").first().textContent()).toContain("第06版");
    const titles = await reader.locator("[data-kxdb-epaper-article]").allTextContents();
    expect(titles.map((t) => t.split(" ")[0])).toEqual((specs.get("06") as ArticleSpec[]).map((s) => s.headline));
    await reader.close();
  });

  it("a photo's small-type caption is listed under the article, not in its text (pictures read from the drawing)", async () => {
    const caption = printable("图为项目建设现场。（本报记者 李华 摄）");
    const spec: ArticleSpec = { ...articleFrom(seeds[0], 2, 2), photo: { height: 120, caption } };
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.setInputFiles("[data-kxdb-action=open-pdf]", {
      name: "kxdb20251031-07.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await makeEpaperPdf([spec])),
    });
    await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    const body = squash((await reader.locator("[data-kxdb-epaper-body]").textContent()) ?? "");
    expect(body).toBe(spec.paragraphs.join(""));
    expect(await reader.locator(".captions li").allTextContents()).toEqual([squash(caption)]);
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-photo-caption.png") });
    await reader.close();
  });

  it("a page with no text (a scan) says it cannot be annotated", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 400, width: 300, height: 200, color: rgb(0.5, 0.5, 0.5) });
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.setInputFiles("[data-kxdb-action=open-pdf]", {
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await doc.save()),
    });
    await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    expect(await reader.locator(".side").textContent()).toContain("没有可选中的文字");
    expect(await reader.locator("[data-kxdb-epaper-article]").count()).toBe(0);
    await reader.close();
  });

  it("a page whose fonts have no ToUnicode map is drawn, and the reader says it cannot read it instead of listing garbage", async () => {
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.setInputFiles("[data-kxdb-action=open-pdf]", {
      name: "kxdb20251107-09.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await unmappedPage()),
    });
    await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    expect(await reader.locator("[data-kxdb-no-text=unmapped]").textContent()).toContain("ToUnicode");
    expect(await reader.locator("[data-kxdb-epaper-article]").count()).toBe(0);
    expect(await reader.locator(".page canvas").evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(300);
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-unmapped.png") });
    await reader.close();
  });

  it("an 8-page issue: first page annotated and all pages read (figures in test-results)", async () => {
    const page = await context.newPage();
    await page.goto(BIG_ISSUE);
    const reader = await openReaderFrom(page, "open-issue");
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 30_000 });
    const first = Number(await reader.getAttribute("html", "data-kxdb-ms"));
    const all = Number(await reader.getAttribute("html", "data-kxdb-all-ms"));
    expect(await reader.getAttribute("html", "data-kxdb-failed")).toBe("0");
    expect(await reader.locator(".pages button:not([disabled])").count()).toBe(8);
    writeFileSync(join(ARTIFACTS, "epaper-speed.json"), JSON.stringify({ firstPageMs: first, allPagesMs: all }, null, 2));
    console.log(`e-paper 8 pages: first page annotated ${first} ms after navigation, all pages read in ${all} ms`);
    await reader.close();
    await page.close();
  });

  it("'不是…' on a card in the reader takes the name off the page and out of the text at once", async () => {
    const page = await context.newPage();
    await page.goto(ISSUE);
    const reader = await openReaderFrom(page, "open-reader", FIXTURE_PAGES.indexOf("05"));
    await page.close();
    const { entity, card } = await hoverFirstBox(reader, ".page .hl-COMPANY");
    await card.locator("[data-kxdb-action=suppress]").click();
    await expect.poll(() => reader.locator(`.page [data-kxdb-entity="${entity}"]`).count()).toBe(0);
    await expect.poll(() => reader.locator(`kxdb-mark[data-kxdb-entity="${entity}"]`).count()).toBe(0);
    await reader.close();
  });
});

describe("the page templates in the reader", () => {
  let reader: Page;
  /** The continued article (第01版 → 第02版) as drawn. */
  const continued = () => templates[0].articles[0];
  /** Its two parts as the layout reads them in Node: article k of 第01版, article k2 of 第02版. */
  let first: EpaperArticle;
  let second: EpaperArticle;
  let k = -1;
  let k2 = -1;
  const pdf1 = "http://www.kxdb.com/file/upload/202511/07/kxdb20251107-01.pdf";
  /** The joined article's address: where it starts, and the PDF it goes on in. */
  const wholeUrl = () => `${pdf1}#page=1&article=${k}&then=kxdb20251107-02.pdf`;
  const body = () => reader.locator("[data-kxdb-epaper-body]");
  const bodyText = async () => squash((await body().textContent()) ?? "");

  it("the template issue opens whole; 第01版 lists the layout's articles, the continued one noted 下转第2版", async () => {
    expect(templates[0].name).toBe("continued");
    const page = await context.newPage();
    await page.goto(TEMPLATE_ISSUE);
    await page.waitForSelector("html[data-kxdb-epaper-pages]");
    reader = await openReaderFrom(page, "open-issue");
    await page.close();
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 60_000 });
    expect(await reader.getAttribute("html", "data-kxdb-failed")).toBe("0");
    const one = await extractPage(templates[0].pages[0].pdf);
    const expected = splitArticles(one.runs, one.graphics);
    const titles = await reader.locator("[data-kxdb-epaper-article]").allTextContents();
    expect(titles.map((t) => t.split(" ")[0])).toEqual(expected.map((a) => a.headline));
    k = expected.findIndex((a) => a.headline === continued().headline);
    first = expected[k];
    expect(first.continuesOn).toBe(2);
    expect(titles[k]).toContain("下转第2版");
    const two = await extractPage(templates[0].pages[1].pdf);
    const onTwo = splitArticles(two.runs, two.graphics);
    k2 = onTwo.findIndex((a) => a.continuedFrom === 1);
    second = onTwo[k2];
    expect(k2).toBeGreaterThanOrEqual(0);
  });

  it("a continued article (下转第２版) opens as one article, its text whole across both 版面", async () => {
    await reader.click(`[data-kxdb-epaper-article="${k}"]`);
    await reader.waitForSelector(`[data-kxdb-epaper-current="${k}"]`);
    const text = await bodyText();
    expect(text).toBe(squash(continued().text));
    // Part 1 then part 2, the markers cut.
    expect(text.startsWith(squash(first.text))).toBe(true);
    expect(text.endsWith(squash(second.text))).toBe(true);
    expect(text).not.toMatch(/下转|上接/);
    // The names of part 2 are highlighted in the text.
    await expect
      .poll(async () => (await body().locator("kxdb-mark").allTextContents()).map(squash))
      .toEqual(expect.arrayContaining(ONLY_IN_PART_2.names.map((n) => squash(printable(n)))));
  });

  it("on 第02版 its part is the same article, and names only in part 2 are highlighted on that page", async () => {
    await reader.click('[data-kxdb-epaper-page="1"]');
    await reader.waitForSelector('[data-kxdb-epaper-page="1"][aria-current="page"]');
    const entry = reader.locator(`[data-kxdb-epaper-article="${k2}"]`);
    expect(((await entry.textContent()) ?? "").split(" ")[0]).toBe(continued().headline);
    expect(await entry.textContent()).toContain("上接第1版");
    // (The page opens at its first article, this part; a click on its entry would scroll the list back into view.)
    if ((await entry.getAttribute("aria-current")) !== "true") await entry.click();
    await expect.poll(bodyText).toBe(squash(continued().text));
    // The text opens where part 2 starts: the side panel is scrolled down to it.
    await expect.poll(() => reader.locator(".side").evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const names = async () =>
      (
        await reader
          .locator(".page [data-kxdb-name]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-kxdb-name") ?? ""))
      ).map(squash);
    for (const name of ONLY_IN_PART_2.names) await expect.poll(names).toContain(squash(printable(name)));
    await reader.screenshot({ path: join(ARTIFACTS, "epaper-continued-part2.png") });
  });

  it("a fact saved from part 2 is the joined article's: it re-anchors after a reload, and its link opens 第02版 at it", async () => {
    // Twelve characters of part 2 on the drawn page (第02版 is typeset: a text item per character, in reading order).
    const quote = await reader.evaluate((part2) => {
      const spans = [...document.querySelectorAll<HTMLElement>(".textLayer [data-item]")];
      const texts = spans.map((s) => (s.textContent ?? "").replace(/\s+/g, ""));
      for (let i = Math.floor(spans.length / 4); i + 12 < spans.length; i++) {
        const run = texts.slice(i, i + 12).join("");
        if (run.length < 12 || !part2.includes(run)) continue;
        const range = document.createRange();
        range.setStart(spans[i].firstChild as Text, 0);
        range.setEnd(spans[i + 11].firstChild as Text, spans[i + 11].textContent?.length ?? 0);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        document.querySelector(".page")?.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return run;
      }
      return "";
    }, squash(second.text));
    expect(quote).not.toBe("");
    expect(squash(second.text)).toContain(quote);
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    const editor = reader.locator("kxdb-ui >> [data-kxdb-editor]");
    await editor.waitFor();
    const factId = (await editor.getAttribute("data-kxdb-editor")) ?? "";
    expect(squash((await editor.locator("blockquote").textContent()) ?? "")).toBe(quote);
    await reader.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
    await editor.waitFor({ state: "detached" });
    await reader.evaluate(() => document.getSelection()?.removeAllRanges());
    await reader.waitForSelector(`[data-kxdb-epaper-body] kxdb-fact[data-kxdb-fact="${factId}"]`);
    await reader.waitForSelector(`.page .hl-FACT[data-kxdb-fact="${factId}"]`);

    // After a reload: in the text of the article (opened on 第01版) and on 第02版's page.
    await reader.reload();
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 60_000 });
    await reader.click(`[data-kxdb-epaper-article="${k}"]`);
    await reader.waitForSelector(`[data-kxdb-epaper-body] kxdb-fact[data-kxdb-fact="${factId}"]`);
    expect(await reader.locator(`.page .hl-FACT[data-kxdb-fact="${factId}"]`).count()).toBe(0);
    await reader.click('[data-kxdb-epaper-page="1"]');
    await reader.click(`[data-kxdb-epaper-article="${k2}"]`);
    await reader.waitForSelector(`.page .hl-FACT[data-kxdb-fact="${factId}"]`);

    // Stored under the joined article; its source link opens both PDFs and turns to 第02版 at the quote.
    const notes = await context.newPage();
    await notes.goto(`chrome-extension://${extensionId}/notes.html`);
    const row = notes.locator(`[data-kxdb-fact="${factId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(continued().headline);
    const [again] = await Promise.all([context.waitForEvent("page"), row.locator("a[data-kxdb-source]").click()]);
    await again.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    await again.waitForSelector(`kxdb-fact[data-kxdb-fact="${factId}"][data-kxdb-current]`, { timeout: 30_000 });
    await again.waitForSelector(`.page .hl-FACT[data-kxdb-fact="${factId}"][data-kxdb-current]`);
    expect(await again.getAttribute('[data-kxdb-epaper-page="1"]', "aria-current")).toBe("page");
    expect(await again.locator(".pages button").allTextContents()).toEqual([
      expect.stringContaining("第01版"),
      expect.stringContaining("第02版"),
    ]);
    await again.close();
    await notes.close();
  });

  it("opened at 第02版 first, the part is read alone, then joined: the store keeps one record of the article", async () => {
    await reader.close();
    const page = await context.newPage();
    await page.goto(TEMPLATE_ISSUE);
    await page.waitForSelector("html[data-kxdb-epaper-pages]");
    reader = await openReaderFrom(page, "open-reader", 1);
    await page.close();
    await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 60_000 });
    await reader.click(`[data-kxdb-epaper-article="${k2}"]`);
    await expect.poll(bodyText).toBe(squash(continued().text));
    expect(await reader.locator("[data-kxdb-epaper-waiting]").count()).toBe(0);
    const part = (pdf: string, article: number) => `${pdf}#page=1&article=${article}`;
    const stored = () =>
      reader.evaluate(
        () =>
          new Promise<{ articles: string[]; mentions: string[] }>((resolve, reject) => {
            const open = indexedDB.open("kxdb-annotator");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(["articles", "mentions"]);
              const articles = tx.objectStore("articles").getAllKeys();
              const mentions = tx.objectStore("mentions").getAll();
              tx.oncomplete = () => {
                resolve({ articles: articles.result.map(String), mentions: mentions.result.map((m) => m.url) });
                open.result.close();
              };
            };
          }),
      );
    const halves = [part(pdf1, k), part(pdf1.replace("-01.pdf", "-02.pdf"), k2)];
    await expect.poll(async () => (await stored()).articles.filter((u) => halves.includes(u))).toEqual([]);
    const now = await stored();
    expect(now.articles.filter((u) => u === wholeUrl())).toHaveLength(1);
    expect(now.mentions.filter((u) => halves.includes(u))).toEqual([]);
    expect(now.mentions.filter((u) => u === wholeUrl()).length).toBeGreaterThanOrEqual(ONLY_IN_PART_2.names.length);
    await reader.close();
  });
});
