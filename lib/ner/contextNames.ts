/**
 * Short company names the text gives no suffix, list or known name for, but
 * frames as a company on both sides: `与格林贝斯签约`, `由永农投资建设`,
 * `引进恒泰洁能落户`. The name between must be made of words jieba does not
 * know or knows as proper nouns (`格林/nr 贝斯/nr`), never of ordinary words.
 */
import { type BoundaryContext, tagWindow } from "./boundary";
import { isGenericWord } from "./lexicon";
import type { Span } from "./lists";

/** What opens such a name, and what closes it: partners, investors, builders, settlers. */
const FRAMED =
  /(与|同|由|引进|引入|携手|联合|牵手)([\u4e00-\u9fffA-Za-z]{2,6}?)(签约|签订|签署|合作|投资|建设|落户|入驻|共建|联手|达成|中标)/g;
const PROPER_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|j|eng)$/;

export function findFramedNames(ctx: BoundaryContext): Span[] {
  const { text, gaz } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(FRAMED)) {
    const name = m[2];
    const start = m.index + m[1].length;
    if (gaz.isPlace(name) || isGenericWord(name)) continue;
    const words = tagWindow(ctx, name);
    if (words.every((w) => PROPER_TAGS.test(w.tag) && !gaz.isPlace(w.word) && !isGenericWord(w.word))) {
      out.push({ start, end: start + name.length });
    }
  }
  return out;
}
