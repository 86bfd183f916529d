/**
 * Where does a name start? Given the position of a zone or company suffix,
 * walk left over jieba's words until something that cannot be part of a name
 * (punctuation, a function word, a verb, a government body, for zones another
 * zone), then choose the shortest distinctive name, reaching further left
 * only when the nearer part is not a name by itself.
 */
import type { Gazetteer } from "./gazetteer";
import {
  COMPANY_SUFFIXES,
  ENDS_WITH_ZONE_SUFFIX,
  GENERIC_WORDS,
  HARD_STOPS,
  INDUSTRY_WORDS,
  INSTITUTION_ENDINGS,
  isGenericWord,
  isSectorPhrase,
  JOINERS,
  SOFT_STOPS,
  STOP_TAGS,
} from "./lexicon";
import type { Segmenter } from "./segmenter";
import type { EntityType } from "./types";

type Role = "name" | "place" | "soft" | "zoneSuffix" | "companySuffix" | "joiner" | "group";

interface Piece {
  start: number; // offset in the normalized text
  end: number;
  word: string;
  tag: string;
  role: Role;
}

export interface BoundaryContext {
  text: string;
  /** From normalize(): 1 where whitespace was dropped before the char. */
  breakBefore: Uint8Array;
  /** From nameCannotReachBefore(): 1 where a caption, credit or bullet ends, so no name starts before it. */
  leadEnds: Uint8Array;
  seg: Segmenter;
  gaz: Gazetteer;
  /**
   * jieba's words for a window already asked about, kept by the recognizer across texts: names recur within a text
   * and from one article to the next, and their windows with them (tagWindow bounds its size).
   */
  tagged: Map<string, TaggedWord[]>;
}

type TaggedWord = ReturnType<Segmenter["tag"]>[number];

/**
 * How many windows' words a recognizer keeps; past it, it starts afresh. A window costs ~700 bytes of heap (measured
 * over the dev passages: 13,924 windows, 10 MB), so ~14 MB at most; an article asks about ~50 windows per 1,000
 * characters, so the last hundred or so articles' windows are kept.
 */
const TAGGED_WINDOWS_KEPT = 20_000;

/**
 * jieba's tags for `window`, asked once: a window's words depend on the window alone (jieba's dictionary is
 * complete once the recognizer is made), and asking jieba costs ~5 µs a call, most of the recognizer's time.
 */
export function tagWindow(ctx: BoundaryContext, window: string): TaggedWord[] {
  let words = ctx.tagged.get(window);
  if (!words) {
    words = ctx.seg.tag(window);
    if (ctx.tagged.size >= TAGGED_WINDOWS_KEPT) ctx.tagged.clear();
    ctx.tagged.set(window, words);
  }
  return words;
}

/** `正极/ad 材料`, `负极/ad`: a battery's electrodes, nouns of a product that jieba tags as adverbs. */
const ELECTRODE = /^[正负]极$/;
/** Nouns that start with 零 (zero), which jieba tags as numerals. */
const ZERO_NOUN = /^零(部件|件|配件|售|食|碳|担)/;

/** Characters that end the search window outright: no name crosses them. */
const WINDOW_BREAK = /[，。；：！？、,.;:!?…【】\n]/;
const HAS_WORD_CHAR = /[\u4e00-\u9fffA-Za-z0-9]/;
const CJK_WORD = /^[\u4e00-\u9fff]{2,}$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]{2,}$/;
const COMPANY_SUFFIX_WORDS = new Set(COMPANY_SUFFIXES);
/** Tags of words that can carry a company's name: nouns, proper nouns, abbreviations, unknown words. */
const COMPANY_NAME_TAGS = /^(n|nr|nr1|nr2|nrj|nrf|nrfg|nrt|ns|nsf|nt|nz|nl|ng|j|l|i|x|eng|b)$/;
/** A zone's name needs more than a common noun (`秸秆综合利用科技园`, `转型升级示范区` are not names). */
const ZONE_NAME_TAGS = /^(nr|nr1|nr2|nrj|nrf|nrfg|nrt|ns|nsf|nt|nz|j|x|eng)$/;
/** Descriptors: `开放式`, `创新型`, `数字化` say what kind, not which one. */
const DESCRIPTOR = /[式型性类化]$/;
/** Tags that end a company's name; adjectives and adverbs can be in one (`山西久远…`, `新钢联`). */
const COMPANY_STOP_TAGS = new Set([...STOP_TAGS].filter((t) => !["a", "ad", "d", "s"].includes(t)));
/**
 * What a park makes is described with adjectives, times and places jieba tags a/t/s (`先进制造业开发区`,
 * `现代产业园区`, `海上风电装备产业园区`, `精细化工园`): part of its name, not a stop.
 */
const ZONE_STOP_TAGS = new Set([...STOP_TAGS].filter((t) => !["a", "t", "s"].includes(t)));
/** `国家级经开区`, `文旅类开发区`: a level or a class of zones, not a zone. */
const ZONE_CLASS_WORD = /^(国家级|省级|市级|县级|各级|.*类)$/;

function isVerbTag(tag: string): boolean {
  return tag.startsWith("v") && tag !== "vn";
}

