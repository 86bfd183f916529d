/**
 * Reading order and article split on PDF pages generated from the seed texts
 * (two- and three-column bodies), read back with pdf.js; and the recognizer's
 * mentions found in the text the reader will have.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bodyFontSize, findColumns, splitArticles, type TextRun } from "../../lib/epaper/layout";
import { extractRuns, makeEpaperPdf, printable } from "../helpers/epaperPdf";
import { recognizer } from "../helpers/recognizer";

const seedsDir = resolve(process.env.KXDB_SHARED ?? "../shared", "seeds");
const seeds = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));

/** A seed page's first heading and some body paragraphs (PDF line breaks removed, as a typesetter would). */
function articleFrom(seed: string, paragraphs: number, columns: 2 | 3) {
  const blocks = seed
    .split(/\n{2,}/)
    .map((b) => printable(b.replace(/\s+/g, "")))
    .filter(Boolean);
  const headline = blocks.find((b) => b.length >= 6 && b.length <= 24) ?? "无题";
  const body = blocks.filter((b) => b.length > 40).slice(0, paragraphs);
  return { headline, paragraphs: body, columns };
}

const squash = (s: string) => s.replace(/\s+/g, "");

describe("layout primitives", () => {
  const run = (str: string, x: number, y: number, size = 9): TextRun => ({
    str,
    x,
    y,
    width: str.length * size,
    height: size,
    fontSize: size,
  });

  it("finds the body size and the columns from gaps", () => {
    const runs = [run("一二三四五", 36, 100), run("六七八九十", 300, 100), run("甲乙丙", 36, 114), run("大标题", 36, 60, 16)];
    expect(bodyFontSize(runs)).toBe(9);
    expect(findColumns(runs.slice(0, 3), 8)).toEqual([
      [36, 81],
      [300, 345],
    ]);
  });

  it("reads a column top to bottom before the next column, and starts a paragraph at an indent", () => {
    const runs = [
      run("大标题", 36, 40, 16),
      run("左一", 54, 80),
      run("右一", 300, 80),
      run("左二", 36, 94),
      run("右二", 300, 94),
    ];
    expect(splitArticles(runs)).toMatchObject([{ headline: "大标题", text: "左一左二右一右二", columns: 2 }]);
    expect(splitArticles([run("段一", 54, 80), run("接续", 36, 94), run("段二", 54, 108)])[0].text).toBe("段一接续\n段二");
  });
});

describe("e-paper pages made from the seeds", () => {
  it.each([2, 3] as const)("%i columns: articles come out in reading order with their headlines", async (columns) => {
    const specs = [articleFrom(seeds[0], 3, columns), articleFrom(seeds[2], 2, columns)];
    const runs = await extractRuns(await makeEpaperPdf(specs));
    const articles = splitArticles(runs);
    expect(articles.map((a) => a.headline)).toEqual(specs.map((s) => s.headline));
    articles.forEach((a, i) => {
      expect(a.columns).toBe(columns);
      expect(squash(a.text)).toBe(specs[i].paragraphs.join(""));
      expect(a.text.split("\n")).toHaveLength(specs[i].paragraphs.length);
    });
  });

  it("the recognizer finds in the extracted text what it finds in the source text", async () => {
    const r = await recognizer();
    const spec = articleFrom(seeds[0], 4, 3);
    const [article] = splitArticles(await extractRuns(await makeEpaperPdf([spec])));
    const fromPdf = r.recognize(article.text).map((m) => `${m.type}:${squash(m.text)}`);
    const fromSource = r.recognize(spec.paragraphs.join("\n")).map((m) => `${m.type}:${m.text}`);
    expect(fromPdf.length).toBeGreaterThan(3);
    expect(fromPdf).toEqual(fromSource);
  });
});
