/**
 * Reading order and article split on PDF pages generated from the seed texts
 * (two- and three-column bodies), read back with pdf.js; and the recognizer's
 * mentions found in the text the reader will have.
 */
import { describe, expect, it } from "vitest";
import {
  bodyFontSize,
  bylineOf,
  findColumns,
  isCaption,
  offsetOfItem,
  pictureCaptions,
  splitArticles,
  type TextRun,
  textBoxes,
} from "../../lib/epaper/layout";
import { type ArticleSpec, articleFrom, extractPage, extractRuns, makeEpaperPdf, printable, seeds } from "../helpers/epaperPdf";
import { recognizer } from "../helpers/recognizer";
import { shinglesInOrder } from "../helpers/shingles";

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

  it("a vertical rule separates columns; a line across it adds no coverage", () => {
    const runs = [run("一二三四五", 36, 100), run("六七八九十", 86, 100), run("横跨两栏的一行小字", 36, 120)];
    expect(findColumns(runs, 8)).toEqual([[36, 131]]);
    expect(findColumns(runs, 8, [83.5])).toEqual([
      [36, 81],
      [86, 131],
    ]);
  });

  it("small type beside a picture, level with it, is its caption; body text next to it is not", () => {
    const image = { x: 36, y: 100, width: 120, height: 80 };
    const caption = [run("图为新建", 160, 160, 7), run("的厂房。", 160, 170, 7)];
    const body = [run("正文一行", 160, 100), run("正文小字说明", 300, 160, 7)];
    const found = pictureCaptions([...body, ...caption], [image], 9);
    expect(found.get(0)).toEqual(caption);
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
      // The headline's runs, each where it starts in the headline, spell it (its names are boxed through them).
      const spelled = (a.headRuns ?? []).map((r, k) => [a.headRunStarts?.[k], r.str]);
      expect(spelled.map(([at, str]) => a.headline.slice(Number(at), Number(at) + String(str).length))).toEqual(
        spelled.map(([, str]) => str),
      );
      expect((a.headRuns ?? []).map((r) => r.str).join("")).toBe(a.headline);
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

  it("maps article offsets to run boxes and text-layer items back to offsets", async () => {
    const spec = articleFrom(seeds[2], 2, 2);
    const [article] = splitArticles(await extractRuns(await makeEpaperPdf([spec])));
    // Every run's recorded start slices its own text out of the article.
    article.runs.forEach((run, i) => {
      expect(article.text.slice(article.runStarts[i], article.runStarts[i] + run.str.length)).toBe(run.str);
    });
    // A stretch inside one run: one box inside that run, as wide as its share of characters.
    const run = article.runs[3];
    const start = article.runStarts[3] + 2;
    const [box, ...more] = textBoxes(article, start, start + 4);
    expect(more).toHaveLength(0);
    expect(box.x).toBeCloseTo(run.x + (2 * run.width) / run.str.length);
    expect(box.width).toBeCloseTo((4 * run.width) / run.str.length);
    // A stretch across a line break: boxes on two lines.
    const next = article.runs.findIndex((r, i) => i > 0 && r.y > article.runs[i - 1].y && r.str.length > 1);
    const across = article.runStarts[next] - 2;
    const ys = new Set(textBoxes(article, across, across + 4).map((b) => b.y));
    expect(ys.size).toBe(2);
    // Item index + character → the same offset.
    expect(offsetOfItem([article], run.item as number, 2)).toEqual({ article: 0, offset: start });
    expect(offsetOfItem([article], 10_000, 0)).toBeNull();
  });

  it("articles side by side under headlines at one height are read region by region", async () => {
    const left = articleFrom(seeds[0], 2, 2);
    const right = articleFrom(seeds[1], 1, 1, 10);
    const below = articleFrom(seeds[2], 1, 3, 10);
    const articles = splitArticles(await extractRuns(await makeEpaperPdf([[left, right], below])));
    expect(articles.map((a) => a.headline)).toEqual([left.headline, right.headline, below.headline]);
    expect(squash(articles[0].text)).toBe(left.paragraphs.join(""));
    expect(squash(articles[1].text)).toBe(right.paragraphs.join(""));
    expect(squash(articles[2].text)).toBe(below.paragraphs.join(""));
  });

  it("keeps a dateline/byline in the text and reports it; leaves photo captions out of the text", async () => {
    const spec = {
      headline: "大同御东污水处理厂完成移交",
      paragraphs: [`科学导报讯 记者王波 ${printable(seeds[1].replace(/\s+/g, "")).slice(200, 320)}`],
      columns: 2 as const,
      // (The test font has no ■: the credit alone must still be recognized as a caption.)
      caption: printable("■ 梁栋摄"),
    };
    const [article] = splitArticles(await extractRuns(await makeEpaperPdf([spec])));
    expect(article.byline).toBe("科学导报讯 记者王波");
    expect(article.text.startsWith("科学导报讯 记者王波")).toBe(true);
    expect(article.captions).toEqual([printable("■ 梁栋摄").trim()]);
    expect(article.text).not.toContain("梁栋摄");
  });

  it("bylines and captions from text alone", () => {
    expect(bylineOf("科学导报讯 近日，忻州经济开发区…")).toBe("科学导报讯");
    expect(bylineOf("本报讯（记者 张三 通讯员 李四） 近日")).toBe("本报讯（记者 张三 通讯员 李四）");
    expect(bylineOf("山西转型综改示范区")).toBe("");
    expect(isCaption("■ 山西转型综合改革示范区宣传信息中心供图")).toBe(true);
    expect(isCaption("资料图")).toBe(true);
    expect(isCaption("记者在现场看到，工人们正在航拍摄")).toBe(false);
  });

  it("a masthead band is marked minor, the articles under it are not", async () => {
    const masthead = {
      headline: "开发区建设周刊",
      paragraphs: ["第15期总第4374期2025年5月16日星期五山西省商务厅指导"],
      columns: 1 as const,
    };
    const article = articleFrom(seeds[0], 2, 2);
    const [top, body] = splitArticles(await extractRuns(await makeEpaperPdf([masthead, article])));
    expect(top.minor).toBe(true);
    expect(body.minor).toBe(false);
    expect(body.headline).toBe(article.headline);
  });
});

