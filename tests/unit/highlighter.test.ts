/**
 * The highlighter: names (kxdb-mark) and saved quotes (kxdb-fact) wrapped in
 * the page's text show exactly their characters, wherever the page's markup
 * cuts through them; turning highlights off gives the page back byte for byte,
 * with the very same node objects (the page's scripts and the reader's
 * selection keep holding them).
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { FACT_TAG, Highlighter, MARK_TAG, type StyledRange } from "../../lib/highlight/highlighter";
import { collectText } from "../../lib/highlight/textMap";
import { allNodes, build, treeArb } from "../helpers/domTrees";

const { document } = new JSDOM("<!doctype html><body></body>").window;

function parsed(html: string): HTMLElement {
  document.body.textContent = "";
  const root = document.body.appendChild(document.createElement("div"));
  root.innerHTML = html;
  return root;
}

interface Snapshot {
  html: string;
  nodes: Node[];
  data: string[];
}

function snapshot(root: Element): Snapshot {
  const nodes = allNodes(root);
  return { html: root.innerHTML, nodes, data: nodes.map((n) => (n.nodeType === 3 ? (n as Text).data : "")) };
}

/** The page is as it was: the same markup, and the same node objects holding the same text, in the same places. */
function expectRestored(root: Element, before: Snapshot): void {
  expect(root.innerHTML).toBe(before.html);
  const now = allNodes(root);
  expect(now.length).toBe(before.nodes.length);
  for (const [i, n] of now.entries()) expect(n).toBe(before.nodes[i]);
  expect(now.map((n) => (n.nodeType === 3 ? (n as Text).data : ""))).toEqual(before.data);
}

/** Ranges for the names in the text (each name's first occurrence after the previous one's), numbered. */
function namesAt(text: string, names: string[]): StyledRange[] {
  let from = 0;
  return names.map((name, i) => {
    const start = text.indexOf(name, from);
    expect(start, name).toBeGreaterThanOrEqual(0);
    from = start + name.length;
    return { start, end: start + name.length, attributes: { "data-n": String(i) } };
  });
}

/** What a reader sees highlighted for each range: the text of its elements, joined. */
function shown(root: Element, tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of Array.from(root.querySelectorAll(tag))) {
    const key = el.getAttribute("data-n") ?? "";
    out[key] = (out[key] ?? "") + el.textContent;
  }
  return out;
}

/** Highlight names in a page fragment; check what shows, that the text is unchanged, and that clearing restores. */
function roundTrip(html: string, names: string[], expected: string[] = names): HTMLElement {
  const root = parsed(html);
  const before = snapshot(root);
  const map = collectText(root);
  const marks = new Highlighter(MARK_TAG);
  marks.apply(map, namesAt(map.text, names));
  expect(shown(root, MARK_TAG)).toEqual(Object.fromEntries(expected.map((name, i) => [String(i), name])));
  expect(collectText(root).text).toBe(map.text);
  marks.clear();
  expectRestored(root, before);
  return root;
}

