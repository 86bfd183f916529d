/**
 * The text map: the text a reader sees in an article body (what the
 * recognizer reads and every offset is counted in) and its way back to the
 * page's Text nodes. Paragraphs, list items, table cells and <br> separate
 * text; bold, links, fonts and custom elements (ours: highlights and saved
 * quotes) do not; scripts, styles and form fields are no text at all.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { offsetsToRange, rangeToOffsets } from "../../lib/highlight/highlighter";
import { collectText, type TextMap } from "../../lib/highlight/textMap";
import { build, readingOrder, treeArb } from "../helpers/domTrees";

const { document } = new JSDOM("<!doctype html><body></body>").window;

function fresh(): HTMLElement {
  document.body.textContent = "";
  return document.body.appendChild(document.createElement("div"));
}

function parsed(html: string): HTMLElement {
  const root = fresh();
  root.innerHTML = html;
  return root;
}

/** What a range from (node i, offset x) to (node j, offset y) of the map shows, leaving out scripts and the like. */
function visible(map: TextMap, range: Range): string {
  const i = map.nodes.indexOf(range.startContainer as Text);
  const j = map.nodes.indexOf(range.endContainer as Text);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(j).toBeGreaterThanOrEqual(0);
  if (i === j) return map.nodes[i].data.slice(range.startOffset, range.endOffset);
  const middle = map.nodes.slice(i + 1, j).map((n) => n.data);
  return [map.nodes[i].data.slice(range.startOffset), ...middle, map.nodes[j].data.slice(0, range.endOffset)].join("");
}

/** The text with the line breaks that are in no node (block edges, <br>) taken out: what a DOM range shows. */
function inNodes(map: TextMap, start: number, end: number): string {
  let out = "";
  map.nodes.forEach((node, i) => {
    const from = Math.max(start, map.starts[i]);
    const to = Math.min(end, map.starts[i] + node.data.length);
    if (to > from) out += map.text.slice(from, to);
  });
  return out;
}

describe("the text a reader sees", () => {
  it("paragraphs, list items, table cells and <br> separate text; bold, links, fonts and custom elements do not", () => {
    const root = parsed(
      "<p>晋城<b>经开</b>区<a href='#'>太原</a><font>重工</font><x-note>有限</x-note><kxdb-mark>公司</kxdb-mark></p>" +
        "<ul><li>甲</li><li>乙<br>丙</li></ul><table><tr><td>丁</td><td>戊</td></tr></table>己",
    );
    expect(collectText(root).text).toBe("晋城经开区太原重工有限公司\n甲\n乙\n丙\n丁\n戊\n己");
  });

  it("scripts, styles, templates, form fields, embedded documents and our own UI are no text", () => {
    const root = parsed(
      "<p>太原<script>var 晋城 = 1;</script>重工</p><style>p{}</style><noscript>请启用</noscript>" +
        "<textarea>留言</textarea><template><p>模板</p></template><iframe>框</iframe><svg><text>图</text></svg>" +
        "<kxdb-ui>面板</kxdb-ui><p>开发区</p>",
    );
    const map = collectText(root);
    expect(map.text).toBe("太原重工\n开发区\n");
    expect(map.nodes.map((n) => n.data)).toEqual(["太原", "重工", "开发区"]);
  });

  it("never starts with a break nor puts two breaks where one block ends and the next begins", () => {
    const root = parsed("<div><div><p>甲</p></div></div><br><br><p></p><div><p>乙</p></div>");
    expect(collectText(root).text).toBe("甲\n乙\n");
  });

  it("a paragraph whose text ends in the page's own line break reads the same once a name before it is wrapped", () => {
    // Pretty-printed pages close a paragraph on the next line: `<p>…晋城经开区\n</p>`. Wrapping the name splits off
    // the "\n" as a text node of its own; the text (and every offset after it) must not lose a line break then.
    const root = parsed("<p>落户晋城经开区\n</p><p>太原重工</p>");
    const before = collectText(root).text;
    (root.querySelector("p")?.firstChild as Text | null)?.splitText("落户晋城经开区".length);
    expect(Array.from(root.querySelector("p")?.childNodes ?? [], (n) => n.textContent)).toEqual(["落户晋城经开区", "\n"]);
    expect(collectText(root).text).toBe(before);
  });

  it("an empty body maps to no text and no nodes", () => {
    const map = collectText(parsed("<p></p><script>x</script>"));
    expect(map).toEqual({ text: "", nodes: [], starts: [] });
  });

  it("takes only the children `between` two bounds, and the whole side of a bound the page removed", () => {
    const root = parsed("<h1>标题</h1><p>晋城经开区</p><p>太原重工</p><div class='nav'>上一篇</div>");
    const [title, first, second, nav] = Array.from(root.children);
    expect(collectText(root, { after: title, before: nav }).text).toBe("晋城经开区\n太原重工\n");
    expect(collectText(root, { after: first, before: null }).text).toBe("太原重工\n上一篇\n");
    expect(collectText(root, { after: null, before: second }).text).toBe("标题\n晋城经开区\n");
    nav.remove();
    // A bound no longer in the body (the page took it out) bounds nothing.
    expect(collectText(root, { after: title, before: nav }).text).toBe("晋城经开区\n太原重工\n");
    title.remove();
    expect(collectText(root, { after: title, before: second }).text).toBe("晋城经开区\n");
  });
});

