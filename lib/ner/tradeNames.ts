/**
 * Companies news names by trade name and trade without a legal suffix:
 * `江松科技`, `西安利雅得电气`, `中鼎煤业`, `星心半导体`. A trade name is a word
 * jieba does not know (or knows only as a proper noun), right before a word
 * that says what a company does; a place may stand before it. Industries
 * alone (`数字科技`, `新兴电子`) have no such word and are left alone.
 */
import { type BoundaryContext, tagWindow } from "./boundary";
import { ENDS_WITH_ZONE_SUFFIX, HARD_STOPS, INDUSTRY_WORDS, isGenericWord, longestFirst } from "./lexicon";
import type { Span } from "./lists";

/** Trades that name a company's business, not a sector in general (`发展`, `服务`, `建设` do not). */
const TRADES = INDUSTRY_WORDS.filter(
  (w) =>
    !/^(发展|服务|管理|建设|运营|文化|旅游|交通|轨道交通|农业|信息|数字|智能|精品|特种|研究院|实验室|投资|工程|轨道|禾业|技术|材料|新材料|纤维|设备|制造|装备)$/.test(
      w,
    ),
).concat([
  "电器",
  "酒业",
  "锂业",
  "锂电",
  "纺织",
  "包装",
  "自动化",
  "节能",
  "储能",
  "氢能",
  "电路",
  "乳业",
  "瓷业",
  "硅业",
  "纸业",
  "木业",
  "塑业",
  "管业",
  "泵业",
  "牧业",
  "地毯",
  "建材",
  "炭素",
  "碳素",
  "锆业",
  "钛业",
  "钼业",
  "钨业",
  "镍业",
  "钴业",
  "锌业",
  "锡业",
  "石化",
  "合金",
]);
const TRADE_SET = new Set(TRADES);

/** Is `word` a trade that names a company's business (`炭素`, `纺织`, `科技`)? */
export function isTrade(word: string): boolean {
  return TRADE_SET.has(word);
}
const TRADE_RE = new RegExp(`(?:${longestFirst(TRADES)})`, "g");
const MORE_TRADE = new RegExp(`^(?:${longestFirst([...TRADES, "设备", "环保", "技术", "装备"])})`);
/** Tags of a word that can be a trade name: unknown, proper noun, other proper name. */
const TRADE_NAME_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|ns)$/;
/** What may follow: not more of a zone's or sector's name (`科技园`, `电子产业`, `电子信息`). */
const NOT_AFTER = /^(园|区|城|网|产业|信息|元器件|商务|行业|领域|企业|科普|等(?:领域|行业|产业|产品|板块))/;
/** A list of what is made, the verb right before its first item (`主要生产钢化、中空、夹胶玻璃`): its items are products. */
const PRODUCTS_LISTED = /(生产|主营|产品有|产品包括|产品涵盖)(?!基地|线|车间|中心|项目)[\u4e00-\u9fff]{1,4}$/;

/**
 * What only a listed company has right after its name: a ticker (`洛阳玻璃(600876.SH)`), a quote
 * (`河北钢铁[4.35 0.23%]`), or a stake sold (`合肥新能源 100% 股权`). A place and a trade so followed is one company.
 */
