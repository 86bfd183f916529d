/**
 * The notes page in Chromium with the built extension: facts saved on fixture
 * pages are listed and searchable; each export goes through the browser's real
 * download and parses; the JSON backup imports into a fresh profile.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackup } from "../../lib/export/backup";
import { CSV_COLUMNS, parseCsv } from "../../lib/export/csv";
import { extensionWorker, launchWithExtension } from "./browser";
import { startFixtureServer } from "./fixtureServer";
import { openArticle, saveQuote } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";
const OPENING = "http://www.kxdb.com/news/show.php?itemid=47102";

let server: Server;
let port = 0;
let context: BrowserContext;
const saved: Record<string, string> = {};

async function notesPage(ctx: BrowserContext): Promise<Page> {
  const worker = await extensionWorker(ctx);
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html`);
  await page.locator("main header").waitFor();
  return page;
}

async function download(page: Page, action: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-kxdb-action=${action}]`)]);
  const path = await file.path();
  return readFileSync(path, "utf8");
}

beforeAll(async () => {
  const started = await startFixtureServer();
  server = started.server;
  port = started.port;
  context = await launchWithExtension(port);
  await extensionWorker(context);
  const a = await openArticle(context, TAISHAN);
  saved.taishan = await saveQuote(
    a,
    "泰山玻纤“年产 30 万吨高性能玻璃纤维智能制造项目”总投资 36 亿元",
    '备注里有"引号", 逗号\n和换行 <script>x</script>',
    "玻纤 投资",
  );
  await a.close();
  const b = await openArticle(context, OPENING);
  saved.opening = await saveQuote(b, "上半年,全省实际使用外资4.1754亿美元,同比增长46.65%", "", "外资");
  await b.close();
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

describe("notes page", () => {
  it("lists every saved fact and finds them as you type, highlighting the words", async () => {
    const page = await notesPage(context);
    await page.locator(`[data-kxdb-fact="${saved.taishan}"]`).first().waitFor();
    expect(await page.locator(`[data-kxdb-fact="${saved.opening}"]`).count()).toBeGreaterThan(0);
    await page.fill("input[data-kxdb-action=search]", "玻璃纤维");
    await expect.poll(() => page.locator(`[data-kxdb-fact="${saved.opening}"]`).count()).toBe(0);
    expect(await page.locator(`[data-kxdb-fact="${saved.taishan}"] mark`).first().textContent()).toBe("玻璃纤维");
    // An entity's name finds the facts linked to it.
    await page.fill("input[data-kxdb-action=search]", "泰山玻纤");
    await expect.poll(() => page.locator(`[data-kxdb-fact="${saved.taishan}"]`).count()).toBeGreaterThan(0);
    await page.fill("input[data-kxdb-action=search]", "");
    await page.screenshot({ path: join(ARTIFACTS, "notes.png"), fullPage: true });
    await page.close();
  });

  it("exports Markdown, CSV and JSON through real downloads that parse back", async () => {
    const page = await notesPage(context);
    await page.locator(`[data-kxdb-fact="${saved.taishan}"]`).first().waitFor();

    const md = await download(page, "export-markdown");
    expect(md.startsWith("---\ntitle:")).toBe(true);
    expect(md).toContain("泰山玻纤“年产 30 万吨高性能玻璃纤维智能制造项目”总投资 36 亿元");
    expect(md).not.toContain("<script>");
    expect(md).toContain("— 《科学导报》2025年12月19日");

    const csv = await download(page, "export-csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = rows.find((r) => r[0] === saved.taishan) ?? [];
    expect(row[CSV_COLUMNS.indexOf("note")]).toBe('备注里有"引号", 逗号\n和换行 <script>x</script>');
    expect(row[CSV_COLUMNS.indexOf("amount_yuan")]).toBe("3600000000");

    const json = await download(page, "export-json");
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.facts.map((f) => f.id).sort()).toEqual([saved.taishan, saved.opening].sort());
    await page.close();

    // Import into a fresh profile: summary first, then the same facts.
    const fresh = await launchWithExtension(port);
    try {
      const notes = await notesPage(fresh);
      await notes.setInputFiles("input[type=file][data-kxdb-action=import]", {
        name: "backup.json",
        mimeType: "application/json",
        buffer: Buffer.from(json),
      });
      const summary = notes.locator("[data-kxdb-import-summary]");
      await summary.waitFor();
      expect(await summary.locator("[data-kxdb-import-row=facts] td").first().textContent()).toBe("2");
      await notes.click("[data-kxdb-action=import-confirm]");
      await notes.locator(`[data-kxdb-fact="${saved.taishan}"]`).first().waitFor();
      expect(await notes.locator(`[data-kxdb-fact="${saved.opening}"]`).count()).toBeGreaterThan(0);
      // The same file again: nothing new, said at once (no summary of zero changes to confirm).
      await notes.setInputFiles("input[type=file][data-kxdb-action=import]", {
        name: "backup.json",
        mimeType: "application/json",
        buffer: Buffer.from(json),
      });
      await expect.poll(() => notes.locator("[role=status]").textContent()).toContain("没有新内容");
      expect(await summary.count()).toBe(0);
      // A foreign file gets a clear message and writes nothing.
      await notes.setInputFiles("input[type=file][data-kxdb-action=import]", {
        name: "other.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"hello":1}'),
      });
      await expect.poll(() => notes.locator("[role=alert]").textContent()).toContain("不是科学导报标注助手的备份文件");
    } finally {
      await fresh.close();
    }
  });

  it("edits in place, bulk-tags, bulk-deletes with undo", async () => {
    const page = await notesPage(context);
    const row = page.locator(`li[data-kxdb-fact="${saved.opening}"]`).first();
    await row.waitFor();
    await row.locator("[data-kxdb-action=row-edit]").click();
    await row.locator("textarea").fill("外资增长很快");
    await row.locator("[data-kxdb-action=row-save]").click();
    await expect.poll(() => row.locator(".note").textContent()).toBe("外资增长很快");
    for (const id of [saved.opening, saved.taishan])
      await page.locator(`li[data-kxdb-fact="${id}"] input[type=checkbox]`).first().check();
    await page.fill("[aria-label=批量添加的标签]", "季度汇报");
    await page.click("[data-kxdb-action=bulk-tag]");
    await expect.poll(() => page.locator("li[data-kxdb-fact] .tags", { hasText: "#季度汇报" }).count()).toBeGreaterThanOrEqual(2);
    await page.click("[data-kxdb-action=bulk-delete]");
    await expect.poll(() => page.locator("li[data-kxdb-fact]").count()).toBe(0);
    await page.click("[data-kxdb-action=undo]");
    await expect.poll(() => page.locator(`li[data-kxdb-fact="${saved.taishan}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("an entity page shows its facts and figures table (no chart for amounts of one date)", async () => {
    const page = await notesPage(context);
    await page.locator(`[data-kxdb-fact="${saved.taishan}"]`).first().waitFor();
    await page.locator("li[data-kxdb-fact] a.entity", { hasText: "泰山" }).first().click();
    const entityPage = page.locator("[data-kxdb-entity-page]");
    await entityPage.waitFor();
    expect(await entityPage.locator("table.figures").textContent()).toContain("36 亿元");
    // Both of its amounts come from one article's date: no line to draw (lib/notes/amountsOverTime.ts).
    expect(await entityPage.locator("svg").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "entity-page.png"), fullPage: true });
    await page.close();
  });
});
