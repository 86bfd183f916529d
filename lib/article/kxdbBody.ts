/**
 * The article on a kxdb.com article page (`show.php?itemid=N`) whose body is
 * not in `#article`: the site's older templates keep it in `div.content`,
 * `div.article-body`, bare `<p>`s in the left column, or one div of
 * `<br>`-separated text. The page kind is known from the URL, so instead of
 * Readability's heuristics for long reads (which skip the short news items
 * most articles are) we read the page's own structure:
 *
 * the page's text is cut into blocks (paragraphs: text between block elements
 * and <br>s), and the body is the largest run of paragraph blocks below the
 * title and above the prev/next links (上一篇/下一篇). A run ends at the
 * title, the byline, link lists, sidebar headings (推荐资讯, 热门文章 …),
 * breadcrumbs, share bars, comment boxes and the footer; nav, footer, aside
 * and elements named so (class/id `nav`, `side`, `np`, `comment` …) are
 * skipped whole. Pure DOM reading (runs in jsdom).
 */
import { type Between, isInlineTag, isSkippedTag } from "../highlight/textMap";

export interface FoundBody {
  /** The lowest element holding the whole run. */
  body: Element;
  /** Set when `body` also holds things that are not the article (title, byline, prev/next links …). */
  between?: Between;
  /** The byline's text (date, source, author) when one was seen above the body, else "". */
  byline: string;
}

/** A paragraph-like stretch of text: between block elements and <br>s. */
interface Block {
  first: Text;
  last: Text;
  /** Whitespace folded to single spaces. */
  text: string;
  /** Characters, whitespace not counted. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  inList: boolean;
}

/** A skipped region (nav, sidebar, prev/next …): no run goes across it. */
interface Wall {
  wall: Element;
  prevNext: boolean;
}

type Item = Block | Wall;

/** Fewer characters than this is no article (a notice, a caption, a sidebar blurb). */
const MIN_CHARS = 100;
const SENTENCE_END = /[。！？!?]/;

const SKIPPED_TAGS = new Set(["NAV", "FOOTER", "ASIDE", "BUTTON", "SELECT", "LABEL"]);
/** class/id words of page parts that are never the article. */
const CHROME_WORDS = new Set(
  (
    "nav navbar menu footer foot copyright comment comments share sharebar bdshare breadcrumb crumb crumbs pos " +
    "np prevnext prenext pages pagination sidebar side related relate recommend hot rank ad ads"
  ).split(" "),
);

const PREV_NEXT = /上一篇|下一篇|上一条|下一条/;
/** Block texts that end a run (up to so many characters): sidebar and list headings, breadcrumbs, share bars, summaries, comment boxes, editor lines, footers. */
const BOUNDARY: [RegExp, number][] = [
  [
    /^(相关|延伸|热门|热点|推荐|精彩|最新|点击|阅读|本周|今日|猜你)(资讯|新闻|文章|阅读|推荐|排行榜?|图片|专题|链接|评论|喜欢|报道)+[:：]?$/,
    20,
  ],
  [/^(网友评论|发表评论|我要评论|用户评论|最新评论|评论)[:：]?/, 40],
  [/^(当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：]/, 80],
  [/^分享到?[:：]/, 40],
  [/^(核心提示|内容提要|提要|摘要|导读)[:：]/, 400],
  [/^[(（【]?(责任编辑|编辑|责编|审核|校对)[:：]/, 40],
  [/^(【?(打印|关闭|收藏|返回顶部)(本页|窗口)?】?)+$/, 40],
  [/版权所有|Copyright|©|ICP备/i, 400],
];
const DATE = /\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}/;
/** A line that is only a date (and time): `2025-12-19 10:32`. */
const DATE_ONLY = /^\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?$/;
/** A byline's field, starting the line or after a space (`活动时间：` in a paragraph is no byline). */
const BYLINE_LABEL = /(^|\s)(发布|更新)?(日期|时间|来源|作者|浏览次数|点击数?)[：:]/;

const squash = (s: string) => s.replace(/\s+/g, "");

function isChrome(el: Element, title: Element | null): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  const words = `${el.id} ${typeof el.className === "string" ? el.className : ""}`.toLowerCase().split(/[^a-z0-9]+/);
  if (!words.some((w) => CHROME_WORDS.has(w))) return false;
  // Never the page's wrapper: a part named "side" that holds the title is the main column after all.
  return !(title && el.contains(title)) && !el.querySelector("h1");
}