function isProper(p: Piece, gaz: Gazetteer, type: EntityType): boolean {
  if (p.role === "group") return isProper({ ...p, word: p.word.replace(/[()“”"《》]/g, ""), role: "name" }, gaz, type);
  if (p.role !== "name") return false;
  if (LATIN_NAME.test(p.word)) return true;
  if (gaz.lookup(p.word)) return true;
  const tags = type === "ZONE" ? ZONE_NAME_TAGS : COMPANY_NAME_TAGS;
  return CJK_WORD.test(p.word) && tags.test(p.tag) && !isGenericWord(p.word) && !DESCRIPTOR.test(p.word);
}

function isDistinctive(pieces: Piece[], gaz: Gazetteer, type: EntityType, kindIsGeneric: boolean): boolean {
  if (!pieces.length) return false;
  // A known zone as one word opens a company named after it (`盂县经开区投资建设集团有限公司`).
  if (type === "COMPANY" && pieces[0].role === "zoneSuffix" && gaz.lookup(pieces[0].word)?.type === "ZONE") return true;
  if (pieces[0].role === "companySuffix" || pieces[0].role === "soft" || pieces[0].role === "zoneSuffix") return false;
  const chars = pieces.reduce((n, p) => n + (p.end - p.start), 0);
  if (chars < 2) return false;
  let narrowPlace = false;
  let broadPlace = false;
  let proper = false;
  for (const [k, p] of pieces.entries()) {
    // `中国(驻马店)国际农产品加工产业园`: a zone's place in brackets after the country's is its place all the same.
    const word = p.role === "group" ? p.word.replace(/^[(（](.+)[)）]$/, "$1") : p.word;
    const bracketedPlace =
      type === "ZONE" && p.role === "group" && pieces[k - 1]?.role === "place" && word !== p.word && gaz.isPlace(word);
    if (p.role === "place" || bracketedPlace) {
      if (gaz.broadPlaces.has(word)) broadPlace = true;
      else narrowPlace = true;
    } else if (isProper(p, gaz, type)) proper = true;
  }
  // `固废综合利用产业园`, `甲醇经济示范区`: a park of an industry, with no place or name of its own, is a class of parks.
  if (type === "ZONE" && kindIsGeneric && !narrowPlace && !broadPlace && isSectorPhrase(pieces.map((p) => p.word).join("")))
    return false;
  if (proper || narrowPlace) return true;
  // `山西开发区` is Shanxi's zones in general; `山西综改示范区` is one zone; `山西建投集团` one company.
  if (broadPlace) return type === "COMPANY" || !kindIsGeneric || provinceSectorPark(pieces);
  return false;
}

/**
 * `宁夏新材料产业园`, `福建省海上风电装备产业园区`, `兵团新型建材经济技术开发区`: a province's name, then what the park
 * makes, then a park's kind is one park. China's name alone (`中国新材料产业园`) and a province with only the kind
 * (`山西开发区`) or a class word (`山西重点园区`) stay the province's parks in general.
 */
function provinceSectorPark(pieces: Piece[]): boolean {
  if (pieces.some((p) => p.role === "place" && NATIONAL_NAMES.has(p.word))) return false;
  const rest = pieces.filter((p) => p.role !== "place");
  if (!rest.length || rest.some((p) => p.role !== "name" || GENERIC_WORDS_IN_PARK.test(p.word))) return false;
  return rest.reduce((n, p) => n + p.word.length, 0) >= 2;
}
const NATIONAL_NAMES = new Set(["中国", "我国", "全国"]);
/** Words that make a class of parks, not one: `重点`, `省级`, `各`, `全省`. */
const GENERIC_WORDS_IN_PARK = /^(重点|省级|市级|县级|各|各类|全省|全区|骨干|主要|相关|其他|特色|示范|优秀|首批|新|老)$/;

function roleOf(word: string, gaz: Gazetteer): Role {
  if (JOINERS.has(word)) return "joiner";
  if (gaz.isPlace(word)) return "place";
  if (ENDS_WITH_ZONE_SUFFIX.test(word)) return "zoneSuffix";
  if (COMPANY_SUFFIX_WORDS.has(word)) return "companySuffix";
  if (SOFT_STOPS.has(word)) return "soft";
  return "name";
}

/** Does the word end a name walking left, for this type of entity? */
function endsName(p: Piece, type: EntityType, isFirst: boolean, gaz: Gazetteer): boolean {
  if (p.role === "place" || p.role === "joiner") return false;
  if (!HAS_WORD_CHAR.test(p.word)) return true; // punctuation, symbols
  if (HARD_STOPS.has(p.word)) return true;
  // A registered name ends at its legal suffix: `…有限责任公司主办《科学导报》社有限责任公司` is two companies.
  if (p.role === "companySuffix" && p.word.includes("有限")) return true;
  // `合资公司皖江新材料科技有限公司`: a bare 公司 inside is the word before the name (a branch, `…公司太原分公司`, is
  // joined to its company afterwards).
  if (type === "COMPANY" && p.word === "公司") return true;
  if (p.role !== "name") return type === "ZONE" && (p.role === "zoneSuffix" || p.role === "soft");
  // `在嘉兴市秀洲区投资建设美锦氢能汽车产业园`: what is done to a park is no part of its name.
  if (type === "ZONE" && ZONE_BUILDING_VERBS.includes(p.word)) return true;
  if (gaz.lookup(p.word)) return false;
  // `杏花村汾酒厂股份有限公司`: a works (厂, jieba's zg) right before the legal suffix is part of the name.
  if (type === "COMPANY" && isFirst && p.word === "厂") return false;
  // `中国现代牧业控股有限公司`, `现代农装科技股份有限公司`: 现代 (a time word to jieba) is a word of many names.
  if (type === "COMPANY" && p.word === "现代") return false;
  if ((type === "ZONE" ? ZONE_STOP_TAGS : COMPANY_STOP_TAGS).has(p.tag)) return true;
  // `用好晋中国家农高区`: a one-character adjective is how a clause speaks of the zone, not a word of its name.
  if (type === "ZONE" && STOP_TAGS.has(p.tag) && p.word.length === 1) return true;
  if (INSTITUTION_ENDINGS.test(p.word)) return !(type === "COMPANY" && isFirst);
  if (isVerbTag(p.tag)) return type === "ZONE" ? !ZONE_ACTIVITIES.has(p.word) : !isGenericWord(p.word);
  return false;
}

/** What is done to a park (`投资建设`): it ends a park's name and keeps a place before it apart from the name. */
const ZONE_BUILDING_VERBS: readonly string[] = ["投资建设", "规划建设", "开工建设", "加快建设", "启动建设"];

/** What a park does, which jieba reads as verbs: part of a park's name (`南村绿色铸造产业园`, `产业转移工业园`). */
const ZONE_ACTIVITIES = new Set([
  "处理",
  "铸造",
  "制造",
  "加工",
  "转移",
  "孵化",
  "创业",
  "研发",
  "冶炼",
  "装配",
  "智造",
  "循环",
  "承接",
  "节能",
  "储能",
  "创新",
]);

/**
 * The start (in the normalized text) of the name that ends at `suffixStart`,
 * or -1 when no distinctive name precedes the suffix.
 */
export function findNameStart(
  ctx: BoundaryContext,
  suffixStart: number,
  type: EntityType,
  maxLen: number,
  kindIsGeneric: boolean,
): number {
  const { text, gaz } = ctx;
  // Segment a little more than the longest name, so the words at its edge are whole.
  let ws = suffixStart;
  const atBreak = (i: number) => i === 0 || WINDOW_BREAK.test(text[i - 1]) || ctx.leadEnds[i] === 1;
  while (!atBreak(ws) && suffixStart - ws < maxLen + 6) ws--;
  if (ws === suffixStart) return -1;
  const windowCut = !atBreak(ws);
  const pieces: Piece[] = [];
  let pos = ws;
  for (const t of tagWindow(ctx, text.slice(ws, suffixStart))) {
    // `零部件/mq`, `零售/m`: jieba reads 零 as a numeral; these are nouns of a trade.
    const tag = (/^m/.test(t.tag) && ZERO_NOUN.test(t.word)) || ELECTRODE.test(t.word) ? "n" : t.tag;
    pieces.push({ start: pos, end: pos + t.word.length, word: t.word, tag, role: roleOf(t.word, gaz) });
    pos += t.word.length;
  }
  // A window cut by length may start inside a word: that word is not evidence.
  if (windowCut) pieces.shift();
  splitGuessedWords(pieces);
  repairNamePieces(pieces, gaz);
  mergeSingleCharacters(pieces, gaz);
  if (type === "COMPANY") mergeSplitTradeName(pieces, gaz);
  if (type === "ZONE") {
    mergeCompanyNames(pieces);
    mergeSectorWords(pieces);
    mergePlaceFeatures(pieces);
  }

  // Walk right to left, collecting pieces of the name.
  const collected: Piece[] = [];
  let bracketHeadStart = -1;
  for (let k = pieces.length - 1; k >= 0; k--) {
    const w = pieces[k];
    const opening = w.word === ")" ? "(" : w.word === "》" ? "《" : w.word === "”" && type === "ZONE" ? "“" : undefined;
    if (opening) {
      // `泰山玻纤纤维(太原)有限公司`, `《科学导报》社有限责任公司`, `山西安泰精品钢深加工“零碳”产业园`.
      let m = k - 1;
      while (m >= 0 && pieces[m].word !== opening && HAS_WORD_CHAR.test(pieces[m].word)) m--;
      if (m < 0 || m === k - 1 || pieces[m].word !== opening || w.end - pieces[m].start > 12) break;
      // `第六届“山洽会”南山湾科技园`: an event's edition before the quotes: the event, no part of the name.
      if (opening === "“" && /届$/.test(pieces[m - 1]?.word ?? "")) break;
      const word = text.slice(pieces[m].start, w.end);
      collected.push({ start: pieces[m].start, end: w.end, word, tag: "group", role: "group" });
      k = m;
      const head = type === "ZONE" ? bracketedZoneHead(ctx, pieces, k, word, collected) : -1;
      if (head >= 0) {
        collected.push({ start: head, end: pieces[k].start, word: text.slice(head, pieces[k].start), tag: "nz", role: "name" });
        bracketHeadStart = head;
        break;
      }
      continue;
    }
    if (endsName(w, type, collected.length === 0, gaz)) break;
    if (w.role === "joiner" && collected.length && collected[collected.length - 1].role === "joiner") break; // `——`
    // `赣江新区·南昌经开区`: a new area before the dot is where the zone is, not part of its name.
    if (w.role === "joiner" && pieces[k - 1]?.word.endsWith("新区")) break;
    if (suffixStart - w.start > maxLen) break;
    collected.push(w);
  }
  if (type === "ZONE" && collected.length && ZONE_CLASS_WORD.test(collected[0].word)) return -1;
  collected.reverse();
  while (collected.length && collected[0].role === "joiner") collected.shift();
  if (!collected.length)
    return type === "COMPANY" ? tradeVerbName(ctx, pieces, suffixStart) : placeOpenedZone(ctx, ws, suffixStart);

  // Prefer the shortest distinctive name right of a boundary word; a boundary
  // word can also be part of a name (`三诺投资控股集团`, `太重集团新能源产业园区`).
  let chosen = -1;
  for (let k = collected.length - 1; k >= -1; k--) {
    if (k >= 0 && !isBoundary(collected[k], type)) continue;
    let from = k + 1;
    while (from < collected.length && collected[from].role === "joiner") from++;
    if (type === "ZONE") from = skipLeadingWords(collected, from, gaz);
    if (isDistinctive(collected.slice(from), gaz, type, kindIsGeneric)) {
      chosen = from;
      break;
    }
  }
  if (chosen < 0) return type === "COMPANY" ? placeOpenedName(ctx, ws, suffixStart) : placeOpenedZone(ctx, ws, suffixStart);
  // The name before a bracketed place was read whole (`深中合作`): no place inside it (合作市) starts it anew.
  if (collected[chosen].start === bracketHeadStart) return bracketHeadStart;
  const start = startAfterLineBreak(ctx, collected.slice(chosen), type, kindIsGeneric);
  return placeAnchoredStart(ctx, ws, start, suffixStart, type);
}

/**
 * `深中合作(黄圃)产业园`, `氢都(大同)新能源产业城`: a place in brackets follows the zone's own name, whatever jieba
 * makes of it (合作/vn, 都/d); the name runs back to the break or stop word before the bracket at `k`. A one-character
 * stop word is the name's own while the name so far is shorter than two (氢|都). Not where a place stands before the
 * bracket (`湖南(常德)`, `深圳南山(潮州)`) or after it (`本报讯(王志鹏)信阳市产业集聚区`): the walk reads those.
 * Returns where the name starts, or -1.
 */
function bracketedZoneHead(ctx: BoundaryContext, pieces: Piece[], k: number, group: string, collected: Piece[]): number {
  if (!BRACKETED_PLACE.test(group) || HARD_STOPS.has(group.slice(1, -1)) || k === 0) return -1;
  if (collected.some((c) => c.role === "place")) return -1;
  // `深中/x 合作`: a place's name (合作市) inside a word jieba does not know is no place.
  const before = pieces[k - 1];
  const glued = pieces[k - 2]?.tag === "x" && HAS_WORD_CHAR.test(pieces[k - 2].word);
  if (before.role === "place" && !glued) return -1;
  const endsHead = (p: Piece) =>
    !HAS_WORD_CHAR.test(p.word) ||
    (HARD_STOPS.has(p.word) && (p.word.length > 1 || pieces[k].start - p.end >= 2)) ||
    BRACKET_HEAD_OPENER.test(p.word) ||
    ctx.breakBefore[p.end] === 1; // a title's words before a space or a line break
  let head = k;
  while (head > 0 && !endsHead(pieces[head - 1])) head--;
  const headWord = ctx.text.slice(pieces[head].start, pieces[k].start);
  if (head === k || headWord.length < 2 || headWord.length > 6 || isGenericWord(headWord) || GENERIC_HEAD.test(headWord))
    return -1;
  return pieces[head].start;
}

/** `(黄圃)`, `(大同)`: two or three characters in brackets, a place's name after a zone's own. */
const BRACKETED_PLACE = /^[(（][\u4e00-\u9fff]{2,3}[)）]$/;
/** Heads that name no zone: a title (`国家(福州)显示器件产业园`), a country's or province's word. */
const GENERIC_HEAD = /^(国家|中国|全国|省级|国家级|首个|首批)$/;
/** Words before the name of a zone with a bracketed place (`依托` + `深中合作(黄圃)产业园`), a joining 暨, a former 原. */
const BRACKET_HEAD_OPENER = /^(位于|地处|坐落|落户|入驻|依托|建设|打造|暨|原)$/;

/** A place name (the longest) starting at `i`, or "". */
function placeAt(text: string, i: number, gaz: Gazetteer): string {
  const len = gaz.placeLengthAt(text, i);
  return len >= 2 ? text.slice(i, i + len) : "";
}

/** Runs of place names in text[from, to): `四川省成都市` is one run (a chain), its start and end. */
function placeRuns(text: string, from: number, to: number, gaz: Gazetteer): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    const place = placeAt(text, i, gaz);
    if (!place || i + place.length > to) {
      i++;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last.end === i) last.end = i + place.length;
    else runs.push({ start: i, end: i + place.length });
    i += place.length;
  }
  return runs;
}

/**
 * `万洋/x 冶炼/v 公司`: a trade jieba reads as a verb right before the suffix, after a trade name it does
 * not know. Failing that, a place may open the name (below).
 */
function tradeVerbName(ctx: BoundaryContext, pieces: Piece[], suffixStart: number): number {
  const verb = pieces[pieces.length - 1];
  const name = pieces[pieces.length - 2];
  const before = pieces[pieces.length - 3];
  const opens = !before || !HAS_WORD_CHAR.test(before.word) || HARD_STOPS.has(before.word) || ctx.gaz.isPlace(before.word);
  if (
    verb?.end === suffixStart &&
    isVerbTag(verb.tag) &&
    verb.word.length === 2 &&
    name &&
    /^[\u4e00-\u9fff]{2,3}$/.test(name.word) &&
    /^(x|nz|nr|nrt|nrfg)$/.test(name.tag) &&
    opens
  )
    return before && ctx.gaz.isPlace(before.word) ? before.start : name.start;
  const ws = pieces[0]?.start ?? suffixStart;
  return placeOpenedName(ctx, ws, suffixStart);
}

/** The last run of places in text[ws, suffixStart) that may open a name: a province may (`天津恒翔…`), a country not. */
function lastPlaceRun(ctx: BoundaryContext, ws: number, suffixStart: number): { start: number; end: number } | undefined {
  const { text, gaz } = ctx;
  const runs = placeRuns(text, ws, suffixStart, gaz).filter((r) => !gaz.isCountry(text.slice(r.start, r.end)));
  return runs[runs.length - 1];
}

/**
 * The words found no name, but a place opens one whose words jieba misread as verbs:
 * `阳泉市天昊再生物资回收有限公司` (天昊/x 再生/v … 回收/v). The stretch after the place must hold
 * something besides trades and generic words (`山西运营公司` is no name).
 */
function placeOpenedName(ctx: BoundaryContext, ws: number, suffixStart: number): number {
  const { text } = ctx;
  const run = lastPlaceRun(ctx, ws, suffixStart);
  if (!run || run.end >= suffixStart) return -1;
  const words = tagWindow(ctx, text.slice(run.end, suffixStart));
  // `北京同济达药业`: 同 opens a word here (同济), it joins nothing.
  if (!canBeInsideName(text, run.end, suffixStart, words[0]?.word.length ?? 1)) return -1;
  if (words.some((w) => w.word.length >= 2 && !isGenericWord(w.word) && /^(x|nz|nr|nrt|j|eng)$/.test(w.tag))) return run.start;
  return isRegisteredShape(words) ? run.start : -1;
}

/**
 * The words found no zone's name, but a place opens one whose words jieba misread: a park named by its place and what
 * it makes or what it is (`天镇县` + `二十里/m 铺/v` + `工业园区`, `贵安` + `机器人创新/v` + `产业园`, `辽宁` +
 * `百岁/m 国际家居建材` + `工业园`). The stretch between must read as the inside of a name: no function word, stop,
 * time, pronoun or counted measure (`太原市今年新建产业园`, `全市两个产业园` are no names), and more than generic words.
 */
function placeOpenedZone(ctx: BoundaryContext, ws: number, suffixStart: number): number {
  const { text } = ctx;
  const run = lastPlaceRun(ctx, ws, suffixStart);
  if (!run || suffixStart - run.end < 2) return -1;
  const place = text.slice(run.start, run.end);
  // `城南大健康科技产业园`: a part of town (城南, 新城) is no place a park is named by.
  if (NATIONAL_NAMES.has(place) || TOWN_PART.test(place)) return -1;
  // `梧桐湖新城东湖…`: a place glued to a name before it is inside that name.
  if (run.start > ws && !opensAfter(ctx, ws, run.start)) return -1;
  const words = tagWindow(ctx, text.slice(run.end, suffixStart));
  if (!canBeInsideName(text, run.end, suffixStart, words[0]?.word.length ?? 1)) return -1;
  const misread = words.some(
    (w) =>
      !HAS_WORD_CHAR.test(w.word) ||
      HARD_STOPS.has(w.word) ||
      SOFT_STOPS.has(w.word) ||
      /^(p|c|u|uj|ul|uz|ud|ug|r|f|y|e|o|w|q)$/.test(w.tag) ||
      (w.tag === "t" && w.word !== "现代") ||
      (w.tag.startsWith("m") && MEASURE_WORD.test(w.word)) ||
      ZONE_BUILDING_VERBS.some((v) => v.includes(w.word) && w.word.length >= 2) ||
      // `江州区加大蔗糖…产业园区建设`: what is done to a park; what it does or is (制造, 示范, 创新) is its name's.
      (isVerbTag(w.tag) && w.word.length >= 2 && !ZONE_ACTIVITIES.has(w.word) && !PARK_VERBS.has(w.word)),
  );
  if (misread) return -1;
  // `山西重点产业园`, `全市示范工业园`: a class of parks. A province needs more than generic words, as in provinceSectorPark.
  const own = words.filter((w) => !GENERIC_WORDS.has(w.word) && !GENERIC_WORDS_IN_PARK.test(w.word) && !DESCRIPTOR.test(w.word));
  if (!own.length || own.reduce((n, w) => n + w.word.length, 0) < 2) return -1;
  return run.start;
}

/** Parts of a town (`城南`, `新城`): the gazetteer knows some as districts, but a park named so is named by direction. */
const TOWN_PART = /^(城[东南西北]|[东南西北]城|新城|老城|城关)$/;
/** What a park is, which jieba reads as verbs: `示范`产业园, `创新`产业园. */
const PARK_VERBS = new Set(["示范", "创新", "创意", "合作", "创业", "发展", "融合", "集聚", "引领", "综合"]);

/** Does a name open at `at`: is the word before it (in the window from `ws`) no part of a name? */
function opensAfter(ctx: BoundaryContext, ws: number, at: number): boolean {
  let pos = ws;
  let before: TaggedWord | undefined;
  for (const w of tagWindow(ctx, ctx.text.slice(ws, at))) {
    before = w;
    pos += w.word.length;
  }
  if (!before || pos !== at) return true;
  return !HAS_WORD_CHAR.test(before.word) || HARD_STOPS.has(before.word) || !/^(n|nr|nz|ns|nt|j|x|ng|eng|a|b)/.test(before.tag);
}

/** Measure words that end a name when jieba tags a character `q`: `山西` + `一家` is no name's start. */
const MEASURE_WORD = /[家个批些座位名种项条只台套辆吨户间栋处]/;

/**
 * A registered name's usual shape after its place: a name of its own, then its trade (`北京` + `同济达` + `药业`),
 * though jieba reads the name as common words and a one-character verb (`同济/n 达/v`). The name must be
 * nouns (one-character verbs or adjectives inside allowed), not generic, and the trade must close it.
 */
function isRegisteredShape(words: { word: string; tag: string }[]): boolean {
  let k = words.length;
  while (k > 0 && isGenericWord(words[k - 1].word)) k--;
  if (k === words.length || k === 0) return false;
  const name = words.slice(0, k);
  const chars = name.reduce((n, w) => n + w.word.length, 0);
  if (chars < 2 || chars > 5 || isGenericWord(name.map((w) => w.word).join(""))) return false;
  return name.every(
    (w, i) =>
      /^(n|nz|ns|nr|x|j|ng)$/.test(w.tag) ||
      (w.word.length === 1 && /^(v|a)$/.test(w.tag)) ||
      // `山西` + `泓/q 翔/nr` + `煤业`: a rare character jieba reads as a measure word; a real one (家, 批) ends the name.
      (w.word.length === 1 && w.tag === "q" && !MEASURE_WORD.test(w.word)) ||
      // `四川` + `千般/d 就/d` + `食品`: a name jieba reads as adverbs, after a place and before its trade.
      (w.tag === "d" && w.word.length <= 2 && !(i === 0 && HARD_STOPS.has(w.word))) ||
      // `山东` + `如意/v` + `投资控股集团`: a name of one word jieba reads as a verb, after a place, before trades.
      (name.length === 1 && w.word.length === 2 && w.tag === "v" && !HARD_STOPS.has(w.word) && !SOFT_STOPS.has(w.word)) ||
      // `山西` + `四/m 和/c` + `科技`: a number opens the name, and a joining word inside it joins nothing.
      (i === 0 && NUMBER_CHAR.test(w.word) && w.tag === "m") ||
      (i > 0 && w.word.length === 1 && w.tag === "c" && NUMBER_CHAR.test(name[0].word)),
  );
}

/** Multi-character stop words: met inside a stretch, they say it is no name (`位于`, `签约`, `视察`). */
const LONG_STOPS = [...HARD_STOPS].filter((w) => w.length > 1 && !/^[市县省区上下内外前后里]$/.test(w));
/** Function words that cannot open a trade name right after a place (`南郊区与利创新…`: 与 joins two names). */
const AFTER_PLACE_STOP = /^[与及同跟向对在把被将从由的是也]/;
/** Words that join two parties (`A与B签约`). */
const JOINING_CHAR = /[与及同跟]/;
/** How the name of a body that signs or meets ends: a district, a park, a committee, a bureau, a government. */
const PARTY_END = /[区县市镇乡园局委会府厅部]/;
/** Function words that never stand inside a name. */
const FUNCTION_CHAR = /[与及从在由对向把被将的]/;
/** Districts named only 郊区/城区/矿区 (阳泉, 长治): the city before them belongs to the name. */
const GENERIC_DISTRICT = /^(郊区|城区|矿区)/;
/** A county-level name (`禾丰县`, `潞城区`): a city right before it only locates the zone. */
const COUNTY_FORM = /^[\u4e00-\u9fff]{1,3}[县区市旗]/;

/** Could text[from, to) be the inside of a name, between a place and the rest of it? */
function canBeInsideName(text: string, from: number, to: number, firstWordLength = 1): boolean {
  const gap = text.slice(from, to);
  if (gap.length > 10 || /[的与及]/.test(gap) || (firstWordLength === 1 && AFTER_PLACE_STOP.test(gap))) return false;
  // `山西运城市和建龙集团`: after a place said in full (its 市, 县), 和 joins two parties; a name may start with 和 only
  // right after a place's short form (`山西和尘光电`).
  if (gap.startsWith("和") && /[省市县区]/.test(text[from - 1] ?? "")) return false;
  if (/有限|公司|集团|企业|区|园/.test(gap)) return false;
  // `嘉兴市秀洲区|投资建设|美锦氢能汽车产业园`: what is done there stands between the place and the name.
  if (ZONE_BUILDING_VERBS.some((w) => gap.includes(w))) return false;
  return !LONG_STOPS.some((w) => gap.includes(w));
}

/**
 * Registered names and zone names begin with their place (`北京弘高创意建筑设计有限公司`,
 * `四川省成都市新材料产业功能区`), and jieba's tags inside an unknown trade name are unreliable
 * (`弘高/x 创意/v`, `恒/nr 和/c`). Where a place stands left of the start the words chose, with
 * nothing between that ends a name, the name starts at the place. Where the words reached past a
 * place to something that is no name (`隶属于山西五龙投资集团`, `督导原平经济技术开发区`), it starts
 * at the place.
 */
function placeAnchoredStart(ctx: BoundaryContext, ws: number, start: number, suffixStart: number, type: EntityType): number {
  const { text, gaz } = ctx;
  if (start < 0) return start;
  // Places inside brackets locate a company (`新钢联(山西)控股集团`); they start nothing.
  const runs = placeRuns(text, ws, suffixStart, gaz).filter((r) => !/[(（]/.test(text[r.start - 1] ?? ""));
  // `煤炭从晋煤集团`: jieba read the window without its suffix (从晋/x); a function word before a known name or a place
  // ends what stands before it.
  for (let k = suffixStart - 2; k >= start; k--) {
    if (!FUNCTION_CHAR.test(text[k])) continue;
    const next = k + 1;
    if (runs.some((r) => r.start === next) || gaz.findAll(text.slice(next, suffixStart + 4)).some((m) => m.start === 0))
      return next;
    // `南郊区与利创新能源…`, `园区与天津恒翔…`: 与 after a body (a district, a park, a bureau) joins two parties.
    if (JOINING_CHAR.test(text[k]) && PARTY_END.test(text[k - 1] ?? "") && suffixStart - next >= 3) return next;
  }
  if (!runs.length) return start;
  // A place after a line break inside the span starts a new line of text, and the name (`红\n山西晋城经济技术开发区`).
  for (let p = start + 1; p < suffixStart; p++) if (ctx.breakBefore[p] && placeAt(text, p, gaz)) return p;
  const atStart = runs.find((r) => r.start === start);
  // `南郊区与利创新…`: a function word right after the place joins two names; the name starts after it.
  if (atStart && AFTER_PLACE_STOP.test(text.slice(atStart.end, atStart.end + 1)) && suffixStart - atStart.end > 3) {
    return atStart.end + 1;
  }
  const startsAtPlace = atStart !== undefined;
  // `长治市郊区漳泽新型工业园区`: a district named only 郊区/城区/矿区 needs its city.
  const chain = runs.find((r) => r.start < start && r.end > start);
  if (chain && GENERIC_DISTRICT.test(text.slice(start))) return chain.start;
  if (startsAtPlace && type === "COMPANY") {
    // `济源市河南力帆新能源…`: a city before a province says where, the name starts at the province.
    const first = placeAt(text, start, gaz);
    const second = placeAt(text, start + first.length, gaz);
    if (second && gaz.broadPlaces.has(second) && !gaz.broadPlaces.has(first)) return start + first.length;
    // `河南省安阳市内黄县安阳天浩生物…`: a place of the name's own after a county's full name; the chain before says where.
    let at = start;
    for (let afterCounty = false, guard = 0; guard < 6; guard++) {
      const place = placeAt(text, at, gaz);
      if (!place) break;
      if (afterCounty && !/[省市县区旗]$/.test(place) && at + place.length < suffixStart) return at;
      afterCounty = /[县区旗]$/.test(place);
      at += place.length;
    }
  }
  if (!startsAtPlace) {
    // Extend left to the nearest place whose stretch up to the chosen start can be inside the name
    // (a zone's: a few characters, `潞城` + `互联` + `智造产业园`).
    const before = runs.filter((r) => r.end <= start && !gaz.isCountry(text.slice(r.start, r.end)));
    const r = before[before.length - 1];
    // A city right before a zone's county only locates it (`长治市潞城经济技术开发区`: skipLeadingWords).
    const zoneGap = start - (r?.end ?? 0);
    const zoneOk =
      zoneGap <= 4 && (zoneGap >= 1 || !COUNTY_FORM.test(text.slice(start)) || GENERIC_DISTRICT.test(text.slice(start)));
    if (r && canBeInsideName(text, r.end, start) && (type === "COMPANY" || zoneOk)) return r.start;
  }
  // Cut what stands before a place when it is no name of its own.
  const inside = runs.find((r) => r.start > start && r.end <= suffixStart);
  if (inside && !startsAtPlace) {
    const lead = text.slice(start, inside.start);
    // A zone's name starts with its place unless a company names it (`中化连云港循环经济产业园`).
    const zoneLead = type === "ZONE" && lead.length >= 2 && !/(控股|集团|公司|股份)$/.test(lead);
    if ((zoneLead || isNoNameLead(lead)) && !isKnownName(lead, gaz)) return inside.start;
  }
  return start;
}

/**
 * Words and characters that stand before a name, not in it (counted left of the names in the
 * development sets, and the verbs and role words of the stop list): `隶属于`, `出品方`, `由原`, `督导`.
 */
const BEFORE_NAME_END = /[的在与和为是了于以由入进及对有到自从往将用据着驻暨约而让被跟如像赴向把原方]$/;
const BYLINE = /简称|记者|通讯员|本报讯|讯\)|讯）/;

/** Is `lead`, standing before a place inside a span, no part of the name? */
function isNoNameLead(lead: string): boolean {
  if (BEFORE_NAME_END.test(lead) || BYLINE.test(lead)) return true;
  return LONG_STOPS.some((w) => lead.includes(w)) || /^(督导|利用|充分利用|拓宽|届时|这是)$/.test(lead);
}

/** A lead the gazetteer knows as (the start of) a name: `国网`, `中铁十二局`. */
function isKnownName(lead: string, gaz: Gazetteer): boolean {
  if (/^[A-Za-z0-9]+$/.test(lead)) return true;
  return gaz.lookup(lead) !== undefined || gaz.findAll(lead).some((m) => m.start === 0);
}

function isBoundary(p: Piece, type: EntityType): boolean {
  if (p.role === "soft" || p.role === "zoneSuffix") return true;
  return type === "ZONE" && p.role === "companySuffix";
}

/**
 * `国家级晋城经开区`: a leading generic word is no part of the zone's name;
 * `长治市潞城经济技术开发区`: the city before a county only locates the zone.
 */
function skipLeadingWords(pieces: Piece[], from: number, gaz: Gazetteer): number {
  let i = from;
  while (i < pieces.length - 1 && pieces[i].role === "name" && isGenericWord(pieces[i].word)) i++;
  if (i < pieces.length - 1 && pieces[i].role === "place" && pieces[i].word.endsWith("市")) {
    // The city only locates the zone before a county known by its short form (`长治市` + `潞城`经济技术开发区) and
    // before a county written whole right before the zone's kind (`晋中市` + `禾丰县`经济技术开发区). Before a county
    // or district and the zone's own name (`宁波市鄞州区潘火街道都市产业园`, `无锡市新吴区空港经开区`) the city stays:
    // the annotated news names such zones with the whole chain. A town or village (`汾阳市杏花村经济技术开发区`) is
    // no county, and neither is a namesake of another city's county (龙安 in `福鼎市龙安化工园区`: 龙安区 is Anyang's).
    const next = pieces[i + 1];
    const county = gaz.countyIsIn(next.word, pieces[i].word);
    const rest = pieces
      .slice(i + 1)
      .map((p) => p.word)
      .join("");
    if (county === true && !/[县区旗]$/.test(next.word)) i++;
    else if (county !== false && /^[\u4e00-\u9fff]{1,3}[县区]$/.test(rest)) i++;
  }
  return i;
}

/**
 * A dropped line break inside the chosen name is either a PDF line break in
 * the middle of the name (`屯\n\n留经开区`) or the end of a byline or headline
 * (`李阳\n\n古县经济技术开发区`). Where the part after the break is a
 * distinctive name by itself, the name starts there.
 */
function startAfterLineBreak(ctx: BoundaryContext, name: Piece[], type: EntityType, kindIsGeneric: boolean): number {
  for (let k = name.length - 1; k >= 1; k--) {
    const piece = name[k];
    // A word split by a break (`介\n\n休`) says nothing about where the name starts.
    if (!ctx.breakBefore[piece.start] || hasBreak(ctx.breakBefore, piece.start + 1, piece.end)) continue;
    if (isDistinctive(name.slice(k), ctx.gaz, type, kindIsGeneric)) return piece.start;
  }
  return name[0].start;
}

function hasBreak(breakBefore: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (breakBefore[i]) return true;
  return false;
}

/**
 * A numeral and a character that is no numeral, unit, ordinal or the rest of a common word: `三美`, `一道`(新能源), not
 * `三个`, `十万`, `一些`, `一直`, `一体`.
 */
const NUMERAL_NAME =
  /^[一二三四五六七八九][^一二三四五六七八九十百千万亿两几多余个年月日号次期批家户项条元名位种类台套辆吨米成倍半第届些直起样般致同线体流带举度定切旦律贯向再共下点方边面时生级季轮层行系列番款件只座张份支间栋处场]$/;
/** A number as one character: it can open a name (`多弗`, `三诺`, `四和`), not end one. */
const NUMBER_CHAR = /^[一二三四五六七八九十百千万多]$/;

/** Single characters that are words of their own in a name's surroundings, never pieces of an unknown name. */
const SINGLE_WORD_TAGS = /^(p|c|u|uj|ul|uz|ud|ug|r|m|q|d|f|y|e|o|w|x)$/;

/**
 * Pieces jieba cut or tagged against how a reader takes a name: a numeral that counts nothing (`三美`), 和 inside a
 * name after a place (`山西和尘光电`), and what a company is to another (`孙公司`), one word which no name runs over.
 */
function repairNamePieces(pieces: Piece[], gaz: Gazetteer): void {
  // `三美/m 投资`: a numeral and a character that counts nothing is a trade name jieba took for a number.
  for (const p of pieces) if (p.tag === "m" && NUMERAL_NAME.test(p.word)) p.tag = "x";
  // `山西/ns 和/c 尘/n 光电`: after a place, 和 and one character before more of a name are a name (和尘), not `and`.
  for (let k = 1; k < pieces.length - 2; k++) {
    const [place, and, one, more] = [pieces[k - 1], pieces[k], pieces[k + 1], pieces[k + 2]];
    if (and.word !== "和" || place.role !== "place" || !isNamePiece(one, gaz) || more.role !== "name") continue;
    if (!/^(n|nz|j|x|ng|vn)$/.test(more.tag)) continue;
    pieces.splice(k, 2, { start: and.start, end: one.end, word: and.word + one.word, tag: "x", role: "name" });
  }
  // `孙/zg 公司/n 欧昊…`: what a company is to another (孙公司, 子公司) is one word, which no name runs over.
  for (let k = 1; k < pieces.length; k++) {
    const [before, p] = [pieces[k - 1], pieces[k]];
    if (p.word !== "公司" || !/^[子孙母总]$/.test(before.word)) continue;
    pieces.splice(k - 1, 2, { start: before.start, end: p.end, word: before.word + p.word, tag: "n", role: "name" });
  }
}

/**
 * jieba cuts a name it does not know into single characters (`山/n 圩/zg` in 广西山圩产业园, `鲁/j 疆/x`):
 * a run of such characters, none of them a function word, is one unknown word (tag x), as a reader takes it.
 */
function mergeSingleCharacters(pieces: Piece[], gaz: Gazetteer): void {
  for (let k = 0; k < pieces.length - 1; k++) {
    let end = k;
    // `多/m 弗/nr 国际控股集团`, `三/m 诺/x`: a number character opens an unknown name as well.
    if (NUMBER_CHAR.test(pieces[k].word) && pieces[k].tag === "m" && isNamePiece(pieces[k + 1], gaz)) end++;
    while (end < pieces.length && isNamePiece(pieces[end], gaz)) end++;
    if (end - k < 2) continue;
    const run = pieces.slice(k, end);
    const word = run.map((p) => p.word).join("");
    pieces.splice(k, end - k, { start: run[0].start, end: run[run.length - 1].end, word, tag: "x", role: "name" });
  }
}

/**
 * `日盛/nz 达/v 光伏/j 材料/n 有限公司`: jieba splits an unknown three-character trade name into a name it guesses and
 * one character it reads as a verb or an adjective. Right before a trade (or the suffix), the three are one name.
 */
function mergeSplitTradeName(pieces: Piece[], gaz: Gazetteer): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const [name, one, next] = [pieces[k], pieces[k + 1], pieces[k + 2]];
    if (name.role !== "name" || name.word.length !== 2 || !/^(nz|x|nr|nrt|j)$/.test(name.tag)) continue;
    if (one.word.length !== 1 || !/^(v|a|vn|ad)$/.test(one.tag) || HARD_STOPS.has(one.word) || gaz.isPlace(name.word)) continue;
    if (next && !SECTOR_SET.has(next.word) && !isSectorPhrase(next.word)) continue;
    pieces.splice(k, 2, { start: name.start, end: one.end, word: name.word + one.word, tag: "x", role: "name" });
  }
}

