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
import { ENDS_WITH_ZONE_SUFFIX, FAMILY_NAMES, HARD_STOPS, INDUSTRY_WORDS, INSTITUTION_ENDINGS, isGenericWord } from "./lexicon";
import type { Span } from "./lists";

const CAPACITY =
  /(年产)?(?:[0-9]+×)?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:GW|MW|[kK][wW]|万千瓦|千瓦|吨|万吨|辆|台|套|片|只|件|平方米|立方米|锭)/g;
/** Tags of a trade name's own word: unknown to jieba, a proper noun, an abbreviation. */
const OWN_NAME_TAGS = /^(x|nz|nr|nrt|nrfg|nr1|nr2|j|eng)$/;
const MAX_NAME = 10;
/** What is built after a capacity when the name before it is a place's: a power plant, a mine, a wind farm. */
const PLANT_AFTER = /^[\u4e00-\u9fff]{0,4}?(电站|电厂|煤矿|矿井|风电场|风场)/;

/** Words that say what a project does, not whose it is (`主要建设5GW…`, `计划新建`). */
const NOT_A_NAME = /^(主要|重点|计划|预计|新建|扩建|续建|拟建|全面|加快|正在|将要|已经|规划)/;
/** A verb of making right before a name-like phrase and a capacity: the phrase is what is made. */
const MADE_BEFORE = /(生产|产出|制造|加工|销售|出口)了?$/;
/** A verb of building or investing closes a clause, not a name (`兰州投建`, `晶科能源共同投资` before a capacity). */
const ENDS_IN_BUILDING_VERB = /(投资|投建|建设|新建|扩建|共建|打造|布局|动建|开建|兴建|筹建)$/;

function distinctive(part: string): boolean {
  return part.length >= 2 && /^[\u4e00-\u9fff]+$/.test(part) && !isGenericWord(part) && !NOT_A_NAME.test(part);
}

export function findProjectHeads(ctx: BoundaryContext): Span[] {
  const { text, gaz } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(CAPACITY)) {
    const start = findNameStart(ctx, m.index, "COMPANY", MAX_NAME, false);
    if (start < 0) continue;
    // `广东明阳风电以150万千瓦`: a preposition before the capacity is no part of the name.
    let end = m.index;
    while (end - start > 2 && /[以在为于将]/.test(text[end - 1])) end--;
    const name = text.slice(start, end);
    // A base, a project, an output (`技术领跑基地平顺县250MW`, `襄汾县粗钢产能584万吨`), a site's area or a station
    // (`福田加氢站占地面积约1700平方米`) is no company.
    if (/基地|项目|工程|产能|产量|规模|总量|能力|面积|占地|站/.test(name)) continue;
    // `沁水寺河120MW瓦斯电站`: a plant named after the place it is in.
    const place = leadingPlace(name, gaz);
    const plantAfter = PLANT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (plantAfter && place !== "" && !gaz.lookup(name.slice(place.length))) continue;
    // Two characters are a name only in a list of capacities, made of words jieba does not know (`中升1080立方米高炉`).
    const listed = !plantAfter && inCapacityList(text, start, m.index + m[0].length);
    const shortListed = name.length === 2 && listed && ownWordsOnly(ctx, name);
    if (
      (name.length < 3 && !shortListed) ||
      ENDS_WITH_ZONE_SUFFIX.test(name) ||
      INSTITUTION_ENDINGS.test(name) ||
      onlyPlaces(name, gaz)
    )
      continue;
    // `湛江钢铁总规模为年产铁水1225万吨`: 年产 inside says the capacity's product comes first; no name runs over it.
    // `朔州市年消化工业固废物3400万吨`: 年 and a verb say what a year makes or takes, not whose.
    if (/年(?:产|消化|处理|加工|生产|吞吐|出口|销售)|分别|均以/.test(name) || ENDS_IN_BUILDING_VERB.test(name)) continue;
    // `新建高标准厂房200万平方米`: what is built, not whose.
    if (NOT_A_NAME.test(name)) continue;
    // `公司已生产快充长寿命炭负极材料200吨`: after a verb of making, the capacity's product, not its maker.
    if (MADE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const industry = INDUSTRY_WORDS.find((w) => name.endsWith(w));
    const ok =
      (industry !== undefined && distinctive(name.slice(place.length, name.length - industry.length))) ||
      (place !== "" && distinctive(name.slice(place.length))) ||
      // `姚锦坊年产50万吨食醋`, `途瑞通年产50万吨`: after 年产 a name of the company's own words alone; so too in a
      // list of capacities (`盛德源25万吨二甲醚、新威远200吨阿维菌素`), each item a company's project.
      ((m[1] !== undefined || listed) && ownWordsOnly(ctx, name)) ||
      // `精锐/a 恒丰/nz 年产300万只`: an adjective jieba knows opens a trade name as often as a word of its own does.
      (m[1] !== undefined && adjectiveThenOwnWords(ctx, name));
    if (!ok) continue;
    // `中国能建晋中昔阳20万千瓦…项目`: a known company and where the project is; the company is the gazetteer's.
    const [known] = gaz.findAll(name);
    if (known?.start === 0 && known.end < name.length && onlyPlaces(name.slice(known.end), gaz)) continue;
    // `泌阳县恒都5万吨…项目`: a county's or city's full name before the name says where the company is (as in
    // ownerOfProject); a short place (`湖北`中创医疗) is part of the name, and so is a county whose full name is two
    // characters, its only form (`古县腾达`, as the seeds have it).
    const located = place.length >= 3 && /[县区市旗]$/.test(place) && distinctive(name.slice(place.length)) && !gaz.lookup(name);
    out.push({ start: located ? start + place.length : start, end });
  }
  return out;
}

