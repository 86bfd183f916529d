/**
 * Companies named in a list that the text itself calls companies:
 * `潞安工程、太行药业、三宝生化、长清生物、三耐铸业 5 家企业`,
 * `厚生、泰山玻纤等新投产企业`, `以盛隆泰达、宏源两个“链主”企业`.
 * Short names like these carry no suffix; the list is what says they are companies.
 */
import { type BoundaryContext, findNameStart, tagWindow } from "./boundary";
import {
  ENDS_WITH_ZONE_SUFFIX,
  HARD_STOPS,
  INDUSTRY_WORDS,
  INSTITUTION_ENDINGS,
  isGenericWord,
  isIndustryWord,
  isSectorPhrase,
} from "./lexicon";
import { isTrade } from "./tradeNames";

/** A count, maybe an approximate one (`近30家`, `超20家`). */
const NUM = "(?:近|约|超|逾|超过|共计|合计|总计|共)?(?:[0-9]+|[一二两三四五六七八九十百几多]+)";
/**
 * `等企业`, `等 8 家企业`, `5 家企业`, `4 户企业`, `两个“链主”企业`, `等重点企业`, `等行业领军企业`,
 * `等9家钢铁、焦化企业` (with a count, the words before 企业 may list industries), `等大型餐饮连锁企业` (right after
 * 等, up to 8 characters of what kind; not a way of serving them: `等多种方式做好入驻企业`).
 */
const LIST_END = new RegExp(
  `(等)?(${NUM}(?:家|户|个|大))?([“"][^”"]{1,4}[”"]|[^\\d等、，。；：！？\\s的]{0,5}?|(?<=[家户个大])[^\\d等，。；：！？\\s]{1,12}?|(?<=等)(?:均|都)?[为是][^\\d等、，。；：！？\\s]{1,10}?|(?<=等)[^\\d等、，。；：！？,.;:!?\\s]{1,8}?(?:龙头|骨干|领军|头部|链主|重点|知名)|(?<=等)(?![^企]*(?:方式|措施|办法|形式|做好|帮助|服务))[^\\d等、，。；：！？,.;:!?\\s的]{6,8})企业$`,
);
/**
 * Where the list ends in `tail` (text that ends in 企业), or -1 when nothing there says a list ends: 等 or a count
 * (`等企业`, `三家企业`). The leftmost match of LIST_END may be words with neither (`陆机械三家企业` read as five
 * words before 企业), which would hide the count after them; so try each later start too.
 */
function listEndIn(tail: string): number {
  for (let at = 0; at < tail.length; ) {
    const m = LIST_END.exec(tail.slice(at));
    if (!m) return -1;
    // `世界第三大钢铁企业`: an ordinal, not a count.
    const countAt = at + m.index + (m[1]?.length ?? 0);
    if (m[2] && countAt > 0 && tail[countAt - 1] === "第") {
      at += m.index + 1;
      continue;
    }
    // A vague count alone is no list's end (`联合重组、受托管理业内多家重要企业`); `等多家企业` is.
    if (m[1] || (m[2] && !/^[多几]/.test(m[2]))) return at + m.index;
    at += m.index + 1;
  }
  return -1;
}
/** `等4个…项目`, `等一批…项目`, `等标志性项目`, `等项目`: projects closing a list. */
const PROJECTS_AFTER = /^等(?:(?:[0-9]+|[一二三四五六七八九十两几]+)个|一批)?[^，。；、]{0,8}项目/;
/** A list closed by a bare 等 (`包括中外运、锦海捷亚、…、神龙贸易等,另有一大批企业`): what opens it must say companies come. */
const LEAD_IN = /^(包括|引进了?|引入了?|招引了?|关停了?|淘汰了?|吸引了?|聚集了?|集聚了?|入驻的?有|落户的?有)/;
/** How far before 企业 the trigger can start. */
const LOOKBACK = 16;
const ITEM_SEPARATOR = "、";
const LIST_BREAK = /[，。；：！？,.;:!?()“”"\n]/;
/** A bracketed place inside an item (`中科安(山西)研究院`, `长江晨道(湖北)新能源`): part of the item, no break. */
const BRACKETED_PLACE = /^[(（][\u4e00-\u9fff]{2,4}[)）]/;

/** A ranking's place or figure after an item (`迈瑞医疗(第 26 位)、`, `万洲国际(766亿)、`): part of the item, not of the name. */
const RANK = String.raw`[(（]\s*(?:第\s*)?[0-9][0-9.]*\s*(?:位|名|亿美元|亿元|亿|万元)?\s*[)）]`;
const RANK_BRACKET = new RegExp(`${RANK}$`);
const RANK_BRACKET_AHEAD = new RegExp(`^${RANK}`);

/** Does the list end before text[i]? Brackets around a short name or a rank inside an item do not end it. */
function breaksList(text: string, i: number): boolean {
  const c = text[i];
  if (c === "(") return !BRACKETED_PLACE.test(text.slice(i, i + 7)) && !RANK_BRACKET_AHEAD.test(text.slice(i, i + 14));
  if (c === ")")
    return (
      !BRACKETED_PLACE.test(text.slice(Math.max(0, i - 5), i + 1).replace(/^[^(（]*/, "")) &&
      !RANK_BRACKET.test(text.slice(Math.max(0, i - 13), i + 1))
    );
  return LIST_BREAK.test(c);
}
/** Where a list that ends at `end` starts: the nearest clause break before it, at most 160 characters back. */
function listStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 160 && !breaksList(text, start - 1)) start--;
  return start;
}
const MAX_ITEM = 12;

