/**
 * How one company is tied to one zone in one sentence: the structures of the
 * relation guidelines, each with the confidence it deserves. A cue between the
 * two names (`X落户Y`) is surer than a cue elsewhere in the sentence, and a zone
 * left unsaid (`引入了A、B等项目` in an article about the zone) least sure.
 */
import type { Mention, RelationKind } from "../model/reading";
import {
  ACTIVITY_VERB,
  AMOUNT,
  CLAUSE_BREAK,
  INVEST_VERB,
  NO_RELATION,
  PARTY_JOIN,
  PROJECT_WORD,
  SETTLE_VERB,
  SIGN_VERB,
  VISIT,
  ZONE_BRINGS_IN,
  ZONE_MODIFIER,
} from "./relationCues";
import type { Span, ZoneRef } from "./sentences";

export type Judgement = Partial<Record<RelationKind, number>>;

/** What judging a pair needs to know about its sentence. */
export interface Sentence extends Span {
  text: string;
  zones: ZoneRef[];
  companies: Mention[];
  /** Cues the sentence has anywhere, tested once for all its pairs. */
  signing: boolean;
  projectGoes: boolean;
  /** A meeting, a visit, a shipment, an intention: the weakest statements do not hold here. */
  denied: boolean;
  /** Has a word any statement with the zone left unsaid needs: without one, no company of it is judged so. */
  bringsIn: boolean;
  /** Its subject is a place that is not a zone (`该县…`): what it starts or brings in is that place's. */
  placeSubject: boolean;
  /** It settles something in a place that is not a zone (`落户鄞州`, `…项目，落地晋源区`). */
  elsewhere: boolean;
  /** It says a list of companies or projects starts, runs or moves in. */
  listGoes: boolean;
  /** Each company's list (`A、B和C`): a statement about the list is about each. */
  lists: Map<Mention, Mention[]>;
}

const SETTLE_AT_END = new RegExp(`${SETTLE_VERB.source}(了|到|于|在)?\\s*$`);
const AT_END = /(在|于)\s*$/;
/** The zone is where the sentence happens: `在Y，…`, `走进Y`, `在Y调研，先后深入X`. */
const ZONE_AS_PLACE = /(在|于|位于|走进|深入|来到|前往)\s*$/;
/** Companies visited or shown in a place: `先后深入X、Z`, `前往X实地查看`. */
const VISITED = /(深入|走进|前往|来到|参观|查看|走访|考察)[^，,。]*$/;
/** The zone's companies as the clause's topic: `该园区企业…，A、B等企业…`. */
const ZONE_COMPANIES_AFTER = /^\s*(内|的|区内|园区)?(入驻|重点|龙头|骨干|规上|规模以上)?(工业)?企业/;
/** Parentheses inside the words between two names (`中化国际(600500.SH)碳三项目`) say nothing about the relation. */
const PARENTHESES = /[（(][^（()）]{0,40}[)）]/g;
/** The park the text is about, named by its kind alone (`园区`, `该区`, `经开区`): no other place. */
const PARK_BY_KIND = "园区|该区|我区|本区|开发区|经开区|高新区|产业园|工业园";
/** A place that is not a zone: in a sentence with no zone mention, a settling verb there points elsewhere. */
const ELSEWHERE = new RegExp(
  [
    /(落户|位于|落地于|落地|坐落于|迁至|选址)[\u4e00-\u9fff]{2,12}(区|县|市|镇|乡|村|省)的?/.source,
    // A short place name with no kind word: `落户鄞州。`, `在长兴成功落户` (not `落户园区`, `在园区落户`, `落户投产`).
    `(落户|落地|扎根)(于|在|到)?(?!${PARK_BY_KIND}|投产|运营|建设|开工|生产|实施|见效)[\u4e00-\u9fff]{2,3}[。，,；;！]`,
    `在(?!${PARK_BY_KIND})[\u4e00-\u9fff]{2,3}(成功|顺利|正式)?(落户|落地)`,
  ].join("|"),
);
/** Words right after a company brought into a zone that make it the zone's operator (guidelines: not located). */
const OPERATES_ZONE = /^[^。；;]{0,10}(运营|管理|开发建设)/;
/** Every word one of judgeUnsaidZone's statements starts from. */
const UNSAID_CUES =
  /(引进|引入|招引|落户|入驻|企业|开工|复工|投产|落地|建成|试生产|迁建|启动|▲|签约|签订|签署|协议|投资|出资|注资|投建)/;
