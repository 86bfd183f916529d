/**
 * E-paper reader speed in the real browser, on two generated issues
 * (tests/e2e/epaperFixture.ts): the 8-page issue (two articles per page) and
 * the issue of the page templates (one 版 per template page) (tests/helpers/epaperTemplates.ts:
 * five columns, photos, stacks, L-shapes, frames, tables, a continued
 * article), each opened from its issue page with "整期在标注阅读器中打开":
 *   first page  = navigation → the first 版面 drawn and its article annotated (data-kxdb-ms)
 *   all pages   = every 版面 downloaded, parsed, split and recognized (data-kxdb-all-ms)
 * and, as the baseline inside the same loads, pdf.js's own share of the first
 * page: download + parse + text (data-kxdb-pdf-ms) and drawing (data-kxdb-draw-ms).
 *   npm run bench:epaper
 */
import { launchWithExtension } from "../../tests/e2e/browser";
import { BIG_ISSUE, serveEpaperIssues, serveTemplateIssue, TEMPLATE_ISSUE } from "../../tests/e2e/epaperFixture";
import { startFixtureServer } from "../../tests/e2e/fixtureServer";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await serveEpaperIssues();
const { labels } = await serveTemplateIssue();
const { server, port } = await startFixtureServer();
const context = await launchWithExtension(port);
const issuePage = await context.newPage();

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

const m = (runs: Awaited<ReturnType<typeof load>>[], k: keyof Awaited<ReturnType<typeof load>>) => median(runs.map((w) => w[k]));
const report: string[] = [];
for (const [name, url] of [
  ["8-page generated issue (2 articles per page, CJK font embedded)", BIG_ISSUE],
  [`${labels.length}-page template issue (the forms real pages use)`, TEMPLATE_ISSUE],
] as const) {
  await issuePage.goto(url);
  await issuePage.waitForSelector("html[data-kxdb-epaper-pages]");
  const cold = await load();
  const warm: (typeof cold)[] = [];
  for (let i = 0; i < 7; i++) warm.push(await load());
  report.push(
    `${name}, Chromium with the built extension`,
    `first load of this issue             first page ${cold.first} ms, all pages ${cold.all} ms`,
    `warm, median of ${warm.length}                first page ${m(warm, "first")} ms, all pages ${m(warm, "all")} ms`,
    `  of the first page: pdf.js download+parse+text ${m(warm, "pdf")} ms, drawing ${m(warm, "draw")} ms`,
    `  ratio first page / pdf.js alone (parse+text+draw): ${(m(warm, "first") / (m(warm, "pdf") + m(warm, "draw"))).toFixed(2)}×`,
  );
}
await context.close();
server.close();
console.log(report.join("\n"));
console.log("targets: first page ≤ 1500 ms, all pages ≤ 5000 ms");
