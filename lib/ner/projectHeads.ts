/**
 * Companies named at the head of a capacity: `一道新能源14GW光伏电池生产线`,
 * `禹王焦化271万吨焦炉技改项目`, `古县腾达年产15万吨煤焦油`. The text gives no
 * legal suffix; the capacity right after the name is what says it is a
 * company (the guidelines: a company at the head of a project is a COMPANY).
 * To stay precise the name must end in an industry word (新能源, 焦化 …) with
 * a distinctive word before it, or start with a place followed by a
 * distinctive word.
 */
import { type BoundaryContext, findNameStart } from "./boundary";
import { leadingPlace } from "./companyNames";
import { ENDS_WITH_ZONE_SUFFIX, INDUSTRY_WORDS, INSTITUTION_ENDINGS, isGenericWord } from "./lexicon";
import type { Span } from "./lists";

const CAPACITY = /(年产)?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:GW|MW|万千瓦|千瓦|吨|万吨|辆|台|套|片)/g;
const MAX_NAME = 10;

function distinctive(part: string): boolean {
  return part.length >= 2 && /^[\u4e00-\u9fff]+$/.test(part) && !isGenericWord(part);
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
    const industry = INDUSTRY_WORDS.find((w) => name.endsWith(w));
    const place = leadingPlace(name, gaz);
    const ok =
      (industry !== undefined && distinctive(name.slice(place.length, name.length - industry.length))) ||
      (place !== "" && distinctive(name.slice(place.length)));
    if (ok) out.push({ start, end });
  }
  return out;
}