const PROJECT_GOES = /(开工|投产|建成|落地|入驻|落户|试生产|迁建|启动)/;
/** The park named by its kind alone right after a settling verb: `落户园区`, `入驻该区`. */
const SETTLES_IN_PARK = new RegExp(`^[^，,。；;]{0,12}(落户|入驻|进驻|扎根|迁入|落地)(了)?(${PARK_BY_KIND})`);
/** The company's own plant right after its name. */
const OWN_PLANT = /^(的)?(生产车间|车间|打包车间|厂区|新厂区|生产线|工厂|厂房)/;
/**
 * The company's own project, plant or line, named right after it within its item (`X年产…生产线项目`, `X检测检验和
 * 研发中心`), and right after that a word saying it is going up or running (`…主体建设已提前封顶`, not `…建设项目`):
 * in a report about a zone, that project is in the zone.
 */
const OWN_PROJECT_GOING =
  /^[^，,。；;、]{0,30}?(项目|生产线|工程|基地|中心|车间|厂房|工厂)[^，,。；;]{0,12}?(建设(?!项目)|开工|投产|竣工|封顶|施工|完成|试生产|试车|达产|运行|安装|调试|建成|投用|投入使用|交付|加紧|加快|落地|入驻)/;
/** The company's own project, named right after it within its item. */
const OWN_PROJECT = /^[^，,。；;、]{0,30}?(项目|生产线|工程|基地|车间|厂房|工厂)/;
/**
 * The amount of the company's own project (`X…项目总投资约10亿元`, `X…生产线建设已完成投资1700万元`, `X将建成…基地，
 * 项目总投资约10亿元`); no other name (blanked, □) between, whose project it would be.
 */
const OWN_PROJECT_AMOUNT =
  /^[^。；;□]{0,40}?(项目|生产线|工程|基地)[^。；;□]{0,14}?(总投资|完成投资|计划投资|投资)(额)?(达|约|为|超)?\s*[\d０-９.]+\s*(多|余)?\s*(万|亿)/;
/** Nothing but time words and adverbs before the company in its clause: the company is the clause's subject. */
const CLAUSE_SUBJECT =
  /^[\s\d０-９年月日号上中下旬底初]*(其中|目前|同时|此外|另外|近日|日前|当前|现在|如今|今年|去年)?[\s\d０-９年月日号上中下旬底初]*$/;
/** A project started, running or paid for, named by its company: `试生产的X项目`, `总投资1.7亿元的X…车间`. */
const GOING_PROJECT_BEFORE =
  /((开工|投产|竣工|建成|试生产|落地|达产|入驻)(了)?|投资[\d０-９.]+\s*(多|余)?\s*(万|亿)(元|美元)?)的\s*$/;
/** Sentences about a list of companies or projects that start, run or move in. */
const LIST_GOES = /(开工|开复工|复工|投产|竣工|建成|入驻|入园|落户|落地|在建|试产|试生产|集聚|聚集)/;
/**
 * The sentence's subject is a place that is not a zone (`该县…`, `渤海新区为…`; names are blanked in the cue
 * text, so a zone's own mention never matches): what it starts or brings in is that place's, not the zone's.
 */
const PLACE_SUBJECT =
  /^([^，,。]{0,8}[，,])?[\s\d０-９年月日,，、]*(该县|该市|全县|全市|我县|我市|本县|本市|[\u4e00-\u9fff]{1,8}(县|市|新区|省|州|旗))(?![\u4e00-\u9fff]{0,2}(开发区|园区|工业园))/;

/**
 * Is the company one item of an enumeration (`A、B和C`, `A…项目、B…工程`)? A `、` right
 * before its clause part or after its own item, or a `等` closing its item.
 */
function isListItem(text: string, s: Sentence, c: Mention): boolean {
  const before = text.slice(Math.max(s.start, c.start - 24), c.start);
  const lastBreak = Math.max(
    before.lastIndexOf("，"),
    before.lastIndexOf(","),
    before.lastIndexOf("："),
    before.lastIndexOf(":"),
  );
  const item = clauseAfter(text, c.end, s.end, true);
  const next = text.charAt(c.end + item.length);
  return before.slice(lastBreak + 1).includes("、") || /[、]/.test(before.slice(-2)) || next === "、" || /等/.test(item);
}

