/**
 * Generated DOM trees for property tests of the text map and the highlighter:
 * the markup an article body may hold (paragraphs, divs, lists, tables, links,
 * bold, fonts, custom elements, <br>, scripts and other content that is no
 * text of the page), built with DOM calls rather than parsed, so trees the
 * HTML parser would never make are covered too: adjacent and empty text
 * nodes, blocks inside inline elements.
 *
 * Beside the tree, each build returns what a reader sees, worked out from the
 * tree's shape alone (not with collectText): the visible text nodes in order
 * and, between two of them, whether a block edge or a <br> separates them.
 */
import fc from "fast-check";

export type TreeSpec =
  | { kind: "text"; data: string }
  | { kind: "inline" | "block" | "skip"; tag: string; children: TreeSpec[] }
  | { kind: "br" }
  | { kind: "table"; rows: TreeSpec[][] };

// Inline HTML and custom (hyphenated) elements, ours included: they never separate text.
export const INLINE_TAGS = ["b", "span", "a", "font", "strong", "em", "sub", "x-note", "kxdb-mark", "kxdb-fact"];
export const BLOCK_TAGS = ["p", "div", "h3", "li", "ul", "section", "blockquote", "center"];
// Content that is no text of the page: never read, never wrapped.
export const SKIP_TAGS = ["script", "style", "noscript", "textarea", "template", "kxdb-ui"];

/** Text a kxdb.com body holds: Chinese names, punctuation, spaces and the page's own line breaks; sometimes empty. */
export const textDataArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.string({ unit: fc.constantFrom(..."晋城经开区太原重工有限公司，。 1a\n"), minLength: 1, maxLength: 10 }),
  },
  { weight: 1, arbitrary: fc.constant("") },
);

export const treeArb: fc.Arbitrary<TreeSpec[]> = fc
  .letrec<{ node: TreeSpec; children: TreeSpec[] }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: "tree" },
      { weight: 4, arbitrary: textDataArb.map((data): TreeSpec => ({ kind: "text", data })) },
      {
        weight: 3,
        arbitrary: fc
          .record({ tag: fc.constantFrom(...INLINE_TAGS), children: tie("children") as fc.Arbitrary<TreeSpec[]> })
          .map((r): TreeSpec => ({ kind: "inline", ...r })),
      },
      {
        weight: 3,
        arbitrary: fc
          .record({ tag: fc.constantFrom(...BLOCK_TAGS), children: tie("children") as fc.Arbitrary<TreeSpec[]> })
          .map((r): TreeSpec => ({ kind: "block", ...r })),
      },
      { weight: 1, arbitrary: fc.constant<TreeSpec>({ kind: "br" }) },
      {
        weight: 1,
        arbitrary: fc
          .record({ tag: fc.constantFrom(...SKIP_TAGS), children: tie("children") as fc.Arbitrary<TreeSpec[]> })
          .map((r): TreeSpec => ({ kind: "skip", ...r })),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.array(tie("children") as fc.Arbitrary<TreeSpec[]>, { minLength: 1, maxLength: 3 }), {
            minLength: 1,
            maxLength: 3,
          })
          .map((cells): TreeSpec => ({ kind: "table", rows: cells.map((row) => row.flat()) })),
      },
    ),
    children: fc.array(tie("node") as fc.Arbitrary<TreeSpec>, { maxLength: 4, depthIdentifier: "tree" }),
  }))
  .children.map((c) => c);

/** One step of the reading order: a visible text node, or a block edge / <br> (a line break a reader sees). */
export type Step = { text: Text } | { boundary: true };

/** Append the tree to `parent`; returns the reading order of what was appended. */
export function build(parent: Node, specs: TreeSpec[]): Step[] {
  const doc = parent.ownerDocument ?? (parent as Document);
  const steps: Step[] = [];
  const add = (to: Node, spec: TreeSpec, visible: boolean) => {
    if (spec.kind === "text") {
      const node = doc.createTextNode(spec.data);
      to.appendChild(node);
      if (visible && spec.data) steps.push({ text: node });
    } else if (spec.kind === "br") {
      to.appendChild(doc.createElement("br"));
      if (visible) steps.push({ boundary: true });
    } else if (spec.kind === "table") {
      const table = to.appendChild(doc.createElement("table"));
      const tbody = table.appendChild(doc.createElement("tbody"));
      if (visible) steps.push({ boundary: true });
      for (const row of spec.rows) {
        const tr = tbody.appendChild(doc.createElement("tr"));
        const td = tr.appendChild(doc.createElement("td"));
        if (visible) steps.push({ boundary: true });
        for (const child of row) add(td, child, visible);
        if (visible) steps.push({ boundary: true });
      }
      if (visible) steps.push({ boundary: true });
    } else {
      const el = doc.createElement(spec.tag);
      if (spec.tag === "a") el.setAttribute("href", "/news/show.php?itemid=1");
      to.appendChild(el);
      const block = spec.kind === "block";
      if (block && visible) steps.push({ boundary: true });
      for (const child of spec.children) add(el, child, visible && spec.kind !== "skip");
      if (block && visible) steps.push({ boundary: true });
    }
  };
  for (const spec of specs) add(parent, spec, true);
  return steps;
}

/** The visible text nodes in order, each with whether a line break separates it from the next one. */
export function readingOrder(steps: Step[]): { nodes: Text[]; breakAfter: boolean[] } {
  const nodes: Text[] = [];
  const breakAfter: boolean[] = [];
  for (const step of steps) {
    if ("text" in step) {
      nodes.push(step.text);
      breakAfter.push(false);
    } else if (nodes.length) breakAfter[nodes.length - 1] = true;
  }
  return { nodes, breakAfter };
}

/** Every node under `root` in document order: to check that clearing highlights gives back the very same objects. */
export function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}
