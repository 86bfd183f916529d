/**
 * The zone directory as CSV and Markdown (lib/export/zoneDirectory.ts): the
 * facts' CSV conventions (BOM, CRLF, quoting, formula guard) and the Markdown
 * escaping, so page text never becomes a formula, markup, a link or HTML.
 */
import { describe, expect, it } from "vitest";
import type { DirectoryRow } from "../../lib/db/relations";
import { parseCsv } from "../../lib/export/csv";
import { DIRECTORY_CSV_COLUMNS, directoryCsv, directoryMarkdown } from "../../lib/export/zoneDirectory";

const nasty =
  '=HYPERLINK("http://evil") 他说:"总投资 36 亿元, 含\n换行" #标题 [链接](javascript:alert(1)) <script>x</script> www.evil.com *粗* | 表';
const url = (i: number) => `http://www.kxdb.com/news/show.php?itemid=${i}`;

function row(over: Partial<DirectoryRow>): DirectoryRow {
  return {
    ids: ["co:a sx:z located"],
    kind: "located",
    companyId: "co:a",
    companyName: "兰花科技",
    companyLabel: "兰花科技",
    zoneId: "sx:z",
    zoneName: "晋城经济技术开发区",
    zoneLabel: "晋城经济技术开发区",
    articles: 2,
    firstDate: "2025-10-01",
    lastDate: "2025-10-03",
    evidence: [
      {
        url: url(3),
        date: "2025-10-03",
        title: "新文章",
        sentence: "兰花科技落户晋城经开区，投资10亿元。",
        start: 0,
        end: 19,
        confidence: 0.9,
        readAt: 3,
      },
      {
        url: url(1),
        date: "2025-10-01",
        title: "旧文章",
        sentence: "兰花科技在晋城经开区建设。",
        start: 5,
        end: 18,
        confidence: 0.85,
        readAt: 1,
      },
    ],
    figures: [{ kind: "amount", text: "10亿元", start: 14, end: 18, value: 1e9, unit: "元", url: url(3) }],
    ...over,
  };
}

const rows: DirectoryRow[] = [
  row({}),
  row({ kind: "signed", articles: 1, verdict: "confirmed", evidence: [row({}).evidence[1]] }),
  row({
    zoneId: "sx:a",
    zoneName: "长治高新区",
    companyId: "co:n",
    companyName: nasty,
    evidence: [{ ...row({}).evidence[0], sentence: nasty, title: nasty }],
  }),
];

describe("zone directory CSV", () => {
  it("has a BOM, CRLF, its columns, one row per zone, company and kind, zones in order", () => {
    const csv = directoryCsv(rows);
    expect(csv.startsWith(`\uFEFF${DIRECTORY_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const table = parseCsv(csv);
    expect(table[0]).toEqual([...DIRECTORY_CSV_COLUMNS]);
    expect(table.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["晋城经济技术开发区", "located"],
      ["晋城经济技术开发区", "signed"],
      ["长治高新区", "located"],
    ]);
    const [zone, company, kind, first, last, articles, evidenceUrl, quote, verdict] = table[1];
    expect([zone, company, kind, first, last, articles, evidenceUrl, verdict]).toEqual([
      "晋城经济技术开发区",
      "兰花科技",
      "located",
      "2025-10-01",
      "2025-10-03",
      "2",
      url(3),
      "",
    ]);
    expect(quote).toBe("兰花科技落户晋城经开区，投资10亿元。");
    expect(table[2][8]).toBe("confirmed");
  });

  it("keeps page text whole (quotes, commas, newlines) and defuses formulas", () => {
    const table = parseCsv(directoryCsv(rows));
    const [, company, , , , , , quote] = table[3];
    expect(company).toBe(`'${nasty}`);
    expect(quote).toBe(`'${nasty}`);
    expect(table).toHaveLength(4);
  });

  it("an empty directory is just the header", () => {
    expect(parseCsv(directoryCsv([]))).toEqual([[...DIRECTORY_CSV_COLUMNS]]);
  });
});

describe("zone directory Markdown", () => {
  it("has front matter and a section per zone with each company, kind, articles, dates, quotes and figures", () => {
    const md = directoryMarkdown(rows, { exportedAt: new Date(0) });
    expect(
      md.startsWith(
        '---\ntitle: "科学导报标注助手 · 园区企业名录"\nexported: "1970-01-01T00:00:00.000Z"\nzones: 2\nrelations: 3\n',
      ),
    ).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md.indexOf("## 晋城经济技术开发区")).toBeLessThan(md.indexOf("## 长治高新区"));
    expect(md).toContain("### 兰花科技 · 位于\n\n2 篇 · 2025年10月1日—2025年10月3日\n");
    expect(md).toContain("### 兰花科技 · 签约\n\n1 篇 · 2025年10月1日—2025年10月3日 · 已确认");
    expect(md).toContain(
      "> 兰花科技落户晋城经开区，投资10亿元。\n\n— 2025年10月3日 · 新文章 · <http://www.kxdb.com/news/show.php?itemid=48230>".replace(
        "48230",
        "3",
      ),
    );
    expect(md).toContain("数据：10亿元");
  });

  it("escapes page text so it cannot become markup, links or HTML", () => {
    const md = directoryMarkdown([rows[2]], { exportedAt: new Date(0) });
    const body = md.slice(md.indexOf("## "));
    // Our own markup (citation links, quote markers) aside, no markup character is left unescaped.
    const withoutCitations = body.replace(/<http:\/\/www\.kxdb\.com\/[^>]*>/g, "").replace(/^> /gm, "");
    expect(withoutCitations.match(/(?<!\\)[<>[\]`*_|~]/)?.[0]).toBeUndefined();
    expect(withoutCitations).not.toMatch(/https?:\/\//);
    expect(withoutCitations).not.toContain("<script>");
    expect(withoutCitations).toContain("\\<script\\>");
    expect(body.match(/^#+ /gm)).toEqual(["## ", "### "]);
  });

  it("shows a few quotes per relation and counts the rest", () => {
    const many = row({ articles: 5, evidence: Array.from({ length: 5 }, (_, i) => ({ ...row({}).evidence[0], url: url(i) })) });
    const md = directoryMarkdown([many], { quotes: 2 });
    expect(md.match(/^> /gm)).toHaveLength(2);
    expect(md).toContain("另有 3 篇");
  });
});
