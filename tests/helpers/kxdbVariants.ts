/**
 * kxdb.com article pages in templates other than today's `#article`: the
 * site's older pages keep their body in other containers. Built from the
 * shared fixtures (read-only): the article text from articles.jsonl, the page
 * around it (nav, breadcrumb, prev/next links, sidebar, footer) from the real
 * news-N.html, so the variants follow the fixtures when those change.
 *
 * Each article comes long (the whole text) and short (300–900 characters:
 * the whole text when it is that short, else cut at a paragraph end), in four
 * templates: `div.content`, `div.article-body`, bare `<p>`s in the left column
 * of a two-column page, and `<br>`-separated text in one div.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";

export const FIXTURES = resolve(process.env.KXDB_SHARED ?? "../shared", "fixtures/kxdb");

interface Route {
  route: string;
  file: string;
  kind: string;
  title?: string;
  date?: string;
}

export interface VariantPage {
  /** `div.content`, `div.article-body`, `bare p`, `br`. */
  variant: string;
  size: "short" | "long";
  /** The real article this page is made from, `/news/show.php?itemid=48230`. */
  from: string;
  /** Where the e2e tests serve it: a kxdb.com article URL of its own. */
  route: string;
  url: string;
  html: string;
  /** The article text, paragraphs joined by "\n". */
  text: string;
  title: string;
  date: string;
  /** Text on the page that is not the article and must not be taken for it. */
  notBody: string[];
  /** Selector of the elements that hold the article's paragraphs (e2e: every highlight is inside). */
  bodySelector: string;
}

const SHORT_MAX = 900;
const SHORT_MIN = 300;

/** A subheading in the seed text: short, no sentence end. */
const isSubheading = (p: string) => p.length <= 20 && !/[。！？”]$/.test(p);

