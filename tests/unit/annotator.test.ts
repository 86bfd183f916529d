// @vitest-environment jsdom
/**
 * PageAnnotator on kxdb.com article pages (the shared fixtures) in jsdom, with
 * the background faked: the recognizer's answer is given (mentions and the
 * facts saved from the article), so what is tested is the page side. Names
 * land exactly on their text and only inside the article; saved quotes show;
 * highlights off gives the page back byte for byte; a page whose text changed
 * is recognized again, never painted with offsets of the old text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PageAnnotator } from "../../components/reading/annotator";
import { describeRange, locate } from "../../lib/anchor/textQuote";
import { findArticle } from "../../lib/article/generic";
import type { FactRecord } from "../../lib/db/schema";
import { FACT_TAG, MARK_TAG } from "../../lib/highlight/highlighter";
import { collectText } from "../../lib/highlight/textMap";
import type { Mention } from "../../lib/ner/types";
import type { ArticleRequest, ArticleResult } from "../../lib/platform/messaging";
import { allNodes } from "../helpers/domTrees";
import { FIXTURES, type VariantPage, variantPages } from "../helpers/kxdbVariants";

const background = vi.hoisted(() => ({
  requestAnnotation: vi.fn<(data: ArticleRequest) => Promise<ArticleResult>>(),
  sendMessage: vi.fn<(name: string, data: unknown) => Promise<unknown>>(),
}));
vi.mock("@/lib/platform/messaging", () => background);

const NAMES: [string, Mention["type"]][] = [
  ["泰山玻纤纤维(太原)有限公司", "COMPANY"],
  ["泰山玻纤", "COMPANY"],
  ["山西转型综改示范区", "ZONE"],
  ["阳曲工业园区", "ZONE"],
  ["中国建材集团", "COMPANY"],
];

/** Every mention of the names in `text`, longest name first where two start at one place, none overlapping. */
function mentionsIn(text: string, names = NAMES): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (out.some((m) => m.start < i + name.length && m.end > i)) continue;
      out.push({ start: i, end: i + name.length, type, text: name, entityId: `id:${name}`, canonical: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function fact(id: string, text: string, start: number, end: number): FactRecord {
  return {
    id,
    quote: text.slice(start, end),
    note: "",
    tags: [],
    entityIds: [],
    figures: [],
    url: "u",
    sourceInfo: { url: "u", title: "t", date: "2025-12-19", source: "科学导报", issue: "" },
    anchor: describeRange(text, start, end),
    createdAt: 0,
    updatedAt: 0,
    dedupe: id,
  };
}

function loadPage(html: string, url: string) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  const page = findArticle(document, new URL(url));
  expect(page.kind).toBe("article");
  if (!page.body || !page.meta) throw new Error("no article found");
  return { body: page.body, meta: page.meta, between: page.between };
}

const fixturePage = () =>
  loadPage(readFileSync(join(FIXTURES, "news-48230.html"), "utf8"), "https://www.kxdb.com/news/show.php?itemid=48230");

/** What a reader sees highlighted for each mention (by its index), and for each saved quote (by fact id). */
function shown(root: ParentNode, tag: string, attribute: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of Array.from(root.querySelectorAll(tag))) {
    const key = el.getAttribute(attribute) ?? "";
    out[key] = (out[key] ?? "") + el.textContent;
  }
  return out;
}

function expectMarksOn(body: Element, mentions: Mention[]): void {
  expect(shown(body, MARK_TAG, "data-kxdb-mention")).toEqual(Object.fromEntries(mentions.map((m, i) => [String(i), m.text])));
  for (const el of Array.from(body.querySelectorAll(MARK_TAG))) {
    const m = mentions[Number(el.getAttribute("data-kxdb-mention"))];
    expect(el.getAttribute("data-kxdb-entity")).toBe(m.entityId);
    expect(el.getAttribute("data-kxdb-type")).toBe(m.type);
  }
}

/** The recognizer answers for whatever text it is sent: the names in it, and these saved facts. */
function recognizerAnswers(facts: FactRecord[] = []): void {
  background.requestAnnotation.mockImplementation(async ({ text }) => ({ mentions: mentionsIn(text), ms: 3, facts }));
}

