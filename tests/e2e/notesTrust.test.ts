/**
 * The notes page tells the truth, in Chromium with the built extension and
 * real IndexedDB: counts are counts of facts, the page speaks the browser's
 * language without raw error text or developer figures, and the store is kept
 * (persistent storage, its size shown, automatic backups written by the
 * background into the downloads folder).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "../../lib/backup/schedule";
import type { Backup } from "../../lib/export/backup";
import { parseBackup } from "../../lib/export/backup";
import type { EntityRecord, FactRecord } from "../../lib/model/records";
import { extensionWorker, launchWithExtension } from "./browser";
import { startFixtureServer } from "./fixtureServer";

/** The extension API as the notes page sees it (inside page.evaluate). */
declare const chrome: {
  runtime: { getManifest(): { permissions?: string[] } };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  downloads: { search(query: { filenameRegex: string }): Promise<unknown[]> };
};

const ARTIFACTS = "test-results/e2e";
const URL_A = "http://www.kxdb.com/news/show.php?itemid=48230";
/** A long company name, as the recognizer's canonical names often are. */
const LONG_NAME = "山西转型综合改革示范区晋中开发区新能源汽车产业园运营管理有限公司";
const LONG_NAME_ID = `co:${LONG_NAME}`;

const entity = (id: string, type: "ZONE" | "COMPANY", canonical: string): EntityRecord => ({
  id,
  type,
  canonical,
  aliases: [canonical],
  firstSeen: 1766100000000,
  lastSeen: 1766100000000,
});

const fact = (id: string, quote: string, entityIds: string[], at: number): FactRecord => ({
  id,
  quote,
  note: "",
  tags: [],
  entityIds,
  figures: [],
  url: URL_A,
  sourceInfo: { url: URL_A, title: "晋城经开区签约 31 个项目", date: "2025-12-19", source: "科学导报", issue: "1234" },
  anchor: {
    quote: { type: "TextQuoteSelector", exact: quote, prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start: 0, end: quote.length },
  },
  createdAt: at,
  updatedAt: at,
  dedupe: `${URL_A}\u0001${quote.replace(/\s+/g, "")}`,
});

/** Two facts, each linked to the same zone and the same company. */
const twoFactBackup: Backup = {
  format: "kxdb-annotator-backup",
  version: 1,
  exportedAt: "2026-11-25T08:00:00.000Z",
  facts: [
    fact("f-1", "晋城经开区与泰山玻纤签约年产 30 万吨项目", ["sx:晋城经济技术开发区", "co:泰山玻璃纤维有限公司"], 1766100200000),
    fact("f-2", "泰山玻纤落户晋城经开区，总投资 36 亿元", ["sx:晋城经济技术开发区", "co:泰山玻璃纤维有限公司"], 1766100300000),
  ],
  entities: [
    entity("sx:晋城经济技术开发区", "ZONE", "晋城经济技术开发区"),
    entity("co:泰山玻璃纤维有限公司", "COMPANY", "泰山玻璃纤维有限公司"),
    entity(LONG_NAME_ID, "COMPANY", LONG_NAME),
  ],
  articles: [],
  mentions: [],
  corrections: [],
};

let server: Server;
let port = 0;

