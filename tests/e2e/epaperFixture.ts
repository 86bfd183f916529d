/**
 * E-paper fixtures for the end-to-end tests and the reader benchmark: page
 * PDFs generated from the seed texts, served as www.kxdb.com: the fixture
 * issue's five 版面 (dzbk/show.php?itemid=581 links them), an 8-page issue
 * (itemid=9001) and one with a missing and a non-PDF page (itemid=9002).
 */
import { type ArticleSpec, articleFrom, makeEpaperPdf, printable, seeds } from "../helpers/epaperPdf";
import { buildTemplates, type Template } from "../helpers/epaperTemplates";
import { extraPages } from "./fixtureServer";

export const ISSUE = "http://www.kxdb.com/dzbk/show.php?itemid=581";
export const BIG_ISSUE = "http://www.kxdb.com/dzbk/show.php?itemid=9001";
export const BROKEN_ISSUE = "http://www.kxdb.com/dzbk/show.php?itemid=9002";
/** An issue of the page templates (tests/helpers/epaperTemplates.ts): 第01–02版 the continued article, then one 版 per template. */
export const TEMPLATE_ISSUE = "http://www.kxdb.com/dzbk/show.php?itemid=9003";
const PDF_DIR = "/file/upload/202510/24";
/** The fixture issue page's 版面, in its order. */
export const FIXTURE_PAGES = ["01", "02", "05", "06", "08"];

/** The supplement's masthead, on its first page (the fixture issue's 第05版): no article, but the issue number. */
export const MASTHEAD: ArticleSpec = {
  headline: "开发区建设周刊",
  // Full-width digits: the test font has no ASCII digits (and newspapers often set them full-width).
  paragraphs: ["第３７期总第４４８１期２０２５年１０月２４日星期五山西省商务厅指导"],
  columns: 1,
};

/** The seed's report on 泰山玻纤's second line: a company with figures (30 万吨, 36 亿元), so facts are suggested. */
function taishanArticle(): ArticleSpec {
  const blocks = seeds[0].split(/\n{2,}/).map((b) => printable(b.replace(/\s+/g, "")));
  const at = blocks.findIndex((b) => b.includes("总投资３６亿元"));
  return { headline: "泰山玻纤太原公司二号生产线投产", paragraphs: blocks.slice(at - 1, at + 1), columns: 3 };
}

export function pageSpecs(n: number): ArticleSpec[] {
  // Two articles per page from the seeds that name zones and companies, alternating 3 and 2 columns.
  const a = articleFrom(seeds[n % 3], 2, n % 2 ? 2 : 3, n % 2 ? 0 : 6);
  const b = articleFrom(seeds[(n + 1) % 3], 1, n % 2 ? 3 : 2, 10);
  return n === 3 ? [MASTHEAD, a, taishanArticle()] : [a, b];
}

function issuePage(title: string, links: { href: string; label: string }[]): string {
  const items = links.map((l) => `<p><a href="${l.href}" target="_blank">${l.label}</a></p>`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"/><title>${title}</title></head><body>
<h1 class="title" id="title">${title}</h1><div class="info">发布日期：2025-10-31</div>
<div id="content"><div class="content" id="article">${items}</div></div></body></html>`;
}

/**
 * Generates the PDFs and registers them (and the two extra issue pages) with
 * the fixture server. specs: "01"…"08" and "fixture-05" etc. → the articles drawn.
 */
export async function serveEpaperIssues(): Promise<{ specs: Map<string, ArticleSpec[]>; pdfs: Map<string, Uint8Array> }> {
  const specs = new Map<string, ArticleSpec[]>();
  const pdfs = new Map<string, Uint8Array>();
  for (let n = 1; n <= 8; n++) {
    const num = String(n).padStart(2, "0");
    const pages = pageSpecs(n);
    specs.set(num, pages);
    const pdf = await makeEpaperPdf(pages);
    pdfs.set(num, pdf);
  }
  // The fixture issue's five PDFs, and an 8-page issue of the same week.
  FIXTURE_PAGES.forEach((num, i) => {
    const pdf = pdfs.get(String(i + 1).padStart(2, "0")) as Uint8Array;
    specs.set(`fixture-${num}`, specs.get(String(i + 1).padStart(2, "0")) as ArticleSpec[]);
    extraPages.set(`${PDF_DIR}/kxdb20251024-${num}.pdf`, { type: "application/pdf", body: pdf });
  });
  const big = [];
  for (let n = 1; n <= 8; n++) {
    const num = String(n).padStart(2, "0");
    extraPages.set(`/file/upload/202510/31/kxdb20251031-${num}.pdf`, {
      type: "application/pdf",
      body: pdfs.get(num) as Uint8Array,
    });
    big.push({ href: `/file/upload/202510/31/kxdb20251031-${num}.pdf`, label: `第${num}版：开发区建设` });
  }
  extraPages.set("/dzbk/show.php?itemid=9001", issuePage("科学导报 2025年10月31日", big));
  extraPages.set("/file/upload/202510/31/not-a-pdf.pdf", "<!doctype html><p>维护中</p>");
  extraPages.set(
    "/dzbk/show.php?itemid=9002",
    issuePage("科学导报 2025年10月31日", [
      { href: "/file/upload/202510/31/kxdb20251031-01.pdf", label: "第01版：要闻" },
      { href: "/file/upload/202510/31/missing.pdf", label: "第02版：缺失" },
      { href: "/file/upload/202510/31/not-a-pdf.pdf", label: "第03版：不是PDF" },
    ]),
  );
  return { specs, pdfs };
}

/**
 * Serves the template issue (itemid=9003): the continued article's two PDFs
 * as 第01版 and 第02版 (its markers say so), then each one-page template.
 * Returns the templates, in the issue's page order.
 */
export async function serveTemplateIssue(): Promise<{ templates: Template[]; labels: string[] }> {
  const templates = await buildTemplates();
  const ordered = [...templates.filter((t) => t.pages.length > 1), ...templates.filter((t) => t.pages.length === 1)];
  const links: { href: string; label: string }[] = [];
  for (const t of ordered)
    for (const p of t.pages) {
      const num = String(links.length + 1).padStart(2, "0");
      const href = `/file/upload/202511/07/kxdb20251107-${num}.pdf`;
      extraPages.set(href, { type: "application/pdf", body: p.pdf });
      links.push({ href, label: `第${num}版：${t.name}` });
    }
  extraPages.set("/dzbk/show.php?itemid=9003", issuePage("科学导报 2025年11月7日", links));
  return { templates: ordered, labels: links.map((l) => l.label) };
}
