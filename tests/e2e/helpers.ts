/** Shared steps of the end-to-end tests. */
import { writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import axe from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { extensionWorker, launchWithExtension } from "./browser";
import { startFixtureServer } from "./fixtureServer";

export async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
  return page;
}

/** Select `text` inside #article, as a reader dragging the mouse would. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector("#article") as Element;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const all = nodes.map((n) => n.data).join("");
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`not in the article: ${wanted}`);
    const point = (offset: number): [Text, number] => {
      let pos = 0;
      for (const n of nodes) {
        if (offset <= pos + n.data.length) return [n, offset - pos];
        pos += n.data.length;
      }
      throw new Error("offset out of range");
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + wanted.length));
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, text);
}

/** Select, save, fill the optional editor, confirm; returns the fact id. */
export async function saveQuote(page: Page, quote: string, note = "", tags = ""): Promise<string> {
  await selectInArticle(page, quote);
  await page.click("kxdb-ui >> [data-kxdb-action=save-fact]");
  const editor = page.locator("kxdb-ui >> [data-kxdb-editor]");
  await editor.waitFor();
  const id = (await editor.getAttribute("data-kxdb-editor")) ?? "";
  if (note) await editor.locator("textarea").fill(note);
  if (tags) await editor.locator("input[type=text]").fill(tags);
  await page.click("kxdb-ui >> [data-kxdb-action=save-fact-confirm]");
  await editor.waitFor({ state: "detached" });
  return id;
}

/** Highlights grouped by mention: the mention's text (whitespace dropped), type and entity, in page order. */
export async function highlights(page: Page): Promise<{ text: string; type: string; entity: string }[]> {
  return page.evaluate(() => {
    const byMention = new Map<string, { text: string; type: string; entity: string }>();
    for (const m of Array.from(document.querySelectorAll("kxdb-mark"))) {
      const key = m.getAttribute("data-kxdb-mention") ?? "";
      const prev = byMention.get(key);
      const text = (m.textContent ?? "").replace(/\s+/g, "");
      if (prev) prev.text += text;
      else
        byMention.set(key, {
          text,
          type: m.getAttribute("data-kxdb-type") ?? "",
          entity: m.getAttribute("data-kxdb-entity") ?? "",
        });
    }
    return [...byMention.values()];
  });
}

/**
 * One Chromium with the built extension for a test file, www.kxdb.com mapped to the fixture server:
 * started before the file's tests, closed after them. `context()` is the browser context.
 */
export function useExtensionBrowser(): { context: () => BrowserContext } {
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const started = await startFixtureServer();
    server = started.server;
    context = await launchWithExtension(started.port);
    await extensionWorker(context);
  });
  afterAll(async () => {
    await context?.close();
    server?.close();
  });
  return {
    context: () => {
      if (!context) throw new Error("the browser is not started");
      return context;
    },
  };
}

/**
 * axe-core over one of the extension's own pages: serious and critical violations fail; all findings are kept for
 * reading in test-results/e2e/axe-notes-<name>.json, with a screenshot.
 */
export async function expectPageAccessible(page: Page, name: string): Promise<void> {
  // Extension pages allow no inline script (CSP): evaluate axe's source through the DevTools protocol instead.
  await page.evaluate(axe.source);
  const findings = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, nodes: v.nodes.map((n) => n.html) }));
  });
  writeFileSync(join("test-results/e2e", `axe-notes-${name}.json`), `${JSON.stringify(findings, null, 2)}\n`);
  await page.screenshot({ path: join("test-results/e2e", `a11y-notes-${name}.png`), fullPage: true });
  const severe = findings.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe, JSON.stringify(severe, null, 2)).toEqual([]);
}