async function openNotes(ctx: BrowserContext, hash = ""): Promise<Page> {
  const worker = await extensionWorker(ctx);
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html${hash}`);
  await page.locator("main header").waitFor();
  return page;
}

/** Import a backup through the page's file input, confirming the summary. */
async function importBackup(page: Page, backup: Backup, name = "backup.json"): Promise<void> {
  await page.setInputFiles("input[type=file][data-kxdb-action=import]", {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.click("[data-kxdb-action=import-confirm]");
  await page.locator(`li[data-kxdb-fact="${backup.facts[0].id}"]`).first().waitFor();
}

beforeAll(async () => {
  expect(parseBackup(JSON.stringify(twoFactBackup)).ok).toBe(true);
  const started = await startFixtureServer();
  server = started.server;
  port = started.port;
});

afterAll(() => {
  server?.close();
});

describe("counts on the notes page", () => {
  const LOCALE = "zh-CN";
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchWithExtension(port, { locale: LOCALE });
  });
  afterAll(async () => context?.close());

  it("grouped by entity, two facts linked to two entities each are two cards under “2 条结果”", async () => {
    const page = await openNotes(context);
    await importBackup(page, twoFactBackup);
    await expect.poll(() => page.locator("li[data-kxdb-fact]").count()).toBe(2);
    const results = await page.locator(".filters .meta").first().textContent();
    expect(results).toMatch(/^2 条结果/);
    // Group headings count facts too: they add up to the results.
    const groupCounts = await page.locator("section.group h2 .meta").allTextContents();
    expect(groupCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(2);
    // The other entity is named beside each card.
    expect(await page.locator("li[data-kxdb-fact] [data-kxdb-also]").count()).toBe(2);
    expect(await page.locator("li[data-kxdb-fact] [data-kxdb-also]").first().textContent()).toMatch(/^也关联：/);
    await page.close();
  });
});

/** The page's text without the facts themselves (quotes and names come from the newspaper). */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.querySelector("main")?.cloneNode(true) as HTMLElement;
    for (const el of Array.from(
      copy.querySelectorAll("blockquote, q, a.entity, [data-kxdb-also] a, [data-kxdb-source], h2 a, .name, option, details"),
    ))
      el.remove();
    return copy.textContent ?? "";
  });
}

describe("importing a backup from before the zone ids changed", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchWithExtension(port, { locale: "zh-CN" });
  });
  afterAll(async () => context?.close());

  it("a zone the backup keeps under its old id joins the zone's current entry: one group, both facts", async () => {
    // Before stop 34 a zone outside the catalogue was keyed by its literal name: `阳泉市开发区` apart from the
    // catalogue's 阳泉经济技术开发区. The store's one-time repair ran before this file came in.
    const OLD_ID = "zone:阳泉市开发区";
    const CURRENT_ID = "sx:阳泉经济技术开发区";
    const backup: Backup = {
      ...twoFactBackup,
      facts: [
        fact("f-old", "阳泉市开发区新引进企业 12 家", [OLD_ID], 1766100200000),
        fact("f-new", "阳泉经济技术开发区全年签约项目 30 个", [CURRENT_ID], 1766100300000),
      ],
      entities: [entity(OLD_ID, "ZONE", "阳泉市开发区"), entity(CURRENT_ID, "ZONE", "阳泉经济技术开发区")],
    };
    const page = await openNotes(context);
    await importBackup(page, backup);
    await expect.poll(() => page.locator("[role=status]").first().textContent()).toMatch(/1 个园区或企业的记录已按当前规则归并/);
    await expect.poll(() => page.locator("section.group h2").count()).toBe(1);
    expect(await page.locator("section.group h2").first().textContent()).toMatch(/阳泉经济技术开发区\s*2/);
    await page.screenshot({ path: join(ARTIFACTS, "notes-import-old-zone-ids.png") });
    await page.reload();
    await page.locator("li[data-kxdb-fact]").first().waitFor();
    expect(await page.locator("section.group h2").count()).toBe(1);
    expect(await page.locator("li[data-kxdb-fact]").count()).toBe(2);
    await page.close();
  });
});

describe("words for readers", () => {
  const LOCALE = "zh-CN";
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchWithExtension(port, { locale: LOCALE });
    const page = await openNotes(context);
    await importBackup(page, twoFactBackup);
    await page.close();
  });
  afterAll(async () => context?.close());

  it("a broken backup is explained in words; the JavaScript error stays in a collapsed details line", async () => {
    const page = await openNotes(context);
    const good = JSON.stringify(twoFactBackup);
    await page.setInputFiles("input[type=file][data-kxdb-action=import]", {
      name: "truncated.json",
      mimeType: "application/json",
      buffer: Buffer.from(good.slice(0, 414)),
    });
    const alert = page.locator("[role=alert]");
    await alert.waitFor();
    const shown = await alert.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const d of Array.from(copy.querySelectorAll("details"))) d.remove();
      return copy.textContent ?? "";
    });
    expect(shown).toContain("truncated.json");
    expect(shown).not.toMatch(/JSON at position|Unterminated|Unexpected|SyntaxError/);
    const details = alert.locator("details");
    expect(await details.count()).toBe(1);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.textContent()).toMatch(/JSON/);
    await page.close();
  });

  it("re-importing an identical backup says there is nothing new instead of asking to confirm", async () => {
    const page = await openNotes(context);
    await page.locator("li[data-kxdb-fact]").first().waitFor();
    await page.setInputFiles("input[type=file][data-kxdb-action=import]", {
      name: "again.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(twoFactBackup)),
    });
    await expect.poll(() => page.locator("[role=status]").textContent()).toContain("没有新内容");
    expect(await page.locator("[data-kxdb-import-summary]").count()).toBe(0);
    await page.close();
  });

  it("shows no developer figures (search time) unless the debug switch is on", async () => {
    const page = await openNotes(context);
    await page.locator("li[data-kxdb-fact]").first().waitFor();
    await page.fill("input[data-kxdb-action=search]", "泰山");
    await expect.poll(() => page.locator("li[data-kxdb-fact]").count()).toBe(2);
    expect(await page.locator("main").textContent()).not.toMatch(/\d\s*ms\b/);
    await page.close();
    const debug = await openNotes(context, "?debug=1");
    await debug.locator("li[data-kxdb-fact]").first().waitFor();
    await expect.poll(() => debug.locator(".filters").textContent()).toMatch(/\d\s*ms\b/);
    await debug.close();
  });

  it("the entity page's rename field shows the whole name, and its label and button say different things", async () => {
    const page = await openNotes(context, `#entity=${encodeURIComponent(LONG_NAME_ID)}`);
    const input = page.locator("[data-kxdb-action=rename-input]");
    await input.waitFor();
    expect(await input.inputValue()).toBe(LONG_NAME);
    const fits = await input.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth);
    expect(fits).toBe(true);
    const label = await input.evaluate((el) => (el.closest("label")?.textContent ?? "").trim());
    const button = ((await page.locator("[data-kxdb-action=rename]").textContent()) ?? "").trim();
    expect(label).not.toBe("");
    expect(label).not.toBe(button);
    await page.close();
  });
});