export interface Span {
  start: number;
  end: number;
}

/**
 * 企业, the short words for an industry's or an owner's companies (`煤企`, `钢企`, `车企`, `船企`, `央企`, `民企` …),
 * makers (`厂商`, `厂家`), and 公司 after a count or 等 (`玲珑、赛轮、三角三家公司`, `等上市公司`), never a
 * registered name's (`…有限公司`).
 */
const ENTERPRISE_WORD =
  /企业|[煤钢车药房险船央国民外乳酒]企(?!业)|厂商|厂家|(?<=[0-9一二两三四五六七八九十几多][家户]|等|上市)公司/g;

export function findCompanyLists(ctx: BoundaryContext): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  out.push(...findLeadInLists(ctx));
  // Find each 企业 (or 煤企, 钢企, 车企 …: `与山西焦煤、同煤、阳煤等6家重点煤企`), then read the few characters
  // before it: far cheaper than letting a regex try every position of the text. A short form is read as 企业
  // (same length, so the offsets hold).
  for (const m of text.matchAll(ENTERPRISE_WORD)) {
    const at = m.index;
    const from = Math.max(0, at - LOOKBACK);
    const end = listEndIn(text.slice(from, at) + "企业");
    if (end < 0) continue;
    // The list runs left from the trigger to the nearest clause break.
    const listEnd = from + end;
    // `入驻无人机整机…生产制造、低空应用展示交易、测试飞行、无人机培训等相关企业`: items that say what is done
    // (`飞行`/v, `培训`/vn) are lines of business, not companies' names, when most do and none is a known company.
    const names = listNames(ctx, listStartBefore(text, listEnd), listEnd, 2);
    const doing = names.filter((n) => saysActivity(ctx, n)).length;
    const known = names.some(
      (n) => ctx.gaz.lookup(text.slice(n.start, n.end)) || COMPANY_WORD_END.test(text.slice(n.start, n.end)),
    );
    if (known || doing * 2 <= names.length) out.push(...names);
  }
  out.push(...findListsCalledCompanies(ctx));
  return out;
}

/**
 * What says, right after a list, that all its items are companies: `，均为动力电池配套企业`, `，都是…企业`, or that the
 * list is the model of a kind of company or project: `为代表的一批重大产业项目`, `为龙头的…企业`.
 */
const ALL_ARE_COMPANIES =
  /^(?:[，,](?:均|都|皆|全部|全)(?:为|是|系|属于?)[^，。；：！？\s]{0,12}企业|为(?:代表|龙头)的[^，。；：！？\s]{0,10}(?:企业|项目))/;
const CALLED_AT = /[，,](?:均|都|皆|全)|为(?:代表|龙头)的/g;

/** Lists the words after them call companies: `包括常州瑞德丰、…、福建星云，均为…配套企业`, `以晋南钢铁、山西闽光、山西华翔为代表的`. */
function findListsCalledCompanies(ctx: BoundaryContext): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(CALLED_AT)) {
    const at = m.index;
    if (!ALL_ARE_COMPANIES.test(text.slice(at, at + 20))) continue;
    let listStart = listStartBefore(text, at);
    // `以A、B为代表的`: 以 opens the list.
    const led = text.lastIndexOf("以", at);
    if (m[0].startsWith("为") && led >= listStart && text.slice(led, at).includes(ITEM_SEPARATOR)) listStart = led + 1;
    out.push(...listNames(ctx, listStart, at, 3));
  }
  return out;
}