function isBlock(item: Item): item is Block {
  return "first" in item;
}

/** The page's text in blocks, in document order, with walls where skipped parts were. */
function itemsOf(root: Element, title: Element | null): Item[] {
  const items: Item[] = [];
  let open: { first: Text; last: Text; parts: string[]; linkChars: number; inList: boolean } | null = null;
  const close = () => {
    if (!open) return;
    const text = open.parts.join("").replace(/\s+/g, " ").trim();
    if (text) {
      const { first, last, linkChars, inList } = open;
      items.push({ first, last, text, chars: squash(text).length, linkChars, inList });
    }
    open = null;
  };
  const walk = (node: Element, inLink: boolean, inList: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        if (!open && !t.data.trim()) continue;
        open ??= { first: t, last: t, parts: [], linkChars: 0, inList };
        open.last = t;
        open.parts.push(t.data);
        if (inLink) open.linkChars += squash(t.data).length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === "BR") close();
      else if (isSkippedTag(tag)) continue;
      else if (isChrome(el, title)) {
        close();
        items.push({ wall: el, prevNext: PREV_NEXT.test(el.textContent ?? "") });
      } else if (isInlineTag(tag)) walk(el, inLink || tag === "A", inList);
      else {
        close();
        walk(el, inLink || tag === "A", inList || tag === "LI");
        close();
      }
    }
  };
  walk(root, false, false);
  close();
  return items;
}

function isByline(b: Block): boolean {
  return b.text.length <= 120 && DATE.test(b.text) && (BYLINE_LABEL.test(b.text) || DATE_ONLY.test(b.text));
}

/** Blocks no run crosses. */
function endsRun(b: Block, title: Element | null): boolean {
  if (title?.contains(b.first)) return true;
  const flat = squash(b.text);
  if (b.chars <= 80 && PREV_NEXT.test(flat)) return true;
  if (isByline(b)) return true;
  return BOUNDARY.some(([re, max]) => b.chars <= max && re.test(flat));
}

const isLinks = (b: Block) => b.linkChars * 2 > b.chars;

interface Run {
  blocks: Block[];
  /** Index of the first block in the items. */
  at: number;
  score: number;
}