describe("text map over generated DOM trees", () => {
  it("lists every visible text node once, in order, at its offset; breaks exactly where blocks or <br> separate", () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const root = fresh();
        const { nodes, breakAfter } = readingOrder(build(root, tree));
        const map = collectText(root);
        // The very nodes of the page, in reading order (none from scripts, styles …, no empty ones).
        expect(map.nodes).toHaveLength(nodes.length);
        for (const [i, n] of map.nodes.entries()) expect(n).toBe(nodes[i]);
        if (!nodes.length) {
          expect(map.text).toBe("");
          return;
        }
        expect(map.starts[0]).toBe(0);
        for (let i = 0; i < nodes.length; i++) {
          const end = map.starts[i] + nodes[i].data.length;
          expect(map.text.slice(map.starts[i], end)).toBe(nodes[i].data);
          const next = i + 1 < nodes.length ? map.starts[i + 1] : map.text.length;
          const gap = map.text.slice(end, next);
          if (breakAfter[i]) {
            // A reader sees a line break here: one is added unless the text itself just ended with one.
            expect(gap).toBe(nodes[i].data.endsWith("\n") ? "" : "\n");
          } else {
            // Inline markup (bold, links, custom elements) never splits a name.
            expect(gap).toBe("");
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the text does not depend on how the page's text is split into nodes (as wrapping splits it)", () => {
    fc.assert(
      // Cut points counted from the start, or (negative) from the end: a name wrapped right before a trailing break.
      fc.property(treeArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 20 })), { maxLength: 6 }), (tree, cuts) => {
        const root = fresh();
        build(root, tree);
        const before = collectText(root).text;
        for (const [which, at] of cuts) {
          const { nodes } = collectText(root);
          if (!nodes.length) break;
          const node = nodes[which % nodes.length];
          node.splitText(at < 0 ? Math.max(0, node.data.length + at) : at % (node.data.length + 1));
        }
        expect(collectText(root).text).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it("`between` bounds map exactly the text nodes of the children between them", () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (tree, a, b) => {
        const root = fresh();
        build(root, tree);
        const children = Array.from(root.childNodes);
        if (!children.length) return;
        const [i, j] = [a % children.length, b % children.length].sort((x, y) => x - y);
        if (j - i < 1) return;
        const map = collectText(root, { after: children[i], before: children[j] });
        // The same as the map of a body holding only those children.
        const whole = collectText(root);
        const inside = (n: Node) => children.slice(i + 1, j).some((c) => c === n || c.contains(n));
        const indexes = (nodes: Text[]) => nodes.map((n) => whole.nodes.indexOf(n));
        expect(indexes(map.nodes)).toEqual(indexes(whole.nodes.filter(inside)));
        for (const [k, n] of map.nodes.entries())
          expect(map.text.slice(map.starts[k], map.starts[k] + n.data.length)).toBe(n.data);
      }),
      { numRuns: 200 },
    );
  });

  it("maps text offsets to a DOM range showing that text, and the range back to the same offsets", () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (tree, a, b) => {
        const root = fresh();
        build(root, tree);
        const map = collectText(root);
        const n = map.text.length;
        const [start, end] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y);
        const shows = inNodes(map, start, end);
        const range = offsetsToRange(map, start, end);
        if (!shows) {
          // Nothing but line breaks (or nothing) there: no range to show.
          expect(range).toBeNull();
          return;
        }
        expect(visible(map, range as Range)).toBe(shows);
        // It starts on the first character shown and ends on the last, not at the edge of a neighbouring paragraph.
        const r = range as Range;
        expect(r.startOffset).toBeLessThan((r.startContainer as Text).data.length);
        expect(r.endOffset).toBeGreaterThan(0);
        const back = rangeToOffsets(map, range as Range);
        expect(back).not.toBeNull();
        const { start: s, end: e } = back as { start: number; end: number };
        // Back to the same stretch, less any line breaks at its edges that no node holds.
        expect(s).toBeGreaterThanOrEqual(start);
        expect(e).toBeLessThanOrEqual(end);
        expect(inNodes(map, s, e)).toBe(shows);
        expect(map.text.slice(start, s) + map.text.slice(e, end)).toMatch(/^\n*$/);
      }),
      { numRuns: 400 },
    );
  });

  it("maps any DOM selection of the page's text to the offsets of that text", () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (tree, a, b, oa, ob) => {
        const root = fresh();
        build(root, tree);
        const map = collectText(root);
        if (!map.nodes.length) return;
        let [i, j] = [a % map.nodes.length, b % map.nodes.length];
        let [x, y] = [oa % (map.nodes[i].data.length + 1), ob % (map.nodes[j].data.length + 1)];
        if (i > j || (i === j && x > y)) [i, j, x, y] = [j, i, y, x];
        const range = document.createRange();
        range.setStart(map.nodes[i], x);
        range.setEnd(map.nodes[j], y);
        const at = rangeToOffsets(map, range);
        const shows = visible(map, range);
        if (!shows) {
          expect(at).toBeNull();
          return;
        }
        expect(at).not.toBeNull();
        const { start, end } = at as { start: number; end: number };
        expect(inNodes(map, start, end)).toBe(shows);
      }),
      { numRuns: 300 },
    );
  });
});
