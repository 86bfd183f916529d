/**
 * Relations between companies and zones (eval/relations/GUIDELINES.md): which
 * company is in (`located`), signs with (`signed`) or invests in (`invests`)
 * which zone, read from the recognizer's mentions and the words around them.
 *
 * Pure and sentence by sentence: each sentence's companies are paired with its
 * zones (or with words that refer back to a zone, `该园区`) and each pair is
 * judged by the structure that ties them (./relationRules.ts). A sentence that
 * leaves the zone unsaid (`引入了A、B等项目` in an article about the zone) falls
 * back on the zone named last before it, with less confidence. Cost: one pass
 * over the sentences and a few short regular expressions per pair; no
 * segmentation, so it stays a small fraction of recognition.
 */
import type { Mention, Relation, RelationEnd, RelationKind } from "../model/reading";
import {
  clauseAfter,
  clauseStart,
  type Judgement,
  judgePair,
  judgeUnsaidZone,
  type Sentence,
  sentenceOf,
  visitedZones,
} from "./relationRules";
import { listsOf, type Span, sentenceSpans, within, type ZoneRef, zoneRefs } from "./sentences";

export type { Relation, RelationKind };

/** Relations below this confidence are not returned. */
export const MIN_CONFIDENCE = 0.5;
const KINDS: RelationKind[] = ["located", "signed", "invests"];
/** A zone reached through `该园区` is a little less sure than one named. */
const ANAPHOR_DISCOUNT = 0.95;
/**
 * A zone named this many sentences before one that leaves its zone unsaid may be the one meant (in an article
 * about one or two zones, however far: later sentences are about the same place).
 */
const UNSAID_REACH = 2;
/** An article naming at most this many zones is about them: its zone named last reaches every later sentence. */
const FEW_ZONES = 2;
/** A visit to a zone reaches the companies of this many following sentences. */
const VISIT_REACH = 3;

/** The zone an article is about: the only zone entity of its first sentence (the headline). */
function articleZone(first: Span | undefined, refs: ZoneRef[]): ZoneRef | undefined {
  if (!first) return undefined;
  const inFirst = within(refs, first);
  return inFirst.length && inFirst.every((z) => z.mention.entityId === inFirst[0].mention.entityId) ? inFirst[0] : undefined;
}

/**
 * The text with every name blanked out (same length, so offsets hold): cue words inside
 * names (`…资源开发运营有限公司`, `…投资管理有限公司`) say nothing about a relation.
 */
function withoutNames(text: string, sorted: readonly Mention[]): string {
  let out = "";
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + NAME_BLANK.repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}
/** Not a CJK character, so no cue or place pattern can match across it. */
const NAME_BLANK = "\u25a1";

/** A zone with 、 right before or after it (brackets or quotes between): an item of a list. */
function isInZoneList(text: string, z: ZoneRef): boolean {
  return (
    /、[“"]?$/.test(text.slice(Math.max(0, z.start - 2), z.start)) ||
    /^([（(][^（()）]{0,12}[)）])?[”"]?、/.test(text.slice(z.end, z.end + 16))
  );
}

/**
 * A zone named as one item of a list that also names companies (`A项目、联东U谷江阴创新企业港、B项目等21个项目建成`,
 * `现有Y、A、B等30余个重点项目入驻`): an item of the news, not its place; the sentence's place is left unsaid.
 */
function isListItemZone(text: string, sentence: Span, z: ZoneRef, companies: readonly Mention[]): boolean {
  // `副市长X、Y管委会主任Z`: the zone's committee is a party, not an item.
  if (z.anaphoric || /^(管委会|管理委员会|党工委)/.test(text.slice(z.end, z.end + 5))) return false;
  if (!isInZoneList(text, z)) return false;
  // The zone's clause, within its sentence.
  const from = clauseStart(text, sentence.start, z.start);
  const to = z.end + clauseAfter(text, z.end, sentence.end).length;
  return companies.some((c) => c.start >= from && c.end <= to);
}

/** A county or district named right before a company (`新荣区南京电气…项目`), two characters and 区 or 县. */
const DISTRICT_BEFORE = /([\u4e00-\u9fff]{2})[区县]$/;
/** Words before 区 that make no district: a park's, a zone's or an area's kind, or a word pointing back. */
const NO_DISTRICT = /(园|发|新|片|厂|社|景|矿|港|辖|该|本|全|我|城|示范|保税|合作|功能|集聚|试验|实验)$/;

/**
 * Is the company set in a county or district the zone is not named by (`新荣区南京电气新能源装配产业项目` in an
 * article about 大同经开区)? Then the article's zone is not the company's place.
 */
function inOtherDistrict(text: string, sentence: Span, c: Mention, zone: Mention): boolean {
  const district = DISTRICT_BEFORE.exec(text.slice(Math.max(sentence.start, c.start - 3), c.start));
  return district !== null && !NO_DISTRICT.test(district[1]) && !zone.text.includes(district[1]);
}

const endOf = (m: Mention): RelationEnd => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId });

/**
 * Every relation the text states, one per (company entity, zone entity, kind),
 * pointing at the clearest mentions (those of the surest statement, the first
 * when equally sure), in text order.
 */
export function extractRelations(text: string, mentions: readonly Mention[]): Relation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const companies = sorted.filter((m) => m.type === "COMPANY");
  if (!companies.length || !sorted.some((m) => m.type === "ZONE")) return [];
  const refs = zoneRefs(text, sorted);
  const best = new Map<string, Relation>();
  const keep = (c: Mention, z: Mention, kind: RelationKind, confidence: number, evidence: Span) => {
    if (confidence < MIN_CONFIDENCE) return;
    const key = `${c.entityId}\u0000${z.entityId}\u0000${kind}`;
    const had = best.get(key);
    if (had && had.confidence >= confidence) return;
    const rounded = Math.round(confidence * 100) / 100;
    best.set(key, {
      company: endOf(c),
      zone: endOf(z),
      kind,
      evidence: { start: evidence.start, end: evidence.end },
      confidence: rounded,
    });
  };
  const keepAll = (c: Mention, z: Mention, j: Judgement, evidence: Span, factor = 1) => {
    for (const kind of KINDS) keep(c, z, kind, (j[kind] ?? 0) * factor, evidence);
  };
  const sentences = sentenceSpans(text);
  const cues = withoutNames(text, sorted);
  const headlineZone = articleZone(sentences[0], refs);
  const zoneEntities = new Set(refs.map((r) => r.mention.entityId)).size;
  let lastZone: { zone: ZoneRef; sentencesAgo: number } | undefined;
  let ci = 0;
  let zi = 0;
  let visit: { zones: ZoneRef[]; left: number } | undefined;
  for (const span of sentences) {
    // Both lists are in text order and so are the sentences: one cursor each.
    while (ci < companies.length && companies[ci].start < span.start) ci++;
    let ce = ci;
    while (ce < companies.length && companies[ce].end <= span.end) ce++;
    while (zi < refs.length && refs[zi].start < span.start) zi++;
    let ze = zi;
    while (ze < refs.length && refs[ze].end <= span.end) ze++;
    const cs = companies.slice(ci, ce);
    // The item's clause lies inside the sentence: only the sentence's companies can share it.
    const zs = refs.slice(zi, ze).filter((z) => !isListItemZone(text, span, z, cs));
    if (cs.length) {
      const s: Sentence = sentenceOf(cues, span, zs, cs, listsOf(text, cs));
      for (const c of cs) {
        let found = false;
        for (const z of zs) {
          const j = judgePair(cues, s, c, z);
          found ||= Object.keys(j).length > 0;
          keepAll(c, z.mention, j, span, z.anaphoric ? ANAPHOR_DISCOUNT : 1);
        }
        if (found) continue;
        // The zone left unsaid: the one being visited, else the headline's, else the one named last — a sentence or
        // two before, or further back in an article about one or two zones (in one about many places, a zone named
        // further back is as likely another place's news).
        const near = lastZone && (lastZone.sentencesAgo <= UNSAID_REACH || zoneEntities <= FEW_ZONES);
        const unsaid = headlineZone ?? (near ? lastZone?.zone : undefined);
        if (visit) for (const z of visit.zones) keepAll(c, z.mention, judgeUnsaidZone(cues, s, c, true, zs.length > 0), span);
        else if (!zs.length && unsaid && !inOtherDistrict(text, span, c, unsaid.mention))
          keepAll(c, unsaid.mention, judgeUnsaidZone(cues, s, c, false, false), span);
      }
    }
    if (lastZone) lastZone.sentencesAgo++;
    if (zs.length) {
      // `引进A工业园、B产业园、C产业园的上下游配套企业`: zones named as a list are what the sentence is about, not where
      // the next sentences stand; the zone named before them stays the place left unsaid.
      const listed = zs.filter((z) => isInZoneList(text, z));
      if (listed.length < 2 || !listed.includes(zs[zs.length - 1])) lastZone = { zone: zs[zs.length - 1], sentencesAgo: 0 };
      const visited = visitedZones(cues, span, zs);
      if (visited.length) visit = { zones: visited, left: VISIT_REACH };
      else if (visit && --visit.left <= 0) visit = undefined;
    } else if (visit && --visit.left <= 0) visit = undefined;
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || a.company.start - b.company.start);
}