const LISTED_AFTER =
  /^\s*(?:[（(]\s*(?:股票代码[:：]?\s*)?\d{6}(?:\.(?:SH|SZ|BJ))?\s*[)）]|\[\d+\.\d+|(?:\d+(?:\.\d+)?\s*%\s*)?股权)/;

/** `该县康舒陶瓷`, `我市…`: the place the text is about, as a pronoun, before a company of it. */
const PLACE_PRONOUN = /^[该本我][区市县]$/;

/** A number and what it counts (`两大`, `三家`, `十几`, `百强`), or `多`/`几` (`多家`, `多肽`): a count or a substance, not a name. */
const COUNT = /^(?:[一二两三四五六七八九十百千万][大家批个强种项类级期号座处条位名所间几十百千万余]|[多几数])/;

const OPENER = /[\s，。；：！？、,.;:!?()（）“”"《》\n由与和及在从为对向把被将是的]/;

/** Could a name start at `i`: after punctuation or a function word, after a place or a stop word, at the start? */
function mayOpenNameAt(text: string, i: number, gaz: BoundaryContext["gaz"]): boolean {
  if (i < 0 || !/[\u4e00-\u9fff]/.test(text[i] ?? "")) return false;
  if (i === 0 || OPENER.test(text[i - 1])) return true;
  for (let len = 2; len <= 4 && len <= i; len++) {
    const before = text.slice(i - len, i);
    if (gaz.isPlace(before) || HARD_STOPS.has(before)) return true;
  }
  return PLACE_PRONOUN.test(text.slice(Math.max(0, i - 2), i));
}

export function findTradeNames(ctx: BoundaryContext): Span[] {
  const { text, gaz } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(TRADE_RE)) {
    // The trades that follow are part of it (`天瑞节能科技`, `玛顿节能环保设备`).
    let end = m.index + m[0].length;
    // After 科技 what follows is the product (`江松科技` + `光伏自动化设备二期项目`), not more of the name.
    for (let last = m[0]; last !== "科技" && end - m.index < 10; ) {
      const more = MORE_TRADE.exec(text.slice(end));
      if (!more) break;
      last = more[0];
      end += last.length;
    }
    if (NOT_AFTER.test(text.slice(end, end + 3))) continue;
    // Cheap test first (jieba is the cost here): a name of 2 to 4 characters must have a possible start before it.
    const isListedCompany = LISTED_AFTER.test(text.slice(end, end + 16));
    const airline = isAirline(text, m[0], end);
    if (
      !isListedCompany &&
      !mayOpenNameAt(text, m.index - 2, gaz) &&
      !mayOpenNameAt(text, m.index - 3, gaz) &&
      !mayOpenNameAt(text, m.index - 4, gaz)
    )
      continue;
    // The few characters before the trade, in words.
    let from = m.index;
    while (from > 0 && m.index - from < 8 && !/[\s，。；：！？、,.;:!?()（）“”"《》\n]/.test(text[from - 1])) from--;
    if (from === m.index) continue;
    // A line break or space inside the name says it is two things (`周亮 川观新闻`).
    const tagged = tagWindow(ctx, text.slice(from, m.index));
    const words = ctx.breakBefore[m.index - 2] ? tagged : joinCutName(tagged);
    const name = words[words.length - 1];
    if (!name || !/^[\u4e00-\u9fff]{2,4}$/.test(name.word) || (name.word.length === 4 && name.tag !== "x")) continue;
    // jieba tags some cities as common nouns or adverbs (`合肥/n`, `大连/d`): a listed company's or an airline's place
    // name is its trade name all the same.
    if (!TRADE_NAME_TAGS.test(name.tag) && !((isListedCompany || airline) && gaz.isPlace(name.word))) continue;
    // `由省科技`, `两大焦化`: a function word or a count opens no trade name; a numeral in a name does (`三联生物`).
    if (/^[由与和及在从为对向把被将]/.test(name.word) || COUNT.test(name.word) || /[及和与]/.test(name.word)) continue;
    // `以龙源/x 新能源`: jieba glued a preposition to a name it does not know; where the name starts is unclear.
    if (name.word.length === 3 && name.tag === "x" && /^[以于]/.test(name.word)) continue;
    // A place is no trade name (`山西煤业`), nor is a zone or a general word; a place may stand before one (`西安` 利雅得 电气).
    if (
      (gaz.isPlace(name.word) && !placeTradeName(gaz, name.word, m[0]) && !isListedCompany && !airline) ||
      ENDS_WITH_ZONE_SUFFIX.test(name.word) ||
      isGenericWord(name.word)
    )
      continue;
    // `正因/x 新能源汽车`: a function word jieba does not know is still no name.
    if (HARD_STOPS.has(name.word)) continue;
    let start = m.index - name.word.length;
    let before: (typeof words)[number] | undefined = words[words.length - 2];
    // `，新扬子船业`: jieba cuts 新 off a name as an adjective; at the clause's start it can only be the name's.
    if (before?.word === "新" && words.length === 2 && (from === 0 || /[\s，。；：！？、,.;:!?]/.test(text[from - 1]))) {
      start -= 1;
      before = undefined;
    }
    // A county or district said with its 县 or 区 is where the company is (`上党区` 雅瑞地毯; 19 of 19 in the dev sets).
    const placeBefore = before && gaz.isPlace(before.word) ? before.word : "";
    const whereItIs = /[县区]$/.test(placeBefore);
    if (placeBefore && !gaz.isCountry(placeBefore) && !whereItIs) {
      start -= placeBefore.length;
      before = words[words.length - 3];
    }
    let clauseStart = start;
    while (clauseStart > 0 && !/[，。；：！？,.;:!?\n]/.test(text[clauseStart - 1]) && start - clauseStart < 30) clauseStart--;
    const listed = text.slice(clauseStart, start);
    if (text[start - 1] === "、" && PRODUCTS_LISTED.test(listed.slice(0, listed.indexOf("、")))) continue;
    // The name must begin where a name can: after punctuation, a list's 、, a place, or a word that introduces one.
    // After a county or district, or with a ticker after the name, the name is where the trade name's word starts.
    const opensName = !before
      ? start === from
      : whereItIs ||
        isListedCompany ||
        HARD_STOPS.has(before.word) ||
        before.tag === "p" ||
        before.tag === "c" ||
        PLACE_PRONOUN.test(before.word);
    // `凯金锂电|池负极材料`: a trade that is only the start of the word the text goes on with makes no name.
    if (opensName && !endInsideWord(ctx, start, end)) out.push({ start, end });
  }
  return out;
}

/** Tags of a word jieba does not know, or knows only as a proper noun. */
const UNKNOWN_WORD_TAGS = /^(x|nz)$/;

/**
 * The words before a trade, with a name jieba cut in two joined as one unknown word (`唯普/x 亿展/x` + 科技,
 * `德华/nz 鸿达/nz` + 纺织): two such words of two characters (x or nz: no place jieba knows) are one trade name.
 */
function joinCutName(words: ReturnType<typeof tagWindow>): ReturnType<typeof tagWindow> {
  const [first, second] = [words[words.length - 2], words[words.length - 1]];
  if (!first || !second || first.word.length !== 2 || second.word.length !== 2) return words;
  if (!UNKNOWN_WORD_TAGS.test(first.tag) || !UNKNOWN_WORD_TAGS.test(second.tag)) return words;
  // `一是/x 百盛/nz` + 煤业: a stop word jieba does not know (an enumeration's 一是) is no half of a name.
  if (HARD_STOPS.has(first.word)) return words;
  // `久力/x 钙业/x` + 环保节能: a trade is where the name ends, not half of it.
  if (TRADE_SET.has(second.word) || second.word.endsWith("业")) return words;
  return [...words.slice(0, -2), { word: first.word + second.word, tag: "x" }];
}

/**
 * A town's or a landmark's name before a trade in 业 names a company (`雁门关酒业`, `阳泉煤业`, `宜宾纸业`,
 * `三门峡铝业`): in the dev sets every such pair is one. Other trades after a place name the place's industry
 * (`祁县玻璃`, `怀仁陶瓷`), as does a province's name (`山西煤业`) or a place said with its 市 or 县 (`晋城市钢铁`).
 */
function placeTradeName(gaz: BoundaryContext["gaz"], place: string, trade: string): boolean {
  return trade.endsWith("业") && !gaz.broadPlaces.has(place) && !/[省市县区]$/.test(place);
}

/**
 * `大连航空`, `四川航空`: a city's or a province's name and 航空 name its airline, unless more words make it the
 * place's industry or hub (`大连航空产业`, `郑州航空港`).
 */
function isAirline(text: string, trade: string, end: number): boolean {
  return (
    trade === "航空" && !/^(?:产业|工业|制造|装备|港|城|物流|运输|经济|枢纽|小镇|基地|园|口岸|业)/.test(text.slice(end, end + 2))
  );
}

/** Is `name` such a place and trade, whole (`阳泉煤业`)? */
export function isPlaceTradeName(gaz: BoundaryContext["gaz"], name: string): boolean {
  for (let len = 2; len <= 3 && len < name.length; len++) {
    const [place, trade] = [name.slice(0, len), name.slice(len)];
    if (TRADE_SET.has(trade) && gaz.isPlace(place) && placeTradeName(gaz, place, trade)) return true;
  }
  return false;
}

/**
 * Does a word of the text run across `end` (`锂电` + `池`)? Read four characters on: with two, jieba sees
 * `生物化学` in `三联生物化学发光` where the text says `生物|化学发光`.
 */
function endInsideWord(ctx: BoundaryContext, start: number, end: number): boolean {
  let pos = start;
  for (const w of tagWindow(ctx, ctx.text.slice(start, Math.min(ctx.text.length, end + 4)))) {
    if (pos < end && pos + w.word.length > end) return true;
    pos += w.word.length;
  }
  return false;
}
