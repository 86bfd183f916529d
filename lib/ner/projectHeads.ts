/**
 * Companies named at the head of a capacity: `一道新能源14GW光伏电池生产线`,
 * `禹王焦化271万吨焦炉技改项目`, `古县腾达年产15万吨煤焦油`. The text gives no
 * legal suffix; the capacity right after the name is what says it is a
 * company (the guidelines: a company at the head of a project is a COMPANY).
 * To stay precise the name must end in an industry word (新能源, 焦化 …) with
 * a distinctive word before it, or start with a place followed by a
 * distinctive word.
 */
import { type BoundaryContext, findNameStart, tagWindow } from "./boundary";
import { leadingPlace } from "./companyNames";
import { ENDS_WITH_ZONE_SUFFIX, INDUSTRY_WORDS, INSTITUTION_ENDINGS, isGenericWord } from "./lexicon";
import type { Span } from "./lists";

const CAPACITY = /(年产)?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:GW|MW|万千瓦|千瓦|吨|万吨|辆|台|套|片|只|件|平方米|锭)/g;
/** Tags of a trade name's own word: unknown to jieba, a proper noun, an abbreviation. */
const OWN_NAME_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|j|eng)$/;
const MAX_NAME = 10;

/** Words that say what a project does, not whose it is (`主要建设5GW…`, `计划新建`). */
const NOT_A_NAME = /^(主要|重点|计划|预计|新建|扩建|续建|拟建|全面|加快|正在|将要|已经)/;

function distinctive(part: string): boolean {
  return part.length >= 2 && /^[\u4e00-\u9fff]+$/.test(part) && !isGenericWord(part) && !NOT_A_NAME.test(part);
}

export function findProjectHeads(ctx: BoundaryContext): Span[] {
  const { text, gaz } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(CAPACITY)) {
    const end = m.index;
    const start = findNameStart(ctx, end, "COMPANY", MAX_NAME, false);
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (name.length < 3 || ENDS_WITH_ZONE_SUFFIX.test(name) || INSTITUTION_ENDINGS.test(name) || gaz.isPlace(name)) continue;
    // `湛江钢铁总规模为年产铁水1225万吨`: 年产 inside says the capacity's product comes first; no name runs over it.
    if (name.includes("年产")) continue;
    const industry = INDUSTRY_WORDS.find((w) => name.endsWith(w));
    const place = leadingPlace(name, gaz);
    const ok =
      (industry !== undefined && distinctive(name.slice(place.length, name.length - industry.length))) ||
      (place !== "" && distinctive(name.slice(place.length))) ||
      // `姚锦坊年产50万吨食醋`, `途瑞通年产50万吨`: after 年产 a name of the company's own words alone.
      (m[1] !== undefined && ownWordsOnly(ctx, name));
    if (ok) out.push({ start, end });
  }
  return out;
}

/** Is `name` (2–5 characters) made only of words jieba does not know or knows as proper nouns? */
function ownWordsOnly(ctx: BoundaryContext, name: string): boolean {
  if (name.length < 2 || name.length > 5 || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  return tagWindow(ctx, name).every((w) => OWN_NAME_TAGS.test(w.tag) && !isGenericWord(w.word) && !ctx.gaz.isPlace(w.word));
}