describe("an English browser", () => {
  const LOCALE = "en-US";
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchWithExtension(port, { locale: LOCALE });
  });
  afterAll(async () => context?.close());

  it("gets the notes page, the entity page and import errors in English", async () => {
    const page = await openNotes(context);
    await importBackup(page, twoFactBackup);
    expect(await page.locator("main header h1").textContent()).toContain("Notes");
    const cjk = /[\u3400-\u9fff]/;
    await page.screenshot({ path: join(ARTIFACTS, "notes-en.png"), fullPage: true });
    const text = await chromeText(page);
    expect(text.match(/.{0,30}[\u3400-\u9fff]+.{0,30}/g)).toBeNull();
    await page.setInputFiles("input[type=file][data-kxdb-action=import]", {
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"hello":1}'),
    });
    await expect.poll(() => page.locator("[role=alert]").textContent()).toMatch(/not a backup/i);
    expect(await page.locator("[role=alert]").textContent()).not.toMatch(cjk);
    await page.goto(`${page.url().split("#")[0]}#entity=${encodeURIComponent("co:泰山玻璃纤维有限公司")}`);
    await page.locator("[data-kxdb-entity-page]").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "entity-page-en.png"), fullPage: true });
    expect(await chromeText(page)).not.toMatch(cjk);
    await page.close();
  });
});

