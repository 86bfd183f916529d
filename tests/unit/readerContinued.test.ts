/**
 * The reader's continued articles (components/reader/continued.ts) with the
 * background faked: pages arrive one by one, a part is read alone until its
 * partner is read, then the article is read joined, under one address, in
 * place of what the parts were recorded under alone; recognized once.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Continuations } from "../../components/reader/continued";
import { type Sheet, singleArticle } from "../../components/reader/model";
import type { EpaperArticle } from "../../lib/epaper/layout";
import type { ArticleSource, Mention } from "../../lib/model/reading";
import type { ArticleRequest, ArticleResult } from "../../lib/platform/messaging";

const background = vi.hoisted(() => ({
  requests: [] as ArticleRequest[],
  requestAnnotation: vi.fn<(data: ArticleRequest) => Promise<ArticleResult>>(),
}));
vi.mock("@/lib/platform/messaging", () => ({ requestAnnotation: background.requestAnnotation }));

const NAMES = ["晋城经开区", "太原武宿综合保税区"];
function mentionsIn(text: string): Mention[] {
  return NAMES.flatMap((name) => {
    const i = text.indexOf(name);
    return i < 0 ? [] : [{ start: i, end: i + name.length, type: "ZONE" as const, text: name, entityId: name, canonical: name }];
  });
}

const DIR = "http://www.kxdb.com/file/upload/202511/07/";
const pdf = (n: number) => `${DIR}kxdb20251107-0${n}.pdf`;
const issue = {
  title: "科学导报 2025年11月7日",
  date: "2025-11-07",
  issueUrl: "",
  pages: [
    { url: pdf(1), label: "第01版：要闻" },
    { url: pdf(2), label: "第02版：开发区建设" },
  ],
};

const article = (text: string, more: Partial<EpaperArticle> = {}): EpaperArticle => ({
  headline: "",
  byline: "",
  captions: [],
  minor: false,
  text,
  runs: [],
  runStarts: [],
  top: 0,
  columns: 1,
  ...more,
});

function sheet(n: number, articles: EpaperArticle[]): Sheet {
  const key = `${n - 1}.1`;
  const label = issue.pages[n - 1].label;
  return {
    key,
    pageIndex: n - 1,
    pdfPage: 1,
    label,
    pdfUrl: pdf(n),
    width: 595,
    height: 842,
    proxy: {} as Sheet["proxy"],
    articles: articles.map((a, k) => {
      const meta: ArticleSource = {
        title: a.headline || "（接上文）",
        date: issue.date,
        source: "科学导报",
        author: "",
        url: `${pdf(n)}#page=1&article=${k}`,
        issue: "",
        page: label,
      };
      return singleArticle(key, label, k, a, meta, []);
    }),
  };
}

const HEADLINE = "开发区建设";
const PART1 = "晋城经开区签约31个项目。";
const PART2 = "太原武宿综合保税区也签约了。";
const one = () => sheet(1, [article(PART1, { headline: HEADLINE, continuesOn: 2 }), article("另一篇文章的正文。")]);
const two = () => sheet(2, [article(PART2, { continuedFrom: 1 })]);
const WHOLE = `${pdf(1)}#page=1&article=0&then=kxdb20251107-02.pdf`;

beforeEach(() => {
  background.requests.length = 0;
  background.requestAnnotation.mockReset();
  background.requestAnnotation.mockImplementation(async (data) => {
    background.requests.push(data);
    return { mentions: mentionsIn(data.text), ms: 1, facts: [] };
  });
});

describe("continued articles in the reader", () => {
  it("第01版 first: its part is read alone under the joined address, then joined when 第02版 arrives", async () => {
    const c = new Continuations(issue);
    const [alone] = await c.join([one()]);
    const first = alone.articles[0];
    expect(first.meta.url).toBe(WHOLE);
    expect(first.meta.formerUrls).toEqual([`${pdf(1)}#page=1&article=0`]);
    // Read as an HTML article is: the headline, a line break, the body.
    expect(first.whole).toMatchObject({ text: `${HEADLINE}\n${PART1}`, headline: HEADLINE, waiting: 2 });
    // The other article is left as it was (the loader recognized it).
    expect(alone.articles[1].meta.url).toBe(`${pdf(1)}#page=1&article=1`);
    expect(background.requests.map((r) => r.text)).toEqual([`${HEADLINE}\n${PART1}`]);

    const [s1, s2] = await c.join([alone, two()]);
    const text = `${HEADLINE}\n${PART1}\n${PART2}`;
    for (const [s, part] of [
      [s1, 0],
      [s2, 1],
    ] as const) {
      const a = s.articles[0];
      expect(a.meta.url).toBe(WHOLE);
      expect(a.meta.title).toBe("开发区建设");
      expect(a.meta.page).toBe("第01版：要闻 / 第02版：开发区建设");
      expect(a.whole).toMatchObject({ text, part, waiting: 0 });
      expect(a.whole.parts.map((p) => [p.sheet, p.index, p.offset])).toEqual([
        ["0.1", 0, HEADLINE.length + 1],
        ["1.1", 0, HEADLINE.length + 1 + PART1.length + 1],
      ]);
      expect(a.whole.mentions.map((m) => m.text)).toEqual(NAMES);
    }
    // Each page boxes its own part's names, in the part's offsets.
    expect(s1.articles[0].mentions.map((m) => [m.text, m.start])).toEqual([["晋城经开区", 0]]);
    expect(s2.articles[0].mentions.map((m) => [m.text, m.start])).toEqual([["太原武宿综合保税区", 0]]);
    expect(background.requests.at(-1)).toMatchObject({
      text,
      meta: { url: WHOLE, formerUrls: [`${pdf(1)}#page=1&article=0`, `${pdf(2)}#page=1&article=0`] },
    });

    // Another page arriving asks nothing again.
    const calls = background.requests.length;
    await c.join([s1, s2]);
    expect(background.requests.length).toBe(calls);
  });

  it("an article's headline is read with it: its names are the article's, not boxed in the body's text", async () => {
    const headline = "晋城经开区签约大会";
    const meta: ArticleSource = { title: headline, date: issue.date, source: "科学导报", author: "", url: pdf(1), issue: "" };
    const body = "太原武宿综合保税区也签约了。";
    const whole = mentionsIn(`${headline}\n${body}`);
    const a = singleArticle("0.1", issue.pages[0].label, 0, article(body, { headline }), meta, whole);
    expect(a.whole.text).toBe(`${headline}\n${body}`);
    expect(a.whole.mentions.map((m) => m.text)).toEqual(NAMES);
    // The page boxes the body's names in the body's own offsets; the headline's are the whole's.
    expect(a.mentions.map((m) => [m.text, m.start])).toEqual([["太原武宿综合保税区", 0]]);
    expect(a.whole.parts[0].offset).toBe(headline.length + 1);
  });

  it("第02版 first: its part is read alone under its own address, which the joined article then replaces", async () => {
    const c = new Continuations(issue);
    const [alone] = await c.join([two()]);
    expect(alone.articles[0].meta.url).toBe(`${pdf(2)}#page=1&article=0`);
    expect(alone.articles[0].meta.formerUrls).toBeUndefined();
    expect(alone.articles[0].whole.waiting).toBe(1);
    const [s1, s2] = await c.join([one(), alone]);
    expect(s2.articles[0].meta.url).toBe(WHOLE);
    expect(s1.articles[0].whole.text).toBe(`${HEADLINE}\n${PART1}\n${PART2}`);
    expect(background.requests.at(-1)?.meta.formerUrls).toEqual([`${pdf(1)}#page=1&article=0`, `${pdf(2)}#page=1&article=0`]);
  });

  it("a chain over three 版面 whose start arrives last replaces every address its parts had, the shorter chain's too", async () => {
    const three = { ...issue, pages: [...issue.pages, { url: pdf(3), label: "第03版：综合" }] };
    const c = new Continuations(three);
    const middle = sheet(2, [article(PART2, { continuedFrom: 1, continuesOn: 3 })]);
    const end = {
      ...sheet(2, [article("第三部分的正文。", { continuedFrom: 2 })]),
      key: "2.1",
      pageIndex: 2,
      label: three.pages[2].label,
      pdfUrl: pdf(3),
    };
    const [m, e] = await c.join([middle, end]);
    const shorter = `${pdf(2)}#page=1&article=0&then=kxdb20251107-03.pdf`;
    expect(m.articles[0].meta.url).toBe(shorter);
    expect(e.articles[0].whole.parts).toHaveLength(2);
    const [s1] = await c.join([one(), m, e]);
    expect(s1.articles[0].meta.url).toBe(`${WHOLE}&then=kxdb20251107-03.pdf`);
    expect(s1.articles[0].whole.parts).toHaveLength(3);
    expect(s1.articles[0].meta.formerUrls?.sort()).toEqual(
      [`${pdf(1)}#page=1&article=0`, `${pdf(2)}#page=1&article=0`, `${pdf(3)}#page=1&article=0`, shorter].sort(),
    );
  });

  it("a part whose partner's page could not be read keeps its address and awaits it no more", async () => {
    const c = new Continuations(issue);
    await c.join([one()]);
    c.pageFailed(issue.pages[1].label);
    const [s1] = await c.join([one()]);
    expect(s1.articles[0].meta.url).toBe(WHOLE);
    expect(s1.articles[0].whole.waiting).toBe(0);
    expect(background.requests).toHaveLength(1);
  });

  it("a part whose partner is not in the issue keeps its own address and awaits nothing", async () => {
    const c = new Continuations({ ...issue, pages: [issue.pages[1]] });
    const [alone] = await c.join([two()]);
    expect(alone.articles[0].meta.url).toBe(`${pdf(2)}#page=1&article=0`);
    expect(alone.articles[0].whole.waiting).toBe(0);
  });

  it("after a correction a joined article is recognized again once, for both its pages", async () => {
    const c = new Continuations(issue);
    const sheets = await c.join([one(), two()]);
    background.requests.length = 0;
    const again = await c.again(sheets);
    expect(background.requests.map((r) => r.meta.url)).toEqual([WHOLE, `${pdf(1)}#page=1&article=1`]);
    expect(again[1].articles[0].mentions.map((m) => m.text)).toEqual(["太原武宿综合保税区"]);
  });
});
