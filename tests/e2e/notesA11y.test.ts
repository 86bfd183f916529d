/**
 * axe-core over the extension's own pages: the notes page with facts, an
 * entity page, and the import summary. No violation of impact serious or
 * critical; every finding is written to test-results/e2e/axe-notes-*.json.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, it } from "vitest";
import { extensionWorker } from "./browser";
import { expectPageAccessible, openArticle, saveQuote, useExtensionBrowser } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";
const ZGQ = "sx:山西转型综合改革示范区";
const browser = useExtensionBrowser();
let factId = "";

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const page = await openArticle(browser.context(), TAISHAN);
  factId = await saveQuote(page, "位于山西转型综改示范区阳曲工业园区的泰山玻纤纤维(太原)有限公司", "龙头项目", "玻纤");
  await page.close();
});

async function notesPage(hash = ""): Promise<Page> {
  const worker = await extensionWorker(browser.context());
  const page = await browser.context().newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/notes.html${hash}`);
  await page.locator("main").first().waitFor();
  return page;
}

describe("axe over the notes pages", () => {
  it("the notes page with a fact", async () => {
    const page = await notesPage();
    await page.locator(`[data-kxdb-fact="${factId}"]`).first().waitFor();
    await expectPageAccessible(page, "list");
    await page.close();
  });

  it("an entity page", async () => {
    const page = await notesPage(`#entity=${encodeURIComponent(ZGQ)}`);
    await page.locator(`[data-kxdb-fact="${factId}"]`).first().waitFor();
    await expectPageAccessible(page, "entity");
    await page.close();
  });

  it("the import summary", async () => {
    const page = await notesPage();
    await page.locator(`[data-kxdb-fact="${factId}"]`).first().waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-kxdb-action=export-json]")]);
    const backup = JSON.parse(readFileSync(await file.path(), "utf8"));
    // A second fact the store does not have, so the summary has something to show.
    const copy = { ...backup.facts[0], id: `${backup.facts[0].id}-b`, dedupe: `${backup.facts[0].dedupe}-b`, note: "另一条" };
    backup.facts.push(copy);
    await page.setInputFiles("input[type=file][data-kxdb-action=import]", {
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await page.locator("[data-kxdb-import-summary]").waitFor();
    await expectPageAccessible(page, "import-summary");
    await page.close();
  });
});