beforeEach(() => {
  background.requestAnnotation.mockReset();
  background.sendMessage.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("PageAnnotator on a kxdb.com article", () => {
  it("highlights exactly the mentions' text, once each, and asks the background once for the article's text", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    const mentions = mentionsIn(text);
    expect(mentions.length).toBeGreaterThanOrEqual(8);
    background.requestAnnotation.mockResolvedValue({ mentions, ms: 5, facts: [] });
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    expect(annotator.state.error).toBe("");
    expect(background.requestAnnotation).toHaveBeenCalledTimes(1);
    expect(background.requestAnnotation).toHaveBeenCalledWith({ text, meta });
    expectMarksOn(body, mentions);
    expect(annotator.state.mentions).toEqual(mentions);
    // Nothing outside the article body is touched: title, navigation, sidebar.
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(body.querySelectorAll(MARK_TAG).length);
    // The reader's text is the page's: highlights add no characters.
    expect(collectText(body).text).toBe(text);
  });

  it("marks only the article's paragraphs when they share their parent with the title and the prev/next links", async () => {
    const v = variantPages().find((p) => p.variant === "bare p" && p.size === "long") as VariantPage;
    const { body, meta, between } = loadPage(v.html, v.url);
    expect(between).toBeDefined();
    const names: [string, Mention["type"]][] = [...NAMES];
    // Names that also stand outside the article (in the title or the links) are highlighted only inside it.
    for (const outside of v.notBody) names.push([outside.slice(0, 4), "ZONE"]);
    background.requestAnnotation.mockImplementation(async ({ text }) => ({
      mentions: mentionsIn(text, names),
      ms: 1,
      facts: [],
    }));
    const pristine = body.innerHTML;
    const annotator = new PageAnnotator(body, meta, between);
    await annotator.annotate();
    const sent = background.requestAnnotation.mock.calls[0][0].text;
    expect(sent).toBe(collectText(body, between).text);
    const marks = Array.from(body.querySelectorAll(MARK_TAG));
    expect(marks.length).toBeGreaterThan(0);
    const inArticle = (n: Node) => {
      for (let c = between?.after?.nextSibling ?? body.firstChild; c && c !== between?.before; c = c.nextSibling)
        if (c === n || c.contains(n)) return true;
      return false;
    };
    for (const mark of marks) expect(inArticle(mark)).toBe(true);
    await annotator.setEnabled(false);
    expect(body.innerHTML).toBe(pristine);
  });

  it("shows saved quotes with the names inside them; a quote no longer in the text is listed as detached", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    // One quote holds names, one runs over a paragraph break, one is from an older version of the article.
    const a = text.indexOf("据悉，泰山玻纤");
    const b = text.indexOf("该项目仅用一年多");
    const facts = [
      fact("f1", text, a, text.indexOf("。", a) + 1),
      fact("f2", text, text.indexOf("山西转型综改示范区提供"), b + 10),
      { ...fact("f3", text, 0, 20), anchor: describeRange("这句话已经从文章里删去了，再也找不到。", 0, 18) },
    ];
    recognizerAnswers(facts);
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    expect(annotator.state.error).toBe("");
    expect(annotator.state.facts).toEqual(facts);
    expect(annotator.state.detached).toEqual(["f3"]);
    const quotes = shown(body, FACT_TAG, "data-kxdb-fact");
    expect(Object.keys(quotes).sort()).toEqual(["f1", "f2"]);
    expect(quotes.f1).toBe(facts[0].quote);
    expect(quotes.f2).toBe(facts[1].quote.replace(/\n/g, ""));
    // Names inside a quote are still highlighted, whole.
    const mentions = mentionsIn(text);
    expectMarksOn(body, mentions);
    expect(body.querySelector(`${FACT_TAG}[data-kxdb-fact="f1"] ${MARK_TAG}`)?.textContent).toBe("泰山玻纤");
  });

  it("highlights off gives the page back byte for byte, the same nodes; on again needs no second recognition", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    const at = text.indexOf("作为省重点新材料项目");
    recognizerAnswers([fact("f1", text, at, text.indexOf("。", at) + 1)]);
    const pristine = document.documentElement.outerHTML;
    const nodes = allNodes(document.documentElement);
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    expect(body.querySelectorAll(FACT_TAG).length).toBeGreaterThan(0);
    expect(body.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) {
      await annotator.setEnabled(false);
      expect(document.documentElement.outerHTML).toBe(pristine);
      const now = allNodes(document.documentElement);
      expect(now.length).toBe(nodes.length);
      for (const [i, n] of now.entries()) expect(n).toBe(nodes[i]);
      await annotator.setEnabled(true);
      expectMarksOn(body, mentionsIn(text));
    }
    expect(background.requestAnnotation).toHaveBeenCalledTimes(1);
  });

  it("a quote that ends where a pretty-printed paragraph ends (`…。\\n</p>`) shows, with the names after it in place", async () => {
    const { body, meta } = loadPage(
      "<html><head><title>t</title></head><body><div id='article'>\n<p>泰山玻纤项目落户阳曲工业园区。\n</p>\n" +
        "<p>山西转型综改示范区提供专班服务。\n</p>\n</div></body></html>",
      "https://www.kxdb.com/news/show.php?itemid=90001",
    );
    const text = collectText(body).text;
    const start = text.indexOf("泰山玻纤");
    recognizerAnswers([fact("f1", text, start, text.indexOf("。") + 1)]);
    const pristine = body.innerHTML;
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    expect(annotator.state.error).toBe("");
    expect(shown(body, FACT_TAG, "data-kxdb-fact")).toEqual({ f1: "泰山玻纤项目落户阳曲工业园区。" });
    expectMarksOn(body, mentionsIn(text));
    await annotator.setEnabled(false);
    expect(body.innerHTML).toBe(pristine);
  });
});

