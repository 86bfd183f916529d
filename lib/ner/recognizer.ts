/**
 * The recognizer: finds every named development zone (ZONE) and company
 * (COMPANY) in a text and links the names of one thing to one entity.
 *
 *   normalize → gazetteer names → suffix rules (zones, companies) → lists of
 *   companies → resolve overlaps → short names derived from full names →
 *   link → map back to the original offsets
 *
 * jieba is only asked about the few characters left of each suffix hit, never
 * the whole text, so the recognizer costs less than one jieba cut() of it.
 */

import { abbreviates } from "../model/names";
import type { BoundaryContext } from "./boundary";
import { bracketedPlaceEnd, companyParkEnd, findNameStart, tagWindow } from "./boundary";
import { nameCannotReachBefore } from "./captions";
import {
  calledByItsHead,
  knownCompanyByItsWords,
  linkKnownShortAndTrade,
  linkPlaceDroppedNames,
  separateCoordinatedNames,
  shortFormSaidFirst,
} from "./companyLinks";
import { analyzeCompanyName, shortNamesOf, stripLegalSuffix } from "./companyNames";
import { findFramedNames } from "./contextNames";
import { addDomainWords } from "./domainWords";
import { defaultGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerMatch } from "./gazetteer";
import {
  COMPANY_SUFFIX_PATTERN,
  FAMILY_NAMES,
  GENERIC_ZONE_KINDS,
  HARD_STOPS,
  INDUSTRY_WORDS,
  INSTITUTION_ENDINGS,
  isGenericWord,
  isIndustryWord,
  isSectorPhrase,
  longestFirst,
  ZONE_SUFFIXES,
} from "./lexicon";
import { findCompanyLists, findListPeers, findTradeNameLists } from "./lists";
import { normalize } from "./normalize";
import { findProjectHeads, findProjectListOwners, findProjectOwners } from "./projectHeads";
import type { Segmenter } from "./segmenter";
import { findTradeNames, isPlaceTradeName } from "./tradeNames";
import type { EntityType, Mention } from "./types";
import { dropsLeadingPlaces, dropsPartner, isSectorPark, linkSubPark, linkZoneName, shortensPark, zoneKey } from "./zoneLinks";

/** A name found in the normalized text, before linking. */
interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins a tie between spans of equal length. */
  rank: number;
  entry?: GazetteerEntry;
  /** For a derived short name, or a zone said without its place (`空港经开区`): the full name it stands for. */
  derivedFrom?: string;
  /** For a parent's name + place + trade (`宝钢股份湛江钢铁`): where the plant's own name (`湛江钢铁`) starts. */
  plantFrom?: number;
  zoneKind?: string;
}

const RANK_RULE = 3;
const RANK_GAZETTEER = 2;
const RANK_LIST = 1;

const ZONE_SUFFIX_RE = new RegExp(ZONE_SUFFIXES.map(([s]) => s).join("|"), "g");
const ZONE_KIND = new Map(ZONE_SUFFIXES.map(([s, kind, long]) => [s, { kind, long }]));
const COMPANY_SUFFIX_RE = new RegExp(COMPANY_SUFFIX_PATTERN, "g");
const INNER_PARK_RE =
  /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|示范区|农高区|综保区|工业园区?|产业集聚区|工业集聚区)([\u4e00-\u9fff]{2,4}?)园区/g;
/** A bare 园区, after a district's short form (`香坊园区`): see zoneCandidates. */
const BARE_PARK_RE = /园区/g;
/** Named innovation parks `晋创谷·朔州` (guidelines: ZONE). */
const INNOVATION_PARK_RE = /晋创谷·[\u4e00-\u9fff]{2,3}/g;
/**
 * A brand or a product, not a company: `"安泰"牌热轧H型钢`, `杏花村汾酒专业镇` / `特色专业镇` (a town that makes the
 * product).
 */