describe("keeping the store", () => {
  let context: BrowserContext;
  let downloads = "";
  const backupsDir = () => join(downloads, "kxdb-backups");
  const files = () => (existsSync(backupsDir()) ? readdirSync(backupsDir()).sort() : []);
  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), "kxdb-downloads-"));
    context = await launchWithExtension(port, { downloadDir: downloads });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it("asks for storage the browser will not clear on its own, and shows the store's size", async () => {
    const page = await openNotes(context);
    const permissions = await page.evaluate(() => chrome.runtime.getManifest().permissions ?? []);
    expect(permissions).toEqual(expect.arrayContaining(["unlimitedStorage", "downloads", "alarms"]));
    const size = page.locator("[data-kxdb-store-size]");
    await size.waitFor();
    // A store just created may be counted a moment later by the browser's quota manager (seen at 0 under load).
    await expect
      .poll(
        async () => {
          const usage = Number(await size.getAttribute("data-kxdb-store-size"));
          if (!usage) {
            await page.reload();
            await size.waitFor();
          }
          return usage;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    expect(await size.getAttribute("data-kxdb-store-kept")).toBe("true");
    expect(await size.textContent()).toMatch(/数据约 [\d.]+ (B|KB|MB)/);
    // Nothing saved yet: nothing to ask about.
    expect(await page.locator("[data-kxdb-backup-ask]").count()).toBe(0);
    await page.close();
  });

  it("says how much of the store's size is the segmenter's start-up cache, not notes", async () => {
    // Reading an article starts the recognizer, which keeps jieba's heap image (tens of MB) in the extension's origin.
    const article = await context.newPage();
    await article.goto("http://www.kxdb.com/news/show.php?itemid=48230");
    await article.waitForSelector('html[data-kxdb-state="ready"]');
    await article.close();
    const page = await openNotes(context);
    const size = page.locator("[data-kxdb-store-size]");
    await expect
      .poll(
        async () => {
          await page.reload();
          await size.waitFor();
          return Number(await size.getAttribute("data-kxdb-store-cache"));
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeGreaterThan(1_000_000);
    expect(await size.textContent()).toMatch(/（其中 [\d.]+ MB 是分词器的启动缓存，可随时重建，不含笔记）/);
    await page.close();
  });

  it("after the first fact asks once; yes: the background writes a backup into kxdb-backups/", async () => {
    const page = await openNotes(context);
    await importBackup(page, twoFactBackup);
    const ask = page.locator("[data-kxdb-backup-ask]");
    await ask.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "notes-backup-ask.png") });
    await page.click("[data-kxdb-action=backup-yes]");
    const expected = `kxdb-backup-${localDate(Date.now())}.json`;
    await expect.poll(files, { timeout: 15_000 }).toEqual([expected]);
    const written = parseBackup(readFileSync(join(backupsDir(), expected), "utf8"));
    expect(written.ok && written.backup.facts.map((f) => f.id).sort()).toEqual(["f-1", "f-2"]);
    await expect.poll(() => page.locator("[data-kxdb-last-backup]").textContent()).toBe("上次备份：今天");
    expect(await ask.count()).toBe(0);
    // The weekly alarm is set.
    expect(await page.evaluate(async () => (await chrome.alarms.get("kxdb-auto-backup"))?.periodInMinutes)).toBe(24 * 60);
    // Asked once: not again.
    await page.reload();
    await page.locator("[data-kxdb-backups=on]").waitFor();
    expect(await page.locator("[data-kxdb-backup-ask]").count()).toBe(0);
    await page.close();
  });

  it("keeps the newest 8 backups it wrote and deletes the older ones", async () => {
    const page = await openNotes(context);
    const now = page.locator("[data-kxdb-action=backup-now]");
    for (let written = 2; written <= 9; written++) {
      await now.click();
      await expect.poll(files, { timeout: 15_000 }).toHaveLength(Math.min(written, 8));
      await expect.poll(() => now.isEnabled()).toBe(true);
    }
    expect(await page.locator("[data-kxdb-backup-status]").textContent()).toContain("已备份到下载文件夹：kxdb-backups/");
    await page.screenshot({ path: join(ARTIFACTS, "notes-backups.png") });
    // The first one (no " (n)" suffix) was the oldest: deleted, file and download entry.
    await expect.poll(files, { timeout: 15_000 }).not.toContain(`kxdb-backup-${localDate(Date.now())}.json`);
    expect(files()).toHaveLength(8);
    const entries = () => page.evaluate(async () => (await chrome.downloads.search({ filenameRegex: "kxdb-backups" })).length);
    await expect.poll(entries).toBe(8);
    await page.close();
  });
});