/** Is the capacity item at [start, end) one of a 、-list of them (`盛德源25万吨二甲醚、新威远200吨阿维菌素`)? */
function inCapacityList(text: string, start: number, end: number): boolean {
  // What the project makes follows the capacity (`25万吨二甲醚`); a product's own output does not (`无水氢氟酸13.1万吨(`).
  if (!/^[\u4e00-\u9fff]{2}/.test(text.slice(end, end + 2))) return false;
  const next = /^[^，。；、,;\n]{0,16}、[^，。；、,;\n]{2,6}?(?:[0-9]+×)?[0-9]/;
  const previous = /[0-9][^，。；、,;\n]{0,16}、$/;
  return (
    next.test(text.slice(end, end + 30)) ||
    (text[start - 1] === "、" && previous.test(text.slice(Math.max(0, start - 30), start)))
  );
}

/** Is `name` a chain of places only (`青海省海西州格尔木市`)? */
function onlyPlaces(name: string, gaz: BoundaryContext["gaz"]): boolean {
  for (let rest = name; rest; ) {
    if (gaz.isPlace(rest)) return true;
    const place = leadingPlace(rest, gaz);
    if (!place) return false;
    rest = rest.slice(place.length);
  }
  return true;
}

/** Is `name` (2–5 characters) made only of words jieba does not know or knows as proper nouns? */
function ownWordsOnly(ctx: BoundaryContext, name: string): boolean {
  if (name.length < 2 || name.length > 5 || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  return tagWindow(ctx, name).every((w) => OWN_NAME_TAGS.test(w.tag) && !isGenericWord(w.word) && !ctx.gaz.isPlace(w.word));
}

/** `精锐恒丰`: a two-character adjective, then a name of the company's own words (2–3 characters). */
function adjectiveThenOwnWords(ctx: BoundaryContext, name: string): boolean {
  if (name.length < 4 || name.length > 5) return false;
  const [first, ...rest] = tagWindow(ctx, name);
  return first.word.length === 2 && first.tag === "a" && rest.length > 0 && ownWordsOnly(ctx, name.slice(2));
}

/** What a company builds or sets up, after its name and what the project makes (`凯金锂电池负极材料项目`, `云学堂总部`). */
const PROJECT_WORD = /项目|基地|总部|生产线/g;
/** Where a project's phrase opens: punctuation, a list's 、, or 的 (`投资30亿元的凯金…项目`). */
const PHRASE_OPENER = /[\s，。；：！？、,.;:!?()（）“”"《》\n的]/;
/** Tags of a word jieba does not know or knows as a proper name: a trade name's own word. */
const OWN_WORD_TAGS = /^x$/;
/** Tags of the words of what a project makes (`锂电池/nz 负极/n 材料/n`, `二期/b`). */
const PRODUCT_TAGS = /^(n|vn|nz|nt|nr|j|b|ng|l|eng|x|i)$/;
/** Words of a product jieba tags otherwise: `新`/a of 新材料, `零部件`/mq, `高新`/d of 高新材料, `正极`/ad of a battery. */
const PRODUCT_WORDS = new Set(["新", "零部件", "高端", "节能", "高新", "正极", "负极"]);
/** A capacity as jieba gives it (`100MW`). */
const CAPACITY_WORD = /^[0-9.]+(?:MW|GW|KW|MWh|GWh)$/i;
/** How the names of gullies, hills and villages end (`道仁沟`, `花果山`, `王家庄`), where wind and solar farms are built. */
const PLACE_LIKE_ENDING = /[沟峪梁洼塬坡岭垴庄堡寨屯铺山村湾滩]$/;
/** `中德博佩`: a joint venture's two countries before its own name. */
const JOINT_VENTURE = /^中[德美日韩欧法英俄意荷澳泰新]$/;
const MAKING_VERBS = new Set(["制造", "生产", "加工", "研发", "装配", "回收", "利用", "处理", "包装", "深加工", "制冷", "休闲"]);
/**
 * Family names that start an unknown three-character word a person's name more often than a trade name: the
 * common ones, and a few that also open words (金, 江, 龙, 万, 文, 尚) but not, here, a company's name.
 */
const PERSON_FIRST_CHARACTERS = `${FAMILY_NAMES}金江龙万文尚`;
/** Trades that belong to the name when the project's product follows them (`振展汽车`新能源项目, `信合中药`深加工项目). */
const NAME_TRADES = new Set([
  "国际",
  "汽车",
  "中药",
  "医疗",
  "科技",
  "药业",
  "电子",
  "物流",
  "仓储物流",
  "电气",
  "化工",
  "能源",
  "新能源",
  "服饰",
  "机电",
  "食品",
  "医学",
  "生物",
]);

/**
 * Companies named at the head of a project with no capacity to mark them: `凯金锂电池负极材料项目`,
 * `原轼金刚石线锯生产项目`, `武汉绿友绿色生产装置研发制造基地项目`. The name is the word jieba does not
 * know that opens the phrase (a place may stand before it); what follows it, up to 项目, is what the project makes.
 */
export function findProjectOwners(ctx: BoundaryContext): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  for (const m of text.matchAll(PROJECT_WORD)) {
    const end = m.index;
    let from = end;
    while (from > 0 && end - from < 24 && !PHRASE_OPENER.test(text[from - 1])) from--;
    if (from > 0 && !PHRASE_OPENER.test(text[from - 1])) continue;
    const owner = ownerOfProject(ctx, from, end);
    if (owner) out.push(owner);
  }
  return out;
}

/**
 * The companies heading the items of a list of projects (`优冠体育设备制造、领建科技新材料生产`): an item names its
 * company, then what the project makes in two words or more (`殷拓|智慧供应链`); an item of one trade word after the
 * name (`翔达交通`, `克福斯弹簧`) is how a list names the company itself, and lists.ts reads it whole.
 */
export function findProjectListOwners(ctx: BoundaryContext): Span[] {
  const out: Span[] = [];
  for (const item of projectListItems(ctx.text)) {
    const owner = ownerOfProject(ctx, item.start, item.end);
    if (!owner) continue;
    const made = tagWindow(ctx, ctx.text.slice(owner.end, item.end));
    if (made.length < 2 || BUILDING_WORD.test(ctx.text.slice(owner.end, item.end))) continue;
    out.push(owner);
  }
  return out;
}

/** What a city builds, not a company (`北塔超高层综合体`, `云望广场`). */
const BUILDING_WORD = /(广场|综合体|大厦|大楼|博物馆|公园|酒店|街区|小区|住宅|公寓|商业中心|文旅)/;

/** `这7个项目分别是…`, `项目包括…`: a list of projects follows, to the clause's end. */
const PROJECTS_FOLLOW = /项目(?:分别是|分别为|包括|主要有)[:：]?/g;
/** `…等一批高端项目`, `…等3个项目`, `…等战略性新兴产业项目`: a list of projects ends before 等. */
const PROJECTS_BEFORE =
  /等(?:(?:一批|一大批|[0-9一二三四五六七八九十]+个)[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,8}(?:产业|工业|制造业?))项目/g;
/** A capacity that opens an item (`年产200辆`星通泵车整车生产): what the project makes, not whose it is. */
const LEADING_CAPACITY = /^(?:年产)?[0-9.]+(?:万|亿)?[\u4e00-\u9fffA-Za-z]{1,2}?(?=[\u4e00-\u9fff])/;

/**
 * The items of a list of projects (`优冠体育设备制造、领建科技新材料生产`, `喜田工业机器人、芯能源电子科技等一批高端
 * 项目`): each is a project, named by its company and what it makes, as a project's phrase before 项目 is.
 */
function projectListItems(text: string): Span[] {
  const lists: Span[] = [];
  for (const m of text.matchAll(PROJECTS_FOLLOW)) {
    const start = m.index + m[0].length;
    const stop = /[，。；;,!！?？]|等/.exec(text.slice(start));
    lists.push({ start, end: start + (stop ? stop.index : text.length - start) });
  }
  for (const m of text.matchAll(PROJECTS_BEFORE)) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && !/[，。；;,:：!！?？\n]/.test(text[start - 1])) start--;
    lists.push({ start, end: m.index });
  }
  const items: Span[] = [];
  for (const list of lists) {
    let pos = list.start;
    for (const part of text.slice(list.start, list.end).split("、")) {
      const capacity = LEADING_CAPACITY.exec(part);
      const skip = capacity ? capacity[0].length : 0;
      if (part.length - skip >= 3) items.push({ start: pos + skip, end: pos + part.length });
      pos += part.length + 1;
    }
  }
  return items;
}