describe("PageAnnotator when the page's text changes", () => {
  it("a page that rewrote a paragraph is recognized again and highlighted at the new text's offsets", async () => {
    const { body, meta } = fixturePage();
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    // The page's script puts a line with a name before the article: every offset after it moves.
    body.insertBefore(document.createTextNode("中国建材集团消息。"), body.firstChild);
    await annotator.annotate();
    expect(background.requestAnnotation).toHaveBeenCalledTimes(2);
    const text = background.requestAnnotation.mock.calls[1][0].text;
    expect(text.startsWith("中国建材集团消息。")).toBe(true);
    expectMarksOn(body, mentionsIn(text));
    expect(collectText(body).text).toBe(text);
  });

  it("content the page inserts after load is annotated by watch(), without the reader doing anything", async () => {
    const { body, meta } = fixturePage();
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    annotator.watch();
    const p = document.createElement("p");
    p.textContent = "阳曲工业园区新签约项目。";
    body.appendChild(p);
    await vi.waitFor(() => expect(background.requestAnnotation).toHaveBeenCalledTimes(2), { timeout: 3000 });
    await vi.waitFor(() => expect(p.querySelector(MARK_TAG)?.textContent).toBe("阳曲工业园区"));
    expectMarksOn(body, mentionsIn(collectText(body).text));
  });

  it("after unwatch (the reading layer going away) content the page inserts is left alone", async () => {
    const { body, meta } = fixturePage();
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    const unwatch = annotator.watch();
    unwatch();
    const p = document.createElement("p");
    p.textContent = "阳曲工业园区新签约项目。";
    body.appendChild(p);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(background.requestAnnotation).toHaveBeenCalledTimes(1);
    expect(p.querySelector(MARK_TAG)).toBeNull();
  });

  it("text changed while the recognizer was busy: no highlight lands beside its name", async () => {
    const { body, meta } = fixturePage();
    let answer: (r: ArticleResult) => void = () => {};
    background.requestAnnotation.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    const asked = collectText(body).text;
    const done = annotator.annotate();
    // While the background works, the page changes the article's first paragraph.
    const first = collectText(body).nodes.find((n) => n.data.includes("科学导报讯")) as Text;
    first.data = first.data.replace("科学导报讯", "【快讯】科学导报讯");
    answer({ mentions: mentionsIn(asked), ms: 1, facts: [] });
    await done;
    // The answer is for a text the page no longer shows: the text as it is now is recognized instead.
    expect(background.requestAnnotation).toHaveBeenCalledTimes(2);
    const now = collectText(body).text;
    expect(background.requestAnnotation.mock.calls[1][0].text).toBe(now);
    expect(annotator.state.error).toBe("");
    expectMarksOn(body, mentionsIn(now));
  });

  it("a page that keeps changing the article under every recognition gets no highlights and an error, not stale ones", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    background.requestAnnotation.mockImplementation(async ({ text: sent }) => {
      body.insertBefore(document.createTextNode("更新"), body.firstChild);
      return { mentions: mentionsIn(sent), ms: 1, facts: [] };
    });
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    expect(annotator.state.error).not.toBe("");
    expect(body.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(collectText(body).text.endsWith(text)).toBe(true);
  });
});

