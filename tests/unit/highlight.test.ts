/**
 * The text map and the highlighter in a DOM (jsdom): wrapping parts of an
 * article in saved-quote and highlight elements must leave its text, and so
 * every offset found on it, exactly as it was; clearing must restore the DOM
 * byte for byte, original nodes included.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { FACT_TAG, Highlighter, MARK_TAG, offsetsToRange, rangeToOffsets } from "../../lib/highlight/highlighter";
import { collectText, type TextMap } from "../../lib/highlight/textMap";

const FIXTURES = resolve(process.env.KXDB_SHARED ?? "../shared", "fixtures/kxdb");

// One document for every generated body: a new JSDOM per run made the property tests time out on a busy machine.
const { document } = new JSDOM("<!doctype html><body></body>").window;
function article(html: string): Element {
  document.body.innerHTML = `<div id="article">${html}</div>`;
  return document.getElementById("article") as Element;
}

/** Every mapped node's text stands at its start offset. */
function expectMapConsistent(map: TextMap): void {
  for (const [i, node] of map.nodes.entries()) {
    expect(map.text.slice(map.starts[i], map.starts[i] + node.data.length)).toBe(node.data);
  }
}

/** Text of the elements made for each range, joined: what a reader sees highlighted. */
function shown(made: HTMLElement[], attribute: string): Map<string, string> {
  const byRange = new Map<string, string>();
  for (const el of made) {
    const key = el.getAttribute(attribute) ?? "";
    byRange.set(key, (byRange.get(key) ?? "") + el.textContent);
  }
  return byRange;
}

