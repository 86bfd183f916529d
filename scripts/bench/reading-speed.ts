/**
 * Reading speed in the real browser: `data-kxdb-ms` (content-script start →
 * highlights in place) on the largest fixture article, on the first page after
 * the browser starts and as the median of 10 warm loads; in the same run,
 * mark.js highlighting the same list of names on the same page.
 *   npm run bench:reading
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { launchWithExtension } from "../../tests/e2e/browser";
import { routes, startFixtureServer } from "../../tests/e2e/fixtureServer";

const require = createRequire(import.meta.url);
const markJs = readFileSync(require.resolve("mark.js/dist/mark.min.js"), "utf8");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The largest article by body text.
const article = routes
  .filter((r) => r.kind === "article")
  .map((r) => ({ r, size: readFileSync(`${process.env.KXDB_SHARED ?? "../shared"}/fixtures/kxdb/${r.file}`, "utf8").length }))
  .sort((a, b) => b.size - a.size)[0].r;
const url = `http://www.kxdb.com${article.route}`;

const { server, port } = await startFixtureServer();
const context = await launchWithExtension(port);
const load = async () => {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("html[data-kxdb-state=ready]", { timeout: 30_000 });
  const ms = Number(await page.getAttribute("html", "data-kxdb-ms"));
  return { page, ms };
};

const first = await load();
await first.page.close();
const warm: number[] = [];
for (let i = 0; i < 10; i++) {
  const { page, ms } = await load();
  warm.push(ms);
  await page.close();
}

// mark.js on the same page, same names, our highlights turned off first.
const markTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const { page } = await load();
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

const contentJs = readFileSync(".output/chrome-mv3/content-scripts/kxdb.js");
console.log(`article: ${url}`);
console.log(`first page after browser start   data-kxdb-ms = ${first.ms} ms`);
console.log(`warm, median of 10 loads         data-kxdb-ms = ${median(warm)} ms   (all: ${warm.join(", ")})`);
console.log(
  `mark.js, same names, same page   median ${median(markTimes).toFixed(1)} ms (names known in advance, no recognition)`,
);
console.log(`ratio ours / mark.js             ${(median(warm) / median(markTimes)).toFixed(2)}×`);
console.log(
  `content script                   ${(contentJs.length / 1024).toFixed(1)} kB, ${(gzipSync(contentJs).length / 1024).toFixed(1)} kB gzip (UI CSS inlined)`,
);
