/**
 * Reading speed in the real browser: `data-kxdb-ms` (content-script start →
 * highlights in place) on the largest fixture article, in three scenarios,
 * median of 10 loads each:
 *   warm           the extension has been running (three articles read, 5 s pause); the reader
 *                  opens the next article
 *   worker stopped the service worker was stopped (CDP, as Chrome does after ~30 s
 *                  idle) before each load
 *   browser start  the first page right after the browser starts, on a profile where
 *                  the extension was installed and used before (10 restarts); the very
 *                  first start after installing is reported on its own
 * Every load is a new URL with the same page, so no load is a revisit (a revisit
 * is measured on its own, warm). Each load also reports navigation start →
 * highlights (observed from the page), which includes work done before the
 * content script starts. In the same run, mark.js highlights the same list of
 * names on the same page (names given, no recognition): the baseline.
 *   npm run bench:reading                       (builds first)
 *   KXDB_EXTENSION_DIR=dir node scripts/run-ts.mjs scripts/bench/reading-speed.ts
 *                                               (another build, e.g. an older one)
 */
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { EXTENSION_DIR, launchWithExtension, newProfileDir, stopExtensionWorker } from "../../tests/e2e/browser";
import { extraPages, FIXTURES, routes, startFixtureServer } from "../../tests/e2e/fixtureServer";

const RUNS = Number(process.env.KXDB_RUNS ?? 10);
const require = createRequire(import.meta.url);
const markJs = readFileSync(require.resolve("mark.js/dist/mark.min.js"), "utf8");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loadAverage = () => execSync("uptime").toString().trim().split("load average: ")[1];

// The largest article by body text; every load gets it under a URL of its own.
const article = routes
  .filter((r) => r.kind === "article")
  .map((r) => ({ r, size: readFileSync(join(FIXTURES, r.file), "utf8").length }))
  .sort((a, b) => b.size - a.size)[0].r;
const html = readFileSync(join(FIXTURES, article.file), "utf8");
let next = 0;
const freshUrl = () => {
  const route = `/news/show.php?itemid=${9_000_000 + next++}`;
  extraPages.set(route, html);
  return `http://www.kxdb.com${route}`;
};

const { server, port } = await startFixtureServer();

/** Since navigation start, when the content script marks the page annotated (observed from the page's own world). */
const observeReady = () => {
  new MutationObserver((_, observer) => {
    if (document.documentElement?.getAttribute("data-kxdb-state") !== "ready") return;
    (window as unknown as { kxdbBenchReady: number }).kxdbBenchReady = performance.now();
    observer.disconnect();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-kxdb-state"] });
};

/** The content script's `data-kxdb-phases` of the last load that took this many ms (for the warm loads' breakdown). */
const phasesOf = new Map<number, string>();
const phaseLists = new Map<number[], string[]>();
/** Navigation start → highlights in place, per load, beside data-kxdb-ms (which starts when the content script does). */
const sinceNavigation = new Map<number[], number[]>();
async function load(context: BrowserContext, url = freshUrl()) {
  const page = await context.newPage();
  await page.addInitScript(observeReady);
  await page.goto(url);
  await page.waitForSelector("html[data-kxdb-state=ready]", { timeout: 60_000 });
  const ms = Number(await page.getAttribute("html", "data-kxdb-ms"));
  phasesOf.set(ms, (await page.getAttribute("html", "data-kxdb-phases")) ?? "");
  const nav = await page.evaluate(() => Math.round((window as unknown as { kxdbBenchReady: number }).kxdbBenchReady));
  return { page, ms, nav, url };
}
async function loadInto(list: number[], context: BrowserContext, url?: string) {
  const { page, ms, nav } = await load(context, url);
  await page.close();
  list.push(ms);
  sinceNavigation.set(list, [...(sinceNavigation.get(list) ?? []), nav]);
  phaseLists.set(list, [...(phaseLists.get(list) ?? []), phasesOf.get(ms) ?? ""]);
}
async function loadAndClose(context: BrowserContext, url?: string) {
  const { page, ms } = await load(context, url);
  await page.close();
  return ms;
}

console.log(`extension: ${EXTENSION_DIR}`);
console.log(`article: ${article.route} (${html.length} bytes of HTML), load average before: ${loadAverage()}`);

// First page after browser start. The first launch installs the extension (reported on its own); after a pause
// for the extension to settle, the browser is closed and started again on the same profile, RUNS times.
const profile = newProfileDir();
let context = await launchWithExtension(port, { profile });
const installMs = await loadAndClose(context);
await sleep(5_000);
await context.close();
const started: number[] = [];
for (let i = 0; i < RUNS; i++) {
  context = await launchWithExtension(port, { profile });
  await loadInto(started, context);
  await sleep(1_000);
  await context.close();
}

// Warm and worker stopped, in one browser (same profile, so it starts as a returning reader's would); warm means
// a few articles read and the browser settled.
context = await launchWithExtension(port, { profile });
for (let i = 0; i < 3; i++) await loadAndClose(context);
await sleep(5_000);
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) await loadInto(warm, context);
const revisitUrl = freshUrl();
await loadAndClose(context, revisitUrl);
const revisit: number[] = [];
for (let i = 0; i < RUNS; i++) await loadInto(revisit, context, revisitUrl);
const stopped: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await stopExtensionWorker(context);
  await sleep(300);
  await loadInto(stopped, context);
}