/** One character of a coast's or river's feature after a place's name: `南山` + `湾`, `东山` + `湾`. */
const PLACE_FEATURE = /^[湾岛湖港峡滩洲]$/;

/**
 * `南山/ns 湾/zg 科技园`: jieba cuts a bay or an island named after a place into the place and one character; the
 * two are the park's own name (a place's name alone would name nothing of its own before 科技园).
 */
function mergePlaceFeatures(pieces: Piece[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const [place, feature] = [pieces[k], pieces[k + 1]];
    if (place.role !== "place" || !PLACE_FEATURE.test(feature.word) || feature.role !== "name") continue;
    pieces.splice(k, 2, { start: place.start, end: feature.end, word: place.word + feature.word, tag: "x", role: "name" });
  }
}

function isNamePiece(p: Piece, gaz: Gazetteer): boolean {
  return (
    p.role === "name" &&
    p.word.length === 1 &&
    /[\u4e00-\u9fff]/.test(p.word) &&
    !SINGLE_WORD_TAGS.test(p.tag) &&
    !HARD_STOPS.has(p.word) &&
    !gaz.isPlace(p.word)
  );
}

/**
 * jieba's guesses for unknown words (tags x, nr) can glue a function word or a verb to a name: `到鲁疆/x`,
 * `大力支持/nr`. A guess holding a stop word is the stop word and the rest, as a reader splits it.
 */
