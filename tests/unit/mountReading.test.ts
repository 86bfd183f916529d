// @vitest-environment jsdom
/**
 * mountReading on a kxdb.com fixture article in a DOM (jsdom): mounted, it
 * shows the reading UI over the annotated article; disposed, the page's DOM is
 * byte for byte what it was before reading, and nothing it listened to
 * (page events, messages, settings, timers) reaches it any more.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PageAnnotator } from "@/components/reading/annotator";
import { mountReading } from "@/components/reading/mountReading";
import { describeRange } from "@/lib/anchor/textQuote";
import { findArticle } from "@/lib/article/generic";
import type { Mention } from "@/lib/model/reading";
import { mentionAt } from "../helpers/mentions";

const platform = vi.hoisted(() => ({
  messageHandlers: new Map<string, () => unknown>(),
  correctionWatchers: new Set<() => unknown>(),
  requestAnnotation: vi.fn(),
  sendMessage: vi.fn(async () => ({})),
}));

vi.mock("@/lib/platform/messaging", () => ({
  requestAnnotation: platform.requestAnnotation,
  sendMessage: platform.sendMessage,
  onMessage: (type: string, handler: () => unknown) => {
    platform.messageHandlers.set(type, handler);
    return () => platform.messageHandlers.delete(type);
  },
}));
vi.mock("@/lib/platform/storageItems", () => ({
  correctionsItem: {
    watch: (fn: () => unknown) => {
      platform.correctionWatchers.add(fn);
      return () => platform.correctionWatchers.delete(fn);
    },
  },
}));

const FIXTURES = resolve(process.env.KXDB_SHARED ?? "../shared", "fixtures/kxdb");

/** Event listeners added from now on and not removed yet. */
function trackListeners() {
  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  type Entry = { target: EventTarget; type: string; listener: unknown; capture: boolean };
  const live: Entry[] = [];
  const capture = (options?: boolean | EventListenerOptions) => (typeof options === "boolean" ? options : !!options?.capture);
  const find = (e: Omit<Entry, "capture">, options?: boolean | EventListenerOptions) =>
    live.findIndex(
      (l) => l.target === e.target && l.type === e.type && l.listener === e.listener && l.capture === capture(options),
    );
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    if (find({ target: this, type, listener }, options) < 0)
      live.push({ target: this, type, listener, capture: capture(options) });
    addEventListener.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    const i = find({ target: this, type, listener }, options);
    if (i >= 0) live.splice(i, 1);
    removeEventListener.call(this, type, listener, options);
  };
  return {
    /** Those on something still in the page: the document, the window, a connected node (not our removed UI). */
    inPage: () =>
      live
        .filter((l) => l.target === document || l.target === window || (l.target instanceof Node && l.target.isConnected))
        .map((l) => l.type),
    stop() {
      proto.addEventListener = addEventListener;
      proto.removeEventListener = removeEventListener;
    },
  };
}

function loadFixture(file: string): void {
  const html = readFileSync(join(FIXTURES, file), "utf8");
  const parsed = new DOMParser().parseFromString(html, "text/html");
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

/** Two mentions and one saved quote in the article's text, so that mounting has highlights and quotes to show. */
function answerFor(text: string) {
  const mention = (start: number, end: number, type: Mention["type"], entityId: string) =>
    mentionAt(text, start, end, type, entityId);
  const fact = { id: "fact-1", quote: text.slice(30, 60), entityIds: ["z1"], anchor: describeRange(text, 30, 60) };
  return { mentions: [mention(4, 10, "ZONE", "z1"), mention(40, 48, "COMPANY", "c1")], ms: 1, facts: [fact] };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe("mountReading", () => {
  let listeners: ReturnType<typeof trackListeners> | undefined;
  beforeEach(() => {
    loadFixture("news-48215.html");
    platform.messageHandlers.clear();
    platform.correctionWatchers.clear();
    platform.requestAnnotation.mockReset();
    platform.requestAnnotation.mockImplementation(async ({ text }: { text: string }) => answerFor(text));
    platform.sendMessage.mockClear();
  });
  afterEach(() => listeners?.stop());

  it("disposed, leaves the page's DOM byte for byte as it was, and hears nothing more", async () => {
    const page = findArticle(document, new URL("https://www.kxdb.com/news/show.php?itemid=48215"));
    expect(page.kind).toBe("article");
    const body = page.body as Element;
    const before = document.documentElement.outerHTML;
    listeners = trackListeners();

    const annotator = new PageAnnotator(body, page.meta ?? ({} as never), page.between);
    await annotator.annotate();
    await sleep(0); // the annotator's suggestions
    const reading = mountReading({ annotator, scope: body, shortcuts: true });
    const host = document.querySelector("kxdb-ui");
    const container = host?.shadowRoot?.querySelector("style + div");
    // Mounted: the highlights' style (jsdom has no adopted sheets: a <style>), highlights, the saved quote, the reading UI, and listeners for page events, messages and settings.
    expect(document.head.querySelector("style[data-kxdb=highlights]")).not.toBeNull();
    expect(body.querySelectorAll("kxdb-mark").length).toBeGreaterThan(0);
    expect(body.querySelector("kxdb-fact[data-kxdb-fact=fact-1]")).not.toBeNull();
    expect(container?.querySelector("[data-kxdb-action=toggle]")).not.toBeNull();
    expect(listeners.inPage().length).toBeGreaterThan(0);
    expect([...platform.messageHandlers.keys()].sort()).toEqual(["factsChanged", "saveSelection", "toggleHighlights"]);
    expect(platform.correctionWatchers.size).toBe(1);

    // A hover starts the card's timer, a toast its own: both pending when the reading goes.
    const mark = body.querySelector("kxdb-mark") as HTMLElement;
    mark.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));

    reading.dispose();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(listeners.inPage()).toEqual([]);
    expect(platform.messageHandlers.size).toBe(0);
    expect(platform.correctionWatchers.size).toBe(0);

    // Nothing reacts any more: page events, the card's pending timer.
    const calls = platform.sendMessage.mock.calls.length + platform.requestAnnotation.mock.calls.length;
    for (const type of ["mouseover", "click", "mousedown", "focusin"])
      body.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    document.dispatchEvent(new Event("selectionchange"));
    await sleep(400);
    expect(container?.childNodes.length).toBe(0);
    expect(platform.sendMessage.mock.calls.length + platform.requestAnnotation.mock.calls.length).toBe(calls);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("disposing twice, or before the first article (the reader), is harmless", () => {
    const body = document.body;
    const before = document.documentElement.outerHTML;
    const reading = mountReading({ scope: body });
    expect(document.querySelector("kxdb-ui")).not.toBeNull();
    reading.dispose();
    reading.dispose();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
