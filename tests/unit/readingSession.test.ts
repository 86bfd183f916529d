// @vitest-environment jsdom
/**
 * The reading session (cards, selection → save, saved quotes → editor) in
 * jsdom around a real PageAnnotator, the background faked. Layout is not
 * jsdom's: a Range has no getBoundingClientRect there, so one that answers an
 * empty rectangle stands in (the save button only uses it for its position),
 * and WXT's `browser` global answers only runtime.getURL (the card links the notes page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PageAnnotator } from "../../components/reading/annotator";
import { startReadingSession } from "../../components/reading/readingSession";
import { describeRange } from "../../lib/anchor/textQuote";
import { Cleanup } from "../../lib/cleanup";
import type { FactRecord } from "../../lib/db/schema";
import { FACT_TAG, MARK_TAG } from "../../lib/highlight/highlighter";
import { collectText } from "../../lib/highlight/textMap";
import { t } from "../../lib/i18n";
import type { Mention } from "../../lib/ner/types";
import type { ArticleRequest, ArticleResult } from "../../lib/platform/messaging";

const background = vi.hoisted(() => ({
  requestAnnotation: vi.fn<(data: ArticleRequest) => Promise<ArticleResult>>(),
  sendMessage: vi.fn<(name: string, data?: unknown) => Promise<unknown>>(),
}));
vi.mock("@/lib/platform/messaging", () => background);

// The extension's own pages are linked from the card (the notes page): WXT's `browser` global, as in the extension.
vi.stubGlobal("browser", { runtime: { getURL: (path: string) => `chrome-extension://kxdb${path}` } });

if (!Range.prototype.getBoundingClientRect)
  Range.prototype.getBoundingClientRect = () => ({
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
    width: 0,
    height: 0,
    x: 0,
    y: 0,
    toJSON() {},
  });

const ARTICLE =
  "<p>泰山玻纤项目落户阳曲工业园区，总投资 36 亿元。</p><p>山西转型综改示范区提供专班服务，泰山玻纤太原公司投产。</p>";
const NAMES: [string, Mention["type"], string][] = [
  ["泰山玻纤", "COMPANY", "泰山玻璃纤维有限公司"],
  ["阳曲工业园区", "ZONE", "阳曲工业园区"],
  ["山西转型综改示范区", "ZONE", "山西转型综合改革示范区"],
];

function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [name, type, canonical] of NAMES)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      out.push({ start: i, end: i + name.length, type, text: name, entityId: `id:${name}`, canonical });
  return out.sort((a, b) => a.start - b.start);
}

function savedFact(id: string, text: string, quote: string): FactRecord {
  const start = text.indexOf(quote);
  return {
    id,
    quote,
    note: "",
    tags: [],
    entityIds: ["id:泰山玻纤"],
    figures: [],
    url: "https://www.kxdb.com/news/show.php?itemid=1",
    sourceInfo: { url: "u", title: "t", date: "2025-12-19", source: "科学导报", issue: "" },
    anchor: describeRange(text, start, start + quote.length),
    createdAt: 0,
    updatedAt: 0,
    dedupe: id,
  };
}

/** The article on a page, annotated, with the reading UI in a shadow root as the content script mounts it. */
async function session(facts: (text: string) => FactRecord[] = () => []) {
  document.body.innerHTML = `<h1>标题</h1><div id="article">${ARTICLE}</div><div id="host"></div>`;
  const body = document.getElementById("article") as HTMLElement;
  const text = collectText(body).text;
  background.requestAnnotation.mockImplementation(async (req) => ({ mentions: mentionsIn(req.text), ms: 1, facts: facts(text) }));
  const annotator = new PageAnnotator(body, {
    url: "https://www.kxdb.com/news/show.php?itemid=1",
    title: "标题",
    date: "2025-12-19",
    source: "科学导报",
    author: "",
    issue: "",
  });
  await annotator.annotate();
  const shadow = (document.getElementById("host") as HTMLElement).attachShadow({ mode: "open" });
  const container = shadow.appendChild(document.createElement("div"));
  const cleanup = new Cleanup();
  cleanups.push(cleanup);
  const reading = startReadingSession({ annotator, container, scope: body, cleanup });
  const mark = (name: string) => body.querySelector<HTMLElement>(`${MARK_TAG}[data-kxdb-entity="id:${name}"]`) as HTMLElement;
  const card = () => container.querySelector<HTMLElement>("[data-kxdb-card]");
  return { body, text, annotator, container, reading, mark, card, cleanup };
}

