/**
 * The notes page tells the truth, in Chromium with the built extension and
 * real IndexedDB: counts are counts of facts, the page speaks the browser's
 * language without raw error text or developer figures, and the store is kept
 * (persistent storage, its size shown, automatic backups written by the
 * background into the downloads folder).
 */
import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Backup } from "../../lib/export/backup";
import { parseBackup } from "../../lib/export/backup";
import type { EntityRecord, FactRecord } from "../../lib/model/records";
import { extensionWorker, launchWithExtension } from "./browser";
import { startFixtureServer } from "./fixtureServer";

const URL_A = "http://www.kxdb.com/news/show.php?itemid=48230";

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
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it("grouped by entity, two facts linked to two entities each are two cards under “2 条结果”", async () => {
    context = await launchWithExtension(port);
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