function splitGuessedWords(pieces: Piece[]): void {
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    // `以原/x 金沙滩`, `由该/x 集团`: a preposition and 原 (former) or 该 read as one unknown word; neither is part of a name.
    if (
      p.role === "name" &&
      p.tag === "x" &&
      p.word.length === 2 &&
      HARD_STOPS.has(p.word[0]) &&
      (p.word[1] === "原" || HARD_STOPS.has(p.word[1]))
    ) {
      p.tag = "p";
      continue;
    }
    // `此举是阳/x 煤/n 集团`: jieba glued a verb or preposition to a name's first character and left its second
    // alone; the function word is no part of the name (`阳煤集团`).
    const next = pieces[k + 1];
    if (
      p.role === "name" &&
      p.tag === "x" &&
      p.word.length === 2 &&
      HARD_STOPS.has(p.word[0]) &&
      next?.role === "name" &&
      next.word.length === 1
    ) {
      pieces.splice(k, 1, { ...p, end: p.start + 1, word: p.word[0], tag: "p" }, { ...p, start: p.start + 1, word: p.word[1] });
      continue;
    }
    if (p.role !== "name" || !/^(x|nr|j)$/.test(p.tag) || p.word.length < 3) continue;
    const long = LONG_STOPS.find((w) => p.word.includes(w));
    if (long) {
      const at = p.word.indexOf(long) + long.length;
      const rest = p.word.slice(at);
      const stop = { ...p, end: p.start + at, word: p.word.slice(0, at), tag: "v" };
      pieces.splice(k, 1, ...(rest ? [stop, { ...p, start: p.start + at, word: rest }] : [stop]));
      continue;
    }
    if (HARD_STOPS.has(p.word[0]) && p.word.length >= 3) {
      pieces.splice(
        k,
        1,
        { ...p, end: p.start + 1, word: p.word[0], tag: "p" },
        { ...p, start: p.start + 1, word: p.word.slice(1) },
      );
    }
  }
}

