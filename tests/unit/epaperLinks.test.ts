/**
 * The e-paper's addresses: reading an issue page's PDF links, the reader's
 * query (what the issue page and saved facts open), and stored article URLs.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../lib/article/kxdb";
import { dateFromFileName, issueNumberFromPage, labelFromFileName, readIssue } from "../../lib/epaper/issue";
import {
  epaperArticleUrl,
  PAGE_SEPARATOR,
  parseEpaperArticleUrl,
  parseReaderQuery,
  readerQuery,
  readerQueryForSource,
} from "../../lib/epaper/links";

const FIXTURES = resolve(process.env.KXDB_SHARED ?? "../shared", "fixtures/kxdb");
const ISSUE_URL = "http://www.kxdb.com/dzbk/show.php?itemid=581";

function issueDocument(html: string): Document {
  return new JSDOM(html, { url: ISSUE_URL }).window.document;
}

describe("issue page", () => {
  it("reads the fixture issue: title, date, and each 版面's PDF with the site's label", () => {
    const issue = readIssue(issueDocument(readFileSync(join(FIXTURES, "dzbk-581.html"), "utf8")), ISSUE_URL);
    expect(issue.title).toBe("科学导报 2025年10月24日");
    expect(issue.date).toBe("2025-10-24");
    expect(issue.pages).toHaveLength(5);
    expect(issue.pages[2]).toEqual({
      url: "http://www.kxdb.com/file/upload/202510/24/kxdb20251024-05.pdf",
      label: "第05版：开发区建设·要闻",
    });
  });

  it("an issue page with unlabelled, repeated or outside-the-article links", () => {
    const doc = issueDocument(`<h1>电子报</h1><div class="info">发布日期：2025-11-7</div>
      <a href="/x/kxdb20251107-03.pdf"> </a><a href="/x/kxdb20251107-03.pdf">again</a><a href="/a.html">html</a>`);
    const issue = readIssue(doc, ISSUE_URL);
    expect(issue.date).toBe("2025-11-07");
    expect(issue.pages).toEqual([{ url: "http://www.kxdb.com/x/kxdb20251107-03.pdf", label: "第03版" }]);
    expect(readIssue(issueDocument("<p>没有版面</p>"), ISSUE_URL).pages).toEqual([]);
  });

  it("the issue number from a page's masthead, not from an article's text", () => {
    const seed = readFileSync(join(resolve(process.env.KXDB_SHARED ?? "../shared", "seeds"), "001_dc9ca97a943af65a.txt"), "utf8");
    expect(issueNumberFromPage(seed.replace(/\s+/g, ""))).toBe("15");
    expect(issueNumberFromPage("第15期 总第4374期")).toBe("15");
    expect(issueNumberFromPage("第３７期 总第４４８１期")).toBe("37");
    expect(issueNumberFromPage("举办第3期培训班，总结经验")).toBe("");
  });

  it("dates and labels from text and file names", () => {
    expect(isoDate("科学导报 2025年1月2日")).toBe("2025-01-02");
    expect(isoDate("无日期")).toBe("");
    expect(labelFromFileName("http://h/kxdb20251024-5.pdf?x=1")).toBe("第05版");
    expect(labelFromFileName("scan.pdf")).toBe("");
    expect(dateFromFileName("kxdb20251024-05.pdf")).toBe("2025-10-24");
    expect(dateFromFileName("20251399.pdf")).toBe("");
  });
});

describe("reader addresses", () => {
  const issue = {
    title: "科学导报 2025年10月24日",
    date: "2025-10-24",
    issueUrl: ISSUE_URL,
    pages: [
      { url: "http://www.kxdb.com/f/kxdb20251024-01.pdf", label: "第01版：要闻" },
      { url: "http://www.kxdb.com/f/kxdb20251024-05.pdf?v=2&x=a&b", label: "第05版：开发区建设·要闻 & 资讯" },
    ],
  };

  it("a reader query round-trips, odd characters included", () => {
    const req = { issue, open: 1, at: { page: 1, article: 3 }, fact: "f-1" };
    expect(parseReaderQuery(`?${readerQuery(req)}`)).toEqual(req);
  });

  it("a bad or hand-edited query opens something sensible", () => {
    expect(parseReaderQuery("").issue.pages).toEqual([]);
    const q = parseReaderQuery("?pdf=http://h/kxdb20251024-06.pdf&open=7&at=x");
    expect(q.open).toBe(0);
    expect(q.at).toBeUndefined();
    expect(q.issue.pages[0].label).toBe("第06版");
  });

  it("stored article URLs name the PDF, its page and the article", () => {
    const ref = { pdf: issue.pages[1].url, page: 2, article: 4 };
    expect(parseEpaperArticleUrl(epaperArticleUrl(ref))).toEqual(ref);
    expect(parseEpaperArticleUrl("local:扫描.pdf#page=1&article=0")).toEqual({ pdf: "local:扫描.pdf", page: 1, article: 0 });
    expect(parseEpaperArticleUrl("http://www.kxdb.com/news/show.php?itemid=1")).toBeNull();
  });

  it("an article continued on other PDFs names them after `then=`: a file name in the same folder, else the whole URL", () => {
    const ref = {
      pdf: issue.pages[0].url,
      page: 1,
      article: 0,
      continuedIn: [issue.pages[1].url, "http://other.example/x/2.pdf"],
    };
    const url = epaperArticleUrl(ref);
    expect(url).toBe(
      `${issue.pages[0].url}#page=1&article=0&then=kxdb20251024-05.pdf%3Fv%3D2%26x%3Da%26b&then=http%3A%2F%2Fother.example%2Fx%2F2.pdf`,
    );
    expect(parseEpaperArticleUrl(url)).toEqual(ref);
    const local = { pdf: "local:a.pdf", page: 1, article: 2, continuedIn: ["local:b.pdf"] };
    expect(parseEpaperArticleUrl(epaperArticleUrl(local))).toEqual(local);
    // Without continuations: the address every e-paper article had before.
    expect(epaperArticleUrl({ ...ref, continuedIn: [] })).toBe(`${issue.pages[0].url}#page=1&article=0`);
  });

  it("a continued article's source reopens the reader with each of its PDFs, labelled from its page", () => {
    const url = epaperArticleUrl({ pdf: issue.pages[0].url, page: 1, article: 0, continuedIn: [issue.pages[1].url] });
    const page = ["第01版：要闻", "第05版：开发区建设·要闻 & 资讯"].join(PAGE_SEPARATOR);
    const q = parseReaderQuery(readerQueryForSource({ url, date: "2025-10-24", page }, "f-2") ?? "");
    expect(q.issue.pages).toEqual(issue.pages);
    expect(q.open).toBe(0);
    expect(q.at).toEqual({ page: 1, article: 0 });
    // No labels stored: from the file names.
    const bare = parseReaderQuery(readerQueryForSource({ url }) ?? "");
    expect(bare.issue.pages.map((p) => p.label)).toEqual(["第01版", "第05版"]);
  });

  it("a saved e-paper source reopens the reader at its article and fact; HTML and local sources do not", () => {
    const url = epaperArticleUrl({ pdf: issue.pages[0].url, page: 1, article: 2 });
    const q = parseReaderQuery(readerQueryForSource({ url, date: "2025-10-24", page: "第01版：要闻" }, "f-9") ?? "");
    expect(q.issue.pages).toEqual([issue.pages[0]]);
    expect(q.at).toEqual({ page: 1, article: 2 });
    expect(q.fact).toBe("f-9");
    expect(readerQueryForSource({ url: "http://www.kxdb.com/news/show.php?itemid=1" })).toBeNull();
    expect(readerQueryForSource({ url: "local:a.pdf#page=1&article=0" })).toBeNull();
  });
});
