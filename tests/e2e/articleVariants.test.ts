/**
 * kxdb.com article pages in older templates (no `#article`), short and long,
 * served at kxdb.com article addresses: the extension finds the body from the
 * page's structure and highlights exactly what the recognizer finds in the
 * article text and its headline, nothing in the byline, prev/next links,
 * sidebar, share bar, comments or footer.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Recognizer } from "../../lib/ner/recognizer";
import { createNodeRecognizer } from "../../scripts/node-recognizer";
import { variantPages } from "../helpers/kxdbVariants";
import { extensionWorker, launchWithExtension } from "./browser";
import { extraPages, startFixtureServer } from "./fixtureServer";
import { highlights, openArticle } from "./helpers";

const ARTIFACTS = "test-results/e2e";
const pages = variantPages();
/** The headline, in each template's markup. */
const HEADLINE = "h1, .title, .tit";
/** Every part of the variant pages that is not the article nor its headline. */
const NOT_BODY = ".info, .date, .time, .pos, .crumbs, .head, .np, .m_r, .side, .share, .comment, .related, .editor, .foot";

let server: Server;
let context: BrowserContext;
let recognizer: Recognizer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const p of pages) extraPages.set(p.route, p.html);
  const started = await startFixtureServer();
  server = started.server;
  context = await launchWithExtension(started.port);
  await extensionWorker(context);
  recognizer = await createNodeRecognizer();
});

afterAll(async () => {
  for (const p of pages) extraPages.delete(p.route);
  await context?.close();
  server?.close();
});

describe.each(pages)("$variant, $size (from $from) at $route", (v) => {
  it("highlights exactly the recognizer's mentions of the headline and the article text, all inside them", async () => {
    const page = await openArticle(context, v.url);
    expect(await page.getAttribute("html", "data-kxdb-page")).toBe("article");
    // The headline is read first, on a line of its own (泰山玻纤太原公司 is in 48230's).
    const expected = recognizer
      .recognize(`${v.title}\n${v.text}`)
      .map((m) => ({ text: m.text.replace(/\s+/g, ""), type: m.type, entity: m.entityId }));
    expect(expected.length).toBeGreaterThan(3);
    expect(await highlights(page)).toEqual(expected);
    const all = await page.locator("kxdb-mark").count();
    const inHeadline = await page.locator(`:is(${HEADLINE}) kxdb-mark`).count();
    expect(await page.locator(`:is(${v.bodySelector}) kxdb-mark`).count()).toBe(all - inHeadline);
    if (v.from.endsWith("48230")) expect(inHeadline).toBeGreaterThan(0);
    expect(await page.locator(`:is(${NOT_BODY}) kxdb-mark`).count()).toBe(0);
    if (v.size === "short") {
      const name = `variant-${v.variant.replace(/\W+/g, "-")}-${new URL(v.url).searchParams.get("itemid")}.png`;
      await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
    }
    await page.close();
  });
});