const mouse = (type: string, target: Element, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, ...init }));

function select(body: Element, from: string, to: string): void {
  const nodes = collectText(body).nodes;
  const start = nodes.find((n) => n.data.includes(from)) as Text;
  const end = nodes.find((n) => n.data.includes(to)) as Text;
  const range = document.createRange();
  range.setStart(start, start.data.indexOf(from));
  range.setEnd(end, end.data.indexOf(to) + to.length);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event("selectionchange"));
}

beforeEach(() => {
  background.requestAnnotation.mockReset();
  background.sendMessage.mockReset();
  background.sendMessage.mockImplementation(async (name) => {
    if (name === "entityInfo") return { articles: [], names: [] };
    if (name === "factsForEntity" || name === "trash" || name === "factsForArticle") return [];
    if (name === "entityNames") return {};
    return undefined;
  });
});
/** Each session's cleanup, disposed after its test as a page's mount is disposed when the extension goes. */
const cleanups: Cleanup[] = [];
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  for (const c of cleanups.splice(0)) c.dispose();
});

describe("reading session: entity cards", () => {
  it("hovering a name opens its card after a moment, with the entity's full name; moving off closes it", async () => {
    const { mark, card } = await session();
    mouse("mouseover", mark("阳曲工业园区"));
    expect(card()).toBeNull(); // not at once: a pointer passing over names opens nothing
    await vi.waitFor(() => expect(card()?.getAttribute("data-kxdb-card")).toBe("id:阳曲工业园区"));
    expect(card()?.querySelector(".canonical")?.textContent).toBe("阳曲工业园区");
    // Where else it appeared is asked of the background for the card.
    await vi.waitFor(() => expect(background.sendMessage).toHaveBeenCalledWith("entityInfo", "id:阳曲工业园区"));
    mouse("mouseout", mark("阳曲工业园区"));
    await vi.waitFor(() => expect(card()).toBeNull());
  });

  it("a pointer that only passes over a name opens no card", async () => {
    const { mark, card } = await session();
    // On a name for a moment (less than the opening delay), then off it.
    mouse("mouseover", mark("阳曲工业园区"));
    await new Promise((r) => setTimeout(r, 60));
    expect(card()).toBeNull();
    mouse("mouseout", mark("阳曲工业园区"));
    await new Promise((r) => setTimeout(r, 200));
    expect(card()).toBeNull();
  });

  it("a click on a name opens its card at once (the card of the name clicked, under its canonical name); Esc closes it", async () => {
    const { mark, card } = await session();
    mouse("click", mark("山西转型综改示范区"));
    expect(card()?.getAttribute("data-kxdb-card")).toBe("id:山西转型综改示范区");
    expect(card()?.querySelector(".canonical")?.textContent).toBe("山西转型综合改革示范区");
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(card()).toBeNull();
  });

  it("a name reached with the keyboard opens its card; Enter on it opens it again after Esc", async () => {
    const { mark, card } = await session();
    const name = mark("泰山玻纤");
    name.focus();
    expect(card()?.getAttribute("data-kxdb-card")).toBe("id:泰山玻纤");
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(card()).toBeNull();
    name.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(card()?.getAttribute("data-kxdb-card")).toBe("id:泰山玻纤");
  });
});

