/**
 * Links between company names that the gazetteer alone, or the name alone, gets wrong:
 * - a company named with its place and then without it is one company (`山西建投集团 … 建投集团` is 山西建投 both
 *   times, though `建投` alone is also the core of another company's name, 河北建投能源);
 * - a known name and 公司 or 集团公司 is the gazetteer's company (`阳煤集团公司` = 阳煤集团);
 * - the first words of a registered name and 公司 are that company, in its article (`长凯公司`);
 * - a known name with its place before it is that company (`山西潞安集团` = 潞安集团);
 * - two names the text sets side by side (`联投新城集团及湖北联投`) are two companies, whatever their words share;
 * - a company's short name and a trade is that company where the article gives its registered name (`博俊汽车`,
 *   `新石能源`).
 */
import { abbreviates } from "../model/names";
import { analyzeCompanyName, leadingPlace, shortNamesOf, stripLegalSuffix } from "./companyNames";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { isGenericWord, isIndustryWord } from "./lexicon";

interface Link {
  entityId: string;
  canonical: string;
}

/** `山西`, `山西省太原市`, `尉氏` (a county's short form): places only, one after another. */
function isPlaceChain(word: string, gaz: Gazetteer): boolean {
  let rest = word;
  while (rest) {
    if (gaz.isPlaceName(rest)) return true;
    const length = gaz.placeLengthAt(rest, 0);
    if (!length) return false;
    rest = rest.slice(length);
  }
  return true;
}

/**
 * A company name that the article also gives with a place before it (`建投集团` after `山西建投集团`) is the
 * company of that longer name, when the longer names all name one company. `names[k]`/`links[k]`: the article's
 * company mentions and their links; links are replaced in place.
 */
export function linkPlaceDroppedNames(names: readonly string[], links: Link[], gaz: Gazetteer): void {
  const withPlace = (short: string) =>
    names.flatMap((name, j) =>
      name.length > short.length && name.endsWith(short) && isPlaceChain(name.slice(0, -short.length), gaz) ? [j] : [],
    );
  const decided = new Map<string, Link | undefined>();
  for (const [k, short] of names.entries()) {
    if (!decided.has(short)) {
      const longer = withPlace(short);
      const ids = new Set(longer.map((j) => links[j].entityId));
      // Only to a company the gazetteer knows: `山西潞安集团`, unknown as such, is no reason to doubt `潞安集团`.
      const [id] = ids;
      decided.set(short, ids.size === 1 && !id.startsWith("company:") ? links[longer[0]] : undefined);
    }
    const link = decided.get(short);
    if (link) links[k] = link;
  }
}

/**
 * The gazetteer's company that a name in 公司 or 集团公司 is, when what comes before is one of its names: `阳煤集团公司`
 * is 阳煤集团 (华阳新材料), `晋能控股集团公司` 晋能控股集团, `太重公司` 太重. A branch or a subsidiary (`…分公司`,
 * `…销售公司`) has more before 公司 than a known name. Only names the gazetteer trusts without context.
 */
export function knownCompanyCalledGongsi(name: string, gaz: Gazetteer): GazetteerEntry | undefined {
  const m = /^(.{2,}?)(集团)?公司$/.exec(name);
  if (!m) return undefined;
  const [, head, group] = m;
  const company = (rest: string) => {
    const entry = gaz.lookup(rest);
    return entry?.type === "COMPANY" ? entry : undefined;
  };
  // A name that needs evidence is also other companies' (`华岭公司`, a kiln works, is not 上海华岭集成电路; `石化集团公司`
  // not 石化机械): left to the text's own linking.
  const trusted = (rest: string) => (gaz.needsContext(rest) ? undefined : company(rest));
  return (group ? company(head + group) : undefined) ?? trusted(head);
}

