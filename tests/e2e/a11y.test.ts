/**
 * axe-core over our UI on an article, in light and dark colour schemes: the
 * legend, an open entity card (with a saved fact), the entity panel and the
 * fact editor. All of it lives in the open shadow root of <kxdb-ui>; axe is
 * run with that element as its context and follows into the shadow root.
 * No violation of impact serious or critical is allowed; every finding
 * (and what axe could not decide) is written to test-results/e2e/axe-*.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import axe from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionWorker, launchWithExtension } from "./browser";
import { startFixtureServer } from "./fixtureServer";
import { openArticle, saveQuote, selectInArticle } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const TAISHAN = "http://www.kxdb.com/news/show.php?itemid=48230";
const QUOTE = "泰山玻纤“年产 30 万吨高性能玻璃纤维智能制造项目”总投资 36 亿元";

let server: Server;
let context: BrowserContext;

beforeAll(async () => {
  const started = await startFixtureServer();
  server = started.server;
  context = await launchWithExtension(started.port);
  await extensionWorker(context);
  // A saved fact, so that cards show a fact (quote, figure chips, 编辑/删除) and the page a saved quote.
  const page = await openArticle(context, TAISHAN);
  await saveQuote(page, QUOTE, "备注", "玻纤");
  // And one taken back, so that the panel lists 最近删除的事实.
  await selectInArticle(page, "窑炉内，火焰熊熊燃烧");
  await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
  await page.click("kxdb-ui >> [data-kxdb-action=unsave]");
  await page.locator("kxdb-ui >> [data-kxdb-editor]").waitFor({ state: "detached" });
  await page.close();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; html: string; summary: string }[];
}

/** Run axe over <kxdb-ui> (and its shadow root) in the page's own world: violations, and what axe could not decide. */
async function audit(page: Page): Promise<{ violations: Finding[]; incomplete: Finding[] }> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const ui = document.querySelector("kxdb-ui");
    if (!ui) throw new Error("no kxdb-ui");
    const result = await axe.run(ui, { resultTypes: ["violations", "incomplete"] });
    // Checks that ran on none of our elements would pass vacuously: make sure axe saw into the shadow root.
    if (!result.passes.some((r) => r.nodes.some((n) => Array.isArray(n.target[0])))) throw new Error("axe saw no shadow DOM");
    const findings = (list: typeof result.violations): Finding[] =>
      list.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary ?? "" })),
      }));
    return { violations: findings(result.violations), incomplete: findings(result.incomplete) };
  });
}

/** Serious and critical violations fail the test; all findings are kept in a file for reading. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const findings = await audit(page);
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), `${JSON.stringify(findings, null, 2)}\n`);
  await page.screenshot({ path: join(ARTIFACTS, `a11y-${name}.png`) });
  const severe = findings.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe, JSON.stringify(severe, null, 2)).toEqual([]);
}

describe.each(["light", "dark"] as const)("axe, %s colour scheme", (scheme) => {
  async function open(): Promise<Page> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(TAISHAN);
    await page.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
    return page;
  }

  it("the legend and an open entity card (with a saved fact)", async () => {
    const page = await open();
    const card = page.locator("kxdb-ui >> [data-kxdb-card]");
    await page.locator("#article [data-kxdb-fact] kxdb-mark").first().focus();
    await card.locator("[data-kxdb-article-count]").waitFor({ timeout: 10_000 });
    await card.locator("[data-kxdb-fact]").first().waitFor({ timeout: 10_000 });
    await page.keyboard.press("Tab");
    await expectAccessible(page, `card-${scheme}`);
    await page.close();
  });

  it("the entity panel (实体列表)", async () => {
    const page = await open();
    await page.click("kxdb-ui >> [data-kxdb-action=panel]");
    await page.locator("kxdb-ui >> aside.panel [data-kxdb-panel-entity]").first().waitFor();
    await page.locator("kxdb-ui >> aside.panel [data-kxdb-trash]").first().waitFor({ timeout: 10_000 });
    await page.locator("kxdb-ui >> aside.panel [data-kxdb-action=save-suggestion]").first().waitFor();
    await expectAccessible(page, `panel-${scheme}`);
    await page.close();
  });

  it("the fact editor, and the legend offering 将…标为", async () => {
    const page = await open();
    await selectInArticle(page, "中国建材集团");
    await page.locator("kxdb-ui >> [data-kxdb-action=add-company]").waitFor();
    await expectAccessible(page, `legend-selection-${scheme}`);
    await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
    await page.locator("kxdb-ui >> [data-kxdb-editor]").waitFor();
    await page.locator("kxdb-ui >> .toast").waitFor();
    await expectAccessible(page, `editor-${scheme}`);
    await page.close();
  });
});
