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

/**
 * Part of an element: its children after `after` and before `before` (either
 * null: from the first / to the last child). For an article whose paragraphs
 * share their parent with the title and the prev/next links. The bounds are
 * the page's own nodes outside the article, which highlighting never touches.
 */
export interface Between {
  after: Node | null;
  before: Node | null;
}

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

/** Elements whose content is no text of the page (scripts, form fields …). */
export const isSkippedTag = (tagName: string): boolean => SKIP.has(tagName.toUpperCase());
/** Elements that sit inside a line of text rather than starting one: inline HTML and every custom (hyphenated) element. */
export const isInlineTag = (tagName: string): boolean => INLINE.has(tagName.toUpperCase()) || tagName.includes("-");

/**
 * The text of `root`, or of its children `between` two of them (a bound the page has since removed is ignored);
 * after the text of `lead` and a line break when given (an article's headline, outside its body).
 */
export function collectText(root: Element, between?: Between, lead?: Element): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  // One break where the text does not already end in one. Decided on the text, not on how it is cut into nodes:
  // "晋\n" in one node and "晋" + "\n" in two (a highlight wrapped the name) must give the same text.
  const newline = () => {
    if (length > 0 && !parts[parts.length - 1].endsWith("\n")) {
      parts.push("\n");
      length++;
    }
  };
  const walk = (node: Node, from = node.firstChild, to: Node | null = null) => {
    for (let child = from; child && child !== to; child = child.nextSibling) {
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
        const block = !isInlineTag(tag);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  if (lead) {
    walk(lead);
    newline();
  }
  const after = between?.after?.parentNode === root ? between.after : null;
  const before = between?.before?.parentNode === root ? between.before : null;
  walk(root, after ? after.nextSibling : root.firstChild, before);
  return { text: parts.join(""), nodes, starts };
}