describe("pictures: captions and columns", () => {
  const CAPTION = "图为项目建设现场。（本报记者 李华 摄）";

  it("a small-type caption under a picture across two columns is the article's caption, not its text", async () => {
    const withPhoto: ArticleSpec = { ...articleFrom(seeds[0], 3, 2), photo: { height: 120, caption: printable(CAPTION) } };
    const below = articleFrom(seeds[2], 2, 3);
    const { runs, graphics } = await extractPage(await makeEpaperPdf([withPhoto, below]));
    expect(graphics.images).toHaveLength(1);
    const articles = splitArticles(runs, graphics);
    expect(articles.map((a) => a.headline)).toEqual([withPhoto.headline, below.headline]);
    for (const a of articles) {
      expect(a.text).not.toContain("图为项目");
      expect(a.text).not.toContain("李华");
    }
    // (Spaces next to Chinese characters are dropped, as everywhere: pdf.js cannot tell them from justification gaps.)
    expect(articles[0].captions).toEqual([squash(printable(CAPTION))]);
    expect(articles[1].captions).toEqual([]);
    // Read column by column all the same.
    expect(squash(articles[0].text)).toBe(withPhoto.paragraphs.join(""));
    expect(squash(articles[1].text)).toBe(below.paragraphs.join(""));
  });

  it.each([false, true])(
    "5 columns: a 3-column article beside a 2-column one under a photo, a 5-column one below (rules: %s)",
    async (rules) => {
      const left = articleFrom(seeds[0], 3, 3);
      const right: ArticleSpec = {
        ...articleFrom(seeds[1], 2, 2, 10),
        photo: { height: 90, caption: printable(`${CAPTION}新厂房主体结构已封顶，设备正在安装调试。`) },
      };
      const below = articleFrom(seeds[2], 2, 5, 10);
      const { runs, graphics } = await extractPage(await makeEpaperPdf([[left, right], below], { rules }));
      if (rules) expect(graphics.rules.length).toBeGreaterThanOrEqual(2);
      const articles = splitArticles(runs, graphics);
      expect(articles.map((a) => a.headline)).toEqual([left.headline, right.headline, below.headline]);
      [left, right, below].forEach((spec, i) => {
        const share = Math.max(...articles.map((a) => shinglesInOrder(spec.paragraphs.join(""), a.text)));
        expect(share, spec.headline).toBeGreaterThanOrEqual(0.95);
        expect(shinglesInOrder(spec.paragraphs.join(""), articles[i].text)).toBeGreaterThanOrEqual(0.95);
      });
      expect(articles[1].columns).toBe(2);
      expect(articles[1].captions.map(squash)).toEqual([squash(right.photo?.caption ?? "")]);
      for (const a of articles) expect(a.text).not.toContain("李华");
    },
  );
});

describe("PDFs as typesetting systems write them", () => {
  it("justified lines, each character its own text object: pdf.js's gap spaces are not text", async () => {
    const specs = [articleFrom(seeds[0], 4, 5), articleFrom(seeds[3], 3, 4)];
    const { runs, graphics } = await extractPage(await makeEpaperPdf(specs, { typeset: true }));
    // The page is what it should stress: pdf.js reports many lines with " " in gaps between Chinese characters.
    const gapped = runs.filter((r) => /[\u4e00-\u9fff，。、] +[\u4e00-\u9fff]/.test(r.str));
    expect(gapped.length).toBeGreaterThan(10);
    const articles = splitArticles(runs, graphics);
    expect(articles.map((a) => a.headline)).toEqual(specs.map((s) => s.headline));
    expect(articles.map((a) => a.text)).toEqual(specs.map((s) => s.paragraphs.join("\n")));
    // The recognizer sees the names whole.
    const r = await recognizer();
    const fromPdf = r.recognize(articles[0].text).map((m) => `${m.type}:${m.text}`);
    expect(fromPdf).toEqual(r.recognize(specs[0].paragraphs.join("\n")).map((m) => `${m.type}:${m.text}`));
    // A text-layer position after a dropped space still maps to its character.
    const run = gapped[0];
    const gap = / +(?=[\u4e00-\u9fff])/.exec(run.str) as RegExpExecArray;
    const k = gap.index + gap[0].length;
    const at = offsetOfItem(articles, run.item as number, k);
    expect(at).not.toBeNull();
    expect(articles[at?.article ?? 0].text[at?.offset ?? 0]).toBe(run.str[k]);
  });

  it("each character its own text item: the same articles as from line runs", async () => {
    const specs = [articleFrom(seeds[0], 3, 3), articleFrom(seeds[2], 2, 2)];
    const runs = await extractRuns(await makeEpaperPdf(specs, { typeset: true }));
    let item = 0;
    const perChar = runs.flatMap((r) =>
      [...r.str].map((c, i) => ({
        ...r,
        str: c,
        x: r.x + (i * r.width) / r.str.length,
        width: r.width / r.str.length,
        item: item++,
      })),
    );
    const fromChars = splitArticles(perChar);
    expect(fromChars.map((a) => a.headline)).toEqual(specs.map((s) => s.headline));
    expect(fromChars.map((a) => a.text)).toEqual(specs.map((s) => s.paragraphs.join("\n")));
  });
});