/** A sentence that lists what was signed: `本次签约的三个项目`, `当日签约的项目中`, `签约项目有：`. */
const SIGNED_PROJECTS = /(签约的[^，,。；]{0,6}项目|签约项目|签约的科技金融项目)(中|有|是|为|包括|分别是)?/;

/**
 * A clause bringing companies in, then one listing them: `引进了一批企业，包括A、B`, `引进项目8个，协议投资…，包括A`,
 * `落户企业12家，其中A`, `引进以下企业：A`.
 */
const LISTS_WHAT_CAME = new RegExp(
  `${ZONE_BRINGS_IN.source}([^。；;]*[，,]\\s*(主要)?(包括|其中|如|有|分别是|分别为)|[^，,。；;：:]*[：:])[^，,。；;：:]{0,8}$`,
);

/** A settling verb closing the company's clause with no place after it: `A、B等一批项目相继落户`. */
const SETTLES_HERE =
  /^[^，,。；;]{0,20}?(相继|先后|陆续|已经|已|均|成功|正式|纷纷)*(落户|入驻|进驻|入园|落地|接踵而至|纷至沓来)(了)?\s*$/;

/** The company's own project site or plant right after its name: `X…项目施工现场`, `X中试研发基地`. */
const PROJECT_SITE = /^[^，,。；;]{0,40}?((项目|工程)(建设|施工)?(现场|工地)|基地|工厂|车间|厂区|生产线)/;

/** A place that is not the zone as the subject of bringing in: `而柳南区聚集了`. */
const OTHER_PLACE_BRINGS_IN = new RegExp(
  `(?<!园|该|本|我|开发|高新|经开|新)[\u4e00-\u9fff]{1,5}(区|县|市|镇|乡)[^，,。；;□]{0,4}${ZONE_BRINGS_IN.source}`,
);

/** A count of companies or projects, then the list naming them: `新建企业6家，其中`, `…项目5个，包括总投资4.5亿元的`. */
const COUNTED_THEN_NAMED =
  /(企业|项目)[^，,。；;□]{0,4}?[\d０-９一二三四五六七八九十百]+\s*(余|多)?\s*(家|户|个)[，,]\s*(其中|包括|主要有|主要包括)[:：]?[^，,。；;：:□]{0,16}$/;

/** `以X为龙头`: the company that leads an industry of the zone. */
const LEADS = /^\s*(为|作为)(龙头|核心|引领|主体|链主)/;
/** After a zone a company "is" in: `…是Y招商引资项目`, `…是Y的入驻企业`. */
const ZONE_PROJECT_AFTER = /^(内|区内|园区内)?(的)?(招商引资|重点|入驻|入园|骨干|龙头|引进|主导产业类?)?(的)?(项目|企业)/;

/** The sentence with the cues it has anywhere. */
export function sentenceOf(
  text: string,
  span: Span,
  zones: ZoneRef[],
  companies: Mention[],
  lists: Map<Mention, Mention[]>,
): Sentence {
  const t = text.slice(span.start, span.end);
  return {
    start: span.start,
    end: span.end,
    text: t,
    zones,
    companies,
    lists,
    signing: SIGN_VERB.test(t),
    projectGoes: PROJECT_GOES.test(t),
    denied: NO_RELATION.test(t) || VISIT.test(t),
    bringsIn: UNSAID_CUES.test(t),
    placeSubject: PLACE_SUBJECT.test(t),
    elsewhere: ELSEWHERE.test(t),
    listGoes: LIST_GOES.test(t),
  };
}

/** `，,：:` end a clause; `；;。` end an item too, and so does `、` in a list of items. */
function breakLevel(code: number): 0 | 1 | 2 | 3 {
  switch (code) {
    case 0xff0c:
    case 0x2c:
    case 0xff1a:
    case 0x3a:
      return 1;
    case 0xff1b:
    case 0x3b:
    case 0x3002:
      return 2;
    case 0x3001:
      return 3;
    default:
      return 0;
  }
}

/** Where the clause holding `at` starts (after the last `，,：:` before it, within the sentence). */
export function clauseStart(text: string, sentenceStart: number, at: number): number {
  // Char codes, bounded by the sentence: this runs for every pair, so no strings and no scan past the sentence.
  for (let i = at - 1; i >= sentenceStart; i--) if (breakLevel(text.charCodeAt(i)) === 1) return i + 1;
  return sentenceStart;
}

