/**
 * Normalization with an offset map.
 *
 * Text from web pages and from PDF extraction breaks names over lines
 * (`山西转型\n\n综改示范区`), puts spaces between CJK and digits, mixes full- and
 * half-width forms and sometimes still carries HTML entities. The recognizer
 * works on a normalized copy; every normalized character remembers the range
 * of original characters it came from, so mentions are reported in the
 * original text's offsets.
 */

export interface NormalizedText {
  /** The normalized text that rules run on. */
  text: string;
  /** origStart[i]: index in the original text of normalized char i. */
  origStart: Int32Array;
  /** origEnd[i]: index just after the original chars that made normalized char i. */
  origEnd: Int32Array;
  /**
   * breakBefore[i] = 1 where whitespace was dropped right before char i: a
   * line break inside a name (PDF columns) or between a byline and the text.
   * The rules decide which it is.
   */
  breakBefore: Uint8Array;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
};

// An HTML entity left in text by a careless extractor: &nbsp; &#12345; &#x4e2d;
const ENTITY = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;

function decodeEntity(body: string): string | undefined {
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body];
}

/** Whitespace, control and zero-width characters: all are dropped or collapsed. */
export function isSpaceLike(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Full-width ASCII forms (Ａ１（）) become their half-width twins; the length stays 1. */
function foldWidth(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c;
}

/** `s` with full-width ASCII forms folded (３６亿元 → 36亿元), one character for one, so offsets stay valid. */
export function foldWidths(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(foldWidth(c.charCodeAt(0))));
}

/**
 * Normalize: fold full-width ASCII, decode stray HTML entities, and drop
 * whitespace, except one space kept between two ASCII letters or digits
 * (`PalmRiver Energy`). Line breaks inside a name disappear, so
 * `屯\n\n留经开区` is matched as `屯留经开区`.
 */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  const out: number[] = [];
  const origStart = new Int32Array(n + 1);
  const origEnd = new Int32Array(n + 1);
  const breakBefore = new Uint8Array(n + 1);
  let len = 0;
  let pendingSpace = -1; // original index where a run of whitespace started
  const push = (code: number, from: number, to: number) => {
    if (pendingSpace >= 0) {
      const prev = len > 0 ? out[len - 1] : -1;
      if (prev >= 0 && isAsciiAlnum(prev) && isAsciiAlnum(code)) {
        out.push(32);
        origStart[len] = pendingSpace;
        origEnd[len] = pendingSpace + 1;
        len++;
      } else breakBefore[len] = 1;
      pendingSpace = -1;
    }
    out.push(code);
    origStart[len] = from;
    origEnd[len] = to;
    len++;
  };
  let i = 0;
  while (i < n) {
    let c = original.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const m = ENTITY.exec(original.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[1]) : undefined;
      if (m && decoded !== undefined) {
        const end = i + m[0].length;
        for (let k = 0; k < decoded.length; k++) {
          const d = decoded.charCodeAt(k);
          if (isSpaceLike(d)) {
            if (pendingSpace < 0) pendingSpace = i;
          } else push(foldWidth(d), i, end);
        }
        i = end;
        continue;
      }
    }
    if (isSpaceLike(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    c = foldWidth(c);
    push(c, i, i + 1);
    i++;
  }
  // Build the string in chunks: String.fromCharCode(...bigArray) overflows the stack.
  let text = "";
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode(...out.slice(k, k + 8192));
  return {
    text,
    origStart: origStart.subarray(0, len),
    origEnd: origEnd.subarray(0, len),
    breakBefore: breakBefore.subarray(0, len),
  };
}

/** Map a normalized span [start, end) back to the original text. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.origStart[start], norm.origEnd[end - 1]];
}