describe("highlighting names in the page's markup", () => {
  it("a name cut by bold and a link shows whole, one element per piece, the link still a link", () => {
    const root = parsed("<p>山西<b>太原</b>重工<a href='/c/1'>有限</a>公司在晋城经开区</p>");
    const before = snapshot(root);
    const map = collectText(root);
    const marks = new Highlighter(MARK_TAG);
    const made = marks.apply(map, namesAt(map.text, ["太原重工有限公司", "晋城经开区"]));
    expect(made.map((el) => el.textContent)).toEqual(["太原", "重工", "有限", "公司", "晋城经开区"]);
    expect(shown(root, MARK_TAG)).toEqual({ 0: "太原重工有限公司", 1: "晋城经开区" });
    // The pieces sit inside the page's own elements: the bold stays bold, the link keeps its target.
    expect(root.querySelector("b")?.innerHTML).toBe('<kxdb-mark data-n="0">太原</kxdb-mark>');
    expect(root.querySelector("a")?.getAttribute("href")).toBe("/c/1");
    expect(root.querySelector("a")?.innerHTML).toBe('<kxdb-mark data-n="0">有限</kxdb-mark>');
    marks.clear();
    expectRestored(root, before);
  });

  it("adjacent names stay two highlights, nothing lost or doubled between them", () => {
    const root = roundTrip("<p>晋城经开区太原重工泰山玻纤</p>", ["晋城经开区", "太原重工", "泰山玻纤"]);
    expect(root.textContent).toBe("晋城经开区太原重工泰山玻纤");
  });

  it("names in table cells, list items and across a line break", () => {
    roundTrip(
      "<table><tbody><tr><td>企业</td><td>太原重工</td></tr><tr><td>园区</td><td><b>晋城</b>经开区</td></tr></tbody></table>",
      ["太原重工", "晋城经开区"],
    );
    roundTrip("<ul><li>泰山玻纤</li><li>中煤<a href='#'>集团</a></li></ul>", ["泰山玻纤", "中煤集团"]);
  });

  it("a name right before a paragraph's own trailing line break leaves the text as it was", () => {
    // Pretty-printed pages: `<p>…晋城经开区\n</p>`. The wrapped name splits the "\n" off into a node of its own.
    roundTrip("<p>落户晋城经开区\n</p>\n<p>太原重工\n</p>", ["晋城经开区", "太原重工"]);
  });

  it("a range across two paragraphs highlights the text on both sides, never the break between them", () => {
    const root = parsed("<p>晋城经开区</p><p>太原重工</p>");
    const before = snapshot(root);
    const map = collectText(root);
    expect(map.text).toBe("晋城经开区\n太原重工\n");
    const quotes = new Highlighter(FACT_TAG);
    quotes.apply(map, [{ start: 2, end: 8, attributes: { "data-n": "0" } }]);
    expect(root.innerHTML).toBe(
      '<p>晋城<kxdb-fact data-n="0">经开区</kxdb-fact></p><p><kxdb-fact data-n="0">太原</kxdb-fact>重工</p>',
    );
    quotes.clear();
    expectRestored(root, before);
  });

  it("a name inside a saved quote, and one across the quote's edge, show whole; clearing both restores", () => {
    const root = parsed("<p>山西<b>太原重工</b>轨道交通设备有限公司落户晋城经开区。</p>");
    const before = snapshot(root);
    const original = collectText(root);
    const quotes = new Highlighter(FACT_TAG);
    // The quote starts in the middle of 太原重工 and ends in the middle of 晋城经开区.
    const q = { start: original.text.indexOf("重工"), end: original.text.indexOf("经开区") };
    quotes.apply(original, [{ ...q, attributes: {} }]);
    const map = collectText(root);
    expect(map.text).toBe(original.text);
    const marks = new Highlighter(MARK_TAG);
    marks.apply(map, namesAt(map.text, ["太原重工", "轨道交通设备有限公司", "晋城经开区"]));
    expect(shown(root, MARK_TAG)).toEqual({ 0: "太原重工", 1: "轨道交通设备有限公司", 2: "晋城经开区" });
    expect(Array.from(root.querySelectorAll(FACT_TAG), (el) => el.textContent).join("")).toBe(
      original.text.slice(q.start, q.end),
    );
    // The name wholly inside the quote is one element, inside the quote element.
    expect(root.querySelector(`${MARK_TAG}[data-n="1"]`)?.parentElement?.tagName).toBe(FACT_TAG.toUpperCase());
    // Highlights off: names first, then quotes (as the annotator clears).
    marks.clear();
    quotes.clear();
    expectRestored(root, before);
  });

  it("of two nested or overlapping names, the one starting first is shown and the other dropped", () => {
    const root = parsed("<p>太原重工有限公司</p>");
    const before = snapshot(root);
    const marks = new Highlighter(MARK_TAG);
    marks.apply(collectText(root), [
      { start: 0, end: 8, attributes: { "data-n": "outer" } },
      { start: 0, end: 4, attributes: { "data-n": "inner" } },
      { start: 6, end: 8, attributes: { "data-n": "tail" } },
    ]);
    expect(root.textContent).toBe("太原重工有限公司");
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(1);
    marks.clear();
    expectRestored(root, before);
  });

  it("highlights on, off, on, off: the page comes back each time", () => {
    const root = parsed("<p>晋城<b>经开区</b>与太原重工</p><p>泰山玻纤</p>");
    const before = snapshot(root);
    const marks = new Highlighter(MARK_TAG);
    for (let round = 0; round < 3; round++) {
      const map = collectText(root);
      marks.apply(map, namesAt(map.text, ["晋城经开区", "太原重工", "泰山玻纤"]));
      expect(root.querySelectorAll(MARK_TAG)).toHaveLength(4);
      marks.clear();
      expectRestored(root, before);
    }
  });

  it("clearing after the page removed or rewrote highlighted content itself restores the rest", () => {
    const root = parsed("<p>晋城经开区</p><div id='ad'>太原重工</div><p id='live'>泰山玻纤</p><p>中煤集团</p>");
    const marks = new Highlighter(MARK_TAG);
    const map = collectText(root);
    marks.apply(map, namesAt(map.text, ["晋城经开区", "太原重工", "泰山玻纤", "中煤集团"]));
    // The page's own scripts: one block removed, one rewritten (our pieces in it are gone).
    root.querySelector("#ad")?.remove();
    const live = root.querySelector("#live") as HTMLElement;
    live.textContent = "实时更新";
    marks.clear();
    expect(root.innerHTML).toBe(parsed("<p>晋城经开区</p><p id='live'>实时更新</p><p>中煤集团</p>").innerHTML);
  });

  it("ranges past the text's end or empty change nothing", () => {
    const root = parsed("<p>晋城经开区</p>");
    const before = snapshot(root);
    const marks = new Highlighter(MARK_TAG);
    const made = marks.apply(collectText(root), [
      { start: 3, end: 3, attributes: {} },
      { start: 6, end: 20, attributes: {} },
    ]);
    expect(made).toEqual([]);
    expectRestored(root, before);
  });
});