/** The part of the sentence from the start of the clause holding `at` to `at`. */
export function clauseBefore(text: string, sentenceStart: number, at: number): string {
  return text.slice(clauseStart(text, sentenceStart, at), at);
}

/** From `at` to the end of its clause; `items` also stops at `、` (one item of a list). */
export function clauseAfter(text: string, at: number, end: number, items = false): string {
  const highest = items ? 3 : 2;
  let stop = at;
  for (; stop < end; stop++) {
    const level = breakLevel(text.charCodeAt(stop));
    if (level > 0 && level <= highest) break;
  }
  return text.slice(at, stop);
}

/** Does the text name the company as investor (`X投资`, `由X…投资建设`, `投资10亿元的X项目`)? */
export function investsCue(text: string, s: Sentence, c: Mention): boolean {
  const list = s.lists.get(c) ?? [c];
  const after = clauseAfter(text, list[list.length - 1].end, s.end);
  const before = clauseBefore(text, s.start, list[0].start);
  if (/^[^，,。]{0,8}?(共同)?(投资|出资|注资|投建)/.test(after) && !/^投资(有限|集团|管理|公司|控股)/.test(after)) return true;
  // `由X投资建设`, not `由X旗下Y…出资` (Y invests).
  if (/由\s*$/.test(before) && INVEST_VERB.test(after) && !/^\s*(旗下|下属|所属)/.test(after)) return true;
  return /(投资|总投资)[^，,。]{0,14}的\s*$/.test(before) && AMOUNT.test(before);
}

function setter(out: Judgement) {
  return (kind: RelationKind, conf: number) => {
    out[kind] = Math.max(out[kind] ?? 0, conf);
  };
}

/**
 * The run of zone names written one right after another around this zone (`平定经济技术开发区张庄工业园区`): one place,
 * so the words that tie a company to it stand before the first name or after the last.
 */
function chainOf(zones: ZoneRef[], z: ZoneRef): Span {
  const at = zones.indexOf(z);
  let start = z.start;
  let end = z.end;
  for (let i = at - 1; i >= 0 && zones[i].end === start; i--) start = zones[i].start;
  for (let i = at + 1; i < zones.length && zones[i].start === end; i++) end = zones[i].end;
  return { start, end };
}

