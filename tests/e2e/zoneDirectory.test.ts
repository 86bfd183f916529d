/**
 * The zone directory (issue 15) in Chromium with the built extension: three
 * articles on www.kxdb.com state the same company in the same zone; the zone's
 * page in the notes page lists the company with 3 articles and the sentences;
 * the card on the page says where the company is; a rejected relation stays
 * rejected after a reload and after the article is read again; the directory
 * CSV has it, with its verdict. An e-paper article read in the reader adds its
 * evidence, linked back to the reader.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../lib/export/csv";
import { DIRECTORY_CSV_COLUMNS } from "../../lib/export/zoneDirectory";
import { makeEpaperPdf, printable } from "../helpers/epaperPdf";
import { extensionWorker } from "./browser";
import { extraPages } from "./fixtureServer";
import { expectPageAccessible, openArticle, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const ZONE = "sx:晋城经济技术开发区";
const COMPANY_NAME = "山西厚生新材料科技有限公司";

/** Three reports, each in its own words, and the sentence of each that states where the company is. */
const ARTICLES = [
  {
    id: 91501,
    title: "厚生新材料隔膜项目落户晋城",
    date: "2025-09-12",
    paragraphs: [
      "近日，山西厚生新材料科技有限公司落户晋城经济技术开发区，项目总投资12亿元，建成后年产锂电池隔膜5亿平方米。",
      "该项目采用国内领先的湿法工艺，预计明年投产。",
    ],
  },
  {
    id: 91502,
    title: "晋城经开区新材料产业加快集聚",
    date: "2025-10-24",
    paragraphs: [
      "位于晋城经济技术开发区的山西厚生新材料科技有限公司二期项目日前开工建设，计划投资8亿元。",
      "开发区负责人表示，将全力做好要素保障，推动项目早日建成。",
    ],
  },
  {
    id: 91503,
    title: "隔膜产能再上新台阶",
    date: "2025-11-21",
    paragraphs: [
      "山西厚生新材料科技有限公司入驻晋城经开区三年来，产值年均增长30%，带动上下游企业12家。",
      "公司负责人介绍，明年将启动三期项目。",
    ],
  },
];

const url = (id: number) => `http://www.kxdb.com/news/show.php?itemid=${id}`;
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const pageOf = (a: (typeof ARTICLES)[number]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(a.title)}_科学导报</title></head><body>
<h1 id="title">${escapeHtml(a.title)}</h1><div class="info">发布日期：${a.date}&nbsp;&nbsp;来源：科学导报</div>
<div id="content"><div id="article">${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}</div></div></body></html>`;

const browser = useExtensionBrowser();

/** An e-paper issue of one 版 whose article states the same relation (read in the reader, not on a web page). */
const EPAPER_ISSUE = "/dzbk/show.php?itemid=91510";
const EPAPER_PDF = "/file/upload/202511/28/kxdb20251128-03.pdf";
const EPAPER_SENTENCE = printable("近日，山西厚生新材料科技有限公司三期项目落户晋城经济技术开发区，总投资15亿元。");

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const a of ARTICLES) extraPages.set(`/news/show.php?itemid=${a.id}`, pageOf(a));
  const pdf = await makeEpaperPdf([
    {
      headline: printable("厚生新材料三期项目落户"),
      paragraphs: [EPAPER_SENTENCE, printable("项目建成后，公司隔膜年产能将再翻一番，带动当地就业。")],
      columns: 2,
    },
  ]);
  extraPages.set(EPAPER_PDF, { type: "application/pdf", body: pdf });
  extraPages.set(
    EPAPER_ISSUE,
    `<!DOCTYPE html><html><head><meta charset="UTF-8"/><title>科学导报 2025年11月28日</title></head><body>
<h1 class="title" id="title">科学导报 2025年11月28日</h1><div class="info">发布日期：2025-11-28</div>
<div id="content"><div class="content" id="article"><p><a href="${EPAPER_PDF}" target="_blank">第03版：开发区建设</a></p></div></div></body></html>`,
  );
});
afterAll(() => {
  for (const a of ARTICLES) extraPages.delete(`/news/show.php?itemid=${a.id}`);
  extraPages.delete(EPAPER_PDF);
  extraPages.delete(EPAPER_ISSUE);
});

async function zonePage(): Promise<Page> {
  const worker = await extensionWorker(browser.context());
  const page = await browser.context().newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html#entity=${encodeURIComponent(ZONE)}`);
  await page.locator(`[data-kxdb-entity-page="${ZONE}"]`).waitFor();
  return page;
}