/**
 * Lists closed by a bare 等 and opened by a verb that brings companies (`包括`, `引进了`, `关停了`):
 * `共引进签约项目8个,包括中外运、锦海捷亚、济阳鸿通等,另有一大批企业有意向入驻`. Items must look
 * like trade names (an unknown or proper word in each), not industries or products.
 */
function findLeadInLists(ctx: BoundaryContext): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  for (let at = text.indexOf("等"); at >= 0; at = text.indexOf("等", at + 1)) {
    // 等 closes the list: punctuation, or companies/projects named right after it.
    if (!/^等(?:[，,。；;]|[^，。；]{0,12}(?:企业|公司|项目))/.test(text.slice(at, at + 16))) continue;
    const listStart = listStartBefore(text, at);
    const lead = LEAD_IN.exec(text.slice(listStart, at));
    if (lead) {
      // Projects after the list (`包括东华软件总部基地、…等战略性新兴产业项目`): its items are projects, a company's name
      // only when short enough to be nothing more (the companies heading longer items are read as projects' owners).
      const projects = /^等[^，。；]{0,12}项目/.test(text.slice(at, at + 16));
      const names = listNames(ctx, listStart + lead[0].length, at, 3).filter(
        (n) => looksLikeTradeName(ctx, n) && (!projects || isShortTradeName(ctx, n)),
      );
      if (names.length >= 3) out.push(...names);
      continue;
    }
    // `集中建设了优尊、天顺、富彩、通盛等4个高档陶瓷项目`, `华宏科技、招宝磁业、鑫霖磁业等标志性项目`: projects after
    // names of their own are named by their companies; every item must be a trade name (not `光伏、储能、氢能等一批项目`).
    if (PROJECTS_AFTER.test(text.slice(at, at + 16))) {
      const items = listNames(ctx, listStart, at, 3);
      const names = items.filter((n) => isShortTradeName(ctx, n) && looksLikeTradeName(ctx, n));
      if (names.length >= 3 && names.length === text.slice(listStart, at).split(ITEM_SEPARATOR).length) out.push(...names);
    }
  }
  return out;
}

/**
 * Short enough to be a company's own name and nothing more: four characters (`优尊`, `招宝磁业`), or up to six when
 * they end in a trade (`中加特电气`, `韩国磁化电子`), not in what a project makes (`粗旦氨纶`).
 */
function isShortTradeName(ctx: BoundaryContext, n: Span): boolean {
  const name = ctx.text.slice(n.start, n.end);
  return name.length <= 4 || (name.length <= 6 && INDUSTRY_WORDS.some((w) => name.endsWith(w) && name.length - w.length >= 2));
}

/** Does the item say what is done (a verb, a verbal noun or an idiom that is no trade: `测试飞行`, `应用展示交易`)? */
function saysActivity(ctx: BoundaryContext, span: Span): boolean {
  const words = tagWindow(ctx, ctx.text.slice(span.start, span.end));
  return words.some((w) => /^(v|vn|l)$/.test(w.tag) && !isIndustryWord(w.word));
}

/** A name with a company's word at its end (`贵州恒生源有限公司`, `江楠集团`, `兴擎包装厂`). */
const COMPANY_WORD_END = /(公司|集团|厂)$/;

/** A trade name has a word of its own: unknown to jieba, a proper noun, an abbreviation, or a known company. */
function looksLikeTradeName(ctx: BoundaryContext, span: Span): boolean {
  const name = ctx.text.slice(span.start, span.end);
  if (ctx.gaz.lookup(name)) return true;
  return tagWindow(ctx, name).some((w) => /^(x|nz|nr|nrt|nrfg|j|eng|ns|nt)$/.test(w.tag) && !isGenericWord(w.word));
}

/** The company-like items of the list text[listStart, listEnd), separated by 、; none unless at least `min`. */
/** `中法合资`, `外商独资`, `台商`: an ownership before a list item's name. */
const OWNERSHIP_LEAD = /^(?:(?:中[\u4e00-\u9fff]|中外|外商)?(?:合资|独资)|台商|港商|外商|侨商)/;