function runsOf(items: Item[], title: Element | null): Run[] {
  const runs: Run[] = [];
  let blocks: Block[] = [];
  let at = 0;
  const close = () => {
    if (blocks.length) runs.push({ blocks, at, score: blocks.reduce((n, b) => n + b.chars - b.linkChars, 0) });
    blocks = [];
  };
  const paragraph = (item: Item | undefined) => !!item && isBlock(item) && !isLinks(item) && !endsRun(item, title);
  items.forEach((item, i) => {
    if (paragraph(item)) {
      if (!blocks.length) at = i;
      blocks.push(item as Block);
      return;
    }
    // One short link between two paragraphs (a link line in the article) does not end it; a list of links does.
    const b = item as Block;
    const lone =
      isBlock(item) &&
      blocks.length > 0 &&
      !b.inList &&
      b.chars <= 40 &&
      !endsRun(b, title) &&
      paragraph(items[i + 1]) &&
      paragraph(items[i - 1]);
    if (lone) blocks.push(b);
    else close();
  });
  close();
  return runs;
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b after a

function commonAncestor(a: Node, b: Node): Element {
  let el: Node | null = a;
  while (el && !el.contains(b)) el = el.parentNode;
  const found = el ?? a;
  return found.nodeType === 1 ? (found as Element) : (found.parentElement as Element);
}

/** The child of `ancestor` that is or holds `node`. */
function childHolding(ancestor: Element, node: Node): Node {
  let n = node;
  while (n.parentNode && n.parentNode !== ancestor) n = n.parentNode;
  return n;
}

/** Anything a reader would see as text outside the run, among these siblings. */
function hasText(from: Node | null, step: (n: Node) => Node | null): boolean {
  for (let n = from; n; n = step(n)) {
    if (n.nodeType === 1 && isSkippedTag((n as Element).tagName)) continue;
    if (squash(n.textContent ?? "")) return true;
  }
  return false;
}

/** The body of a kxdb.com article page from its structure, or null when no run of paragraphs is long enough. */
export function findKxdbBody(doc: Document, title: Element | null): FoundBody | null {
  if (!doc.body) return null;
  const items = itemsOf(doc.body, title);
  const titleAt = title ? items.findIndex((it) => isBlock(it) && follows(title, it.first) && !title.contains(it.first)) : 0;
  if (titleAt < 0) return null;
  // The prev/next links below the title close the article; sidebars and footer come after them.
  const prevNext = items.findIndex(
    (it, i) => i >= titleAt && (isBlock(it) ? it.chars <= 80 && PREV_NEXT.test(squash(it.text)) : it.prevNext),
  );
  const end = prevNext < 0 ? items.length : prevNext;
  let best: Run | null = null;
  for (const run of runsOf(items, title)) {
    if (run.at < titleAt || run.at + run.blocks.length > end) continue;
    if (run.score < MIN_CHARS || !run.blocks.some((b) => SENTENCE_END.test(b.text))) continue;
    if (!best || run.score > best.score) best = run;
  }
  if (!best) return null;

  const firstText = best.blocks[0].first;
  const lastText = best.blocks[best.blocks.length - 1].last;
  const body = commonAncestor(firstText, lastText);
  const firstChild = childHolding(body, firstText);
  const lastChild = childHolding(body, lastText);
  const outside =
    hasText(firstChild.previousSibling, (n) => n.previousSibling) || hasText(lastChild.nextSibling, (n) => n.nextSibling);
  // The byline: the last one between the title and the body.
  let byline = "";
  for (let i = best.at - 1; i >= titleAt && !byline; i--) {
    const it = items[i];
    if (isBlock(it) && isByline(it)) byline = it.text;
  }
  return {
    body,
    ...(outside ? { between: { after: firstChild.previousSibling, before: lastChild.nextSibling } } : {}),
    byline,
  };
}

/** `标题_科学导报` → `标题`. */
export function titleWithoutSite(title: string): string {
  return title
    .replace(/\s*(?:[_|｜]|\s[-–—]\s)\s*科学导报[^_|｜]*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const SITE_NAME = /^(科学导报|科学导报网|kxdb)$/i;

/**
 * An element of the page whose text is the document's title and nothing else (`<div class="tit"><b>标题</b></div>`
 * in older templates): the outermost such around the first text node that is the title, outside links, navigation
 * and the page's footer. One pass over the text nodes, then up from the one found (a huge page costs its text once).
 */
function headlineByText(doc: Document, docTitle: string): Element | null {
  if (docTitle.length < 4 || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let el = node.parentElement;
    if (squash(node.nodeValue ?? "") !== docTitle || !el || el.closest("a, nav, footer, aside, script, style")) continue;
    while (el.parentElement && el.parentElement !== doc.body && squash(el.parentElement.textContent ?? "") === docTitle) {
      el = el.parentElement;
    }
    return el;
  }
  return null;
}

/**
 * The article's title element: `h1#title` / `h1.title` when there, else the
 * first h1 or `.title` whose text is in the document's title (else the first
 * such element), else an element whose text is the document's title. null when
 * the page has none: use titleWithoutSite(doc.title).
 */
export function findKxdbTitle(doc: Document): Element | null {
  const own = doc.querySelector("h1#title, h1.title");
  if (own && squash(own.textContent ?? "")) return own;
  const docTitle = squash(titleWithoutSite(doc.title));
  const candidates = Array.from(doc.querySelectorAll("h1, .title, #title, h2")).filter((el) => {
    const t = squash(el.textContent ?? "");
    const links = squash(Array.from(el.querySelectorAll("a"), (a) => a.textContent ?? "").join(""));
    return (
      t.length >= 2 && t.length <= 200 && !SITE_NAME.test(t) && links.length * 2 <= t.length && !el.closest("nav, footer, aside")
    );
  });
  const inDocTitle = candidates.find((el) => {
    const t = squash(el.textContent ?? "");
    return docTitle.length > 0 && t.length >= Math.min(4, docTitle.length) && (docTitle.includes(t) || t.includes(docTitle));
  });
  return inDocTitle ?? candidates.find((el) => el.tagName === "H1") ?? headlineByText(doc, docTitle);
}