// mark.js on the same page, same names, our highlights turned off first.
const markTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const { page } = await load(context);
  const names = await page.evaluate(() => [
    ...new Set(Array.from(document.querySelectorAll("kxdb-mark")).map((m) => m.textContent ?? "")),
  ]);
  await page.click("kxdb-ui >> [data-kxdb-action=toggle]");
  await page.waitForFunction(() => !document.querySelector("kxdb-mark"));
  await page.addScriptTag({ content: markJs });
  markTimes.push(
    await page.evaluate(
      (list) =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
          new Mark(document.querySelector("#article") as Element).mark(list, {
            separateWordSearch: false,
            acrossElements: true,
            done: () => done(performance.now() - t0),
          });
        }),
      names,
    ),
  );
  await page.close();
}
await context.close();
server.close();

const mark = median(markTimes);
const row = (label: string, xs: number[], target?: number) => {
  const m = median(xs);
  const verdict = target === undefined ? "" : m <= target ? `  target ≤ ${target}: met` : `  target ≤ ${target}: NOT met`;
  console.log(
    `${label.padEnd(34)} median ${String(m).padStart(6)} ms  ${(m / mark).toFixed(1).padStart(5)}× mark.js${verdict}   (all: ${xs.join(", ")})`,
  );
  const nav = sinceNavigation.get(xs) ?? [];
  console.log(`${"".padEnd(34)} navigation start → highlights: median ${median(nav)} ms   (all: ${nav.join(", ")})`);
  // Medians of each phase of data-kxdb-ms: finding the article, its text map, the round trip, the highlights.
  const phases = new Map<string, number[]>();
  for (const line of phaseLists.get(xs) ?? [])
    for (const [k, v] of line.split(" ").map((kv) => kv.split(":"))) if (v) phases.set(k, [...(phases.get(k) ?? []), Number(v)]);
  const parts = [...phases].map(([k, vs]) => `${k} ${median(vs).toFixed(1)}`).join(", ");
  if (parts) console.log(`${"".padEnd(34)} phases (median ms): ${parts}`);
};
console.log(`load average after: ${loadAverage()}`);
console.log(`data-kxdb-ms, median of ${RUNS} loads, each a new URL:`);
row("warm", warm, 50);
row("worker stopped", stopped, 150);
row("first page after browser start", started, 400);
row("revisit, warm (same URL again)", revisit);
console.log(`${"first page after installing".padEnd(34)} ${installMs} ms (one load, fresh profile)`);
console.log(
  `${"mark.js, same names, same page".padEnd(34)} median ${mark.toFixed(1).padStart(6)} ms  (names known in advance, no recognition; all: ${markTimes.map((x) => x.toFixed(0)).join(", ")})`,
);
const contentJs = readFileSync(join(EXTENSION_DIR, "content-scripts/kxdb.js"));
console.log(
  `content script                     ${(contentJs.length / 1024).toFixed(1)} kB, ${(gzipSync(contentJs).length / 1024).toFixed(1)} kB gzip (UI CSS inlined)`,
);