function listNames(ctx: BoundaryContext, listStart: number, listEnd: number, min: number): Span[] {
  const { text } = ctx;
  const segment = text.slice(listStart, listEnd);
  // `济源钢铁和中原特钢两家龙头企业`: two names joined by 和 are a list too (split below, as a last item is).
  if (!segment.includes(ITEM_SEPARATOR) && !/[和与及]/.test(segment)) return [];
  // `沪深和香港共有22家…上市公司`: the count is of what a place has, not of the names before it.
  if (/(?:共有|拥有|现有|已有|还有)$/.test(segment)) return [];
  const items: Span[] = [];
  let pos = listStart;
  for (const part of segment.split(ITEM_SEPARATOR)) {
    items.push({ start: pos, end: pos + part.length });
    pos += part.length + 1;
  }
  // `机器人产业港一期、二期累计签约德国尼玛克、汇天威等…企业`: a word leading into a list inside a later item says the
  // list starts there; what comes before is another clause.
  for (let k = items.length - 1; k >= 1; k--) {
    if (leadInEnd(text.slice(items[k].start, items[k].end), 2) >= 0) {
      items.splice(0, k);
      break;
    }
  }
  // `三星、SK海力士、美光这三家企业`: a demonstrative before the count is no part of the last name.
  const demonstrative = /(这|那)$/.exec(text.slice(items[items.length - 1].start, items[items.length - 1].end));
  if (demonstrative) items[items.length - 1].end -= demonstrative[0].length;
  // `贵州茅台和山西汾酒成为行业中仅有的两家…企业`: a verb that says what the names are (成为, 作为, 位列 …) ends the
  // last name.
  const lastItem = items[items.length - 1];
  const clause = /成为|作为|属于|位列|跻身|均为|都是/.exec(text.slice(lastItem.start + 2, lastItem.end));
  if (clause) lastItem.end = lastItem.start + 2 + clause.index;
  // `晋峡新能源和晋通能源集团 4 户企业`, `引进链主企业比亚迪和速腾聚创、东风李尔`: the last or the first item may hold
  // two names joined by 和/及.
  items.splice(items.length - 1, 1, ...splitJoined(ctx, items[items.length - 1]));
  // The first item's words before 和 may be a clause (`已经与…`, `积极…`): split it only after a name the gazetteer knows.
  if (items.length > 1) {
    const [left, right] = splitJoined(ctx, items[0]);
    if (right && ctx.gaz.findAll(ctx.text.slice(left.start, left.end)).some((m) => m.end === left.end - left.start))
      items.splice(0, 1, left, right);
  }
  const names: Span[] = [];
  for (const [k, item] of items.entries()) {
    // The first item may carry the words that lead into the list: `已有华启顺食品`, `成立由中化学赛鼎焦化`.
    let start = k === 0 ? firstItemStart(ctx, item) : item.start;
    if (start < item.start) continue;
    // `中法合资厚普股份公司`: how a company is owned says what it is, not which one (so too HARD_STOPS).
    const owned = OWNERSHIP_LEAD.exec(text.slice(start, item.end));
    if (owned && item.end - start - owned[0].length >= 2) start += owned[0].length;
    // `吉利晋中基地`: a company's site in a place; the company is the name before the place.
    let end = start + siteOwnerLength(ctx, text.slice(start, item.end));
    // `…、申通快递等A股上市企业及荷兰华通等外资企业`: a list closed inside an item; the name ends at its 等.
    const inner = /等[^、]{0,10}企业$/.exec(text.slice(start, end));
    if (inner) end = start + inner.index;
    const name = text.slice(start, end);
    // `玉环市汽配产业链企业`: an item that ends in 企业 is a kind of company, not one.
    if (!isCompanyLike(name, ctx) || name.endsWith("企业")) continue;
    names.push({ start, end });
  }
  return names.length >= min ? names : [];
}

/** An item holding two names joined by 和/及/与, as two items; not a park or project named by two things
 * (`工厂化水产养殖及深加工示范园`), nor a name with 和 after its place (`山西和尘光电`). */
function splitJoined(ctx: BoundaryContext, item: Span): Span[] {
  const itemText = ctx.text.slice(item.start, item.end);
  const joined = /(项目|现场|园)$/.test(itemText) ? null : /^(.{2,})[和及与](.{2,})$/.exec(itemText);
  if (!joined || [2, 3, 4].some((n) => ctx.gaz.isPlace(joined[1].slice(-n)))) return [item];
  return [
    { start: item.start, end: item.start + joined[1].length },
    { start: item.end - joined[2].length, end: item.end },
  ];
}