// Page markup a kxdb.com article body may hold around its text.
const INLINE_TAGS = ["b", "span", "a", "font", "strong", "em", "x-note"];
const BLOCK_TAGS = ["p", "div", "h3", "li"];
const textArb = fc.string({ unit: fc.constantFrom(..."晋城经开区太原重工有限公司引进，。 1"), minLength: 1, maxLength: 12 });
const segmentArb = fc.oneof(
  textArb.map((t) => t),
  fc.tuple(fc.constantFrom(...INLINE_TAGS), textArb).map(([tag, t]) => `<${tag}>${t}</${tag}>`),
  fc.constant("<br>"),
);
const bodyArb = fc
  .array(fc.tuple(fc.constantFrom(...BLOCK_TAGS), fc.array(segmentArb, { minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((blocks) => blocks.map(([tag, segs]) => `<${tag}>${segs.join("")}</${tag}>`).join(""));

/** Sorted, non-overlapping [start, end) ranges inside a text of `length` characters, from raw cut points. */
function rangesFrom(cuts: number[], length: number): { start: number; end: number }[] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const ranges = [];
  for (let i = 0; i + 1 < points.length; i += 2)
    if (points[i + 1] > points[i]) ranges.push({ start: points[i], end: points[i + 1] });
  return ranges;
}

describe("text map under saved quotes and highlights", () => {
  it("wrapping any ranges in saved-quote elements leaves the text and its offsets unchanged", () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (html, quoteCuts, markCuts) => {
          const body = article(html);
          const before = body.innerHTML;
          const original = collectText(body);
          const quotes = new Highlighter(FACT_TAG);
          const quoteRanges = rangesFrom(quoteCuts, original.text.length);
          quotes.apply(
            original,
            quoteRanges.map((r, i) => ({ ...r, attributes: { "data-kxdb-fact": String(i) } })),
          );
          const afterQuotes = collectText(body);
          expect(afterQuotes.text).toBe(original.text);
          expectMapConsistent(afterQuotes);

          // Entity highlights applied at offsets found on the original text show exactly those characters.
          const marks = new Highlighter(MARK_TAG);
          const markRanges = rangesFrom(markCuts, original.text.length);
          const made = marks.apply(
            afterQuotes,
            markRanges.map((r, i) => ({ ...r, attributes: { "data-kxdb-mention": String(i) } })),
          );
          const seen = shown(made, "data-kxdb-mention");
          markRanges.forEach((r, i) => {
            const expected = original.text.slice(r.start, r.end).replace(/\n/g, "");
            expect(seen.get(String(i)) ?? "").toBe(expected);
          });
          const afterBoth = collectText(body);
          expect(afterBoth.text).toBe(original.text);
          expectMapConsistent(afterBoth);

          marks.clear();
          quotes.clear();
          expect(body.innerHTML).toBe(before);
          // The original text nodes themselves are back, not copies.
          expect(collectText(body).nodes).toEqual(original.nodes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a kxdb.com article with three saved quotes highlights the same names as without them", () => {
    const page = new JSDOM(readFileSync(join(FIXTURES, "news-47102.html"), "utf8")).window.document;
    const body = page.getElementById("article") as Element;
    const original = collectText(body);
    const names = ["晋城经济技术开发区", "泰山玻纤", "中煤"].filter((n) => original.text.includes(n));
    expect(names.length).toBeGreaterThan(0);
    // Quotes that end right before and start right after names, and one that contains a name.
    const quoteRanges = names.map((name, i) => {
      const at = original.text.indexOf(name);
      return i % 2 ? { start: Math.max(0, at - 15), end: at } : { start: at + name.length, end: at + name.length + 20 };
    });
    new Highlighter(FACT_TAG).apply(
      original,
      quoteRanges.map((r, i) => ({ ...r, attributes: { "data-kxdb-fact": `f${i}` } })),
    );
    const map = collectText(body);
    expect(map.text).toBe(original.text);
    const nameRanges = names.map((name) => ({
      start: original.text.indexOf(name),
      end: original.text.indexOf(name) + name.length,
    }));
    const made = new Highlighter(MARK_TAG).apply(
      map,
      nameRanges.map((r, i) => ({ ...r, attributes: { "data-kxdb-mention": String(i) } })),
    );
    const seen = shown(made, "data-kxdb-mention");
    for (const [i, name] of names.entries()) expect(seen.get(String(i))).toBe(name);
  });

  it("a selection across highlights and quotes maps to the offsets of the text it shows", () => {
    const body = article("<p>山西<b>太原重工</b>轨道交通设备有限公司落户晋城经开区。</p><p>第二段。</p>");
    const original = collectText(body);
    new Highlighter(FACT_TAG).apply(original, [{ start: 2, end: 8, attributes: {} }]);
    const map = collectText(body);
    const doc = body.ownerDocument;
    const range = doc.createRange();
    const walker = doc.createTreeWalker(body, 4);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    range.setStart(nodes[0], 0);
    range.setEnd(nodes[nodes.length - 1], 2);
    const at = rangeToOffsets(map, range);
    expect(at).not.toBeNull();
    expect(original.text.slice(at?.start, at?.end)).toBe("山西太原重工轨道交通设备有限公司落户晋城经开区。\n第二");
  });

  it("a selection kept by its offsets comes back as the same text after the nodes are re-wrapped", () => {
    fc.assert(
      fc.property(bodyArb, fc.nat(), fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), (html, a, b, cuts) => {
        const body = article(html);
        const original = collectText(body);
        const n = original.text.length;
        const [start, end] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y);
        const range = offsetsToRange(original, start, end);
        if (!range) return;
        const at = rangeToOffsets(original, range);
        if (!at) return; // only line breaks selected: no text node in it
        // What the range shows is that stretch of the text, less the breaks that are in no node.
        const shownText = range.toString();
        expect(shownText).toBe(original.text.slice(at.start, at.end).replace(/\n/g, ""));
        new Highlighter(MARK_TAG).apply(
          original,
          rangesFrom(cuts, n).map((r) => ({ ...r, attributes: {} })),
        );
        const again = offsetsToRange(collectText(body), at.start, at.end);
        expect(again?.toString()).toBe(shownText);
      }),
      { numRuns: 300 },
    );
  });

  it("block elements and line breaks separate text; inline and custom elements do not", () => {
    const body = article(
      "<p>晋城<b>经开</b><x-tag>区</x-tag></p><div>太原<br>重工</div><table><tr><td>甲</td><td>乙</td></tr></table>",
    );
    expect(collectText(body).text).toBe("晋城经开区\n太原\n重工\n甲\n乙\n");
  });

  it("refuses a wrapper tag that page text maps would treat as a block", () => {
    expect(() => new Highlighter("mark")).toThrow(/custom element/);
  });
});