/** `钢铁/n 新/a 材料/n 工业园区`: a sector word jieba cut in two (新材料) is one word of the park's name again. */
function mergeSectorWords(pieces: Piece[]): void {
  for (let k = 0; k < pieces.length - 1; k++) {
    const [a, b] = [pieces[k], pieces[k + 1]];
    if (a.role !== "name" || b.role !== "name" || a.word.length !== 1) continue;
    const word = a.word + b.word;
    if (!SECTOR_SET.has(word)) continue;
    pieces.splice(k, 2, { start: a.start, end: b.end, word, tag: "n", role: "name" });
  }
}
const SECTOR_SET = new Set(INDUSTRY_WORDS);

/** Words a company's name ends with when it names a park (`大地控股科技产业园`). */
const GROUP_WORD = /^(控股|集团)$/;
const NAME_WORD_TAGS = /^(n|nz|nr|nrt|x|ns|j|nt)$/;

/**
 * A park named after its company: `大地控股` + `科技产业园`. jieba reads `大地/n 控股/v`; a word and the
 * group word after it are the company's name, which names the park as a place does.
 */
function mergeCompanyNames(pieces: Piece[]): void {
  for (let k = 1; k < pieces.length; k++) {
    const name = pieces[k - 1];
    if (!GROUP_WORD.test(pieces[k].word) || name.role !== "name" || !CJK_WORD.test(name.word)) continue;
    if (!NAME_WORD_TAGS.test(name.tag) || isGenericWord(name.word) || HARD_STOPS.has(name.word)) continue;
    // Only when the rest says what the park does (`科技`, `装备制造`); a place or a name after the group
    // (`山西焦炭集团` + `介休碳材料产业园`) starts the park's own name.
    if (!pieces.slice(k + 1).every((p) => p.role === "name" && isGenericWord(p.word))) continue;
    pieces.splice(k - 1, 2, { start: name.start, end: pieces[k].end, word: name.word + pieces[k].word, tag: "nt", role: "name" });
  }
}