/**
 * Words of a product jieba reads as a verb or an adjective by their place in it: one character after a noun (`线/n 锯/v`
 * of 金刚石线锯), an adjective of two before a noun (`健康/a 饮品/n`). A clause's verbs (`调研`, `在`) are not these.
 */
function productPart(made: { word: string; tag: string }[], k: number): boolean {
  const [w, before, after] = [made[k], made[k - 1], made[k + 1]];
  if (w.tag === "v" && w.word.length === 1) return before !== undefined && /^n/.test(before.tag);
  if (w.tag === "a" && w.word.length === 2) return after !== undefined && /^n/.test(after.tag);
  return false;
}

/** The company heading the project's phrase [from, end) (what comes before 项目), if a trade name opens it. */
function ownerOfProject(ctx: BoundaryContext, from: number, end: number): Span | undefined {
  const { text, gaz } = ctx;
  if (end - from < 2) return undefined;
  const words = tagWindow(ctx, text.slice(from, end));
  let i = 0;
  let nameStart = from;
  let nameEnd = from;
  // Places before the name: a county's or city's full name says where (`西平县`永浩…), a short one is part of the
  // name (`湖北`中创医疗, `武汉`绿友); `遂平县河南惠强新材…` has both.
  // A foreign company's country is part of how the text names it (`德国库尔`, `英国BP`), as in lists (`荷兰华通`).
  let country = false;
  while (words.length > i + 1 && gaz.isPlace(words[i].word) && words[i].word !== "中国") {
    country = gaz.isCountry(words[i].word);
    nameEnd += words[i].word.length;
    i++;
    // Only a full name says where, and only after one does another place follow (`锦江` of `杭州锦江` is the name's).
    if (country || !/^[\u4e00-\u9fff]{2,}[县区市旗州]$/.test(words[i - 1].word)) break;
    nameStart = nameEnd;
  }
  const ownFrom = nameEnd;
  // The trade name: a word jieba does not know, then any more unknown words (`惠强/x 新材/x`); after a country, a
  // transliterated or Latin name (`德国|库尔/nrt`, `英国|BP`); a joint venture's `中德` before an unknown word.
  const first = words[i];
  if (!first) return undefined;
  const jointVenture = JOINT_VENTURE.test(first.word) && words[i + 1]?.tag === "x";
  const foreign = country && (/^(nrt|nr|nz)$/.test(first.tag) || /^[A-Z][A-Za-z]{1,11}$/.test(first.word));
  if (!foreign && !/^[\u4e00-\u9fff]{2,4}$/.test(first.word)) return undefined;
  // `泰华/nz 维康/x`: a name jieba cut in two, the first half known to it as a proper noun.
  const cutName = first.tag === "nz" && first.word.length === 2 && words[i + 1]?.tag === "x" && words[i + 1].word.length === 2;
  if (!OWN_WORD_TAGS.test(first.tag) && !jointVenture && !foreign && !cutName) return undefined;
  nameEnd += first.word.length;
  i++;
  if (jointVenture) {
    nameEnd += words[i].word.length;
    i++;
  }
  while (i < words.length && words[i].tag === "x" && /^[\u4e00-\u9fff]{2,}$/.test(words[i].word) && nameEnd - ownFrom < 5) {
    nameEnd += words[i].word.length;
    i++;
  }
  const own = text.slice(ownFrom, nameEnd);
  // `陶寺`遗址博物馆项目 where the text also says `陶寺乡`: a place jieba does not know.
  if (new RegExp(`${own}(?:乡|镇|村|街道|社区|遗址)`).test(text)) return undefined;
  // `任宁虎`, `张俊国`: an unknown word of three characters that starts with a family name is more often a person.
  if (own.length === 3 && PERSON_FIRST_CHARACTERS.includes(own[0])) return undefined;
  if (
    isGenericWord(own) ||
    gaz.isPlace(own) ||
    HARD_STOPS.has(own) ||
    /^[由与和及在从为对向把被将该本其以图另这此那每各某一二两三四五六七八九十]/.test(own)
  )
    return undefined;
  let trade = false;
  // `金杨新材料` + 锂电池精密结构件项目 (`新/a 材料/n`): 新材料 is the name's where more of a product follows it.
  const newMaterials = words[i]?.word === "新" && words[i + 1]?.word === "材料" ? 2 : words[i]?.word === "新材料" ? 1 : 0;
  // Not after a country: `德国库尔` + 新材料车体 names a foreign maker by its country and name alone.
  if (newMaterials && !country && /^n/.test(words[i + newMaterials]?.tag ?? "")) {
    nameEnd += 3;
    i += newMaterials;
    trade = true;
  } else if (i < words.length && NAME_TRADES.has(words[i].word)) {
    nameEnd += words[i].word.length;
    i++;
    trade = true;
  }
  // A word of the policy's own (`强链项目`, `民资项目`, `新质生产力`, `战新产业`) is unknown to jieba too: a name
  // needs what its project makes after it, or a place or a trade to say it is a company. A place's mine, railway
  // or road (`灵北煤矿`, `平舒铁路专用线`) is named after the place.
  const made = words.slice(i);
  if (
    made.length === 0
      ? ownFrom === from && !trade
      : /^(产业|生产力|经济|融合|区|园|煤矿|矿|铁路|公路|大道|村|镇)/.test(made[0].word)
  )
    return undefined;
  // `苏州盛泽新材料产业基地`: an industry's base named after a place is a park, not a company's (a 生产基地 is).
  if (made.some((w) => w.word === "产业" || /(?:产业基地|园|园区)$/.test(w.word))) return undefined;
  // `五台佛光康养小镇项目`: a town built for a trade is a place's project.
  if (made.some((w) => /小镇$/.test(w.word))) return undefined;
  // The name ends where a word of the text ends (`盛泽新|材料`).
  if (made.length > 0 && words[i - 1] && !/^(?:[\u4e00-\u9fff]{2,}|[A-Za-z]{2,})$/.test(words[i - 1].word)) return undefined;
  // What follows is what the project makes: nouns and a few making verbs, no clause (`卢东亮/x 在/p 新荣区…项目`).
  if (
    made.some(
      (w, k) => !PRODUCT_TAGS.test(w.tag) && !MAKING_VERBS.has(w.word) && !PRODUCT_WORDS.has(w.word) && !productPart(made, k),
    )
  )
    return undefined;
  // `道仁沟100MW风力发电项目`: a power plant's capacity after a gully's, a hill's or a village's name.
  if (made.some((w) => CAPACITY_WORD.test(w.word)) && PLACE_LIKE_ENDING.test(own)) return undefined;
  return { start: nameStart, end: nameEnd };
}