/** Skip the words that lead into a list: `已有`, `成立由`, `以`, `推动`. */
function firstItemStart(ctx: BoundaryContext, item: Span): number {
  let start = item.start;
  // After a word that leads into a list of companies, the item is the name (`已集聚包括|和尘光电`).
  const led = leadInEnd(ctx.text.slice(item.start, item.end), 2);
  if (led >= 0) {
    // Then the kind of company (`引进|链主企业|比亚迪`); only these words, not 和 of `和尘光电`.
    start = item.start + led;
    const kind = /^(?:链主企业|龙头企业|链主|央企|国企|民企)/.exec(ctx.text.slice(start, item.end));
    return kind && item.end - start - kind[0].length >= 2 ? start + kind[0].length : start;
  }
  for (let again = true; again; ) {
    again = false;
    for (const len of [2, 1]) {
      const stop = ctx.text.slice(start, start + len);
      // Not when jieba reads the stop into a longer word (`外高桥/n 造船`: 外 is no word of its own there).
      const word = len === 1 ? tagWindow(ctx, ctx.text.slice(start, item.end))[0]?.word : stop;
      if (item.end - start - len >= 2 && HARD_STOPS.has(stop) && word === stop) {
        start += len;
        again = true;
        break;
      }
    }
  }
  return Math.max(start, findNameStart(ctx, item.end, "COMPANY", MAX_ITEM, false));
}

/** A person's post in an item (`秘书长毛宝琪`, `山西省化学会秘书长张勇`): the item is a person, not a company. */
const PERSON_POST = /(秘书长|会长|理事长|董事长|总经理|经理|总裁|书记|主任|局长|院长|所长|部长|厅长|市长|县长|区长|主席)/;

/** Buildings and venues a list of projects names (`中凯大厦、侨商大厦`): places, not companies. */
/**
 * What a place builds or has, not a company: buildings, roads and bridges, a project's phase, a scenic spot or a temple
 * (`东西主干道二期、金屿大桥安置小区等30个基础设施项目`, `…醋业有限公司、郝家窑特色乡村旅游景区、太阴寺`).
 */
const BUILDING_ENDING =
  /(大厦|大楼|广场|商务中心|购物中心|公园|酒店|医院|学校|村|社区|小区|住宅|公寓|大道|道路|干道|公路|大桥|隧道|管网|景区|寺|[一二三四五六七八九]期)$/;

function isCompanyLike(name: string, ctx: BoundaryContext): boolean {
  if (name.length < 2 || name.length > MAX_ITEM || PERSON_POST.test(name)) return false;
  if (!/^[\u4e00-\u9fffA-Za-z]/.test(name) || /[0-9《》〈〉:：]/.test(name)) return false;
  // `包括华天科技半导体产业园项目、…`: a list of projects; the companies heading them are read elsewhere. Nor is a
  // site (`誉福擎天项目建设现场`) or a park (`…深加工示范园`) a company.
  if (/(项目|现场|园)$/.test(name)) return false;
  if (ENDS_WITH_ZONE_SUFFIX.test(name) || INSTITUTION_ENDINGS.test(name) || BUILDING_ENDING.test(name)) return false;
  if (ctx.gaz.isPlace(name) || isGenericWord(name) || isSectorPhrase(name)) return false;
  return true;
}

/** A peer found in a list; `replaces` is the shorter name found before at its start (`东风` of `东风畅行`). */
export interface Peer extends Span {
  replaces?: Span;
}

/**
 * The other items of a `、` list whose items are mostly companies already found: `中国移动、中国电信、
 * 中国煤炭科工、中国国旅`, `英特丽电子、星心半导体、科通电子、中科创源等一批…`. A reader takes a list as
 * one kind of thing; so does this. `companies` are the company mentions found so far, `isFree` says
 * whether a span is still unclaimed.
 */
export function findListPeers(ctx: BoundaryContext, companies: Span[], isFree: (s: Span) => boolean): Peer[] {
  const { text } = ctx;
  const byEnd = new Map<number, Span>();
  const starts = new Map<number, Span>();
  for (const c of companies) {
    byEnd.set(c.end, c);
    starts.set(c.start, c);
  }
  const out: Peer[] = [];
  for (const { start, end } of listClauses(text)) {
    if (text.slice(start, end).split(ITEM_SEPARATOR).length >= 3)
      out.push(...peersIn(ctx, start, end, { byEnd, starts }, isFree));
  }
  return out;
}

