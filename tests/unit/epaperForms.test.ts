/**
 * The layout's pure pieces for the forms real pages use, on hand-made runs
 * and rules: continuation markers and joining parts across 版面, frames and
 * tables from rules, headline stacks and vertical headlines, headlines over
 * some columns, narrow column slivers.
 */
import { PDFDocument, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { joinSlivers } from "../../lib/epaper/columns";
import { joinContinuations, pageOfLabel } from "../../lib/epaper/continuation";
import { findFrames } from "../../lib/epaper/frames";
import { type EpaperArticle, splitArticles, type TextRun } from "../../lib/epaper/layout";
import { markerIn, pageNumber } from "../../lib/epaper/text";
import { extractPage } from "../helpers/epaperPdf";

const run = (str: string, x: number, y: number, size = 9): TextRun => ({
  str,
  x,
  y,
  width: str.length * size,
  height: size,
  fontSize: size,
});
const line = (x0: number, y0: number, x1: number, y1: number) => ({
  x: Math.min(x0, x1),
  y: Math.min(y0, y1),
  width: Math.abs(x1 - x0) || 0.5,
  height: Math.abs(y1 - y0) || 0.5,
});
const article = (over: Partial<EpaperArticle>): EpaperArticle => ({
  headline: "",
  byline: "",
  captions: [],
  minor: false,
  text: "",
  runs: [],
  runStarts: [],
  top: 0,
  columns: 1,
  ...over,
});

describe("continuation markers", () => {
  it("reads 下转 at a line's end and 上接 at its start, in either digit width or Chinese numerals", () => {
    expect(markerIn("全力冲刺。（下转第２版）")).toMatchObject({ kind: "on", page: 2, start: 5 });
    expect(markerIn("(上接第 1 版)目前，项目")).toMatchObject({ kind: "from", page: 1, start: 0 });
    expect(markerIn("（转第十二版）")).toMatchObject({ kind: "on", page: 12 });
    expect(markerIn("（接第三版）正文")).toMatchObject({ kind: "from", page: 3 });
    // A 下转 at the start or a 上接 at the end is not where a marker goes; plain text is none.
    expect(markerIn("（下转第２版）正文")).toBeNull();
    expect(markerIn("正文（上接第１版）")).toBeNull();
    expect(markerIn("第二版面的转接工作")).toBeNull();
    expect([pageNumber("０５"), pageNumber("十"), pageNumber("二十一")]).toEqual([5, 10, 21]);
    expect([pageOfLabel("第05版：开发区建设·要闻"), pageOfLabel("第十二版"), pageOfLabel("要闻")]).toEqual([5, 12, Number.NaN]);
  });

  it("a marker on its own line is cut out of the text and recorded", () => {
    const runs = [
      run("大标题文字", 36, 40, 16),
      run("正文第一行，", 54, 80),
      run("正文第二行。", 36, 94),
      run("（下转第２版）", 36, 108),
    ];
    const [a] = splitArticles(runs);
    expect(a.text).toBe("正文第一行，正文第二行。");
    expect(a.continuesOn).toBe(2);
    expect(a.runs.map((r) => r.str).join("")).toBe(a.text);
  });

  it("joins parts along the chain, the best-matching headline first; unmatched ones stay", () => {
    const sheets = [
      {
        page: 1,
        articles: [
          article({ headline: "晋中储备库项目加快建设", text: "项目建设", continuesOn: 2 }),
          article({ headline: "其他", text: "别的。" }),
        ],
      },
      {
        page: 2,
        articles: [
          article({ text: "另一篇的下文。", continuedFrom: 1 }),
          article({ headline: "储备库项目", text: "繁忙。", continuedFrom: 1, continuesOn: 3 }),
          article({ headline: "找不到下文", text: "正文", continuesOn: 9 }),
        ],
      },
      { page: 3, articles: [article({ text: "收尾。", continuedFrom: 2 })] },
    ];
    const joined = joinContinuations(sheets);
    expect(joined.map((j) => [j.headline, j.text])).toEqual([
      ["晋中储备库项目加快建设", "项目建设繁忙。\n收尾。"],
      ["其他", "别的。"],
      ["", "另一篇的下文。"],
      ["找不到下文", "正文"],
    ]);
    expect(joined[0].parts).toEqual([
      { sheet: 0, article: 0, offset: 0 },
      { sheet: 1, article: 1, offset: 4 },
      { sheet: 2, article: 0, offset: 8 },
    ]);
    // Page order does not matter: the chain is followed from its start.
    const reversed = joinContinuations([...sheets].reverse());
    expect(reversed.find((j) => j.headline === "晋中储备库项目加快建设")?.text).toBe("项目建设繁忙。\n收尾。");
  });
});

describe("frames and tables", () => {
  it("a rectangle of rules is a frame; one with rules across its inside both ways is a table", () => {
    const box = [line(100, 100, 300, 100), line(100, 200, 300, 200), line(100, 100, 100, 200), line(300, 100, 300, 200)];
    expect(findFrames(box, 27)).toEqual([{ x: 100, y: 100, width: 200, height: 100, table: false }]);
    const grid = [...box, line(100, 150, 300, 150), line(200, 100, 200, 150), line(200, 150, 200, 200)];
    expect(findFrames(grid, 27)).toEqual([{ x: 100, y: 100, width: 200, height: 100, table: true }]);
    // Two rules over each other without sides are no frame.
    expect(findFrames(box.slice(0, 2), 27)).toEqual([]);
  });

  it("a framed sidebar without a headline is its own article; a table's text is set aside as minor", () => {
    const host = [run("主标题在这里", 36, 40, 16), run("正文一，", 36, 80), run("正文二。", 36, 94), run("正文三。", 36, 200)];
    const inBox = [run("框内短讯，", 120, 110), run("框内二。", 120, 124)];
    const rules = [line(110, 105, 200, 105), line(110, 140, 200, 140), line(110, 105, 110, 140), line(200, 105, 200, 140)];
    const articles = splitArticles([...host, ...inBox], { images: [], rules });
    expect(articles.map((a) => [a.headline, a.text])).toEqual([
      ["主标题在这里", "正文一，正文二。正文三。"],
      ["", "框内短讯，框内二。"],
    ]);
    const table = [...rules, line(110, 122, 200, 122), line(155, 105, 155, 140)];
    const withTable = splitArticles([...host, ...inBox], { images: [], rules: table });
    expect(withTable.map((a) => [a.text, a.minor, a.table ?? false])).toEqual([
      ["正文一，正文二。正文三。", true, false],
      ["框内短讯，框内二。", true, true],
    ]);
  });
});

describe("stroked rectangles", () => {
  it("a box stroked as one rectangle (re S) gives four rules and so a frame; a stroked curve gives none", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 100, y: 500, width: 200, height: 150, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
    page.drawEllipse({ x: 400, y: 300, xScale: 60, yScale: 40, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
    const { graphics } = await extractPage(await doc.save());
    expect(graphics.rules).toHaveLength(4);
    const [f] = findFrames(graphics.rules, 27);
    expect(f).toMatchObject({ table: false });
    expect([f.x, f.y, f.width, f.height].map(Math.round)).toEqual([100, 192, 200, 150]);
  });
});

describe("headlines", () => {
  it("引题 / 主题 / 副题: the largest line is the headline, the others kicker and subtitle", () => {
    const runs = [
      run("引题一行", 36, 30, 12),
      run("主标题", 36, 46, 20),
      run("副题一行", 36, 70, 12),
      run("正文的第一行文字，", 36, 100),
      run("正文的第二行文字。", 36, 114),
    ];
    expect(splitArticles(runs)[0]).toMatchObject({
      kicker: "引题一行",
      headline: "主标题",
      subtitle: "副题一行",
      text: "正文的第一行文字，正文的第二行文字。",
    });
  });

  it("a vertical headline, one character per line, heads the body beside it up to the next rule", () => {
    const head = [..."竖排标题"].map((c, i) => run(c, 36, 100 + i * 18, 16));
    const body = [run("旁边正文一，", 60, 100), run("旁边正文二。", 60, 114)];
    const other = [run("右侧文章标题", 200, 60, 16), run("右侧正文。", 200, 100)];
    const articles = splitArticles([...head, ...body, ...other], { images: [], rules: [line(190, 50, 190, 200)] });
    expect(articles.map((a) => [a.headline, a.text])).toEqual([
      ["右侧文章标题", "右侧正文。"],
      ["竖排标题", "旁边正文一，旁边正文二。"],
    ]);
  });

  it("a headline over some columns, lower than its neighbour's, takes only the columns it is over", () => {
    const runs = [
      run("左边文章标题", 36, 40, 16),
      run("左边第一行文字，", 36, 80),
      run("左边第二行文字，", 36, 200),
      run("左边第三行文字。", 36, 300),
      run("右边文章标题", 200, 180, 16),
      run("右一。", 200, 220),
    ];
    // A column rule level with the lower headline bounds it; so does, without one, the text beside it.
    const ruled = splitArticles(runs, { images: [], rules: [line(190, 170, 190, 320)] });
    const beside = [...runs, run("左边旁边一行。", 36, 182)];
    expect(splitArticles(beside).map((a) => [a.headline, a.text])).toEqual([
      ["左边文章标题", "左边第一行文字，左边旁边一行。左边第二行文字，左边第三行文字。"],
      ["右边文章标题", "右一。"],
    ]);
    expect(ruled.map((a) => [a.headline, a.text])).toEqual([
      ["左边文章标题", "左边第一行文字，左边第二行文字，左边第三行文字。"],
      ["右边文章标题", "右一。"],
    ]);
  });

  it("a narrow sliver (a justified line's tail after a wide gap) joins the column beside it", () => {
    expect(
      joinSlivers(
        [
          [36, 54],
          [63, 126],
          [200, 290],
        ],
        9,
      ),
    ).toEqual([
      [36, 126],
      [200, 290],
    ]);
    expect(
      joinSlivers(
        [
          [36, 54],
          [63, 126],
        ],
        9,
        [58],
      ),
    ).toEqual([
      [36, 54],
      [63, 126],
    ]);
  });
});
