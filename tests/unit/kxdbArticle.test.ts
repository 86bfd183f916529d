/**
 * Finding the article on kxdb.com pages: today's template (`#article`), and
 * the other containers older pages use, where short news items (300–900
 * characters) used to be skipped because Readability wants long reads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../lib/article/generic";
import { Highlighter, MARK_TAG } from "../../lib/highlight/highlighter";
import { collectText } from "../../lib/highlight/textMap";
import { FIXTURES, type VariantPage, variantPages } from "../helpers/kxdbVariants";

const squash = (s: string) => s.replace(/\s+/g, "");

function load(html: string, url: string) {
  const doc = new JSDOM(html, { url }).window.document;
  return { doc, page: findArticle(doc, new URL(url)) };
}

/** The article text as the content script will see it, whitespace dropped. */
function bodyText(page: ReturnType<typeof findArticle>): string {
  if (!page.body) return "";
  return squash(collectText(page.body, page.between).text);
}

const fixture = (file: string) => readFileSync(join(FIXTURES, file), "utf8");

describe.each(variantPages())("kxdb.com article in $variant, $size (from $from)", (v) => {
  it("the body is the whole article text and nothing else", () => {
    const { page } = load(v.html, v.url);
    expect(page.kind).toBe("article");
    const text = bodyText(page);
    expect(text).toBe(squash(v.text));
    for (const other of v.notBody.filter((t) => !squash(v.text).includes(t))) expect(text).not.toContain(other);
  });

  it("the headline is read once, before the body: the names in it are highlighted too", () => {
    const { page } = load(v.html, v.url);
    expect(page.title?.textContent?.trim()).toBe(v.title);
    expect(squash(collectText(page.body as Element, page.between, page.title).text)).toBe(squash(v.title + v.text));
  });

  it("title and date are found", () => {
    const { page } = load(v.html, v.url);
    expect(page.meta?.title).toBe(v.title);
    expect(page.meta?.date).toBe(v.date);
    expect(page.meta?.source).toBe("科学导报");
    expect(page.meta?.url).toBe(v.url);
  });
});

describe("paragraphs that share their parent with the title and the prev/next links", () => {
  const v = variantPages().find((p) => p.variant === "bare p" && p.size === "short") as VariantPage;

  it("the body is the column, limited to the paragraphs", () => {
    const { doc, page } = load(v.html, v.url);
    expect(page.body).toBe(doc.querySelector(".left_box"));
    expect(page.between).toBeDefined();
  });

  it("highlighting its first and last words keeps the same text, and clearing restores the column exactly", () => {
    const { doc, page } = load(v.html, v.url);
    const body = page.body as Element;
    const pristine = body.innerHTML;
    const map = collectText(body, page.between);
    const end = map.text.trimEnd().length;
    const marks = new Highlighter(MARK_TAG);
    marks.apply(map, [
      { start: 0, end: 4, attributes: {} },
      { start: end - 4, end, attributes: {} },
    ]);
    expect(doc.querySelectorAll(`.left_box > p:not(.time) ${MARK_TAG}`)).toHaveLength(2);
    expect(collectText(body, page.between).text).toBe(map.text);
    marks.clear();
    expect(body.innerHTML).toBe(pristine);
  });
});

describe("lines inside an article that look like page parts", () => {
  it("a time line, a subheading and a link line do not cut the article short", () => {
    const paragraphs = [
      "科学导报讯 5月30日，晋城经济技术开发区举行光机电产业招商推介会，山西厚生新材料科技有限公司等20家企业参加。",
      "最新进展",
      "活动时间：2025年5月30日",
      "推介会上，开发区管委会介绍了园区的产业基础、要素保障和优惠政策，现场签约项目12个，总投资86亿元。",
    ];
    const html = `<!doctype html><html><head><title>晋城开发区举行招商推介会_科学导报</title></head><body>
      <div class="head"><a href="/">首页</a> | <a href="/news/">资讯</a></div>
      <div class="main"><h1>晋城开发区举行招商推介会</h1><div class="info">发布日期：2025-05-30 来源：科学导报</div>
      <div class="text"><p>${paragraphs[0]}</p><p><b>${paragraphs[1]}</b></p><p>${paragraphs[2]}</p>
      <p><a href="/news/show.php?itemid=45000">晋城开发区简介</a></p><p>${paragraphs[3]}</p></div>
      <div class="np">上一篇：<a href="/news/show.php?itemid=45000">晋城开发区简介</a></div></div></body></html>`;
    const { doc, page } = load(html, "http://www.kxdb.com/news/show.php?itemid=45001");
    expect(page.body).toBe(doc.querySelector(".text"));
    expect(bodyText(page)).toBe(squash([paragraphs.slice(0, 3), "晋城开发区简介", paragraphs[3]].flat().join("")));
    expect(page.meta?.title).toBe("晋城开发区举行招商推介会");
    expect(page.meta?.date).toBe("2025-05-30");
  });
});