/** Judge one company–zone pair of one sentence. */
export function judgePair(text: string, s: Sentence, c: Mention, z: ZoneRef): Judgement {
  const out: Judgement = {};
  const set = setter(out);
  const list = s.lists.get(c) ?? [c];
  const head = list[0];
  const tail = list[list.length - 1];
  // A chain of zone names (`平定经济技术开发区张庄工业园区的X`) is one place: X is in each.
  const zone = chainOf(s.zones, z);
  const zoneFirst = zone.end <= c.start;
  const lo = zoneFirst ? zone.end : tail.end;
  const hi = zoneFirst ? head.start : zone.start;
  // Another zone between the two names is the one the statement is about.
  if (
    s.zones.some(
      (o) =>
        o.mention.entityId !== z.mention.entityId &&
        o.start >= Math.min(zone.end, c.end) &&
        o.end <= Math.max(zone.start, c.start),
    )
  )
    return out;
  const between = text.slice(Math.min(lo, hi), Math.max(lo, hi)).replace(PARENTHESES, "");
  const clauseFree = !CLAUSE_BREAK.test(between);
  const deniedAsPlace = NO_RELATION.test(between);
  const denied = deniedAsPlace || VISIT.test(between);
  const signing = s.signing;
  const ownItem = clauseAfter(text, tail.end, s.end, true);

  // located
  if (zoneFirst && ZONE_MODIFIER.test(between)) {
    // `Y…X…项目` read out at a signing is a signed project, not yet a plant in the zone.
    const signedProject = signing && PROJECT_WORD.test(ownItem);
    if (signedProject) set("signed", 0.85);
    if (!signedProject || /(迁建|落户|入驻|搬迁)/.test(ownItem)) set("located", 0.9); // Y内的X, Y企业X, 位于Y的X
  }
  if (!zoneFirst && !denied) {
    const projectTalk = /(项目|仪式|工程|基地)/.test(between);
    if (clauseFree && (between.length <= 24 || projectTalk) && between.length <= 44) {
      if (SETTLE_AT_END.test(between))
        set("located", 0.9); // X落户Y
      else if (AT_END.test(between)) {
        const there = clauseAfter(text, zone.end, s.end);
        // `X…项目开工仪式在Y举行`; not a signing ceremony (`…项目签约仪式在Y举行`: signed, not yet there).
        const ceremony = projectTalk && /举行|举办/.test(there) && !SIGN_VERB.test(between);
        if (ACTIVITY_VERB.test(there) || ceremony) set("located", 0.85); // X在Y建设
      }
    }
    if (/^\s*[·•・]?\s*$/.test(between) && PROJECT_WORD.test(clauseAfter(text, zone.end, s.end)) && s.projectGoes) {
      set("located", 0.8); // X·Y…项目开工: the company's own project in the zone
    }
    if (/^\s*[（(]\s*$/.test(text.slice(tail.end, zone.start)) && /^\s*[)）]/.test(text.slice(zone.end))) set("located", 0.85); // X（Y）
  }
  // `Y…形成…以X为龙头的…产业`: the zone's leading company.
  if (
    zoneFirst &&
    !denied &&
    /以\s*$/.test(text.slice(Math.max(s.start, head.start - 2), head.start)) &&
    LEADS.test(text.slice(tail.end, tail.end + 6))
  )
    set("located", 0.8);
  // `X是Y招商引资项目`, `X是Y的入驻企业`.
  if (
    !zoneFirst &&
    /^\s*(是|为|系|作为|属|属于)\s*$/.test(between) &&
    ZONE_PROJECT_AFTER.test(text.slice(zone.end, zone.end + 12))
  )
    set("located", 0.85);
  // A company of another list between the zone and this one is the one a zone-first cue speaks of.
  // Not one of a long enumeration whose items are not all companies (`集聚包括A、B、中科安研究院、C`): no clause break.
  const otherCompanyBetween =
    zoneFirst &&
    s.companies.some((o) => o.start >= zone.end && o.end <= head.start && CLAUSE_BREAK.test(text.slice(o.end, head.start)));
  if (zoneFirst && !denied && !otherCompanyBetween) {
    // Y引进了A、B; but a company brought in to run the zone (`引入X，推进管理和运营分离`) is its operator, not located there.
    // The verb in the company's own clause, or one clause before it when that clause goes on to list what came in
    // (`引进了一批企业，包括A、B`); not a verb clauses away (`已引进…，现有…，上游企业涵盖A、B`: A is a customer).
    // Not when another place brings them in (`Y位于柳南区，而柳南区聚集了A、B`; the zone's own name is blanked).
    const bringsIn =
      (ZONE_BRINGS_IN.test(clauseBefore(text, zone.end, head.start)) || LISTS_WHAT_CAME.test(between)) &&
      !OTHER_PLACE_BRINGS_IN.test(between);
    if (bringsIn && !OPERATES_ZONE.test(text.slice(tail.end, tail.end + 16))) set("located", 0.8);
    // `Y充分发挥…优势，A、B等一批项目相继落户`: the companies settle, the zone is the sentence's subject.
    if (SETTLES_HERE.test(clauseAfter(text, tail.end, s.end))) set("located", 0.8);
    if (signing && SIGN_VERB.test(between)) set("signed", 0.8); // Y签约X项目
  }
  if (zoneFirst && !denied && ZONE_COMPANIES_AFTER.test(text.slice(zone.end, head.start))) set("located", 0.75); // 该园区企业…，A、B等企业
  // `Y捷报频传：A…项目顺利投产，B…项目如期交付`: the zone's news, each company the subject of its own project's clause.
  if (
    zoneFirst &&
    !denied &&
    !signing &&
    /[：:]/.test(between) &&
    CLAUSE_SUBJECT.test(clauseBefore(text, s.start, head.start)) &&
    OWN_PROJECT_GOING.test(text.slice(tail.end, s.end))
  )
    set("located", 0.75);
  // `Y初具规模，新建企业6家，其中A、B已投产`, `Y…，主要企业18户，其中A`: the zone, the sentence's subject, counts its
  // companies or projects, then names them.
  if (
    zoneFirst &&
    !denied &&
    !otherCompanyBetween &&
    CLAUSE_SUBJECT.test(clauseBefore(text, s.start, zone.start)) &&
    COUNTED_THEN_NAMED.test(between)
  )
    set("located", 0.75);
  // `Y3个：A、B、C`: the zone's items.
  if (zoneFirst && /^\s*[\d０-９一二三四五六七八九十]+个\s*[：:]\s*$/.test(between)) set("located", 0.8);
  if (zoneFirst && !deniedAsPlace) {
    const place = ZONE_AS_PLACE.test(clauseBefore(text, s.start, zone.start));
    const visited = VISITED.test(clauseBefore(text, s.start, head.start)) || s.projectGoes || PROJECT_SITE.test(ownItem);
    if (place && !clauseFree && visited) set("located", 0.75); // 在Y，先后深入X; 在Y，…X…项目施工现场
  }

  // signed
  if (signing && !denied) {
    if (PARTY_JOIN.test(between) && between.length <= 16 && clauseFree) set("signed", 0.9); // X与Y签约, Y管委会与X签订
  }

  // invests: the company invests, and the sentence ties it to this zone
  if (!denied && investsCue(text, s, c) && (out.located || out.signed || s.zones.length === 1)) set("invests", 0.8);
  if (!denied && out.located && PROJECT_WORD.test(ownItem) && /总投资|计划投资|投资约/.test(s.text)) set("invests", 0.7);
  return out;
}

