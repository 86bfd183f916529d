/**
 * Photo captions, credits and ▲ sub-heads on a kxdb.com article: their lead
 * words never join the name after them (`图为太原武宿综保区` was recorded as a
 * zone of its own).
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionWorker, launchWithExtension } from "./browser";
import { extraPages, FIXTURES, startFixtureServer } from "./fixtureServer";
import { openArticle } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const ROUTE = "/news/show.php?itemid=49001";
const BODY = [
  '<p style="text-align:center"><img src="/file/upload/wusu.jpg" alt=""></p>',
  '<p style="text-align:center">图为太原武宿综保区一角。（本报记者 李华 摄）</p>',
  "<p>　　科学导报讯 今年以来，太原武宿综保区进出口额同比增长。</p>",
  "<p>　　▲晋城经开区企业加紧生产</p>",
  "<p>　　（记者 王强 摄）山西光福科技有限公司车间里，工人们正在调试设备。</p>",
  '<p style="text-align:center">上图：山西光福科技有限公司生产线</p>',
].join("\n");

let server: Server;
let context: BrowserContext;

beforeAll(async () => {
  const page = readFileSync(join(FIXTURES, "news-48230.html"), "utf8").replace(
    /(<div class="content" id="article">)[\s\S]*?(<\/div><\/div>\s*<div class="np">)/,
    `$1\n${BODY}\n$2`,
  );
  extraPages.set(ROUTE, page);
  const started = await startFixtureServer();
  server = started.server;
  context = await launchWithExtension(started.port);
  await extensionWorker(context);
});

afterAll(async () => {
  extraPages.delete(ROUTE);
  await context?.close();
  server?.close();
});

describe("captions and sub-heads", () => {
  it("highlight the names in them without their lead words, linked to the same entities as in the text", async () => {
    const page = await openArticle(context, `http://www.kxdb.com${ROUTE}`);
    const shown = await page.$$eval("#article kxdb-mark", (els) =>
      els.map((e) => `${e.getAttribute("data-kxdb-type")}:${e.textContent}@${e.getAttribute("data-kxdb-entity")}`),
    );
    const names = shown.map((s) => s.split("@")[0]);
    expect(names).toEqual([
      "ZONE:太原武宿综保区",
      "ZONE:太原武宿综保区",
      "ZONE:晋城经开区",
      "COMPANY:山西光福科技有限公司",
      "COMPANY:山西光福科技有限公司",
    ]);
    // The caption's zone is the text's zone: one entity, not a separate "图为…" one.
    expect(new Set(shown.slice(0, 2).map((s) => s.split("@")[1])).size).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "captions.png"), fullPage: true });
    await page.close();
  });
});