const BRAND_AFTER = /^[”"’']?(?:牌|(?:特色)?专业镇)/;
/** Does a brand's or a product's word follow text[end]? */
const brandAfter = (text: string, end: number): boolean => BRAND_AFTER.test(text.slice(end, end + 6));

const MAX_ZONE_PREFIX = 16;
/** Verbs that make the words before a park a clause, not a park's name (`示范区建设推动高质量发展`). */
const LEAD_IN_VERB = /(建设|推动|打造|发展|加快|推进|创建|入选|围绕|实施|构建|引进|落户|入驻)/;
const MAX_COMPANY_PREFIX = 26;

export interface Recognizer {
  recognize(text: string): Mention[];
}

export interface RecognizerOptions {
  gazetteer?: Gazetteer;
  /** Names the reader said are not entities (`不是企业`). */
  suppressed?: Iterable<string>;
  /** Names the reader added (`这是…`). */
  added?: Iterable<{ name: string; type: EntityType }>;
}

export function createRecognizer(seg: Segmenter, options: RecognizerOptions = {}): Recognizer {
  const gaz = options.gazetteer ?? defaultGazetteer();
  // Started with the domain words (lib/ner/domainWords.ts) they are in jieba already, from its heap image.
  if (!(seg.domainWords && gaz === defaultGazetteer())) addDomainWords(seg, gaz);
  const suppressed = new Set(options.suppressed ?? []);
  const added = [...(options.added ?? [])];
  const tagged: BoundaryContext["tagged"] = new Map();
  return {
    recognize(original: string): Mention[] {
      if (typeof original !== "string" || original.length === 0) return [];
      const norm = normalize(original);
      const text = norm.text;
      if (!/[\u4e00-\u9fff]/.test(text)) return [];
      const ctx: BoundaryContext = {
        text,
        breakBefore: norm.breakBefore,
        leadEnds: nameCannotReachBefore(text, norm.breakBefore),
        seg,
        gaz,
        tagged,
      };
      const candidates = [
        ...gazetteerCandidates(ctx),
        ...zoneCandidates(ctx),
        ...companyCandidates(ctx),
        ...addedCandidates(text, added),
        ...findCompanyLists(ctx).map((s) => ({ ...s, type: "COMPANY" as const, rank: RANK_LIST })),
        ...findTradeNameLists(ctx).map((s) => ({ ...s, type: "COMPANY" as const, rank: RANK_LIST - 1 })),
        ...findProjectHeads(ctx).map((s) => ({ ...s, type: "COMPANY" as const, rank: RANK_LIST })),
      ].filter((c) => !suppressed.has(text.slice(c.start, c.end)));
      const taken = new Uint8Array(text.length);
      let accepted = resolveOverlaps(candidates, taken);
      const removed = new Set<Candidate>();
      accepted.push(...derivedShortNames(ctx, accepted, taken, suppressed, removed));
      if (removed.size) accepted = accepted.filter((c) => !removed.has(c));
      // Trade names last, where nothing else stands: a known or derived name is the better reading (`特斯拉`储能).
      for (const t of [...findTradeNames(ctx), ...findFramedNames(ctx), ...findProjectOwners(ctx)]) {
        if (isFree(taken, t.start, t.end) && !suppressed.has(text.slice(t.start, t.end))) {
          taken.fill(1, t.start, t.end);
          accepted.push({ ...t, type: "COMPANY", rank: RANK_LIST });
        }
      }
      // Then the companies heading the items of a list of projects; they end inside their items, so they are no
      // list's known names for its peers (`高世代氧化物TFT电子纸、喜田工业机器人…等一批高端项目`).
      const projectListOwners = findProjectListOwners(ctx).filter(
        (t) => isFree(taken, t.start, t.end) && !suppressed.has(text.slice(t.start, t.end)),
      );
      const companies = accepted.filter((c) => c.type === "COMPANY");
      for (const t of projectListOwners) {
        taken.fill(1, t.start, t.end);
        accepted.push({ ...t, type: "COMPANY", rank: RANK_LIST });
      }
      for (const { replaces, ...p } of findListPeers(ctx, companies, (s) => isFree(taken, s.start, s.end))) {
        if (suppressed.has(text.slice(p.start, p.end))) continue;
        // A longer name at a shorter one's start (`东风` → `东风畅行`) takes its place.
        if (replaces) accepted = accepted.filter((c) => !(c.start === replaces.start && c.end === replaces.end));
        taken.fill(1, p.start, p.end);
        accepted.push({ ...p, type: "COMPANY", rank: RANK_LIST });
      }
      // A sector or a product is no company, whichever rule read it as one (`冷链物流`, `锂离子电池`).
      // A derived short name is kept when it is a sector's word too (`太钢` of 太钢集团 is no sector), unless it is only
      // that (`稀土` of 中国稀土集团, `牧业` of 现代牧业: the group's name is its sector).
      accepted = accepted.filter(
        (c) =>
          c.type !== "COMPANY" ||
          c.entry ||
          (c.derivedFrom && c.end - c.start > 2) ||
          !isSectorPhrase(text.slice(c.start, c.end)),
      );
      // `董事长何小鹏`: whichever rule read a two-character name there, it is a person's given name.
      accepted = accepted.filter((c) => c.type !== "COMPANY" || c.end - c.start !== 2 || !isGivenName(text, c.start));
      accepted = accepted.filter((c) => c.type !== "COMPANY" || c.entry || !isPlaceOrZoneWord(text, c));
      accepted = companyNamedParks(ctx, accepted, taken);
      accepted = trimToKnownZones(text, accepted, taken);
      const cutShort = new Set<Candidate>();
      accepted.push(...sameNameElsewhere(text, accepted, taken, suppressed, gaz, cutShort));
      if (cutShort.size) accepted = accepted.filter((c) => !cutShort.has(c));
      accepted.push(...zoneWithoutItsPlace(text, accepted, taken, suppressed, gaz));
      accepted.push(...latinNamesInBrackets(text, accepted, taken, suppressed));
      accepted.push(...definedZoneNames(ctx, accepted, taken, suppressed));
      accepted = withoutZonePlaceNames(text, accepted, gaz);
      accepted.sort((a, b) => a.start - b.start);
      // The reader's `不是…` holds for every name as it finally reads, whichever rule made or extended it.
      accepted = joinParentPrefixes(text, accepted, norm.breakBefore).filter((c) => !suppressed.has(text.slice(c.start, c.end)));
      // `南昌县(小蓝经开区)`: a bracket the name opens and does not close says the name starts inside it.
      accepted = accepted
        .map((c) => ({ ...c, start: afterUnclosedBracket(text, c.start, c.end) }))
        .filter((c) => c.end - c.start >= 2);
      const links = linkEntities(text, accepted, gaz);
      return accepted.map((c, i) => {
        const start = norm.origStart[c.start];
        const end = norm.origEnd[c.end - 1];
        return { start, end, type: c.type, text: original.slice(start, end), ...links[i] };
      });
    },
  };
}

/**
 * `双汇第二工业园`, `中国电科(山西)电子信息创新产业园`: a park named after its company and generic words is one zone
 * (entity guidelines), whichever rule read the company; a zone read inside the park's words joins it. Not after a
 * registered name (`…有限公司电子商务产业园项目`: the company heading its project, the park not a zone).
 */
function companyNamedParks(ctx: BoundaryContext, accepted: Candidate[], taken: Uint8Array): Candidate[] {
  let out = accepted;
  for (const c of accepted) {
    if (c.type !== "COMPANY" || ctx.text.endsWith("公司", c.end)) continue;
    const end = companyParkEnd(ctx, c.end);
    if (end < 0) continue;
    const inside = out.filter((o) => o !== c && o.start < end && o.end > c.end);
    if (inside.some((o) => o.type !== "ZONE" || o.start < c.end)) continue;
    out = out.filter((o) => o !== c && !inside.includes(o));
    out.push({ start: c.start, end, type: "ZONE", rank: RANK_RULE, zoneKind: "park" });
    taken.fill(1, c.start, end);
  }
  return out;
}

/**
 * A company named with its parent's short name in front: `中节能` + `太阳能科技(镇江)有限公司`, `北车` + `永济电机`.
 * The two found side by side are one name (the registered name starts with the parent's); a group's own name
 * (`中铝集团`) before a registered name stays apart.
 */
function joinParentPrefixes(text: string, sorted: Candidate[], breakBefore: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.end === c.start &&
      // `宜宾纸业` / `恒丰纸业` on two lines (a list's last item, a heading's end): two names.
      !breakBefore[c.start] &&
      prev.type === "COMPANY" &&
      c.type === "COMPANY" &&
      !ENDS_IN_GROUP_WORD.test(text.slice(prev.start, prev.end)) &&
      prev.end - prev.start <= 4
    ) {
      out[out.length - 1] = { start: prev.start, end: c.end, type: "COMPANY", rank: RANK_RULE };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Around a short name, words that say it is the company: `与联想签约`, `汾酒集团`, `美的投资…项目`, a list's `、`. */
const COMPANY_AFTER =
  /^([（(]\s*(?:股票代码[:：]?)?\s*\d{4,6}(?:\.(?:SH|SZ|BJ|HK))?\s*[)）]|集团|公司|股份|控股|旗下|董事长|总经理|总裁|负责人|投资|落户|入驻|签约|携手|联合|项目|年产|在华|等[^，。；、\s]{0,6}?(?:企业|公司|品牌|厂商|厂家)|等龙头|为龙头|与[^，。]{2,12}(?:签|合并|重组))/;
/** A company's own site after its name (`、京东农场`), where the name stands on its own (not `农高区科创基地`). */
const SITE_AFTER = /^(?:生产|制造|研发)?(?:基地|工厂|车间|厂区|生产线|农场)/;
/** A product, then the project that makes it (`锂电池正极材料项目`), with nothing of a clause between. */
const PRODUCT_PROJECT_AFTER = /^[\u4e00-\u9fff]{2,14}?(?:项目|生产线)/;
const OWN_TRADE_AFTER = new RegExp(`^(?:${longestFirst([...INDUSTRY_WORDS, "置业", "地产"])})`);
const OPENS_NAME = /(^|[、，。；：“”"（(\s的在和与及])$/;
const COMPANY_BEFORE = /(与|同|由|引进|引入|携手|联合|牵手|签约|入驻的|落户的|厂商|供应商|服务商|运营商|制造商|生产商|品牌商)$/;

/**
 * A company's own figures right after its name, in business news (`西藏天路2025年上半年营收`, `四川双马净利润`,
 * `长城销量`, `茅台以1299亿元营收`): only a company reports revenue, profit, a share price or deliveries.
 */
const FIGURES_AFTER =
  /^(?:(?:[0-9]{4}年)?(?:上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年|年度|去年|今年)?)(?:实现|的)?(?:海外|国内|全球|主营)?(?:营收|营业收入|营业总收入|总营收|净利润?|归母净利润|扣非净利润|毛利率|股价|市值|出货量|交付量|市占率|成交额|交易额|销售额|GMV)|^以[^，。；、]{0,10}?(?:营收|营业收入|净利润|销售额|成交额)/;

/** A place in a ranking of companies right after a name: `(第 26 位)`, `(766亿)`, `位居第14位`, `以38.87亿美元位居`. */
const RANKING_AFTER =
  /^(?:[（(]\s*第?\s*[0-9]+\s*[位名]\s*[)）]|[（(][0-9.]+\s*[亿万]|(?:位居|位列|排名|排在|名列|跃居|蝉联)(?:第|榜首|前)|以[0-9.]+\s*[亿万][^，。；]{0,8}?(?:位居|位列|排名|跃居))/;

/** A capacity right after a name (`阳煤60万吨电石项目`): only a producer has one. */
const CAPACITY_AFTER = /^(年产)?[0-9]+(\.[0-9]+)?(万|亿)?(吨|千瓦|万千瓦|GW|MW|辆|台|套)/;
/** What a company sets up in a place: `华电内蒙古…光伏支架项目`, `泰康太原旗舰康养社区项目`, `吉利晋中基地`. */
const SITE_IN_PLACE = /^[^，。；、,;!?！？]{0,20}?(项目|基地|总部|工厂|分公司|公司)/;

function hasCompanyEvidence(text: string, start: number, end: number, gaz: Gazetteer): boolean {
  if (COMPANY_AFTER.test(text.slice(end, end + 16)) || COMPANY_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
    return true;
  if (CAPACITY_AFTER.test(text.slice(end, end + 10))) return true;
  if (FIGURES_AFTER.test(text.slice(end, end + 16)) || RANKING_AFTER.test(text.slice(end, end + 16))) return true;
  const opens = OPENS_NAME.test(text.slice(Math.max(0, start - 1), start));
  if (opens && SITE_AFTER.test(text.slice(end, end + 5))) return true;
  // What the company builds, then its project, in one phrase: `的中冶锂电池正极材料项目`.
  // Not the company's own trade (`中鼎煤业`二期项目, `海航置业`): that is a subsidiary's name, read elsewhere.
  if (opens && PRODUCT_PROJECT_AFTER.test(text.slice(end, end + 16)) && !OWN_TRADE_AFTER.test(text.slice(end, end + 4)))
    return true;
  // A place right after it, and in the same clause what the company builds there.
  const place = gaz.placeLengthAt(text, end);
  return (
    place >= 2 && !gaz.isCountry(text.slice(end, end + place)) && SITE_IN_PLACE.test(text.slice(end + place, end + place + 26))
  );
}

/** What says a word is a place's or a zone's name: the text also calls it `巨鹿县`, `陶寺乡`, or a zone follows it. */
const PLACE_SUFFIX_AFTER = /^(?:县|市(?![场值])|乡|镇|村|旗(?![下舰帜]))/;
const ZONE_WORD_AFTER = /^(?:经济区|开发区|经开区|高新区|新区|园区|产业园|工业园)/;

/**
 * Is a short name the rules found (no gazetteer entry) a place's name the text gives elsewhere with its suffix
 * (`与巨鹿合作` where the text says `巨鹿县`), or the name of the zone that follows it (`临空经济区`, after
 * `河北临空集团` made 临空 a short name)?
 */
function isPlaceOrZoneWord(text: string, c: Candidate): boolean {
  if (c.end - c.start > 3) return false;
  if (ZONE_WORD_AFTER.test(text.slice(c.end, c.end + 3))) return true;
  const name = text.slice(c.start, c.end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (PLACE_SUFFIX_AFTER.test(text.slice(at + name.length, at + name.length + 2))) return true;
  return false;
}

/**
 * `贵州大龙年产…项目` in an article about `贵州大龙经济开发区`: a known name that needs evidence (`大龙`, a listed
 * company's core name) and is the place a zone of the text is named by (not a park) is that place, whichever rule read
 * it and whatever words follow it.
 */
function withoutZonePlaceNames(text: string, accepted: Candidate[], gaz: Gazetteer): Candidate[] {
  // Not a park's: a park is often named after its company (`美的工业园`).
  const zonePlaces = accepted
    .filter((c) => c.type === "ZONE")
    .map((z) => zoneKey(text.slice(z.start, z.end)))
    .filter((key) => key.kind !== "park")
    .map((key) => key.prefix);
  if (!zonePlaces.length) return accepted;
  return accepted.filter((c) => {
    if (c.type !== "COMPANY") return true;
    const name = text.slice(c.start, c.end);
    // The known name after a place the text puts before it (`贵州` + `大龙`).
    const after = name.slice(gaz.placeLengthAt(name, 0));
    const own = after.length >= 2 ? after : name;
    if (!gaz.needsContext(own)) return true;
    return !zonePlaces.some((place) => place.endsWith(name) || place.endsWith(own));
  });
}

/** Where a name starts once an opening bracket it never closes is left out (`南昌县(` + `小蓝经开区`). */
function afterUnclosedBracket(text: string, start: number, end: number): number {
  let open = -1;
  for (let i = start; i < end; i++) {
    if (text[i] === "(" || text[i] === "（") open = open < 0 ? i : open;
    else if ((text[i] === ")" || text[i] === "）") && open >= 0) open = -1;
  }
  return open < 0 ? start : open + 1;
}

const FAMILY_NAME = new RegExp(`[${FAMILY_NAMES}]`);
/**
 * `计划在太原建设公司总部`: after 在, a place and what is done there (建设, 投资, 设立 …) before 公司 say where a
 * company builds, not a company's name.
 */
function buildsInPlace(ctx: BoundaryContext, start: number, suffixStart: number): boolean {
  if (ctx.text[start - 1] !== "在") return false;
  const part = ctx.text.slice(start, suffixStart);
  const place = ctx.gaz.placeLengthAt(part, 0);
  return place >= 2 && /^(?:建设|投资|设立|成立|组建|新建|注册)(?:公司)?$/.test(part.slice(place));
}

/** A post right before a person's name: `副盟长`, `书记`, `董事长`, `总裁`. */
const POST_BEFORE = /(?:长|记|裁|理|席|任|员|CEO)$/;

/**
 * `副盟长王维东和阿拉善沪蒙能源实业有限公司`: a person named after a post, then 和, 与 or 及, opens no company's name
 * (jieba reads `东和` as a place and the walk left runs on); the name starts after the conjunction.
 */
function afterPersonAndConjunction(text: string, start: number, suffixStart: number): number {
  const person = /^([\u4e00-\u9fff]{2,3})[和与及]/.exec(text.slice(start, suffixStart));
  if (!person || !FAMILY_NAME.test(person[1][0]) || !POST_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return start;
  return start + person[0].length;
}
/** What a person's name follows: a post (`董事长`, `书记`, `CEO`), punctuation, a space, the start. */
const BEFORE_A_PERSON = /(?:^|[\s，。、；：,.;:“”"(（]|长|记|裁|理|席|任|人|CEO|员)$/;

/** Does a place's name the gazetteer knows start before `at` and run into text[at]? */
function insidePlace(text: string, at: number, gaz: Gazetteer): boolean {
  // Only a place's full name (`阿荣旗`, `巨鹿县`): short forms of townships (`和瑞`) are too often part of other words.
  for (let back = 1; back <= 3 && back <= at; back++) {
    const length = gaz.placeLengthAt(text, at - back);
    if (length > back && /[省市县区州盟旗乡镇]$/.test(text.slice(at - back, at - back + length))) return true;
  }
  return false;
}

/** Is text[at, at + 2) the given name of a person whose family name is text[at - 1]? */
function isGivenName(text: string, at: number): boolean {
  return at >= 1 && FAMILY_NAME.test(text[at - 1]) && BEFORE_A_PERSON.test(text.slice(Math.max(0, at - 4), at - 1));
}

const REGISTERED_AFTER = /^([\u4e00-\u9fff]{1,2})(股份有限公司|有限责任公司|有限公司)/;

/** Separates the items of a list of names: `苹果、三星`, `小米和OPPO`. */
const LIST_SEPARATOR = /^[、和与及]$/;

/**
 * Companies of the gazetteer named side by side in a list (`苹果、三星、小米`, `华为、小米和OPPO`, `工行、建行、农行`):
 * the list says what each of them is. A name that needs evidence has it when a name that needs none stands in the
 * same list, or when three or more companies' names make the list (fruit are not listed with 三星).
 */
function listedWithCompanies(text: string, matches: GazetteerMatch[], gaz: Gazetteer): Set<GazetteerMatch> {
  const companies = matches.filter((m) => m.entry.type === "COMPANY");
  const byStart = new Map(companies.map((m) => [m.start, m]));
  const supported = new Set<GazetteerMatch>();
  const inChain = new Set<GazetteerMatch>();
  for (const first of companies) {
    if (inChain.has(first)) continue;
    const chain = [first];
    for (let m = first; LIST_SEPARATOR.test(text[m.end] ?? ""); ) {
      const next = byStart.get(m.end + 1);
      if (!next) break;
      chain.push(next);
      m = next;
    }
    for (const m of chain) inChain.add(m);
    if (chain.length < 2) continue;
    const anchored = chain.some((m) => !gaz.needsContext(text.slice(m.start, m.end)));
    if (anchored || chain.length >= 3) for (const m of chain) supported.add(m);
  }
  return supported;
}

/** What makes `中国` + a sector the country's industry (`中国医药工业`, `中国建筑行业`). */
const NATIONAL_SECTOR_AFTER = /^(?:工业|行业|产业|市场|领域|零售|商业|企业)/;

/**
 * `中国医药工业百强榜`, `中国建筑行业`: a company's name that is the country and a sector, before the sector's own
 * words, is the whole country's industry there, not the company.
 */
function nationalSector(text: string, start: number, end: number): boolean {
  return text.startsWith("中国", start) && NATIONAL_SECTOR_AFTER.test(text.slice(end, end + 2));
}

/**
 * Where a company's name recurs (derived short names, the same name elsewhere), it is not the company when it heads
 * an association's or institute's name (`中国医药商业协会`) or is the country's industry (`中国医药工业`).
 */
function headsAnotherName(text: string, start: number, end: number): boolean {
  return INSTITUTE_AFTER.test(text.slice(end, end + 14)) || nationalSector(text, start, end);
}

/** A dateline after an agency's or site's name: place, date, 电 (`福州7月24日电`). */
const DATELINE_AFTER = /^[\u4e00-\u9fff]{0,4}[0-9]{1,2}月[0-9]{1,2}日电/;

function gazetteerCandidates(ctx: BoundaryContext): Candidate[] {
  const { text, gaz } = ctx;
  const out: Candidate[] = [];
  const matches = gaz.findAll(text);
  const listed = listedWithCompanies(text, matches, gaz);
  for (const [index, m] of matches.entries()) {
    if (m.entry.type === "COMPANY" && brandAfter(text, m.end)) continue;
    if (m.isShort && nationalSector(text, m.start, m.end)) continue;
    // `氯碱化工` (a listed company's short name) is also the name of a sector: it needs the same evidence, and a list
    // of other companies is none (`钢铁、氯碱化工` lists sectors too).
    const said = text.slice(m.start, m.end);
    const sector = m.isShort && m.entry.type === "COMPANY" && isSectorPhrase(said);
    const needsEvidence = gaz.needsContext(said) || sector;
    // `科创` (科创信息's core name) is a word of policy news first: no evidence around it makes it the company.
    if (needsEvidence && isGenericWord(said)) continue;
    // `建设日产350万套…`: a day's output (日产 is also Nissan's name), not the carmaker's capacity.
    if (/^[日月]产$/.test(said) && /^[0-9一二三四五六七八九十两]/.test(text[m.end] ?? "")) continue;
    // `新华网福州7月24日电`: a news site's dateline, not the listed company behind it.
    if (DATELINE_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    // `建设银行内蒙古分行`, `中国银行太原分行`: a branch in a place is the company's, one name, and evidence enough.
    const branch = m.entry.type === "COMPANY" ? branchEnd(text, m.end, gaz) : 0;
    // `罗氏诊断等企业`: the evidence may follow the trade the text adds to the name.
    const named = m.entry.type === "COMPANY" ? companyNameEnd(text, m.start, m.end, gaz) : m.end;
    if (
      needsEvidence &&
      !branch &&
      !(listed.has(m) && !sector) &&
      !hasCompanyEvidence(text, m.start, m.end, gaz) &&
      !(named > m.end && hasCompanyEvidence(text, m.start, named, gaz))
    )
      continue;
    // `中石化石油化工科学研究院`: the head of an institute's name; the institute is no company.
    if (m.isShort && m.entry.type === "COMPANY" && INSTITUTE_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    // `碳三一期项目`: a name that ends in a numeral does not run into 一期 or 三号.
    if (m.isShort && /[一二三四五六七八九十]$/.test(text.slice(m.start, m.end)) && /^[期号批]/.test(text[m.end] ?? "")) continue;
    // `全国新能源汽车`: a short name whose first character ends a word with the one before it is read across.
    if (m.isShort && m.entry.type === "COMPANY" && startsInsideWord(ctx, m.start)) continue;
    // `阿荣旗`: a short name read inside a place's name.
    if (m.isShort && insidePlace(text, m.start, gaz)) continue;
    // `董事长何小鹏`, `。李延江介绍`: two characters after a family name that follows a post or a break are a person's given name.
    if (m.isShort && m.end - m.start === 2 && isGivenName(text, m.start)) continue;
    // `中国动力电池企业`: nor one whose end is inside a word the text goes on with (动力电池).
    if (m.isShort && m.entry.type === "COMPANY" && endsInsideWord(ctx, m.start, m.end)) continue;
    // `太原惠科`, `浙江大华`: a place right before a company's short name is part of how the text names it;
    // a short name with its trade (`永川长城汽车`) is whole without it, the place says where the company is.
    // `山东如意集团`: a province before a group's short name is part of how the text names it.
    const placeBefore =
      m.isShort && m.entry.type === "COMPANY" && (m.end - m.start <= 3 || text.slice(m.end - 2, m.end) === "集团")
        ? placeEndingAt(text, m.start, gaz)
        : "";
    // `京东和快手`: no place that starts inside another known name (`东和`, a township) is read before one.
    const placeStart = m.start - placeBefore.length;
    // (Matches are in order and apart: only the two before this one can reach into a place before it.)
    const place = matches.slice(Math.max(0, index - 2), index).some((o) => o.start < placeStart && o.end > placeStart)
      ? ""
      : placeBefore;
    let end = branch || named;
    if (m.entry.type === "COMPANY" && end === m.end) end = subsidiaryNameEnd(ctx, m.end);
    // `广西齐峰新材料有限公司`: jieba, taught the stock name 齐峰新材, reads `新材|料`; a legal suffix one or two
    // characters on says the registered name goes on to it.
    const registered =
      m.isShort && m.entry.type === "COMPANY" && end === m.end ? REGISTERED_AFTER.exec(text.slice(m.end, m.end + 10)) : null;
    if (registered && ![...registered[1]].some((ch) => HARD_STOPS.has(ch))) {
      const before = placeEndingAt(text, m.start, gaz);
      out.push({ start: m.start - before.length, end: m.end + registered[0].length, type: "COMPANY", rank: RANK_RULE });
      continue;
    }
    // `宝钢股份湛江钢铁`, `陕煤榆林化学`: the parent's name, a place and a trade name a subsidiary, another company.
    // Not after a group's name (`山西焦煤集团` + `山西焦化`): a group and its listed company side by side are two.
    const plant =
      m.entry.type === "COMPANY" && end === m.end && !text.startsWith("集团", m.end - 2) ? plantNameEnd(text, m.end, gaz) : 0;
    if (plant) {
      out.push({ start: m.start - place.length, end: plant, type: "COMPANY", rank: RANK_GAZETTEER, plantFrom: m.end });
      continue;
    }
    out.push({ start: m.start - place.length, end, type: m.entry.type, rank: RANK_GAZETTEER, entry: m.entry });
  }
  return out;
}

const BRANCH_WORD = /^(?:分行|支行|分公司)/;
/** A bank's sub-branch named by its city and its own words (`合肥` + `蜀山支行`, `扬州` + `开发支行`). */
const NAMED_SUB_BRANCH = /^[\u4e00-\u9fff]{2,4}?支行/;

/**
 * Where a branch named by a place after a company's name ends (`建设银行` + `内蒙古分行`, `建行` + `合肥蜀山支行`),
 * or 0.
 */
function branchEnd(text: string, at: number, gaz: Gazetteer): number {
  const place = gaz.placeLengthAt(text, at);
  if (place < 2) return 0;
  const after = text.slice(at + place, at + place + 7);
  const branch = BRANCH_WORD.exec(after) ?? NAMED_SUB_BRANCH.exec(after);
  return branch ? at + place + branch[0].length : 0;
}

/**
 * Does a word of the text run across the name's end (`中国动力` + `电池`: 动力电池)? Read from the name's last two
 * characters, since jieba, knowing the whole name, would keep it whole.
 */
function endsInsideWord(ctx: BoundaryContext, start: number, end: number): boolean {
  if (end - start < 3 || !/[\u4e00-\u9fff]/.test(ctx.text[end] ?? "")) return false;
  const [first] = tagWindow(ctx, ctx.text.slice(end - 2, end + 3));
  return first !== undefined && first.word.length > 2 && first.tag !== "x";
}

/**
 * Does a word of two characters (`全国`, `正因`) run across `at`, by jieba's dictionary? Places do not count, nor
 * a word that only the two characters before it make (`其中` + `京东`, not `中京`).
 */
function startsInsideWord(ctx: BoundaryContext, at: number): boolean {
  const pair = ctx.text.slice(at - 1, at + 1);
  if (at < 1 || !/^[\u4e00-\u9fff]{2}$/.test(pair) || (ctx.gaz.isPlace(pair) && !ctx.gaz.isCountry(pair))) return false;
  if (LEAD_WORD_BEFORE.test(ctx.text.slice(Math.max(0, at - 2), at))) return false;
  const words = tagWindow(ctx, pair);
  return words.length === 1 && words[0].tag !== "x";
}
/** Words that lead a name in and end in a character that makes a word with the name's first (`其中京东`: 中京). */
const LEAD_WORD_BEFORE = /^(?:其中|之中|当中|以及|包括|例如|比如|除了|尤其|还有)$/;

/** After a known company's name, a place and trades (`湛江` + `钢铁`, `榆林` + `化学`): where they end, or 0. */
function plantNameEnd(text: string, end: number, gaz: Gazetteer): number {
  const place = gaz.placeLengthAt(text, end);
  if (place < 2 || gaz.isCountry(text.slice(end, end + place))) return 0;
  const to = tradesEnd(text, end + place, PLANT_TRADE, end + 10);
  return to > end + place ? to : 0;
}

/** Where the run of trades (`trades`, anchored) starting at `from` ends; no trade starts at or after `limit`. */
function tradesEnd(text: string, from: number, trades: RegExp, limit: number): number {
  let to = from;
  for (let trade = trades.exec(text.slice(to)); trade && to < limit; trade = trades.exec(text.slice(to))) {
    to += trade[0].length;
  }
  return to;
}

/** The rest of an institute's or association's name (`石油化工科学研究院`, `商业协会`); not a partner (`与清华大学`). */
const INSTITUTE_AFTER =
  /^(?:(?!与|和|及|同|跟|向|对|为|在|联合|携手|合作|签约|牵手|共建)[^，。；、,;\s]){0,10}(研究院|研究所|大学|学院|设计院|协会|商会|联合会)/;

/** Trades a known name may carry in the text (`中国中冶科工`, `中国航天科技`): words of INDUSTRY_WORDS and these. */
const TRAILING_TRADE = new RegExp(
  `^(?:${longestFirst([
    ...INDUSTRY_WORDS.filter((w) => !/^(投资|建设|发展|运营|服务|管理|开发|供应链|研究院|实验室)$/.test(w)),
    "科工",
    "置业",
    "电器",
    "太阳能",
    "新能",
    "资本",
    "证券",
    // `飞利浦医疗`, `罗氏诊断`, `美锦氢能`, `玖龙纸业`: a group's business named as its own company.
    "医疗",
    "诊断",
    "氢能",
    "纸业",
  ])})`,
);
/** Trades that name a plant after its place (`湛江钢铁`, `榆林化学`): industry words and a few more. */
const PLANT_TRADE = new RegExp(
  `^(?:${longestFirst([
    ...INDUSTRY_WORDS.filter((w) => !/^(投资|建设|发展|运营|服务|管理|开发|供应链|集团|股份|控股|研究院|实验室)$/.test(w)),
    "化学",
    "石化",
    "煤化",
    "化肥",
  ])})`,
);
/** Where a trade after a known name must end for it to be part of the name: a list, a clause, a project. */
const NAME_BOUNDARY = /^([、，,。；;：:）)”"和与及等在的]|位居|位列|排名|跃居|蝉联|较|宣布|表示|$)/;
/**
 * After a partner's word (`与科伦纸业签约`, `与华能新能源合作`), the verb of the deal ends the name too. Without one
 * the trade is as often the deal's subject (`巴斯夫氢能合作`), so it stays out.
 */
const PARTNER_BEFORE = /(?:与|同|跟|携手|联合)$/;
const DEAL_AFTER = /^(?:签约|签订|签署|合作|进行|达成|共建|联手)/;

/**
 * Where a known company's name ends in the text: with its location in brackets (`富士康(太原)`), and with
 * the trades the text adds (`中国煤炭科工`) when a list or clause ends right after them.
 */
function companyNameEnd(text: string, start: number, end: number, gaz: Gazetteer): number {
  const placed = bracketedPlaceEnd(text, end, gaz);
  if (placed > end) return placed;
  if (/(公司|集团)$/.test(text.slice(end - 2, end))) return end;
  const to = tradesEnd(text, end, TRAILING_TRADE, end + 8);
  const after = text.slice(to, to + 2);
  if (
    to > end &&
    (NAME_BOUNDARY.test(after) || (DEAL_AFTER.test(after) && PARTNER_BEFORE.test(text.slice(Math.max(0, start - 2), start))))
  )
    return to;
  // `特斯拉中国销量`, `特斯拉中国和上汽通用五菱`: a company's China arm, named by the company and 中国, standing alone.
  if (
    text.startsWith("中国", end) &&
    (NAME_BOUNDARY.test(text.slice(end + 2, end + 4)) || /^(?:销量|是)/.test(text.slice(end + 2)))
  )
    return end + 2;
  // `高速集团多元产业`, `汾酒集团`: a group word after a known name is always the group's name.
  const group = /^(集团|股份|控股)/.exec(text.slice(end, end + 2));
  return group ? end + group[0].length : end;
}

/**
 * `东风鸿泰`, `徐工建机`: a group's short name and a word of the subsidiary's own (unknown to jieba, or a proper
 * noun) name the subsidiary, where the name stands alone (a list's 、, 与, the clause's end) or before its site.
 */
function subsidiaryNameEnd(ctx: BoundaryContext, end: number): number {
  const { text, gaz } = ctx;
  if (ENDS_IN_GROUP_WORD.test(text.slice(end - 2, end))) return end;
  // Cheap tests first (jieba is the cost): two characters, then where a name may end.
  if (!/^[\u4e00-\u9fff]{2}/.test(text.slice(end, end + 2)) || !SUBSIDIARY_AFTER.test(text.slice(end + 2, end + 6))) return end;
  const [own] = tagWindow(ctx, text.slice(end, end + 4));
  if (!own || !/^(x|nz|nr|nrt|j)$/.test(own.tag) || !/^[\u4e00-\u9fff]{2}$/.test(own.word)) return end;
  if (gaz.isPlace(own.word) || isGenericWord(own.word) || HARD_STOPS.has(own.word) || REPORT_WORD.test(own.word)) return end;
  return end + 2;
}
/** What a company publishes (`东吴证券研报`): the company's name ends before it. */
const REPORT_WORD = /^(?:研报|年报|财报|公告|报告|数据|研究|统计|预测)$/;
const SUBSIDIARY_AFTER = /^(?:[、，。；,;·\s]|与|和|及|分别|(?:生产)?基地|工厂|车间|厂区|公司|总经理|董事长|负责人|$)/;

function placeEndingAt(text: string, end: number, gaz: Gazetteer): string {
  for (let len = 4; len >= 2; len--) {
    const place = text.slice(end - len, end);
    // `垣曲县北方铜业`: a county or city with its 县/市/区 says where the company is; `太原惠科` names it.
    if (end - len >= 0 && gaz.isPlace(place) && !gaz.isCountry(place) && !/[县市区]$/.test(place)) {
      return text.slice(end - len, end);
    }
  }
  return "";
}

/**
 * Words that make a zone phrase a description or a class (`朔州市八大工业园区`, `全国唯一…示范区`, `老牌工业园区`), and a
 * phrase that opens with 合作 (`跨市合作飞地工业园`, `该合作产业园`: a kind of park; one is named with its partners, `深中合作产业园`).
 */
const DESCRIBED_ZONE = /(唯一|一流|十大|八大|九大|七大|六大|五大|四大|三大|两大|几大|首批|首个|老牌|一批)|^合作/;

/** Tags of words that make a clause, never a park's name: adverbs, particles, prepositions, pronouns (a park's sector has verbs: 制造). */
const CLAUSE_TAG = /^(vd|d|ul|uj|uz|ug|uv|ud|u|p|r|c)$/;

/** `开发区` + `进一步完善了抓好台湾` + `工业园`: what stands between a zone and a park is a clause, not the park's name. */
function hasClauseWord(ctx: BoundaryContext, words: string): boolean {
  return tagWindow(ctx, words).some((w) => CLAUSE_TAG.test(w.tag));
}

/** The kinds of zone a county or district is known for by name (`雨花经开区`, `鱼台经济开发区`), not a park's. */
const COUNTY_ZONE_KINDS = new Set(["etdz", "hitech", "bonded"]);

/**
 * `雨花经开区`, `山东鱼台经济开发区`: a county's or district's short form that jieba knows as a common noun (雨花, 鱼台;
 * assets/gazetteer/divisions.json leaves such short forms out, so `新兴产业园` is no place's park) still names the zone
 * of that county before the kinds only an administrative area has; a province right before it is part of the
 * name. -1 when no such form ends at `s`.
 */
function countyShortFormBefore(ctx: BoundaryContext, s: number, isCounty = isCountyShortForm): number {
  const { text, gaz } = ctx;
  for (const len of [3, 2]) {
    const short = text.slice(s - len, s);
    if (s - len < 0 || !/^[\u4e00-\u9fff]+$/.test(short) || !isCounty(short, gaz)) continue;
    if (HARD_STOPS.has(short) || isGenericWord(short)) continue;
    const before = placeEndingAt(text, s - len, gaz);
    return s - len - (before && gaz.broadPlaces.has(before) ? before.length : 0);
  }
  return -1;
}

const isCountyShortForm = (short: string, gaz: Gazetteer) => ["县", "区", "市", "旗"].some((x) => gaz.isPlace(short + x));
/**
 * Before a bare 园区, only a county's or district's short form (`香坊`, `北碚`): a city's (`北京园区`, `苏州园区`) is as
 * often a company's own campus or another zone's nickname.
 */
const isCountyBelowCity = (short: string, gaz: Gazetteer) =>
  (gaz.countyCities.has(short) || gaz.isPlace(`${short}区`) || gaz.isPlace(`${short}县`)) &&
  !gaz.broadPlaces.has(short) &&
  !gaz.isPlace(`${short}市`);

/**
 * Where a park's own name starts after the company that owns it (`阳煤|晋东物流园`, `阳泉煤业|晋东物流园`), or
 * `start` when the zone's name does not open with a company. Only a region's name jieba knows and the gazetteer
 * does not (`晋东`) is a name of the park's own; a park named by the company and generic words is one zone
 * (`太重集团新能源产业园区`, guidelines), and so is one named by the company and its city (`中化连云港产业园`).
 */
function ownerBeforeParkName(ctx: BoundaryContext, start: number, suffixStart: number): number {
  const { text, gaz } = ctx;
  for (let len = Math.min(6, suffixStart - start - 2); len >= 2; len--) {
    const owner = text.slice(start, start + len);
    // A known company, or a place and a trade in 业 (`阳泉煤业`, as tradeNames.ts reads them).
    if (gaz.lookup(owner)?.type !== "COMPANY" && !isPlaceTradeName(gaz, owner)) continue;
    const [first] = tagWindow(ctx, text.slice(start + len, suffixStart));
    if (first && first.word.length >= 2 && first.tag === "ns" && !gaz.isPlace(first.word)) return start + len;
    return start;
  }
  return start;
}

/** An honour or a list a park is put on: `获评辽宁省绿色工业园区`, `入选“山西省农产品加工园区”`. */
const TITLE_BEFORE = /(获评|评为|评选为|入选|认定为|命名为|荣获|授予|列入)[“"]?$/;

/** A province's park of a kind after an honour's verb is the title, not a park (`获评辽宁省绿色工业园区`). */
function isProvinceTitle(ctx: BoundaryContext, start: number, kind: string): boolean {
  if (!GENERIC_ZONE_KINDS.has(kind) || !TITLE_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start))) return false;
  return ctx.gaz.broadPlaces.has(ctx.text.slice(start, start + ctx.gaz.placeLengthAt(ctx.text, start)));
}

/** Before a zone's kind used bare (`及经开区`, `，开发区`): a function word or punctuation, no name. */
const BEFORE_BARE_KIND = /[及和与、，。；：,;:的在是为将到从由对向“"（(\s]/;

function zoneCandidates(ctx: BoundaryContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(ZONE_SUFFIX_RE)) {
    const s = m.index;
    const kind = ZONE_KIND.get(m[0])?.kind ?? "zone";
    let start = findNameStart(ctx, s, "ZONE", MAX_ZONE_PREFIX, GENERIC_ZONE_KINDS.has(kind));
    if (start < 0 && COUNTY_ZONE_KINDS.has(kind)) start = countyShortFormBefore(ctx, s);
    // A port's terminals are 港区 too (`湄洲湾港秀屿港区`): a zone only when a city or county alone names it.
    if (kind === "port-area" && (start < 0 || !ctx.gaz.isPlace(ctx.text.slice(start, s)))) continue;
    if (start >= 0) {
      // `阳煤` + `晋东物流园`: a company's park with a name of its own is the company and the park.
      const owner = ownerBeforeParkName(ctx, start, s);
      if (owner > start) {
        out.push({ start, end: owner, type: "COMPANY", rank: RANK_RULE });
        start = owner;
      }
      // `吉县生态功能区`: an ecological function zone is a planning area, not a development zone.
      const ecological = m[0] === "功能区" && /(?:生态|主体)$/.test(ctx.text.slice(start, s));
      if (!DESCRIBED_ZONE.test(ctx.text.slice(start, s)) && !isProvinceTitle(ctx, start, kind) && !ecological)
        out.push({ start, end: s + m[0].length, type: "ZONE", rank: RANK_RULE, zoneKind: kind });
    } else if (kind === "park" && /园区?$/.test(m[0])) {
      // A park inside the zone just named, by what it makes: `阳城经济技术开发区` + `电子信息产业园` (guidelines: nesting);
      // so too inside a new town (`梧桐湖新城` + `东湖高新科技创意城产业园`), itself no zone.
      const inner =
        /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|示范区|农高区|综保区|工业园区?|产业集聚区|工业集聚区|新城)([\u4e00-\u9fff]{2,10})$/.exec(
          ctx.text.slice(Math.max(0, s - 18), s),
        );
      // `及经开区新材料产业园`: after a bare kind no zone was named (the guidelines' placeless short forms), so a park
      // named by its sector alone names nothing; a park with a name of its own does (`开发区金匠工业园`).
      const kindAt = inner ? s - inner[0].length : 0;
      const bare = (kindAt === 0 || BEFORE_BARE_KIND.test(ctx.text[kindAt - 1])) && isSectorPhrase(inner?.[1] ?? "");
      if (inner && !bare && !/[的和与及在是为]/.test(inner[1]) && !LEAD_IN_VERB.test(inner[1]) && !hasClauseWord(ctx, inner[1]))
        out.push({ start: s - inner[1].length, end: s + m[0].length, type: "ZONE", rank: RANK_RULE, zoneKind: kind });
    }
  }
  // `山西综改示范区唐槐园区`: a park of the zone just named, by its own name and a bare 园区 (guidelines: nesting).
  for (const m of ctx.text.matchAll(INNER_PARK_RE)) {
    const inner = m[1];
    const start = m.index + m[0].length - inner.length - 2;
    if (/[的和与及在是为等个家]/.test(inner) || LEAD_IN_VERB.test(inner) || isGenericWord(inner)) continue;
    out.push({ start, end: start + inner.length + 2, type: "ZONE", rank: RANK_RULE, zoneKind: "park" });
  }
  // `落户香坊园区`, `科学城北碚园区`: a district's or county's park, named by the district's short form and a bare 园区.
  for (const m of ctx.text.matchAll(BARE_PARK_RE)) {
    let start = countyShortFormBefore(ctx, m.index, isCountyBelowCity);
    if (start < 0) continue;
    // The science city whose park it is belongs to its name (`科学城北碚园区`, 西部(重庆)科学城's).
    if (/(科学城|科技城)$/.test(ctx.text.slice(Math.max(0, start - 3), start))) {
      start -= 3;
      start -= placeEndingAt(ctx.text, start, ctx.gaz).length;
    }
    out.push({ start, end: m.index + 2, type: "ZONE", rank: RANK_RULE, zoneKind: "park" });
  }
  for (const m of ctx.text.matchAll(INNOVATION_PARK_RE)) {
    const place = m[0].slice(4);
    if (ctx.gaz.isPlace(place))
      out.push({ start: m.index, end: m.index + m[0].length, type: "ZONE", rank: RANK_RULE, zoneKind: "park" });
  }
  return out;
}

const ENDS_IN_TRADE = new RegExp(`(?:${longestFirst([...INDUSTRY_WORDS, "有限", "股份", "有限责任"])})$`);

function companyCandidates(ctx: BoundaryContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(COMPANY_SUFFIX_RE)) {
    const s = m.index;
    let start = findNameStart(ctx, s, "COMPANY", MAX_COMPANY_PREFIX, false);
    if (start < 0 && m[0] !== "公司") start = openedRegisteredName(ctx, s);
    if (start < 0) continue;
    start = afterPersonAndConjunction(ctx.text, start, s);
    // `世界500强法国赛峰集团`: the ranking's 强 is no part of the name.
    if (ctx.text[start] === "强" && /[0-9０-９]$/.test(ctx.text[start - 1] ?? "")) start++;
    if (buildsInPlace(ctx, start, s)) continue;
    const name = ctx.text.slice(start, s + m[0].length);
    // `五大风电集团`, `中央7大电力企业…集团`, `中国四大国家石油公司`: a count of the biggest is a class of companies, not one.
    if (
      /^(?:中国|我国|全国|国内|世界|全球|全省)?[一二三四五六七八九十两几]大/.test(name) ||
      (name[0] === "大" && /[0-9一二三四五六七八九十两几]/.test(ctx.text[start - 1] ?? ""))
    )
      continue;
    // `…晋晟煤层气销售三家子公司`: a count of subsidiaries closes a list; the last item is read as the list's.
    if (/[0-9一二三四五六七八九十两几多]家子公司$/.test(name)) continue;
    // `邯钢公司`: a plain word before a bare 公司 is a company's name only where the text says whose it is (`集团旗下`).
    if (m[0] === "公司" && !hasOwnWord(ctx, start, s) && !OWNED_BY.test(ctx.text.slice(Math.max(0, start - 3), start))) continue;
    // `…深化与比亚迪合作` / `公司拟在兰州新区…`: a bare 公司 that starts a line is the subject of a new sentence; it
    // ends a name broken over lines (a PDF column) only after a trade (`…新材料科技` / `公司`).
    if (m[0] === "公司" && ctx.breakBefore[s] && !ENDS_IN_TRADE.test(ctx.text.slice(start, s))) continue;
    if (INSTITUTION_ENDINGS.test(stripLegalSuffix(name)) && !/(研究院|研究所|实验室|中心)$/.test(stripLegalSuffix(name)))
      continue;
    // `常州科试集团全资子公司`: an unnamed subsidiary of the company named; the name is the parent's.
    const ofKnownParent = KNOWN_PARENT_OF.exec(name);
    const subsidiary =
      SUBSIDIARY_OF.exec(name) ?? (ofKnownParent && ctx.gaz.lookup(name.slice(0, ofKnownParent.index)) ? ofKnownParent : null);
    if (subsidiary) {
      out.push({ start, end: s + m[0].length - subsidiary[1].length, type: "COMPANY", rank: RANK_RULE });
      continue;
    }
    out.push({ start, end: s + m[0].length, type: "COMPANY", rank: RANK_RULE });
    // A branch named after its company: `北京益民药业有限公司沧州分公司` is one company.
    const company = name.endsWith("分公司")
      ? out.find((c) => c.end === start && COMPANY_SUFFIX_END.test(ctx.text.slice(c.start, c.end)))
      : undefined;
    if (company) out.push({ start: company.start, end: s + m[0].length, type: "COMPANY", rank: RANK_RULE });
  }
  return out;
}

/** What ends the text before a registered name: a clause's or a list's break, or a word that introduces a party. */
const NAME_OPENER = /[、，。；：！？,;:!?\n“”"《》]/;
const PARTY_WORD = /[与由对和及同向将在为被从是]/;
/** Words of a class of companies, not of one: `大型民营企业集团`, `10家钢铁集团`, `该集团`. */
const CLASS_OF_COMPANIES =
  /(企业|行业|产业|领域|民营|国有|大型|中型|小型|现代|综合|知名|龙头|骨干|省属|市属|央企|国企|地方|全国|世界|全球|最大|一家|首个|首家|业内|多家|各|该|本|其|[0-9]|家)/;

/**
 * A registered name whose words jieba reads as common words, numerals or single characters (`中/f 烜/zg 新能源科技`,
 * `中国/ns 一百岁/m`, `荆州/ns 三才/t 堂/q 化工科技`, `浩然/a 实业`), so findNameStart finds no name in it: the
 * whole run from the break or the party word before it (`、`, `与`, `由`) to the suffix, when that is short, has no
 * clause word, and names no class of companies.
 */
function openedRegisteredName(ctx: BoundaryContext, suffixStart: number): number {
  const { text } = ctx;
  let start = suffixStart;
  // A line break right after a registered name opens the next one (a list of names, one a line).
  const opensAt = (i: number) => NAME_OPENER.test(text[i - 1]) || (ctx.breakBefore[i] === 1 && endsRegisteredName(text, i));
  while (start > 0 && suffixStart - start < 16 && !opensAt(start)) {
    // A bracketed place inside the name: `台玻(福建)光伏玻璃有限公司`.
    if (/[)）]/.test(text[start - 1])) {
      const open = Math.max(text.lastIndexOf("(", start - 1), text.lastIndexOf("（", start - 1));
      if (open < 0 || start - open > 6 || !ctx.gaz.isPlace(text.slice(open + 1, start - 1))) return -1;
      start = open;
      continue;
    }
    if (PARTY_WORD.test(text[start - 1])) break;
    start--;
  }
  if (start > 0 && !opensAt(start) && !PARTY_WORD.test(text[start - 1])) return -1;
  const run = text.slice(start, suffixStart);
  if (run.length < 2 || !/^[\u4e00-\u9fff]/.test(run) || CLASS_OF_COMPANIES.test(run)) return -1;
  const words = tagWindow(ctx, run.replace(/[(（][^)）]*[)）]/g, ""));
  if (words.some((w) => HARD_STOPS.has(w.word) || (/^(v|p|c|u|uj|ul|r)$/.test(w.tag) && !isIndustryWord(w.word)))) return -1;
  const core = stripLegalSuffix(run);
  if (isGenericWord(core) || isSectorPhrase(core) || ctx.gaz.isPlace(core)) return -1;
  return start;
}

/** The legal suffixes that close a registered name (not a bare 公司 or 集团, which may go on: `公司拟…`). */
const REGISTERED_END = /(?:有限公司|有限责任公司|股份公司|集团公司)$/;
const endsRegisteredName = (text: string, at: number): boolean => REGISTERED_END.test(text.slice(Math.max(0, at - 6), at));

/** Tags of a word that names one company: unknown to jieba, a proper noun, a place, an abbreviation, a Latin name. */
const OWN_WORD_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|ns|nt|j|eng)$/;

/**
 * A bare 公司 closes a name only after a word of the company's own (`万洋公司`, `泰山玻纤太原公司`); after
 * common words it is a class of companies (`上市公司`, `半导体公司`) or a clause (`今年以来公司订单…`).
 */
function hasOwnWord(ctx: BoundaryContext, start: number, end: number): boolean {
  const part = ctx.text.slice(start, end);
  if (ctx.gaz.findAll(part).length > 0 || /[A-Za-z]{2,}/.test(part)) return true;
  // `太原理工监理公司`: a city or county opens a registered name (a country or province alone does not: `中国半导体公司`).
  const place = ctx.gaz.placeLengthAt(part, 0);
  const placeName = part.slice(0, place);
  if (place >= 2 && part.length - place >= 2 && !ctx.gaz.broadPlaces.has(placeName) && !ctx.gaz.isCountry(placeName)) return true;
  return tagWindow(ctx, part).some((w) => w.word.length >= 2 && OWN_WORD_TAGS.test(w.tag) && !isGenericWord(w.word));
}

const OWNED_BY = /(旗下|下属|所属|控股的)$/;
/** A name that ends in a group or company word (`中铝集团`, `东风公司`): a company's own name is complete. */
const ENDS_IN_GROUP_WORD = /(集团|公司|股份|控股)$/;
/** How a text calls an unnamed subsidiary: `旗下全资`, `控股`, … before 子公司. */
const SUBSIDIARY_KIND = "(?:旗下|下属)?(?:全资|控股|独资)?";
const SUBSIDIARY_OF = new RegExp(`(?:集团|公司)(${SUBSIDIARY_KIND}子公司)$`);
/** `中国生物制药附属公司`: after a known company's name, its unnamed subsidiary; the name is the parent's. */
const KNOWN_PARENT_OF = new RegExp(`(${SUBSIDIARY_KIND}(?:子公司|附属公司))$`);
const COMPANY_SUFFIX_END = /(有限公司|有限责任公司|股份公司|集团公司|公司|集团)$/;

function addedCandidates(text: string, added: { name: string; type: EntityType }[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { name, type } of added) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, type, rank: RANK_RULE + 1 });
    }
  }
  return out;
}

/** occurrences()' scratch: 1 at the character codes that open a name it seeks (cleared after each call). */
const NAME_OPENS = new Uint8Array(65536);

/**
 * Where each of `names` occurs in `text` (overlapping occurrences included), in one pass over the text:
 * the names are grouped by their first character, so a text with many names costs one scan, not one scan
 * per name (an article names dozens).
 */
function occurrences(text: string, names: Iterable<string>): Map<string, number[]> {
  const byFirst = new Map<number, string[]>();
  const found = new Map<string, number[]>();
  for (const name of names) {
    if (!name || found.has(name)) continue;
    found.set(name, []);
    const first = name.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  for (const first of byFirst.keys()) NAME_OPENS[first] = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!NAME_OPENS[code]) continue;
    for (const name of byFirst.get(code) ?? []) if (text.startsWith(name, i)) found.get(name)?.push(i);
  }
  for (const first of byFirst.keys()) NAME_OPENS[first] = 0;
  return found;
}

/** Longest first; of two equal spans the better-ranked; never two overlapping mentions. */
function resolveOverlaps(candidates: Candidate[], taken: Uint8Array): Candidate[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const out: Candidate[] = [];
  const companyAt = new Map<string, Candidate>();
  for (const c of candidates) {
    if (isFree(taken, c.start, c.end)) {
      taken.fill(1, c.start, c.end);
      out.push(c);
      if (c.type === "COMPANY" && !c.entry) companyAt.set(`${c.start}:${c.end}`, c);
      continue;
    }
    // The same span also known to the gazetteer (`现代汽车集团`, found by its suffix too): it is that company,
    // whatever its words look like (a sector's: 现代 + 汽车).
    const same = c.entry && c.type === "COMPANY" ? companyAt.get(`${c.start}:${c.end}`) : undefined;
    if (same) same.entry = c.entry;
  }
  return out;
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/**
 * `平遥牛肉集团`: a group named by a place and one common noun, its product. Without the group word the name is the
 * place's beef (`平遥牛肉`, `牛肉`), which the text speaks of as a product; a trade name (`厚生`新材料科技) is no such case.
 */
function namedAfterProduct(ctx: BoundaryContext, name: string): boolean {
  if (ctx.gaz.lookup(name)) return false;
  const { core, place } = analyzeCompanyName(name, ctx.gaz);
  if (!place || stripLegalSuffix(name) !== place + core) return false;
  const words = tagWindow(ctx, core);
  return words.length === 1 && words[0].tag === "n";
}

/**
 * A short name the text defines right after a name: `(简称“中国圣牧”)`, `（以下简称：美锦能源）`,
 * `(以下简称“长春汽开区”)`, `(下称“蒲康园”)`.
 */
const DEFINED_SHORT_NAME = /^\s*[（(](?:以下)?(?:简称|下称)[:：]?\s*[“"「]?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)[”"」]?[）)]/;
/** A short name in brackets right after a name, said without 简称 (`阳煤化工机械集团公司(阳煤化机)`). */
const BRACKETED_SHORT_NAME = /^\s*[（(]([\u4e00-\u9fff]{2,6})[）)]/;

/**
 * Every place where the text uses a short name of a company whose full name it
 * gives (`山西厚生新材料科技有限公司` … `山西厚生` … `厚生`).
 */
function derivedShortNames(
  ctx: BoundaryContext,
  accepted: Candidate[],
  taken: Uint8Array,
  suppressed: Set<string>,
  /** Filled with the accepted candidates that derived names replace. */
  removed: Set<Candidate>,
): Candidate[] {
  const { text, gaz } = ctx;
  const shortToFull = new Map<string, string>();
  for (const c of accepted) {
    if (c.type !== "COMPANY") continue;
    const name = c.entry?.name ?? text.slice(c.start, c.end);
    if (stripLegalSuffix(name) === name) continue;
    if (namedAfterProduct(ctx, name)) continue;
    for (const s of shortNamesOf(text.slice(c.start, c.end), gaz)) if (!shortToFull.has(s)) shortToFull.set(s, name);
    // `潞安集团` … `潞安作为国有大型企业`: the text named the group; its short form, a word elsewhere, is the group here.
    const said = text.slice(c.start, c.end);
    for (const s of (c.entry ?? gaz.lookup(said))?.contextNames ?? [])
      if (said.startsWith(s) && !shortToFull.has(s)) shortToFull.set(s, name);
  }
  // `中国圣牧有机奶业有限公司(简称“中国圣牧”)`, `阳煤化工机械集团公司(阳煤化机)`: the short name the text itself defines is
  // the company's wherever used.
  for (const c of accepted) {
    if (c.type !== "COMPANY") continue;
    const defined = DEFINED_SHORT_NAME.exec(text.slice(c.end, c.end + 24));
    // Not a word that points back (`(以下简称“该公司”)`, `“公司”`) nor a place's name.
    // Without 简称, a bracket defines the name only where it abbreviates it: its characters in the name's order.
    const said = text.slice(c.start, c.end);
    const bracketed = defined ? undefined : BRACKETED_SHORT_NAME.exec(text.slice(c.end, c.end + 10))?.[1];
    const short = defined?.[1] ?? (bracketed && abbreviates(bracketed, stripLegalSuffix(said)) ? bracketed : undefined);
    if (short && !shortToFull.has(short) && !/^[该本其我此]/.test(short) && !isGenericWord(short) && !gaz.isPlace(short))
      shortToFull.set(short, c.entry?.name ?? said);
  }
  // `天津东疆发展有限公司` … `东疆综保区` … `落地东疆`: where the text names a zone by the same word, the word is the area.
  // Not a park the company's word names (`恒力集团` … `恒力产业区` … `恒力又迈出了`): a company names its own park; a
  // state zone (综保区, 经开区) is named after its area.
  for (const c of accepted) {
    if (c.type !== "ZONE") continue;
    const { prefix, kind } = zoneKey(text.slice(c.start, c.end));
    if (kind !== "park" || !text.startsWith(prefix, c.start)) shortToFull.delete(prefix);
  }
  const shorts = [...shortToFull.keys()].sort((a, b) => b.length - a.length);
  const out: Candidate[] = [];
  // Gazetteer short names accepted so far, by start: a longer derived name may replace them.
  const knownAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.entry) knownAt.set(c.start, c);
  // Companies read by a rule of their own (no gazetteer entry), by their span.
  const sameSpan = new Map<string, Candidate>();
  for (const c of accepted) if (c.type === "COMPANY" && !c.entry) sameSpan.set(`${c.start}:${c.end}`, c);
  const at = occurrences(text, shorts);
  for (const short of shorts) {
    if (suppressed.has(short)) continue;
    // `成功集团` … `转型的成功典范`: a two-character short name that is an everyday adjective or verb is that word,
    // unless a group word says otherwise (`高速集团`).
    const [word] = short.length === 2 && gaz.lookup(short) === undefined ? tagWindow(ctx, short) : [];
    const everyday = word?.word === short && /^(a|ad|v|vn|d|c|p)$/.test(word.tag);
    for (const i of at.get(short) ?? []) {
      const end = i + short.length;
      if (brandAfter(text, end) || headsAnotherName(text, i, end)) continue;
      if (everyday && !/^(集团|公司|股份|控股)/.test(text.slice(end, end + 2))) continue;
      // `普通光缆` after `江苏通光…有限公司`: a two-character short name is not read inside another word.
      if (short.length === 2 && isFree(taken, i, end) && !placeEndingAt(text, i, gaz) && startsInsideWord(ctx, i)) continue;
      if (!isFree(taken, i, end)) {
        // `德州恒丰、…、中国童装等一批国内大型企业` … `中国童装(新加坡)控股集团公司`: read already as a company (in a
        // list) by just these characters, it is the short form of the full name all the same.
        const same = sameSpan.get(`${i}:${end}`);
        if (same) same.derivedFrom ??= shortToFull.get(short);
        // A known short name inside it (`中信` in `中信环境`, said in full as 中信环境技术投资有限公司) gives way.
        const inside: Candidate[] = [];
        let covered = 0;
        for (let k = i; k < end; k++) {
          const c = knownAt.get(k);
          if (c && c.end <= end && !removed.has(c)) {
            inside.push(c);
            covered += c.end - c.start;
          }
        }
        let takenHere = 0;
        for (let k = i; k < end; k++) takenHere += taken[k];
        if (!inside.length || covered !== takenHere) continue;
        for (const c of inside) {
          taken.fill(0, c.start, c.end);
          removed.add(c);
        }
      }
      // `恒泰洁能公司`, `高速集团`, `中兴资本`: the short name with a bare 公司, a group word or its trade is one mention.
      const named = text.startsWith("公司", end) ? end + 2 : companyNameEnd(text, i, end, gaz);
      const to = named > end && isFree(taken, end, named) ? named : end;
      // `四川时代`, `福鼎时代` (宁德时代's plants): a place right before the short name is part of how the text names it.
      const place = placeEndingAt(text, i, gaz);
      const from = place && isFree(taken, i - place.length, i) ? i - place.length : i;
      // The reader's `不是企业` holds for the name as the text reads it (`泰山` + `玻纤` is 泰山玻纤).
      if (suppressed.has(text.slice(from, to)) || suppressed.has(text.slice(i, to))) continue;
      taken.fill(1, from, to);
      // `宜化` of 宜化新能源有限公司, said with a group word (`宜化集团`): the group, of which that company is a member.
      const full = shortToFull.get(short) ?? "";
      const member = GROUP_NAME.test(text.slice(i, to)) && !full.includes("集团");
      out.push({ start: from, end: to, type: "COMPANY", rank: RANK_LIST, derivedFrom: member ? undefined : full || undefined });
    }
  }
  return out;
}

/**
 * A zone the text names cleanly somewhere is that zone wherever else a longer reading ends with it and what
 * the longer one adds in front holds a stop word: `会员企业宣传鲁疆产业园` is `鲁疆产业园` (named alone
 * elsewhere). Frees the characters the longer reading took.
 */
function trimToKnownZones(text: string, accepted: Candidate[], taken: Uint8Array): Candidate[] {
  const zones = [...new Set(accepted.filter((c) => c.type === "ZONE").map((c) => text.slice(c.start, c.end)))];
  if (zones.length < 2) return accepted;
  return accepted.map((c) => {
    if (c.type !== "ZONE") return c;
    const name = text.slice(c.start, c.end);
    const known = zones.filter((z) => z.length < name.length && name.endsWith(z)).sort((a, b) => b.length - a.length)[0];
    if (!known) return c;
    const lead = name.slice(0, name.length - known.length);
    if (!LONG_STOP_IN_LEAD.test(lead)) return c;
    const start = c.end - known.length;
    taken.fill(0, c.start, start);
    return { ...c, start, entry: undefined };
  });
}

/** What, in front of a zone's name, says a clause and not a name: the verbs and function words that lead to a zone in the dev sets (a short list of its own, not lexicon's HARD_STOPS). */
const LONG_STOP_IN_LEAD =
  /(宣传|支持|带动|推动|推进|建设|打造|发展|引进|入驻|落户|来到|走进|位于|深入|依托|围绕|加快|助力|服务|到|在|的|和|与|及)/;

/**
 * A name the text has established as a company (by a list, a frame, a project it heads, context
 * around a known short name) is a company wherever else the text says it: `汾酒集团…汾酒`.
 */
function sameNameElsewhere(
  text: string,
  accepted: Candidate[],
  taken: Uint8Array,
  suppressed: Set<string>,
  gaz: Gazetteer,
  /** Filled with the accepted companies a longer established name replaces. */
  cutShort: Set<Candidate>,
): Candidate[] {
  const out: Candidate[] = [];
  const first = new Map<string, Candidate>();
  // Companies read by a rule of their own where they start: a shorter reading the established name may replace.
  const readAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.type === "COMPANY" && !c.entry && !c.derivedFrom) readAt.set(c.start, c);
  for (const c of accepted) {
    // `宝钢股份湛江钢铁` … `湛江钢铁`: the plant's own name is a company wherever the text says it.
    if (c.plantFrom !== undefined) {
      const plant = text.slice(c.plantFrom, c.end);
      if (!first.has(plant) && !suppressed.has(plant)) first.set(plant, { ...c, plantFrom: undefined });
    }
    const name = text.slice(c.start, c.end);
    // Up to 12 characters, or a name in Latin letters (`Pilbara Minerals`).
    const tooLong = name.length > (/^[A-Za-z][A-Za-z0-9&. -]*$/.test(name) ? 30 : 12);
    if (c.type !== "COMPANY" || name.length < 2 || tooLong || first.has(name) || suppressed.has(name)) continue;
    // A name that is also a word (汾酒 the liquor) needs its own evidence each time.
    if (!gaz.needsContext(name)) first.set(name, c);
  }
  const at = occurrences(text, first.keys());
  for (const [name, c] of first) {
    let free = 0;
    for (const i of at.get(name) ?? []) {
      const end = i + name.length;
      if (i < free || brandAfter(text, end) || headsAnotherName(text, i, end)) continue;
      if (!isFree(taken, i, end)) {
        // `…、卓怡恒通、…` … `卓怡恒通国产计算机建设项目`, read there as `卓怡` heading its project: the name the text
        // established is the company, and that reading was cut short.
        const short = readAt.get(i);
        if (!short || short.end >= end || !isFree(taken, short.end, end) || cutShort.has(short)) continue;
        taken.fill(0, short.start, short.end);
        cutShort.add(short);
      }
      // `宏源公司`: the company the text names elsewhere, called by its name and a bare 公司.
      const withSuffix = text.startsWith("公司", end) && isFree(taken, end, end + 2) ? end + 2 : end;
      taken.fill(1, i, withSuffix);
      free = withSuffix;
      out.push({ ...c, start: i, end: withSuffix });
    }
  }
  return out;
}

/** A zone's kind, or a park's last character, after the defined name's own part (`蒲康` + `园`). */
const DEFINED_NAME_KIND = new RegExp(`(?:${ZONE_SUFFIXES.map(([k]) => k).join("|")}|[园区城港谷])$`);
/** Parts of a zone, not a zone (guidelines): `核心区`, `片区`, `起步区`, `拓展区`, `新区`. */
const ZONE_PART = /(核心区|片区|起步区|拓展区|新区)$/;

/**
 * Every place where the text uses the short name it defined for a zone (`长春汽车经济技术开发区(以下简称“长春汽开区”)`
 * … `长春汽开区坚持…`), with the place said before it (`高州蒲康园`). A short form with no name of its own
 * (`(以下简称“经开区”)`, `“示范区”`) stays no zone (guidelines).
 */
function definedZoneNames(ctx: BoundaryContext, accepted: Candidate[], taken: Uint8Array, suppressed: Set<string>): Candidate[] {
  const { text, gaz } = ctx;
  const defined = new Map<string, Candidate>();
  for (const c of accepted) {
    if (c.type !== "ZONE") continue;
    const short = DEFINED_SHORT_NAME.exec(text.slice(c.end, c.end + 24))?.[1];
    if (!short || defined.has(short) || suppressed.has(short) || ZONE_PART.test(short)) continue;
    const own = short.replace(DEFINED_NAME_KIND, "");
    if (own.length < 2 || /^[该本其我此全]/.test(own) || isGenericWord(own) || gaz.isPlace(short)) continue;
    defined.set(short, { ...c, derivedFrom: c.derivedFrom ?? text.slice(c.start, c.end) });
  }
  // With the place said before it, the place is part of the name (`高州蒲康园`).
  return claimEveryUse(text, defined, taken, (i) => {
    const place = placeEndingAt(text, i, gaz);
    return place && isFree(taken, i - place.length, i) ? i - place.length : i;
  });
}

/**
 * Every use in `text` of each name of `mentions` still free in `taken`, claimed there as a mention like the
 * name's own (its type, entity, the name it stands for); `startAt` may move a use's start left.
 */
function claimEveryUse(
  text: string,
  mentions: Map<string, Candidate>,
  taken: Uint8Array,
  startAt: (i: number) => number = (i) => i,
): Candidate[] {
  const out: Candidate[] = [];
  const at = occurrences(text, mentions.keys());
  for (const [name, mention] of mentions) {
    for (const i of at.get(name) ?? []) {
      const end = i + name.length;
      if (!isFree(taken, i, end)) continue;
      const start = startAt(i);
      taken.fill(1, start, end);
      out.push({ ...mention, start, end });
    }
  }
  return out;
}

/** A company's name in Latin letters in brackets right after it: `(Sungrow Power Supply)`, `(EVE)`; not a market. */
const LATIN_IN_BRACKETS = /^[（(]([A-Za-z][A-Za-z0-9&.\- ]{0,30}[A-Za-z0-9.])[)）]/;
/** A market or a ticker, not a name: `HK`, `PDD.US`, `PFE.NYSE`, `SH 600660`. */
const MARKET_CODE = /^(?:HK|SH|SZ|BJ|SS|US|NYSE|NASDAQ|OTC|ADR)$|[0-9]|\.(?:US|NYSE|NASDAQ|HK|N|O|SH|SZ)$/i;

/** `阳光电源(Sungrow Power Supply)`, `亿纬锂能(EVE)`: the company's own Latin name is a mention of it too. */
function latinNamesInBrackets(text: string, accepted: Candidate[], taken: Uint8Array, suppressed: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const c of accepted) {
    if (c.type !== "COMPANY") continue;
    const m = LATIN_IN_BRACKETS.exec(text.slice(c.end, c.end + 36));
    if (!m || MARKET_CODE.test(m[1]) || suppressed.has(m[1])) continue;
    const start = c.end + 1;
    if (!isFree(taken, start, start + m[1].length)) continue;
    taken.fill(1, start, start + m[1].length);
    out.push({ ...c, start, end: start + m[1].length, rank: RANK_LIST });
  }
  return out;
}

/**
 * A zone named once with its place (`无锡市新吴区空港经开区`) is the same zone where the text later drops the place
 * (`空港经开区作为…`), when what is left has a word of its own before the kind: not `经开区`, not `转型综改示范区`.
 */
function zoneWithoutItsPlace(
  text: string,
  accepted: Candidate[],
  taken: Uint8Array,
  suppressed: Set<string>,
  gaz: Gazetteer,
): Candidate[] {
  const rests = new Map<string, Candidate>();
  for (const c of accepted) {
    if (c.type !== "ZONE") continue;
    const name = text.slice(c.start, c.end);
    let at = 0;
    for (let len = gaz.placeLengthAt(name, at); len >= 2; len = gaz.placeLengthAt(name, at)) at += len;
    if (at === 0) continue;
    const rest = name.slice(at);
    const { prefix } = zoneKey(rest);
    if (prefix.length < 2 || prefix === rest || suppressed.has(rest) || rests.has(rest)) continue;
    if (!/^[\u4e00-\u9fff]+$/.test(prefix) || isGenericWord(prefix) || isSectorPhrase(prefix) || gaz.isPlace(prefix)) continue;
    if (GENERIC_ZONE_PREFIX.test(prefix)) continue;
    rests.set(rest, { ...c, derivedFrom: text.slice(c.start, c.end) });
  }
  return claimEveryUse(text, rests, taken);
}

/** What is left of `山西转型综改示范区`, `晋中国家农高区` without the place: a kind of zone, not one zone's name. */
const GENERIC_ZONE_PREFIX = /^(转型|综改|转型综改|国家|国家级|省级|经济|高新|经济技术|高新技术|农业|现代|新|老)/;

interface Link {
  entityId: string;
  canonical: string;
}

/**
 * Give every mention an entity: gazetteer entities by their id; other zones by
 * place + kind (`介休开发区` = `介休经开区` = `介休经济技术开发区`); companies by
 * core name and location, short names to the full name they come from.
 */
function linkEntities(text: string, mentions: Candidate[], gaz: Gazetteer): Link[] {
  const links: Link[] = [];
  const companyByCore = new Map<string, Link>();
  // Registered names first, longest first, so `泰山玻纤太原公司` and short names find `泰山玻纤纤维(太原)有限公司`.
  const fullCompanies = mentions
    .filter((c) => c.type === "COMPANY" && !c.derivedFrom && !c.entry)
    .map((c) => text.slice(c.start, c.end))
    .filter((name) => stripLegalSuffix(name) !== name)
    .sort((a, b) => b.length - a.length);
  for (const name of fullCompanies) {
    const { core, location } = analyzeCompanyName(name, gaz);
    const key = location ? `${core}@${location}` : core;
    if (companyByCore.has(key)) continue;
    const known = gaz.lookup(name) ?? knownCompanyByItsWords(name, gaz);
    const link = known
      ? { entityId: known.id, canonical: known.name }
      : (findByShortName(companyByCore, core, location, gaz, GROUP_NAME.test(name)) ??
        calledByItsHead(name, companyByCore.values(), gaz) ?? { entityId: `company:${key}`, canonical: name });
    companyByCore.set(key, link);
  }
  const zoneById = new Map<string, Link>();
  for (const [k, c] of mentions.entries()) {
    const name = text.slice(c.start, c.end);
    if (c.entry) {
      links.push({ entityId: c.entry.id, canonical: c.entry.name });
      continue;
    }
    if (c.type === "ZONE") {
      // `空港经开区` said after `新吴区空港经开区`: the zone named in full.
      const link = linkZoneName(c.derivedFrom ?? text.slice(c.start, c.end), gaz);
      // `荆州经开区新能源新材料产业园`: the zone's park of that name, not every zone's (a park named by its sectors
      // alone is no zone's name: the recognizer reads it only after its zone).
      const zone = mentions[k - 1];
      if (zone?.type === "ZONE" && zone.end === c.start && isSectorPark(name, gaz)) {
        links.push(linkSubPark(links[k - 1], text.slice(zone.start, zone.end), name, gaz));
        continue;
      }
      // A zone not in the catalogue is named as the text first names its kind in full: the headline's `聊城开发区`
      // is the body's `聊城经济技术开发区` (every mention takes that name below). More places before it add nothing.
      const named = zoneById.get(link.entityId);
      if (!named || kindWordLength(link.canonical) > kindWordLength(named.canonical)) zoneById.set(link.entityId, link);
      links.push(link);
      continue;
    }
    // COMPANY
    const fullName = c.derivedFrom ?? name;
    const known = gaz.lookup(fullName) ?? knownCompanyByItsWords(fullName, gaz);
    if (known) {
      links.push({ entityId: known.id, canonical: known.name });
      continue;
    }
    const { core, location } = analyzeCompanyName(fullName, gaz);
    const key = location ? `${core}@${location}` : core;
    let link =
      companyByCore.get(key) ??
      findByShortName(companyByCore, core, location, gaz, GROUP_NAME.test(name)) ??
      (location ? undefined : shortFormSaidFirst(fullName, companyByCore, gaz));
    if (!link) {
      link = { entityId: `company:${key}`, canonical: isGenericWord(name) ? name : fullName };
      companyByCore.set(key, link);
    }
    links.push(link);
  }
  // `成宜产业园` after `成宜装备制造产业园`: the park named in full, shortened (or without its partner or places).
  // Decided once per zone, not per mention.
  const zoneIds = [...zoneById.keys()];
  const longerOf = new Map(
    zoneIds.map((id) => [
      id,
      zoneIds.filter(
        (other) => shortensPark(id, other, gaz) || dropsPartner(id, other, gaz) || dropsLeadingPlaces(id, other, gaz),
      ),
    ]),
  );
  // The longest form a zone's name has: `东升科技园` → `中关村东升科技园` → `北京中关村东升科技园` is one zone, and
  // so one longest form however many steps lead to it; two different longest forms leave the short name alone.
  const longest = (id: string, seen = new Set<string>()): string | undefined => {
    const ends = new Set(
      (longerOf.get(id) ?? []).filter((o) => !seen.has(o)).map((o) => longest(o, new Set([...seen, id])) ?? o),
    );
    return ends.size === 1 ? [...ends][0] : undefined;
  };
  const fullPark = new Map<string, Link>();
  for (const id of zoneIds) {
    const full = longest(id);
    if (full) fullPark.set(id, zoneById.get(full) as Link);
  }
  for (const [k, link] of links.entries())
    links[k] = fullPark.get(link.entityId) ?? (mentions[k].entry ? undefined : zoneById.get(link.entityId)) ?? link;
  // `建投集团` after `山西建投集团`: the company named with its place, not another company with that core name.
  const companies = mentions.flatMap((c, k) => (c.type === "COMPANY" ? [k] : []));
  const companyLinks = companies.map((k) => links[k]);
  linkPlaceDroppedNames(
    companies.map((k) => text.slice(mentions[k].start, mentions[k].end)),
    companyLinks,
    gaz,
  );
  linkKnownShortAndTrade(
    companies.map((k) => text.slice(mentions[k].start, mentions[k].end)),
    companyLinks,
    gaz,
  );
  separateCoordinatedNames(
    text,
    companies.map((k) => mentions[k]),
    companyLinks,
    gaz,
  );
  for (const [i, k] of companies.entries()) links[k] = companyLinks[i];
  return links;
}

/**
 * How long the word of a zone's kind that ends `name` is: `经济技术开发区` 7, `开发区` 3, `经开区` 3 (zoneKey matches the
 * longest kind word; ZONE_SUFFIXES lists a kind word before the shorter ones it ends with).
 */
const kindWordLength = (name: string): number => name.length - zoneKey(name).prefix.length;

/** A group's name as the text says it: `宜化集团`, `山西焦煤集团公司`. */
const GROUP_NAME = /集团(公司|有限公司|有限责任公司|股份有限公司)?$/;

/** `泰山玻纤太原公司` (core 泰山玻纤, in 太原) is `泰山玻纤纤维(太原)有限公司`. */
function findByShortName(
  byCore: Map<string, Link>,
  core: string,
  location: string,
  gaz: Gazetteer,
  /** The name asked about is a group's (`宜化集团`): a company whose name is not a group's is its member, not it. */
  group = false,
): Link | undefined {
  for (const link of byCore.values()) {
    if (group && !link.canonical.includes("集团")) continue;
    const full = analyzeCompanyName(link.canonical, gaz);
    if (full.location !== location) continue;
    if (shortNamesOf(link.canonical, gaz).includes(core)) return link;
  }
  return undefined;
}