/** Ranges from raw numbers: any start and length within a text of `length` characters (they may overlap). */
const rangesArb = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 8 });
function toRanges(raw: [number, number][], length: number, name: string): StyledRange[] {
  return raw.map(([a, len], i) => {
    const start = a % (length + 1);
    return { start, end: Math.min(length, start + len), attributes: { [name]: String(i) } };
  });
}
/** Sorted, non-overlapping ranges from cut points. */
function disjoint(cuts: number[], length: number): StyledRange[] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const out: StyledRange[] = [];
  for (let i = 0; i + 1 < points.length; i += 2)
    out.push({ start: points[i], end: points[i + 1], attributes: { "data-n": String(out.length) } });
  return out;
}

describe("highlighter over generated DOM trees", () => {
  it("saved quotes and names at any offsets, even overlapping, then cleared: the page byte for byte, same nodes", () => {
    fc.assert(
      fc.property(treeArb, rangesArb, rangesArb, (tree, quoteRaw, markRaw) => {
        document.body.textContent = "";
        const root = document.body.appendChild(document.createElement("div"));
        build(root, tree);
        const before = snapshot(root);
        const original = collectText(root);
        const quotes = new Highlighter(FACT_TAG);
        const marks = new Highlighter(MARK_TAG);
        quotes.apply(original, toRanges(quoteRaw, original.text.length, "data-q"));
        const map = collectText(root);
        expect(map.text).toBe(original.text);
        marks.apply(map, toRanges(markRaw, map.text.length, "data-m"));
        expect(collectText(root).text).toBe(original.text);
        marks.clear();
        quotes.clear();
        expectRestored(root, before);
      }),
      { numRuns: 300 },
    );
  });

  it("each name highlighted shows exactly its characters", () => {
    fc.assert(
      fc.property(treeArb, fc.array(fc.nat(), { maxLength: 12 }), (tree, cuts) => {
        document.body.textContent = "";
        const root = document.body.appendChild(document.createElement("div"));
        build(root, tree);
        const map = collectText(root);
        const ranges = disjoint(cuts, map.text.length);
        new Highlighter(MARK_TAG).apply(map, ranges);
        const seen = shown(root, MARK_TAG);
        for (const [i, r] of ranges.entries()) {
          // The range's characters that the page's text nodes hold (the breaks between blocks are in none).
          let expected = "";
          for (const [k, n] of map.nodes.entries()) {
            const from = Math.max(r.start, map.starts[k]);
            const to = Math.min(r.end, map.starts[k] + n.data.length);
            if (to > from) expected += map.text.slice(from, to);
          }
          expect(seen[String(i)] ?? "").toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