/** Park kinds a company's park is named with (`双汇第二工业园`); not the zones a government sets up. */
const COMPANY_PARK_KIND = /产业园区|工业园区|物流园区|科技园区|产业园|工业园|物流园|科技园|科创园|创新园|产业城|工业城/;
/** A name's place in brackets right after it: `(山西)`. The text is normalized, so brackets are ASCII. */
const BRACKETED_PLACE_AT = /^\(([\u4e00-\u9fff]{2,4})\)/;

/** Where a place in brackets right after `at` ends (`富士康(太原)`, `中国电科(山西)…`), or `at` when none follows. */
export function bracketedPlaceEnd(text: string, at: number, gaz: Gazetteer): number {
  const bracket = BRACKETED_PLACE_AT.exec(text.slice(at, at + 7));
  return bracket && gaz.isPlace(bracket[1]) ? at + bracket[0].length : at;
}
/** `第二`工业园: which of the company's parks. */
const ORDINAL = /^第[一二三四五六七八九十]$/;

/**
 * A park named after its company, whose other words are generic, is one zone (the entity guidelines:
 * `太重集团新能源产业园区`): `双汇` + `第二工业园`, `中国电科(山西)` + `电子信息科技创新产业园`, `山东国欣颐养集团` +
 * `智慧医药产业园`. Returns where the park ends when such a park follows the company's name at `at`, else -1.
 * Only places, sectors, what a park does and ordinals may stand between: a name of the park's own (`阳煤|晋东物流园`),
 * a function word (`美锦氢能|及经开区…`) or a verb (`…集团|将依托…`) means the company and the park are two.
 */
