/**
 * The page templates (tests/helpers/epaperTemplates.ts) read back with
 * pdf.js, split into articles per page and joined across pages: every drawn
 * article read whole and in order in one extracted article (≥ 95% of its
 * 6-character shingles in order), no caption in any article's text, and the
 * recognizer finding on the extracted text what it finds on the drawn text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { joinContinuations, pageOfLabel } from "../../lib/epaper/continuation";
import { type EpaperArticle, splitArticles } from "../../lib/epaper/layout";
import { glyphNumbers } from "../../lib/epaper/pageText";
import { extractPage, extractRuns } from "../helpers/epaperPdf";
import { buildTemplates, type Template, unmappedPage } from "../helpers/epaperTemplates";
import { recognizer } from "../helpers/recognizer";
import { shinglesInOrder } from "../helpers/shingles";

const squash = (s: string) => s.replace(/\s+/g, "");

interface Read {
  template: Template;
  pages: EpaperArticle[][];
  /** Joined across pages: headline, text, captions, minor. */
  articles: { headline: string; text: string; captions: string[]; minor: boolean }[];
}

const read: Read[] = [];
/** Every template page's runs: none of them is glyph numbers. */
const pageRuns: Awaited<ReturnType<typeof extractRuns>>[] = [];
const summary: string[] = [];

beforeAll(async () => {
  for (const template of await buildTemplates()) {
    const pages: EpaperArticle[][] = [];
    for (const p of template.pages) {
      const { runs, graphics } = await extractPage(p.pdf);
      pageRuns.push(runs);
      pages.push(splitArticles(runs, graphics));
    }
    const articles = joinContinuations(template.pages.map((p, i) => ({ page: pageOfLabel(p.label), articles: pages[i] })));
    read.push({ template, pages, articles });
  }
}, 120_000);

describe("fonts without a ToUnicode map", () => {
  it("a page set in one reads back as glyph numbers, and is told apart from every readable template page", async () => {
    const runs = await extractRuns(await unmappedPage());
    const text = runs.map((r) => r.str).join("");
    expect(text.length).toBeGreaterThan(100);
    // Glyph ids as code points: no Chinese at all.
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(glyphNumbers(runs)).toBe(true);
    expect(pageRuns.length).toBeGreaterThanOrEqual(8);
    for (const r of pageRuns) expect(glyphNumbers(r)).toBe(false);
    const run = (str: string) => ({ str, x: 0, y: 0, width: 1, height: 1, fontSize: 1 });
    // Latin text, a page of figures, a short caption: not glyph numbers.
    expect(glyphNumbers([run("Shanxi Development Zones Weekly, No. 15, 2025-05-16 · page 5 × 3")])).toBe(false);
    expect(glyphNumbers([run("１２０３亿元 ８.２% ６５５亿元 ６.９% ４１２亿元 ７.５%")])).toBe(false);
    expect(glyphNumbers([run("\u0001\u0002")])).toBe(false);
  });
});

describe("page templates", () => {
  it("there are at least eight templates (page PDFs) covering the forms", () => {
    expect(read.reduce((n, r) => n + r.template.pages.length, 0)).toBeGreaterThanOrEqual(8);
  });

  it("every article reads whole and in order in one extracted article, under its headline", () => {
    for (const { template, articles } of read) {
      const shares: number[] = [];
      for (const drawn of template.articles) {
        const scores = articles.map((a) => shinglesInOrder(drawn.text, a.text));
        const best = scores.indexOf(Math.max(...scores));
        shares.push(scores[best]);
        expect(scores[best], `${template.name}: ${drawn.headline}`).toBeGreaterThanOrEqual(0.95);
        expect(articles[best].headline, template.name).toBe(drawn.headline);
        expect(articles[best].minor, `${template.name}: ${drawn.headline}`).toBe(false);
      }
      summary.push(`${template.name}: ${template.articles.length} articles, shingles min ${Math.min(...shares).toFixed(3)}`);
    }
  });

  it("no caption in any article's text; each caption listed with its article", () => {
    for (const { template, articles } of read) {
      for (const a of articles) {
        expect(a.text, template.name).not.toContain("图为项目");
        expect(a.text, template.name).not.toContain("李华");
      }
      for (const drawn of template.articles.filter((d) => d.caption)) {
        const a = articles.find((x) => x.headline === drawn.headline);
        expect(a?.captions.map(squash), template.name).toEqual([squash(drawn.caption ?? "")]);
      }
    }
  });

  it("mastheads, tables and ads come out minor, and no article text holds theirs", () => {
    for (const { template, articles } of read) {
      for (const head of template.minor) {
        const found = articles.filter((a) => a.headline === head || (a.minor && a.text.includes(head)));
        expect(found.length, `${template.name}: ${head}`).toBeGreaterThan(0);
        for (const a of found) expect(a.minor).toBe(true);
      }
      for (const a of articles.filter((x) => !x.minor)) {
        expect(a.text).not.toContain("诚聘英才");
        expect(a.text).not.toContain("营业收入");
      }
    }
  });

  it("the recognizer finds on the extracted text what it finds on the drawn text", async () => {
    const r = await recognizer();
    const names = (s: string) => r.recognize(s).map((m) => `${m.type}:${squash(m.text)}`);
    let total = 0;
    for (const { template, articles } of read) {
      for (const drawn of template.articles) {
        const best = articles.reduce((p, a) =>
          shinglesInOrder(drawn.text, a.text) > shinglesInOrder(drawn.text, p.text) ? a : p,
        );
        const expected = names(drawn.text);
        total += expected.length;
        expect(names(best.text), `${template.name}: ${drawn.headline}`).toEqual(expected);
      }
    }
    expect(total).toBeGreaterThan(20);
    summary.push(`names: ${total} on the drawn texts, all equal`);
    console.log(summary.join("\n"));
  });

  it("a continued article: 下转 and 上接 are read as markers, cut from the text, and the parts joined", () => {
    const { template, pages, articles } = read.find((x) => x.template.name === "continued") as Read;
    const part1 = pages[0].find((a) => a.continuesOn !== undefined);
    const part2 = pages[1].find((a) => a.continuedFrom !== undefined);
    expect(part1?.continuesOn).toBe(2);
    expect(part2?.continuedFrom).toBe(1);
    expect(part2?.headline).toBe("");
    const drawn = template.articles[0];
    const joined = articles.find((a) => a.headline === drawn.headline);
    expect(squash(joined?.text ?? "")).toBe(squash(drawn.text));
    for (const a of articles) expect(a.text).not.toMatch(/[上下]?[转接]第/);
    // The continued part is not listed again on its own.
    expect(articles.filter((a) => a.headline === "")).toHaveLength(0);
  });
});