/** The first paragraphs of `paragraphs`, at most SHORT_MAX characters joined, ending on a sentence. */
export function cutShort(paragraphs: string[]): string[] {
  const kept: string[] = [];
  for (const p of paragraphs) {
    if ([...kept, p].join("\n").length > SHORT_MAX) break;
    kept.push(p);
  }
  while (kept.length && isSubheading(kept[kept.length - 1])) kept.pop();
  const length = kept.join("\n").length;
  if (length < SHORT_MIN || length > SHORT_MAX) throw new Error(`cannot cut a short article (${length} chars)`);
  return kept;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One paragraph as the site writes it: subheadings bold. */
const para = (p: string) => (isSubheading(p) ? `<p><strong>${escapeHtml(p)}</strong></p>` : `<p>${escapeHtml(p)}</p>`);

interface Chrome {
  docTitle: string;
  head: string;
  pos: string;
  np: string;
  side: string;
  foot: string;
  source: string;
  author: string;
}

function chromeOf(file: string): Chrome {
  const doc = new JSDOM(readFileSync(join(FIXTURES, file), "utf8")).window.document;
  const outer = (sel: string) => {
    const el = doc.querySelector(sel);
    if (!el) throw new Error(`${file}: no ${sel}`);
    return el.outerHTML;
  };
  const info = (doc.querySelector(".info")?.textContent ?? "").replace(/\u00a0/g, " ");
  return {
    docTitle: doc.title,
    head: outer(".head"),
    pos: outer(".pos"),
    np: outer(".np"),
    side: outer(".m_r"),
    foot: outer(".foot"),
    source: /来源：(\S+)/.exec(info)?.[1] ?? "",
    author: /作者：(\S+(?: \S+)*?)\s+浏览/.exec(info)?.[1] ?? "",
  };
}

/** Things around articles that older templates have and the reader must not take for the article. */
const SHARE = `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>`;
const COMMENT = `<div class="comment"><h3>网友评论</h3><p>网友甲：太原武宿综保区的通关效率越来越高，山西转型综改示范区的企业都受益了。</p><textarea name="content"></textarea><button type="button">发表评论</button></div>`;
const HOT = `<div class="box_head_1"><div><strong>热门文章</strong></div></div><div class="box_body li_dot"><ul><li><a href="/news/show.php?itemid=47001">晋中开发区新签约项目总投资超百亿元</a></li><li><a href="/news/show.php?itemid=47002">山西潞安化工集团有限公司发布新产品</a></li><li><a href="/news/show.php?itemid=47003">运城经济技术开发区召开招商推介会</a></li><li><a href="/news/show.php?itemid=47004">大同国际陆港保税物流中心通过验收</a></li></ul></div>`;

interface Parts {
  title: string;
  date: string;
  source: string;
  author: string;
  paragraphs: string[];
  chrome: Chrome;
}

const byline = (p: Parts) =>
  `发布日期：${p.date}&nbsp;&nbsp;来源：${p.source}${p.author ? `&nbsp;&nbsp;作者：${p.author}` : ""}&nbsp;&nbsp;浏览次数：<span id="hits">35</span>`;

const page = (p: Parts, main: string, side = p.chrome.side) =>
  `<!DOCTYPE html>
<html><head><meta charset="UTF-8"/><title>${escapeHtml(p.chrome.docTitle)}</title>
<link rel="stylesheet" href="/skin/default/style.css"/></head>
<body>${p.chrome.head}
<div class="m">${main}
${side}
</div>
${p.chrome.foot}
</body></html>`;

interface Template {
  name: string;
  bodySelector: string;
  build(p: Parts): string;
}

export const TEMPLATES: Template[] = [
  {
    // Today's template without the ids: title h1.title, byline .info, body div.content.
    name: "div.content",
    bodySelector: "div.content",
    build: (p) =>
      page(
        p,
        `<div class="m_l f_l"><div class="left_box">
${p.chrome.pos}
<h1 class="title">${escapeHtml(p.title)}</h1>
<div class="info"><span class="f_r"><img src="/skin/default/image/zoomin.gif" alt="放大字体"/></span>${byline(p)}</div>
<div class="content">
${p.paragraphs.map(para).join("\n")}
</div>
${SHARE}
${p.chrome.np}
${COMMENT}
</div></div>`,
      ),
  },
  {
    // A newer-looking template: the title is a div.title, the date its own line, the body div.article-body.
    name: "div.article-body",
    bodySelector: "div.article-body",
    build: (p) =>
      page(
        p,
        `<div class="main">
<div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/news/">资讯</a> &gt; 正文</div>
<div class="title">${escapeHtml(p.title)}</div>
<div class="date"><span>${p.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}</span> <span>来源：${escapeHtml(p.source)}</span></div>
<div class="article-body">
${p.paragraphs.map(para).join("\n")}
<p><img src="/file/upload/202512/photo.jpg" alt=""/></p>
</div>
<div class="editor">责任编辑：王敏</div>
${SHARE}
${p.chrome.np}
<div class="related"><h3>相关阅读</h3><ul><li><a href="/news/show.php?itemid=47110">长治高新区举行中小企业数字化转型培训暨供需对接会</a></li><li><a href="/news/show.php?itemid=45001">晋城市人工智能产业园打造产业集群“梦工厂”</a></li></ul></div>
</div>`,
        `<div class="side">${HOT}</div>`,
      ),
  },
  {
    // Old two-column page: no h1 (the title is bold text; document.title has it), the byline a <p>,
    // the paragraphs bare <p>s in the left column next to the title and the prev/next links.
    name: "bare p",
    bodySelector: ".left_box > p:not(.time)",
    build: (p) =>
      page(
        p,
        `<div class="m_l f_l"><div class="left_box">
${p.chrome.pos}
<div class="tit"><b>${escapeHtml(p.title)}</b></div>
<p class="time">来源：${escapeHtml(p.source)}　发布时间：${p.date} 10:32:15</p>
${p.paragraphs.map(para).join("\n")}
${p.chrome.np}
${COMMENT}
</div></div>`,
        p.chrome.side.replace(/<\/div>$/, `${HOT}</div>`),
      ),
  },
  {
    // Oldest pages: the text in one div, paragraphs indented with ideographic spaces and separated by <br>.
    name: "br",
    bodySelector: "#text",
    build: (p) =>
      page(
        p,
        `<div class="m_l f_l"><div class="left_box">
${p.chrome.pos}
<h1><font color="#003366">${escapeHtml(p.title)}</font></h1>
<div class="info">日期：${p.date.replace(/-/g, "/")}　来源：${escapeHtml(p.source)}</div>
<div id="text">${p.paragraphs.map((x) => `　　${escapeHtml(x)}`).join("<br/><br/>")}<br/></div>
${SHARE}
${p.chrome.np}
</div></div>`,
      ),
  },
];

/** Every variant of every article in the shared fixtures: four templates × short and long. */
export function variantPages(firstItemId = 93001): VariantPage[] {
  const routes: Route[] = JSON.parse(readFileSync(join(FIXTURES, "routes.json"), "utf8"));
  const texts = new Map<string, string>(
    readFileSync(join(FIXTURES, "articles.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => {
        const { route, text } = JSON.parse(l) as { route: string; text: string };
        return [route, text];
      }),
  );
  const pages: VariantPage[] = [];
  let itemId = firstItemId;
  for (const route of routes.filter((r) => r.kind === "article")) {
    const whole = texts.get(route.route);
    if (!whole || !route.title || !route.date) continue;
    const chrome = chromeOf(route.file);
    const paragraphs = whole.split("\n").filter((p) => p.trim());
    const sizes: ["short" | "long", string[]][] =
      whole.length <= SHORT_MAX
        ? [["short", paragraphs]]
        : [
            ["short", cutShort(paragraphs)],
            ["long", paragraphs],
          ];
    for (const [size, paras] of sizes) {
      const parts: Parts = {
        title: route.title,
        date: route.date,
        source: chrome.source,
        author: chrome.author,
        paragraphs: paras,
        chrome,
      };
      for (const template of TEMPLATES) {
        const r = `/news/show.php?itemid=${itemId++}`;
        pages.push({
          variant: template.name,
          size,
          from: route.route,
          route: r,
          url: `http://www.kxdb.com${r}`,
          html: template.build(parts),
          text: paras.join("\n"),
          title: route.title,
          date: route.date,
          notBody: notBodyTexts(chrome),
          bodySelector: template.bodySelector,
        });
      }
    }
  }
  return pages;
}

/** The texts of nav, breadcrumb, prev/next, sidebars, share bar, comments and footer: none is article text. */
function notBodyTexts(chrome: Chrome): string[] {
  const texts = [chrome.head, chrome.pos, chrome.np, chrome.side, chrome.foot, SHARE, COMMENT, HOT].flatMap((html) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    return Array.from(doc.querySelectorAll("a, strong, p, h3, div"))
      .filter((el) => !el.querySelector("a, strong, p, h3, div"))
      .map((el) => (el.textContent ?? "").replace(/\s+/g, ""))
      .filter((t) => t.length >= 2);
  });
  return [...new Set(texts), "上一篇", "下一篇", "责任编辑", "相关阅读", "当前位置", "您的位置"];
}