/**
 * `长凯公司` after `长凯石油科技股份有限公司`, `四和公司` after `山西四和科技有限责任公司`: a company the article
 * calls by the first words of its own name and 公司 is the one registered name there that starts so (after its
 * place); none when two do. So is one it calls by an abbreviation of three or more characters from the name's first
 * (`青啤兴凯湖公司` after `青岛啤酒(兴凯湖)有限公司`).
 */
export function calledByItsHead(name: string, known: Iterable<Link>, gaz: Gazetteer): Link | undefined {
  const head = /^([\u4e00-\u9fff]{2,6})公司$/.exec(name)?.[1];
  if (!head || isGenericWord(head) || gaz.isPlace(head)) return undefined;
  const found = new Map<string, Link>();
  for (const link of known) {
    const full = link.canonical;
    const registered = stripLegalSuffix(full);
    if (full.length <= name.length || registered === full) continue;
    const startsSo = head.length <= 4 && analyzeCompanyName(full, gaz).core.startsWith(head);
    const abbreviated = head.length >= 3 && registered[0] === head[0] && abbreviates(head, registered);
    if (startsSo || abbreviated) found.set(link.entityId, link);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The gazetteer's company a name is once the places before it are left out (`山西潞安集团` = 潞安集团 = 潞安化工,
 * `山西美锦能源`): the place says where the company is, not which. Only a name the gazetteer trusts alone (`天津天铁`
 * is not 浙江天铁科技: `天铁` needs evidence).
 */
export function knownAfterPlace(name: string, gaz: Gazetteer): GazetteerEntry | undefined {
  let rest = name;
  for (let place = leadingPlace(rest, gaz); place && rest.length - place.length >= 2; place = leadingPlace(rest, gaz)) {
    rest = rest.slice(place.length);
    const entry = gaz.needsContext(rest) ? undefined : gaz.lookup(rest);
    if (entry?.type === "COMPANY") return entry;
  }
  return undefined;
}

/**
 * The gazetteer's company a name is by its words beyond an exact match: a known name and 公司 or 集团公司, or a
 * known name after its places. The recognizer links with it, and the store's repair (relinkCompanies) moves by
 * it, so an id made when reading and an id made by the repair cannot differ.
 */
export function knownCompanyByItsWords(name: string, gaz: Gazetteer): GazetteerEntry | undefined {
  return knownCompanyCalledGongsi(name, gaz) ?? knownAfterPlace(name, gaz);
}

/** What joins two items of one list or pair: `A、B`, `A及B`, `A和B`, `A与B`, `A以及B`. */
const COORDINATOR = /^(?:、|及|和|与|以及)$/;

/**
 * `与联投新城集团及湖北联投深度合作`, `蓝天农业、新龙蓝天等企业`: names joined as two items are two companies, though
 * their words would link them (the place before `联投`, the short form `蓝天` of 蓝天农业). The one named as its entity
 * is named keeps the entity; the other becomes a company of its own, wherever the article says it. Names of one
 * entity that neither matches (`重庆玖龙、乐山玖龙`, plants of 玖龙纸业) stay linked. `mentions[k]`/`links[k]`: the
 * article's company mentions in text order and their links; links are replaced in place.
 */
export function separateCoordinatedNames(
  text: string,
  mentions: readonly { start: number; end: number }[],
  links: Link[],
  gaz: Gazetteer,
): void {
  const moved = new Map<string, { from: string; to: Link }>();
  const name = (k: number) => text.slice(mentions[k].start, mentions[k].end);
  for (let k = 1; k < mentions.length; k++) {
    const [a, b] = [k - 1, k];
    if (links[a].entityId !== links[b].entityId || name(a) === name(b)) continue;
    if (!COORDINATOR.test(text.slice(mentions[a].end, mentions[b].start))) continue;
    const canonical = links[a].canonical;
    const other = name(a) === canonical ? b : name(b) === canonical ? a : -1;
    if (other < 0 || moved.has(name(other))) continue;
    const { core, place, location } = analyzeCompanyName(name(other), gaz);
    const where = place || location;
    const to = { entityId: `company:${where ? `${core}@${where}` : name(other)}`, canonical: name(other) };
    moved.set(name(other), { from: links[other].entityId, to });
  }
  for (const [k, link] of links.entries()) {
    const move = moved.get(name(k));
    if (move && link.entityId === move.from) links[k] = move.to;
  }
}

/** Words of a group's structure, not of its trade. */
const GROUP_WORD = /^(集团|控股|股份|实业|发展|投资)$/;
/** A trade word a short name may add (`汽车` of `博俊汽车`): an industry's, not a group's structure. */
const isTradeWord = (word: string) => isIndustryWord(word) && !GROUP_WORD.test(word);

/**
 * `江苏博俊工业科技股份有限公司投资的博俊汽车零部件生产项目`: a name the gazetteer does not know, made of a known
 * company's short name and a trade word (`博俊` + `汽车`), is that company when the article also gives its
 * registered name. Without that, `博俊汽车` could be anyone's. So too for a registered name only the article knows,
 * when the name is the head of its core and one of its trade words (`新石能源` … `山西新石清洁能源科技有限公司`) and
 * only one of the article's registered names fits. `names[k]`/`links[k]`: the article's company
 * mentions and their links; links are replaced in place.
 */
export function linkKnownShortAndTrade(names: readonly string[], links: Link[], gaz: Gazetteer): void {
  // Named by its registered name: `吉利集团 … 吉利汽车` or `国电集团 … 国电电力` may be the group and its listed arm.
  const registered = links.filter((_, k) => /有限(责任)?公司$/.test(names[k]));
  const named = new Set(registered.map((l) => l.entityId));
  // The article's own registered names (not the gazetteer's), by their core (`新石清洁能源科技` of
  // `山西新石清洁能源科技有限公司`): `新石能源` is its head and a trade word of it.
  const cores = registered
    .filter((l) => l.entityId.startsWith("company:"))
    .map((link) => ({ link, core: analyzeCompanyName(link.canonical, gaz).core }));
  const moved = new Map<string, Link>();
  for (const [k, name] of names.entries()) {
    if (!links[k].entityId.startsWith("company:") || moved.has(name)) continue;
    for (let cut = 2; cut <= name.length - 2; cut++) {
      const [short, trade] = [name.slice(0, cut), name.slice(cut)];
      // A group or holding word names another level of the group (`高速集团` is the parent of 高速集团资源开发运营).
      if (!isTradeWord(trade)) continue;
      const entry = gaz.lookup(short);
      if (entry?.type === "COMPANY" && named.has(entry.id)) {
        moved.set(name, { entityId: entry.id, canonical: entry.name });
        break;
      }
      const heads = new Set(
        cores.filter(({ core }) => core.startsWith(short) && core.includes(trade, short.length)).map(({ link }) => link),
      );
      const [own] = heads;
      if (heads.size === 1 && own.entityId !== links[k].entityId) {
        moved.set(name, own);
        break;
      }
    }
  }
  for (const [k, name] of names.entries()) {
    const to = moved.get(name);
    if (to && links[k].entityId.startsWith("company:")) links[k] = to;
  }
}

/**
 * `东迪、卓臻等10家亿元企业` … `东迪光电投资超3亿元`: a company the article named first by its own words alone, then
 * with its trade, is one company. The entity of the short form (from `byCore`, keyed by core), when `name` is that
 * short form and a trade word (not a group word: `宜化集团` is the group); its name becomes the longer one.
 */
export function shortFormSaidFirst(name: string, byCore: Map<string, Link>, gaz: Gazetteer): Link | undefined {
  for (const short of shortNamesOf(name, gaz)) {
    const trade = name.slice(short.length);
    if (short === name || !name.startsWith(short) || !isTradeWord(trade)) continue;
    const link = byCore.get(short);
    if (!link) continue;
    if (link.canonical.length < name.length && link.canonical === short) link.canonical = name;
    return link;
  }
  return undefined;
}