export function companyParkEnd(ctx: BoundaryContext, at: number): number {
  const { text, gaz } = ctx;
  // `中国电科` + `(山西)` + `电子信息创新产业园`: where its park is belongs to the park's name.
  const from = bracketedPlaceEnd(text, at, gaz);
  // One search per company (this runs for every company found): the first park kind, at most 12 characters on.
  const kind = COMPANY_PARK_KIND.exec(text.slice(from + 1, from + 16));
  if (!kind || kind.index > 11) return -1;
  const s = from + 1 + kind.index;
  // Punctuation or a digit between: no park's name (and no words to ask jieba for).
  if (!/^[\u4e00-\u9fff]+$/.test(text.slice(from, s))) return -1;
  const generic = tagWindow(ctx, text.slice(from, s)).every(
    (w) =>
      CJK_WORD.test(w.word) &&
      !HARD_STOPS.has(w.word) &&
      (isGenericWord(w.word) ||
        isSectorPhrase(w.word) ||
        ZONE_ACTIVITIES.has(w.word) ||
        PARK_VERBS.has(w.word) ||
        DESCRIPTOR.test(w.word) ||
        ORDINAL.test(w.word) ||
        gaz.isPlace(w.word)),
  );
  return generic ? s + kind[0].length : -1;
}