describe("reading session: saving what the reader selected", () => {
  it("a selection shows the save button; saving sends the selected text with its names, says so and opens the editor", async () => {
    const { body, container, mark, card } = await session();
    select(body, "阳曲", "36 亿元");
    const save = container.querySelector<HTMLButtonElement>("[data-kxdb-action=save-fact]");
    expect(save?.textContent).toBe(t("saveFact"));
    // With text selected, hovering a name puts no card over the button.
    mouse("mouseover", mark("阳曲工业园区"));
    await new Promise((r) => setTimeout(r, 300));
    expect(card()).toBeNull();

    const fact = savedFact("f-new", collectText(body).text, "阳曲工业园区，总投资 36 亿元");
    background.sendMessage.mockImplementation(async (name) => (name === "saveFact" ? { fact, created: true } : undefined));
    save?.click();
    await vi.waitFor(() => expect(container.querySelector("[data-kxdb-editor]")).not.toBeNull());
    const [, sent] = background.sendMessage.mock.calls.find(([name]) => name === "saveFact") as [
      string,
      { quote: string; entityIds: string[] },
    ];
    expect(sent.quote).toBe("阳曲工业园区，总投资 36 亿元");
    expect(sent.entityIds).toEqual(expect.arrayContaining(["id:阳曲工业园区", "id:泰山玻纤"]));
    expect(container.querySelector("[role=status]")?.textContent).toContain(t("saved"));
    expect(container.querySelector("[data-kxdb-editor] .quote")?.textContent).toBe(fact.quote);
    // The selection is done with: the button goes.
    expect(document.getSelection()?.isCollapsed).toBe(true);
    expect(container.querySelector("[data-kxdb-action=save-fact]")).toBeNull();
  });

  it("a quote saved before says so instead of saving it twice", async () => {
    const { body, container, reading } = await session();
    const fact = savedFact("f-old", collectText(body).text, "泰山玻纤项目落户阳曲工业园区");
    background.sendMessage.mockImplementation(async (name) => (name === "saveFact" ? { fact, created: false } : undefined));
    select(body, "项目落户", "阳曲工业园区");
    reading.saveSelection(); // the keyboard shortcut
    await vi.waitFor(() => expect(container.querySelector("[role=status]")?.textContent).toContain(t("alreadySaved")));
  });

  it("a selection outside the article, or of a single character, offers nothing to save", async () => {
    const { container } = await session();
    const title = document.querySelector("h1") as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(title);
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    expect(container.querySelector("[data-kxdb-action=save-fact]")).toBeNull();
    const { body } = await session();
    select(body, "泰", "泰");
    expect(container.querySelector("[data-kxdb-action=save-fact]")).toBeNull();
  });
});

describe("reading session: saved quotes", () => {
  it("a click on a saved quote (not on a name in it) opens that fact in the editor", async () => {
    const { body, container, card } = await session((text) => [savedFact("f1", text, "泰山玻纤项目落户阳曲工业园区")]);
    const quote = body.querySelector(`${FACT_TAG}[data-kxdb-fact="f1"]`) as HTMLElement;
    expect(quote.textContent).toBe("泰山玻纤项目落户阳曲工业园区");
    // The name inside the quote opens the name's card, not the editor.
    mouse("click", quote.querySelector(MARK_TAG) as HTMLElement);
    expect(card()).not.toBeNull();
    expect(container.querySelector("[data-kxdb-editor]")).toBeNull();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    // The quote's own text opens the fact.
    const plain = Array.from(quote.childNodes).find((n) => n.nodeType === 3 && n.textContent?.includes("项目")) as Text;
    plain.parentElement?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(container.querySelector("[data-kxdb-editor]")?.getAttribute("data-kxdb-editor")).toBe("f1"));
  });

  it("facts changed in another tab: the article's facts are fetched again and the quotes redrawn", async () => {
    const { body, reading } = await session();
    expect(body.querySelector(FACT_TAG)).toBeNull();
    const fact = savedFact("f2", collectText(body).text, "山西转型综改示范区提供专班服务");
    background.sendMessage.mockImplementation(async (name) => (name === "factsForArticle" ? [fact] : undefined));
    await reading.factsChanged();
    expect(background.sendMessage).toHaveBeenCalledWith("factsForArticle", "https://www.kxdb.com/news/show.php?itemid=1");
    expect(body.querySelector(`${FACT_TAG}[data-kxdb-fact="f2"]`)?.textContent).toBe("山西转型综改示范区提供专班服务");
  });
});

describe("reading session: going away", () => {
  it("once disposed (the extension updated or turned off), names open no card and the UI is gone", async () => {
    const { mark, card, container, cleanup } = await session();
    mouse("click", mark("阳曲工业园区"));
    expect(card()).not.toBeNull();
    cleanup.dispose();
    expect(container.childElementCount).toBe(0);
    mouse("click", mark("阳曲工业园区"));
    mouse("mouseover", mark("阳曲工业园区"));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(card()).toBeNull();
  });
});
