/**
 * Short company names the text gives no suffix, list or known name for, but
 * frames as a company on both sides: `与格林贝斯签约`, `由永农投资建设`,
 * `引进恒泰洁能落户`. The name between must be made of words jieba does not
 * know or knows as proper nouns (`格林/nr 贝斯/nr`), never of ordinary words.
 */
import { type BoundaryContext, tagWindow } from "./boundary";
import { FAMILY_NAMES, HARD_STOPS, isGenericWord, isIndustryWord } from "./lexicon";
import type { Span } from "./lists";

/** What opens such a name, and what closes it: partners, investors, builders, settlers. */
const FRAMED =
  /(与|同|由|引进|引入|携手|联合|牵手)([\u4e00-\u9fffA-Za-z]{2,6}?)(签约|签订|签署|合作|投资|建设|落户|入驻|共建|联手|达成|中标)/g;
const PROPER_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|j|eng)$/;

/**
 * What makes a name the leader of an industry or a project: `以泰禾为龙头的智能制造产业`, `以龙芯…为核心`,
 * `在琴艺纺织的带动下`. Only companies lead a chain (链主) or carry one along.
 */
const LEADER =
  /(以)([\u4e00-\u9fffA-Za-z]{2,6}?)(为[“"]?(?:龙头|链主|链核|核心企业|牵引))|(在)([\u4e00-\u9fffA-Za-z]{2,6}?)(的带动下|的引领下)/g;
/** Two leaders at once: `中航兰田和保罗汽车为“链核”` (after `以吉利汽车为“链主”，`). */
const TWO_LEADERS = /([\u4e00-\u9fffA-Za-z]{2,6}?)[和与及]([\u4e00-\u9fffA-Za-z]{2,6}?)为[“"]?(?:龙头|链主|链核|核心企业)/g;
/** jieba tags a few trade names as places (`安利/ns`); a place the gazetteer does not know may be one. */
const LEADER_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|j|eng|ns)$/;

/**
 * A name in Latin letters after what the text calls it (`澳洲锂矿商Pilbara Minerals`, `市场调研机构Canalys`): a
 * maker, supplier, operator or research firm. Acronyms of posts and terms (CEO, IPO) are none.
 */
const LATIN_AFTER_ROLE =
  /(厂商|供应商|服务商|运营商|开发商|制造商|生产商|品牌商|矿商|巨头|调研机构|研究机构|咨询机构|评级机构)([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3})/g;
const NOT_A_LATIN_NAME = /^(CEO|CFO|CTO|COO|IPO|ERP|GDP|API|APP|ESG|PPP|EPC|IT|AI|AR|VR|LED|PCB|OEM|ODM)$/;

/**
 * A company's officer after its name, at the start of a clause or a list's item: `北京佰才邦CEO孙立新`,
 * `、深圳朗科智能董事长陈静`. A place may open the name; the rest must be words jieba does not know.
 */
const OFFICER_AFTER =
  /(^|[，。；：、,;:\s“”"（(])([\u4e00-\u9fffA-Za-z]{2,8}?)(董事长|总经理|总裁|副总裁|CEO|首席执行官|创始人)[\u4e00-\u9fff]{2,3}(?=[，。；：、,;:\s等表介说])/g;
const OFFICER_NAME_TAGS = /^(x|nz|j|eng)$/;
/**
 * The words the patterns above hinge on: a text without them is not searched with the patterns' lazy name parts,
 * which try a match at every character (a few per cent of the recognizer's time on an article that has none).
 */
const OFFICER_WORD = /董事长|总经理|总裁|CEO|首席执行官|创始人/;
const LEADER_WORD = /龙头|链主|链核|核心企业/;

export function findFramedNames(ctx: BoundaryContext): Span[] {
  const out: Span[] = [];
  const officers = OFFICER_WORD.test(ctx.text) ? ctx.text.matchAll(OFFICER_AFTER) : [];
  for (const m of officers) {
    const start = m.index + m[1].length;
    const name = m[2];
    const place = leadingPlaceLength(ctx, name);
    const own = name.slice(place);
    if (own.length < 2 || ctx.gaz.isPlace(own) || isGenericWord(own)) continue;
    // `王建英总经理`: a person's name before a post is the person's (jieba knows it, or it starts with a family name).
    if (own.length === 3 && FAMILY_NAMES.includes(own[0])) continue;
    // jieba reads an unknown name as unknown words, or breaks it into single characters (`佰/m 才/d 邦/ng`).
    const words = tagWindow(ctx, own);
    const single =
      words.length >= 2 &&
      !HARD_STOPS.has(words[0].word) &&
      words.every((w) => w.word.length === 1 && !/^[的了在和与是及或等为被把将对向从]$/.test(w.word));
    if (single || words.every((w) => OFFICER_NAME_TAGS.test(w.tag) && !isGenericWord(w.word))) {
      out.push({ start, end: start + name.length });
    }
  }
  for (const m of ctx.text.matchAll(LATIN_AFTER_ROLE)) {
    const name = m[2];
    if (name.length >= 3 && !NOT_A_LATIN_NAME.test(name)) out.push({ start: m.index + m[1].length, end: m.index + m[0].length });
  }
  for (const m of ctx.text.matchAll(FRAMED)) {
    // `大同市共签约`: 同 there ends a place, it opens nothing; nor does a name start with a place's own 市 or 县.
    if (m[1].length === 1 && endsPlace(ctx, m.index + 1)) continue;
    if (/^[省市县区镇乡村]/.test(m[2])) continue;
    pushIfName(ctx, out, m.index + m[1].length, m[2], PROPER_TAGS);
  }
  const twoLeaders = LEADER_WORD.test(ctx.text) ? ctx.text.matchAll(TWO_LEADERS) : [];
  for (const m of twoLeaders) {
    // Both names must be names; the first starts right after a clause break.
    if (m.index > 0 && !/[，。；、,;\s]/.test(ctx.text[m.index - 1])) continue;
    const found: Span[] = [];
    pushIfName(ctx, found, m.index, m[1], LEADER_TAGS);
    pushIfName(ctx, found, m.index + m[1].length + 1, m[2], LEADER_TAGS);
    if (found.length === 2) out.push(...found);
  }
  for (const m of ctx.text.matchAll(LEADER)) {
    const name = m[2] ?? m[5];
    pushIfName(ctx, out, m.index + (m[1] ?? m[4]).length, name, LEADER_TAGS);
  }
  return out;
}

/** Length of the place the gazetteer knows at the start of `name` (`北京` of 北京佰才邦), 0 when none. */
function leadingPlaceLength(ctx: BoundaryContext, name: string): number {
  for (let len = Math.min(4, name.length - 2); len >= 2; len--) if (ctx.gaz.isPlace(name.slice(0, len))) return len;
  return 0;
}

/** Does a place the gazetteer knows end at `end` (`大同` before 市)? */
function endsPlace(ctx: BoundaryContext, end: number): boolean {
  for (let len = 2; len <= 4 && len <= end; len++) if (ctx.gaz.isPlace(ctx.text.slice(end - len, end))) return true;
  return false;
}

function pushIfName(ctx: BoundaryContext, out: Span[], start: number, name: string, tags: RegExp): void {
  const { gaz } = ctx;
  if (gaz.isPlace(name) || isGenericWord(name)) return;
  const words = tagWindow(ctx, name);
  // A trade may close it (`琴艺` + `纺织`) when a word of its own comes first.
  const last = words.length > 1 && isIndustryWord(words[words.length - 1].word) ? words.length - 1 : words.length;
  const own = words.slice(0, last);
  if (own.every((w) => tags.test(w.tag) && !gaz.isPlace(w.word) && !isGenericWord(w.word))) {
    out.push({ start, end: start + name.length });
  }
}
