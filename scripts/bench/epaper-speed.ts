/**
 * E-paper reader speed in the real browser, on a generated 8-page issue
 * (tests/e2e/epaperFixture.ts) opened from its issue page with "整期在标注阅读器中打开":
 *   first page  = navigation → the first 版面 drawn and its article annotated (data-kxdb-ms)
 *   all pages   = every 版面 downloaded, parsed, split and recognized (data-kxdb-all-ms)
 * and, as the baseline inside the same loads, pdf.js's own share of the first
 * page: download + parse + text (data-kxdb-pdf-ms) and drawing (data-kxdb-draw-ms).
 *   npm run bench:epaper
 */
import { launchWithExtension } from "../../tests/e2e/browser";
import { BIG_ISSUE, serveEpaperIssues } from "../../tests/e2e/epaperFixture";
import { startFixtureServer } from "../../tests/e2e/fixtureServer";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await serveEpaperIssues();
const { server, port } = await startFixtureServer();
const context = await launchWithExtension(port);
const issuePage = await context.newPage();
await issuePage.goto(BIG_ISSUE);
await issuePage.waitForSelector("html[data-kxdb-epaper-pages]");

const load = async () => {
  const [reader] = await Promise.all([
    context.waitForEvent("page"),
    issuePage.locator("kxdb-ui >> [data-kxdb-action=open-issue]").click(),
  ]);
  await reader.waitForSelector("html[data-kxdb-all-ms]", { timeout: 60_000 });
  await reader.waitForSelector("html[data-kxdb-state=ready]", { timeout: 60_000 });
  const n = async (name: string) => Number(await reader.getAttribute("html", name));
  const figures = {
    first: await n("data-kxdb-ms"),
    all: await n("data-kxdb-all-ms"),
    pdf: await n("data-kxdb-pdf-ms"),
    draw: await n("data-kxdb-draw-ms"),
  };
  await reader.close();
  return figures;
};

const cold = await load();
const warm: (typeof cold)[] = [];
for (let i = 0; i < 7; i++) warm.push(await load());
await context.close();
server.close();

const m = (k: keyof typeof cold) => median(warm.map((w) => w[k]));
console.log("8-page generated issue (2 articles per page, CJK font embedded), Chromium with the built extension");
console.log(`first reader after browser start  first page ${cold.first} ms, all pages ${cold.all} ms`);
console.log(`warm, median of ${warm.length}                first page ${m("first")} ms, all pages ${m("all")} ms`);
console.log(`  of the first page: pdf.js download+parse+text ${m("pdf")} ms, drawing ${m("draw")} ms`);
console.log(`  ratio first page / pdf.js alone (parse+text+draw): ${(m("first") / (m("pdf") + m("draw"))).toFixed(2)}×`);
console.log("targets: first page ≤ 1500 ms, all pages ≤ 5000 ms");