describe("today's template", () => {
  it.each(["news-48215.html", "news-48230.html", "news-47102.html"])(
    "%s: the body is #article, the byline from .info",
    (file) => {
      const itemId = /\d+/.exec(file)?.[0];
      const { doc, page } = load(fixture(file), `http://www.kxdb.com/news/show.php?itemid=${itemId}`);
      expect(page.via).toBe("kxdb");
      expect(page.body).toBe(doc.querySelector("#article"));
      expect(page.between).toBeUndefined();
      expect(page.meta?.title).toBe(doc.querySelector("h1#title")?.textContent);
      expect(page.meta?.date).toMatch(/^2025-/);
      // The headline is beside #article: read first, on a line of its own.
      expect(page.title).toBe(doc.querySelector("h1#title"));
      const read = collectText(page.body as Element, undefined, page.title).text;
      expect(read.startsWith(`${page.meta?.title}\n`)).toBe(true);
    },
  );

  it("with #article renamed, the same paragraphs are found without it", () => {
    const html = fixture("news-48215.html")
      .replace('id="article"', 'id="main-text"')
      .replace('id="content"', 'id="content-wrap"');
    const { doc, page } = load(html, "http://www.kxdb.com/news/show.php?itemid=90002");
    expect(page.kind).toBe("article");
    expect(page.body).toBe(doc.querySelector("#main-text"));
    expect(page.meta?.title).toBe("握指成拳 蓄势聚能促发展");
    expect(page.meta?.date).toBe("2025-12-19");
  });
});

describe("another news site (generic article detection)", () => {
  it("reads the headline above the article's element with it", () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>第${i + 1}段：泰山玻纤纤维(太原)有限公司二号生产线投产，位于山西转型综改示范区阳曲工业园区，年产30万吨。${"项目经过二十二天的烤窑、调试后正式投产，标志着我省在新材料产业发展上迈出了坚实的一步。".repeat(3)}</p>`,
    ).join("");
    const html = `<!doctype html><html><head><title>泰山玻纤太原公司二号生产线投产 - 某某新闻网</title></head><body>
<nav><a href="/">首页</a></nav><h1>泰山玻纤太原公司二号生产线投产</h1><div class="meta">2025-12-19</div>
<div class="main"><div class="text">${paragraphs}</div></div><footer>版权所有</footer></body></html>`;
    const { doc, page } = load(html, "https://news.example.com/2025/12/19/1.html");
    expect(page.via).toBe("generic");
    expect(page.title).toBe(doc.querySelector("h1"));
    const read = collectText(page.body as Element, page.between, page.title).text;
    expect(read.startsWith("泰山玻纤太原公司二号生产线投产\n")).toBe(true);
    expect(read.match(/泰山玻纤太原公司二号生产线投产/g)).toHaveLength(1);
  });
});

describe("pages that are not articles", () => {
  it.each([
    ["index.html", "http://www.kxdb.com/", "home"],
    ["dzbk-list.html", "http://www.kxdb.com/dzbk/list.php?catid=33", "list"],
  ])("%s at its own address is a %s page", (file, url, kind) => {
    expect(load(fixture(file), url).page.kind).toBe(kind);
  });

  it("a list of links at an article address is not an article", () => {
    const { page } = load(fixture("index.html"), "http://www.kxdb.com/news/show.php?itemid=93999");
    expect(page.kind).not.toBe("article");
    expect(page.body).toBeNull();
  });

  it("a removed article (only a notice) is not an article", () => {
    const html = `<!doctype html><html><head><title>提示信息_科学导报</title></head><body>${/<div class="head">.*?<\/div><\/div>/s.exec(fixture("index.html"))?.[0]}
      <div class="m"><div class="left_box"><h1>提示信息</h1><p>该信息不存在或已被删除。</p><p><a href="/">返回首页</a></p></div></div></body></html>`;
    const { page } = load(html, "http://www.kxdb.com/news/show.php?itemid=93998");
    expect(page.kind).not.toBe("article");
  });
});