/** The clauses that hold a 、, each once: found from each 、, not by testing every character of the text. */
function* listClauses(text: string): Generator<Span> {
  for (let sep = text.indexOf(ITEM_SEPARATOR); sep >= 0; ) {
    let from = sep;
    while (from > 0 && !breaksList(text, from - 1)) from--;
    let to = sep;
    while (to < text.length && !breaksList(text, to)) to++;
    yield { start: from, end: to };
    sep = text.indexOf(ITEM_SEPARATOR, to);
  }
}

const NOT_A_NAME_END = /(企业|行业|产业|领域|项目|基地|工程|院|所|厂|站|馆|会|中心|局|委|办|园|[一二三四五六七八九]期)$/;

/** The company mentions found so far, by where they end and where they start. */
interface FoundCompanies {
  byEnd: Map<number, Span>;
  starts: Map<number, Span>;
}

function peersIn(ctx: BoundaryContext, from: number, to: number, found: FoundCompanies, isFree: (s: Span) => boolean): Peer[] {
  const { text } = ctx;
  // The list ends at its first 等 (`…中科创源等一批投资额度大、科技含量高…`) or at the clause's end.
  const parts: string[] = [];
  let etc = false;
  for (const part of text.slice(from, to).split(ITEM_SEPARATOR)) {
    // Figures after the names are a list of their own (`…、新汶分公司也分别排名第15、21、32位`).
    if (parts.length > 0 && /^[0-9]/.test(part)) break;
    const at = part.indexOf("等");
    if (at >= 0 && parts.length > 0) {
      parts.push(part.slice(0, at));
      etc = true;
      break;
    }
    parts.push(part);
  }
  const items: Span[] = [];
  let pos = from;
  for (const part of parts) {
    const rank = RANK_BRACKET.exec(part.trimEnd());
    items.push({ start: pos, end: pos + (rank ? rank.index : part.length) });
    pos += part.length + 1;
  }
  // Which items are companies already: a company mention ends where the item ends and starts in it, or starts
  // the item (`…、新汶分公司也分别排名`, `华润天然气`: the item goes on after the name).
  const known = items.map((item) => {
    const c = found.byEnd.get(item.end);
    return (c !== undefined && c.start >= item.start) || found.starts.has(item.start);
  });
  const count = known.filter(Boolean).length;
  if (count < 2 || count * 3 < items.length) return [];
  const out: Peer[] = [];
  for (const [k, whole] of items.entries()) {
    // `东风畅行、东风鸿泰`: a group's short name and two or three characters of the item's own, in a list of
    // companies, is the subsidiary's whole name (the list's items are names, not a name and a product).
    const head = found.starts.get(whole.start);
    if (known[k] && head && head.end < whole.end && k > 0 && (k < items.length - 1 || etc)) {
      const own = text.slice(head.end, whole.end);
      if (isSubsidiaryWord(ctx, text.slice(head.start, head.end), own) && isFree({ start: head.end, end: whole.end }))
        out.push({ start: whole.start, end: whole.end, replaces: head });
      continue;
    }
    if (known[k]) continue;
    // Only the list's own items: not the words that lead into it, nor a long last item that goes on.
    if (k === items.length - 1 && !etc && whole.end - whole.start > 6) continue;
    const item = k === 0 ? firstPeer(ctx, whole, from) : whole;
    if (!item) continue;
    const name = text.slice(item.start, item.end);
    if (!isCompanyLike(name, ctx) || NOT_A_NAME_END.test(name) || !isFree(item)) continue;
    // A trade name has a word of its own; an industry (`智能制造`, `工业软件`) is common words only.
    if (!looksLikeTradeName(ctx, item) && !(name.length >= 4 && ctx.gaz.isPlace(name.slice(0, 2)))) continue;
    out.push(item);
  }
  return out;
}

/**
 * After a group's short name in a list item, a word of the subsidiary's own (`东风` + `畅行`, `华润` + `宁武`): one word,
 * a name jieba does not know, a place or a two-character verb; not a site (`总部`), a product (`车灯`), a post or a figure.
 */
function isSubsidiaryWord(ctx: BoundaryContext, head: string, own: string): boolean {
  if (head.length > 4 || /(公司|集团|股份)$/.test(head) || !/^[\u4e00-\u9fff]{2,3}$/.test(own)) return false;
  if (isGenericWord(own) || NOT_A_NAME_END.test(own) || isSectorPhrase(own) || HARD_STOPS.has(own)) return false;
  const words = tagWindow(ctx, own);
  return words.length === 1 && (/^(x|nz|nr|nrt|ns|j)$/.test(words[0].tag) || (words[0].tag === "v" && own.length === 2));
}