/**
 * A sentence with companies and no zone: the zone named last before it (the
 * article's or the section's zone) when the sentence brings the company in
 * (`引入了A、B`, `龙头企业主要有X`, `集中签约X…项目`), or visits it right after
 * a visit to the zone began (`先后深入X`).
 */
export function judgeUnsaidZone(text: string, s: Sentence, c: Mention, visitScene: boolean, visitOnly: boolean): Judgement {
  const out: Judgement = {};
  const set = setter(out);
  const list = s.lists.get(c) ?? [c];
  const listEnd = list[list.length - 1].end;
  const before = clauseBefore(text, s.start, list[0].start);
  // Right after a visit to the zone began, the places visited are in it, whatever is said there.
  // Not a company met or talked with there (`走访X，深化交流合作`).
  const own = clauseAfter(text, listEnd, s.end);
  const nextClause = text.slice(listEnd + own.length, s.end);
  const talk =
    NO_RELATION.test(own) || /^[，,]\s*(深化|加强|推动|开展|进行)?[^，,。]{0,4}(交流|合作|洽谈|座谈|对接|会谈)/.test(nextClause);
  if (visitScene && VISITED.test(before) && !talk) set("located", 0.6);
  if (visitOnly || s.denied) return out;
  // `走进X的打包车间`, `X生产车间内`: the company's own plant, in a report about the zone.
  if (OWN_PLANT.test(text.slice(listEnd, listEnd + 8)) && !s.placeSubject) set("located", 0.6);
  const ownItem = clauseAfter(text, listEnd, s.end, true);
  // `X年产…项目一期工程已完成…`, `试生产的X项目`: the company's own project going up or running, unless the
  // sentence is a signing (a signed project is not yet there) or places it elsewhere (`…项目，落地晋源区`).
  if (!s.placeSubject && !s.signing && !s.elsewhere) {
    if (CLAUSE_SUBJECT.test(before) && OWN_PROJECT_GOING.test(text.slice(listEnd, s.end))) set("located", 0.6);
    if (GOING_PROJECT_BEFORE.test(before) && OWN_PROJECT.test(ownItem)) set("located", 0.6);
    // `在X…项目施工现场，…`, `在X中试研发基地，…`: the scene of the report is the company's site.
    if (/在\s*$/.test(before) && PROJECT_SITE.test(ownItem)) set("located", 0.6);
  }
  // `在园区企业X，…`, `园区内企业X`: a company the report calls the zone's own.
  if (!s.placeSubject && !s.elsewhere && /(?:园区|区内|园区内|开发区)(?:的)?企业$/.test(before)) set("located", 0.6);
  if (!s.bringsIn) return out;
  const runBefore = text.slice(s.start, list[0].start);
  // The sentence places it elsewhere (`落户渤海新区港城区的X`), or another party signs (`南郊区与X签约`).
  if (s.elsewhere) return out;
  if (s.placeSubject) return out;
  if (/(引进|引入|招引|落户|入驻)了?[^，,。]{0,4}$/.test(before)) set("located", 0.6);
  if (/(重点|龙头|骨干|规上|入驻|园区)企业(主要)?(有|包括|为)[^，,。]{0,4}$/.test(before)) set("located", 0.6);
  if (/(开工|投产|落地|入驻)[^，,。]{0,6}(项目|企业)(是|有|包括|为)\s*[:：]/.test(runBefore)) set("located", 0.6);
  if (PROJECT_WORD.test(ownItem) && PROJECT_GOES.test(ownItem)) set("located", 0.6);
  // `…已成功落户园区`, `相继入驻园区`: the park of the article, named by its kind alone.
  if (SETTLES_IN_PARK.test(text.slice(listEnd, s.end))) set("located", 0.6);
  // `续建项目24个，包括A…项目、B…基地`: the items of the zone's list of projects (of signed ones: signed, below).
  const projectItem = /^(主要)?(包括|包含|分别是|分别为)[:：]?/.test(before) && /项目/.test(runBefore);
  if (projectItem && !s.signing && PROJECT_WORD.test(ownItem)) set("located", 0.6);
  // `A、B等一批项目相继落户。`: they settle, and the report is about the zone.
  if (SETTLES_HERE.test(own)) set("located", 0.6);
  // One item of a list the sentence says starts, runs or moves in (`开工的企业包括A、B`, `A…项目、B…工程等也将入驻`).
  if (s.listGoes && isListItem(text, s, c)) set("located", 0.6);
  if (/^\s*▲/.test(runBefore) && PROJECT_WORD.test(ownItem)) set("located", 0.6); // a photo caption of the company's plant
  const join = /(与|和|同)\s*$/.exec(before);
  // Adverbs before `与` are no party: `已经与A签订` has the zone (unsaid) as its subject.
  const subjectUnsaid = join !== null && /^(已经|已|先后|分别|还|又|也|正|将|共|均)*$/.test(before.slice(0, join.index));
  const otherParty =
    join !== null && !subjectUnsaid && join.index >= 2 && !/(管委会|园区|开发区)$/.test(before.slice(0, join.index));
  if (
    !otherParty &&
    (/^[^，,。]{0,12}项目(正式|成功|顺利|集中)?签约/.test(ownItem) ||
      /签约[^，,。]*$/.test(before) ||
      (/(引进|引入)/.test(runBefore) && /签约/.test(text.slice(c.end, s.end))) ||
      // `本次签约的三个项目，分别是A投资的…项目、B…`: the projects of a signing in the zone, item by item.
      (SIGNED_PROJECTS.test(runBefore) && (PROJECT_WORD.test(ownItem) || isListItem(text, s, c))) ||
      // The zone unsaid as the subject: `已经与A、B等18家企业签订了入园协议`.
      (subjectUnsaid && !/[，,]/.test(text.slice(list[0].start, listEnd)) && SIGN_VERB.test(text.slice(listEnd, s.end))))
  )
    set("signed", 0.6);
  // An investor counts when the sentence brings the company in too or speaks of the project just named (`该项目由X
  // 投资建设`, `…项目由X投资建设`); so does the subject of its own project's amount (`X…项目总投资10亿元`). A sentence
  // placing the project elsewhere (`…项目，总投资90亿元，落地晋源区`) has returned above.
  const ofProject = /^\s*(该|此|这个)?项目/.test(s.text) || /项目\s*由\s*$/.test(before);
  if (CLAUSE_SUBJECT.test(before) && OWN_PROJECT_AMOUNT.test(text.slice(listEnd, s.end))) set("invests", 0.6);
  if (investsCue(text, s, c) && (out.located || out.signed || ofProject)) set("invests", 0.6);
  return out;
}

/** The zones a sentence visits (`在Y调研`, `走进Y`): the next sentences' `先后深入X` are in them. */
export function visitedZones(text: string, s: Span, zones: ZoneRef[]): ZoneRef[] {
  if (!/(调研|考察|视察|采访|参观|走进|观摩)/.test(text.slice(s.start, s.end))) return [];
  const out: ZoneRef[] = [];
  for (const z of zones) {
    const nested = out.length > 0 && out[out.length - 1].end === z.start; // 在临汾经济开发区甘亭工业园区
    if (nested || ZONE_AS_PLACE.test(clauseBefore(text, s.start, z.start))) out.push(z);
  }
  return out;
}