describe("saving a selection over highlighted text", () => {
  it("saves the text the reader selected, anchored where it is in the article, with the names in and around it", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    recognizerAnswers();
    background.sendMessage.mockResolvedValue({ fact: {}, created: true });
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    // Select from inside one highlighted name to the middle of the sentence, as a reader drags.
    const mark = body.querySelector(`${MARK_TAG}[data-kxdb-entity="id:中国建材集团"]`) as Element;
    const after = collectText(body).nodes.find((n) => n.data.includes("投资建设")) as Text;
    const range = document.createRange();
    range.setStart(mark.firstChild as Text, 2);
    range.setEnd(after, after.data.indexOf("投资建设") + 4);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    const q = annotator.selectedQuote(selection);
    expect(q?.quote).toBe(range.toString());
    expect(q?.entityIds).toEqual(expect.arrayContaining(["id:中国建材集团", "id:泰山玻纤"]));
    await annotator.save(q as NonNullable<typeof q>);
    const [name, saved] = background.sendMessage.mock.calls[0] as [string, { quote: string; anchor: FactRecord["anchor"] }];
    expect(name).toBe("saveFact");
    expect(saved.quote).toBe(range.toString());
    // Anchored in the article's own text (no highlights): found there at once, by its position.
    expect(locate(text, saved.anchor)).toEqual({ start: q?.start, end: q?.end, how: "position" });
  });
});

describe("which names a saved quote is tied to", () => {
  it("a name right before the quote in its sentence is the quote's; a name in the next paragraph is not", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    const quote = (words: string) => {
      const at = text.indexOf(words);
      return annotator.quoteAt(at, at + words.length)?.entityIds;
    };
    // `泰山玻纤|项目是…`: the reader selected what the sentence says of the company named just before.
    expect(quote("项目是“重大项目建设年”行动开展以来")).toEqual(["id:泰山玻纤"]);
    // The paragraph's last sentence; the next paragraph opens with `据悉，泰山玻纤`, seven characters on.
    expect(quote("全面建成后，将成为国内主要的绿色环保高性能玻璃纤维智能制造基地。")).toEqual([]);
    // Without its full stop the quote still ends its paragraph.
    expect(quote("全面建成后，将成为国内主要的绿色环保高性能玻璃纤维智能制造基地")).toEqual([]);
    // `阳曲工业园区|在用地保障…发力。山西转型综改示范区提供了…`: the zone before is the sentence's subject; the one
    // right after the full stop opens the next sentence.
    expect(quote("在用地保障、手续办理等方面持续发力。")).toEqual(["id:阳曲工业园区"]);
  });
});

describe("the reader's selection while the page re-annotates", () => {
  it("keeps a selection made while the answer was on its way (a second quote right after a save)", async () => {
    const { body, meta } = fixturePage();
    const text = collectText(body).text;
    recognizerAnswers();
    const annotator = new PageAnnotator(body, meta);
    await annotator.annotate();
    // The facts changed (a quote was just saved): the page asks for them again, and re-wraps when they come.
    const quoteAt = text.indexOf("泰山玻纤");
    let answer: (facts: FactRecord[]) => void = () => {};
    background.sendMessage.mockImplementation(() => new Promise((done) => (answer = done as typeof answer)));
    const refreshed = annotator.refreshFacts();
    await Promise.resolve();
    // Meanwhile the reader selects a sentence elsewhere in the article.
    const wanted = "投资建设";
    const node = collectText(body).nodes.find((n) => n.data.includes(wanted)) as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(wanted));
    range.setEnd(node, node.data.indexOf(wanted) + wanted.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    answer([fact("f1", text, quoteAt, quoteAt + 12)]);
    await refreshed;
    expect(body.querySelectorAll("[data-kxdb-fact]").length).toBeGreaterThan(0);
    expect(document.getSelection()?.toString()).toBe(wanted);
  });
});