/** Words that lead into a list of companies, ending right before its first item (`包括`, `其中`, `山能重装下属`). */
const FIRST_ITEM_LEAD =
  /(包括|其中|下属|旗下有?|来自|分别是|分别为|依次为|依次是|比如|例如|譬如|发挥|涵盖|集聚了?|聚集了?|引进了?|引入了?|签约了?|还有|已有|共有|拥有|培育了?|供应|供货|配套|主要是|主要有|主要为)/g;

/** Where the last word leading into a list ends in `item`, leaving `minRest` characters at least after it; -1 for none. */
function leadInEnd(item: string, minRest: number): number {
  let end = -1;
  for (const m of item.matchAll(FIRST_ITEM_LEAD))
    if (item.length - (m.index + m[0].length) >= minRest) end = m.index + m[0].length;
  return end;
}

/**
 * The first item of a list without the words that lead into it: the whole item when the clause starts with it
 * (`休闲食品产业方面，金冠食品、…`), else what follows the last lead-in word (`截至目前，该园区已集聚包括|和尘光电`)
 * or the last place (`深入上党区|雅瑞地毯`); undefined when nothing says where it starts.
 */
function firstPeer(ctx: BoundaryContext, item: Span, clauseStart: number): Span | undefined {
  const words = ctx.text.slice(item.start, item.end);
  let start = leadInEnd(words, 0);
  // `由天华超净、宁德时代…`: a function word before the name is no part of it; `从地方超市到永辉、物美…`: nor is what
  // a one-character function word inside the item ends.
  if (start < 0 && item.start === clauseStart) {
    const from = HARD_STOPS.has(words[0]) ? 1 : 0;
    start = from;
    for (const m of words.slice(from, -2).matchAll(/[到至和与及向对把被将从在为]/g)) start = from + m.index + 1;
    start += leadingVerbsLength(ctx, words.slice(start));
  }
  if (start < 0) {
    for (let at = 0; at < words.length - 2; at++) {
      const place = ctx.gaz.placeLengthAt(words, at);
      if (place >= 2 && /[省市县区]$/.test(words.slice(at, at + place))) start = at + place;
    }
  }
  return start >= 0 && words.length - start >= 2 ? { start: item.start + start, end: item.end } : undefined;
}

/**
 * `协调解决|宁平炭素、…`: verbs that open a clause whose object is the list are no part of its first name. Only where a
 * name of its own (unknown to jieba, a place, a proper noun) follows them; `联想、华为…` keeps its verb-like name.
 */
function leadingVerbsLength(ctx: BoundaryContext, item: string): number {
  const words = tagWindow(ctx, item);
  let length = 0;
  let k = 0;
  while (k < words.length - 1 && /^v[di]?$/.test(words[k].tag) && words[k].word.length >= 2) length += words[k++].word.length;
  if (k === 0 || item.length - length < 2 || !OWN_NAME_TAGS.test(words[k].tag)) return 0;
  return length;
}

const SITE = /(基地|工厂|厂区|总部)$/;

/** The length of the owner's name in `吉利晋中基地` (2), or the whole length when the item is no site in a place. */
function siteOwnerLength(ctx: BoundaryContext, item: string): number {
  const site = SITE.exec(item);
  if (!site) return item.length;
  for (let at = 2; at < site.index; at++) {
    if (ctx.gaz.placeLengthAt(item, at) === site.index - at) return at;
  }
  return item.length;
}

/** Ends of items that are places, people's posts or things, not companies. */
const NOT_A_TRADE_NAME_END = /[村镇乡县区市省路街湖山河桥楼馆院所站厂园]$/;

/**
 * A list of trade names with no word around it that says companies: `包括宁德博发、江苏嘉盛、宁德聚能、宁德康本、
 * 祥鑫科技、浙江银轮,均为…`, `当天开工投产的华贵饮品、武汉久胜、亚星钢构、宝锦激光`. When most items of a list
 * (three at least) are trade names (a word jieba does not know or knows as a proper noun or abbreviation, with a
 * place or a trade around it), those items are companies: a reader takes such a list as the companies it is.
 */
export function findTradeNameLists(ctx: BoundaryContext): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  for (const clause of listClauses(text)) out.push(...tradeNamesIn(ctx, clause.start, clause.end));
  return out;
}