/** When the background last recorded the article (its store, read from the notes page: same origin). */
const lastRead = (page: Page, articleUrl: string) =>
  page.evaluate(
    (u) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open("kxdb-annotator");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("articles").objectStore("articles").get(u);
          get.onsuccess = () => {
            done((get.result as { lastRead?: number } | undefined)?.lastRead ?? 0);
            open.result.close();
          };
        };
      }),
    articleUrl,
  );

describe("zone directory", () => {
  let companyId = "";
  const located = (page: Page) => page.locator(`tr[data-kxdb-relation="${companyId} ${ZONE} located"]`);

  it("three articles read: the zone's page lists the company with 3 articles and the evidence", async () => {
    for (const a of ARTICLES) {
      const page = await openArticle(browser.context(), url(a.id));
      const company = page.locator("kxdb-mark[data-kxdb-type=COMPANY]", { hasText: "厚生" }).first();
      companyId = (await company.getAttribute("data-kxdb-entity")) ?? "";
      expect(await page.locator(`kxdb-mark[data-kxdb-entity="${ZONE}"]`).count()).toBeGreaterThan(0);
      await page.close();
    }
    expect(companyId).not.toBe("");

    const page = await zonePage();
    const row = located(page);
    await expect.poll(() => row.getAttribute("data-kxdb-verdict").catch(() => null), { timeout: 10_000 }).toBe("");
    await expect.poll(() => row.locator("[data-kxdb-relation-articles]").getAttribute("data-kxdb-relation-articles")).toBe("3");
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(COMPANY_NAME);
    expect(text).toContain("位于/入驻");
    expect(text).toContain("2025-09-12 — 2025-11-21");
    expect(text).toContain(ARTICLES[2].paragraphs[0]);
    expect(text).toContain("12亿元");
    // Each quote links to its article; the company to its own page.
    expect(await row.locator(`a[href="${url(91503)}"]`).textContent()).toBe(ARTICLES[2].title);
    expect(await row.locator("td.name a").getAttribute("href")).toBe(`#entity=${encodeURIComponent(companyId)}`);
    await page.screenshot({ path: join(ARTIFACTS, "zone-directory.png"), fullPage: true });
    await expectPageAccessible(page, "zone-directory");

    // The company's page lists the zone the same way.
    await row.locator("td.name a").click();
    await page.locator(`[data-kxdb-entity-page="${companyId}"]`).waitFor();
    const back = page.locator(`tr[data-kxdb-relation="${companyId} ${ZONE} located"]`);
    expect(await back.locator("td.name").textContent()).toBe("晋城经济技术开发区");
    await page.close();
  });

  it("the card on the page says where the company is, and how many companies the zone has", async () => {
    const page = await openArticle(browser.context(), url(91503));
    const company = page.locator(`kxdb-mark[data-kxdb-entity="${companyId}"]`).first();
    await company.hover();
    const card = page.locator(`kxdb-ui >> [data-kxdb-card="${companyId}"]`);
    await card.waitFor();
    await expect.poll(() => card.locator("[data-kxdb-directory=located]").textContent()).toBe("位于：晋城经济技术开发区");
    await page.keyboard.press("Escape");
    await page.locator(`kxdb-mark[data-kxdb-entity="${ZONE}"]`).first().hover();
    const zoneCard = page.locator(`kxdb-ui >> [data-kxdb-card="${ZONE}"]`);
    await zoneCard.waitFor();
    await expect.poll(() => zoneCard.locator("[data-kxdb-directory=companies]").textContent()).toBe("园区企业：1 家");
    await page.screenshot({ path: join(ARTIFACTS, "zone-card.png") });
    await page.close();
  });

  it("the card of a company that only signed with a zone names the zone and how", async () => {
    const signing = {
      id: 91504,
      title: "嘉兴港区再迎新伙伴",
      date: "2025-11-22",
      paragraphs: ["5月7日，嘉兴港区开发建设管理委员会与广东国鸿氢能科技有限公司签约，共同打造氢能产业园。"],
    };
    extraPages.set(`/news/show.php?itemid=${signing.id}`, pageOf(signing));
    const page = await openArticle(browser.context(), url(signing.id));
    const company = page.locator("kxdb-mark[data-kxdb-type=COMPANY]").first();
    const id = (await company.getAttribute("data-kxdb-entity")) ?? "";
    await company.hover();
    const card = page.locator(`kxdb-ui >> [data-kxdb-card="${id}"]`);
    await card.waitFor();
    await expect.poll(() => card.locator("[data-kxdb-directory=related]").textContent()).toBe("关联园区：嘉兴港区（签约）");
    await page.close();
  });

  it("a rejected relation stays rejected after a reload and after the article is read again; the CSV has it", async () => {
    const page = await zonePage();
    await located(page).locator("[data-kxdb-action=relation-reject]").click();
    const rejected = page.locator("[data-kxdb-rejected-relations]");
    await rejected.waitFor();
    expect(await located(page).getAttribute("data-kxdb-verdict")).toBe("rejected");

    await page.reload();
    await page.locator(`[data-kxdb-entity-page="${ZONE}"]`).waitFor();
    await rejected.waitFor();
    expect(await rejected.locator("summary").textContent()).toContain("已否定");
    expect(await located(page).getAttribute("data-kxdb-verdict")).toBe("rejected");

    // Read again: wait until the background has recorded it (and its relations) once more.
    const before = await lastRead(page, url(91501));
    await (await openArticle(browser.context(), url(91501))).close();
    await expect.poll(() => lastRead(page, url(91501))).toBeGreaterThan(before);
    // The relations are written right after the article, in their own transaction.
    await page.waitForTimeout(500);
    await page.reload();
    await rejected.waitFor();
    expect(await located(page).getAttribute("data-kxdb-verdict")).toBe("rejected");
    await rejected.locator("summary").click();
    await page.screenshot({ path: join(ARTIFACTS, "zone-directory-rejected.png"), fullPage: true });
    await expectPageAccessible(page, "zone-directory-rejected");

    const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-kxdb-action=export-directory-csv]")]);
    const csv = readFileSync((await file.path()) ?? "", "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
    const [head, ...rows] = parseCsv(csv);
    expect(head).toEqual([...DIRECTORY_CSV_COLUMNS]);
    const col = (name: (typeof DIRECTORY_CSV_COLUMNS)[number]) => DIRECTORY_CSV_COLUMNS.indexOf(name);
    const row = rows.find((r) => r[col("company_id")] === companyId && r[col("kind")] === "located") ?? [];
    expect(row[col("zone")]).toBe("晋城经济技术开发区");
    expect(row[col("company")]).toBe(COMPANY_NAME);
    expect(row[col("articles")]).toBe("3");
    expect(row[col("verdict")]).toBe("rejected");
    expect(row[col("evidence_url")]).toBe(url(91503));

    // Undo: back in the table.
    await located(page).locator("[data-kxdb-action=relation-undo]").click();
    await expect.poll(() => located(page).getAttribute("data-kxdb-verdict")).toBe("");

    // The Markdown (rejected relations left out; this one is back).
    const [md] = await Promise.all([page.waitForEvent("download"), page.click("[data-kxdb-action=export-directory-markdown]")]);
    const markdown = readFileSync((await md.path()) ?? "", "utf8");
    expect(markdown).toContain("## 晋城经济技术开发区");
    expect(markdown).toContain(`### ${COMPANY_NAME} · 位于\n\n3 篇 · 2025年9月12日—2025年11月21日`);
    await page.close();
  });

  it("an e-paper article read in the reader adds its evidence, linked back to the reader", async () => {
    const issue = await browser.context().newPage();
    await issue.goto(`http://www.kxdb.com${EPAPER_ISSUE}`);
    await issue.waitForSelector("html[data-kxdb-epaper-pages]");
    const [reader] = await Promise.all([
      browser.context().waitForEvent("page"),
      issue.locator("kxdb-ui >> [data-kxdb-action=open-reader]").first().click(),
    ]);
    await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    await reader.close();
    await issue.close();
    const page = await zonePage();
    const row = located(page);
    await expect.poll(() => row.locator("[data-kxdb-relation-articles]").getAttribute("data-kxdb-relation-articles")).toBe("4");
    const link = row.locator("ul.evidence li", { hasText: EPAPER_SENTENCE.slice(3, 20) }).locator("a");
    expect(await link.getAttribute("href")).toMatch(/^chrome-extension:\/\/[a-z]+\/reader\.html\?/);
    await page.close();
  });
});
