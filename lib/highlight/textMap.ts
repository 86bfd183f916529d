/**
 * The text of an element as the recognizer sees it, with a map back to the
 * DOM's text nodes. Block boundaries and <br> become "\n" in the text (they are
 * in no node), so names never run from one paragraph into the next unseen.
 *
 * The text must not change when we wrap parts of it (highlights, saved quotes):
 * offsets found on the text before wrapping are applied to the text after it.
 * So custom elements — every tag with a hyphen, ours (kxdb-mark, kxdb-fact)
 * included — are inline, as browsers render them, and never add a break.
 */

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i]: offset of nodes[i]'s first character in `text`. */
  starts: number[];
}

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "KXDB-UI"]);
const INLINE = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "BIG",
  "CITE",
  "CODE",
  "DATA",
  "DEL",
  "DFN",
  "EM",
  "FONT",
  "I",
  "IMG",
  "INS",
  "KBD",
  "LABEL",
  "MARK",
  "NOBR",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRIKE",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "TT",
  "U",
  "VAR",
  "WBR",
]);

export function collectText(root: Element): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const newline = () => {
    if (length > 0 && parts[parts.length - 1] !== "\n") {
      parts.push("\n");
      length++;
    }
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        if (!t.data) continue;
        nodes.push(t);
        starts.push(length);
        parts.push(t.data);
        length += t.data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "BR") {
          newline();
          continue;
        }
        const block = !INLINE.has(tag) && !tag.includes("-");
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text: parts.join(""), nodes, starts };
}