function tradeNamesIn(ctx: BoundaryContext, from: number, to: number): Span[] {
  const { text } = ctx;
  const parts = text.slice(from, to).split(ITEM_SEPARATOR);
  if (parts.length < 3) return [];
  // The last item ends at 等 (`…国泰等一批项目`) or runs to the clause's end.
  const last = parts[parts.length - 1];
  const etc = last.indexOf("等");
  if (etc >= 0) parts[parts.length - 1] = last.slice(0, etc);
  const items: Span[] = [];
  let pos = from;
  for (const part of parts) {
    items.push({ start: pos, end: pos + part.length });
    pos += part.length + 1;
  }
  const enough = (n: number) => n >= 3 && n * 3 >= items.length * 2;
  // The other items first: most lists (places, sectors) fail there, before the first item's costly start is sought.
  const others = items.slice(1).filter((item) => isTradeNameItem(ctx, item));
  if (!enough(others.length + 1)) return [];
  // The first item carries what leads into the list (`包括`, `开工投产的`): its name is what jieba's last words say.
  const first = { start: Math.max(items[0].start, firstItemStart(ctx, items[0])), end: items[0].end };
  const names = isTradeNameItem(ctx, first) ? [first, ...others] : others;
  return enough(names.length) ? names : [];
}

function isTradeNameItem(ctx: BoundaryContext, item: Span): boolean {
  const name = ctx.text.slice(item.start, item.end);
  if (name.length < 3 || name.length > 8 || !isCompanyLike(name, ctx) || NOT_A_NAME_END.test(name)) return false;
  if (NOT_A_TRADE_NAME_END.test(name) || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  if (ctx.gaz.lookup(name)?.type === "COMPANY") return true;
  // [place] + a word of its own + [trades]: `宁德博发`, `祥鑫科技`, `武汉久胜`; a place or a trade must be there,
  // so slogans (`降碳`, `亲商`), idioms and people's names are not taken.
  const words = tagWindow(ctx, name);
  let k = 0;
  const place = ctx.gaz.isPlace(words[0].word) && !ctx.gaz.isCountry(words[0].word);
  if (place) k++;
  // The name of its own is one word, or a few jieba cut it into (`浦士/x 达/v` + 环保, `德华/nz 鸿达/nz` + 纺织).
  for (let j = k + 1; j <= Math.min(words.length, k + 3); j++) {
    const own = words.slice(k, j);
    const ownWord = own.map((w) => w.word).join("");
    if (!isOwnName(own, ownWord) || isGenericWord(ownWord) || ctx.gaz.isPlace(ownWord)) continue;
    const rest = words
      .slice(j)
      .map((w) => w.word)
      .join("");
    if (rest && !isSectorPhrase(rest) && !isTrade(rest)) continue;
    if (place || rest !== "") return true;
  }
  return false;
}

/** Tags of a trade name's own word: unknown, proper noun, abbreviation. */
const OWN_NAME_TAGS = /^(x|nz|j|nrt|nr|ns|nt)$/;
/** Adverbs that go on a clause (`也`, `都`, `已`), never a character inside a name. */
const COMMON_ADVERB = /^[也都就还又再才很最更已正不没均皆仍亦将曾共只]$/;
/** Tags of a single character that is a word of its own around a name, never a piece of one. */
const FUNCTION_TAGS = /^(p|c|u|uj|ul|uz|ud|ug|r|m|q|f|d|y|e|o|w)$/;

/**
 * One word of its own (`宁平/x`), or up to three pieces jieba cut one into: a word of its own, then another (`德华/nz
 * 鸿达/nz`) or a single character that is no function word (`浦士/x 达/v`); two to four characters in all.
 */
function isOwnName(own: { word: string; tag: string }[], ownWord: string): boolean {
  if (!OWN_NAME_TAGS.test(own[0].tag) || own[0].word.length < 2 || ownWord.length > 4) return false;
  return own.slice(1).every(
    (w) =>
      (OWN_NAME_TAGS.test(w.tag) && w.tag !== "ns") ||
      (w.word.length === 1 && !FUNCTION_TAGS.test(w.tag)) ||
      // `天禧/nrt 极/d 钻/v`: a rare character jieba takes for an adverb; the common adverbs say a clause goes on.
      (w.word.length === 1 && w.tag === "d" && !COMMON_ADVERB.test(w.word)),
  );
}
