/**
 * How a stock short name (证券简称) becomes a name the recognizer may look for. Used by build-listed.ts;
 * kept apart (no jieba, no files) so the unit tests can check it.
 */

export interface TaggedWord {
  word: string;
  tag: string;
}

/** A short name as news writes it: `*ST国华` → 国华, `万  科Ａ` → 万科, `寒武纪-U` → 寒武纪, `C林平` → 林平. */
export function cleanShortName(raw: string): { name: string; riskWarning: boolean } {
  let s = raw.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
  const riskWarning = /^(\*ST|S\*ST|SST|ST)/.test(s);
  // Risk warnings (ST, *ST), old unreformed shares (S), first-day and ex-right markers (N, C, XD, XR, DR).
  s = s.replace(/^(S?\*ST|SST|ST|XD|XR|DR|[SCN])(?=\p{Script=Han})/u, "");
  // STAR market markers: -U not yet profitable, -W weighted voting rights, -D depositary receipts.
  s = s.replace(/-[UWD]{1,3}$/, "");
  // A and B share classes of one company: `深康佳A`, `深康佳B`.
  s = s.replace(/(?<=\p{Script=Han})[AB]$/u, "");
  return { name: s, riskWarning };
}

/** A full name as registered: the STAR markers some sources carry inside it are not part of it. */
export function cleanFullName(raw: string): string {
  return raw.replace(/-[UWD]{1,3}(?=\p{Script=Han})/gu, "").replace(/\s+/g, "");
}

export type ShortNameUse = "short" | "context" | "drop";

/** Tags jieba gives to names of its own: organizations, other proper nouns, abbreviations, unknown words. */
const OWN_NAME_TAGS = /^(nt|nz|j|x|eng)$/;
/** Tags of people's and places' names: a company's name only when the text says so. */
/** Words that make a short name a company's (`北方股份`, `中煤能源` is not: 能源 is a trade). */
const COMPANY_WORD_END = /(股份|集团|控股|银行|证券|公司)$/;
const NAME_LIKE_TAGS = /^(nr|nrt|nrfg|ns)$/;

/**
 * How the recognizer may use a short name, from how jieba's own dictionary reads it (`words`):
 * - one word jieba knows as an organization or proper noun (`中兴通讯`/nt, `京东方`/nz, `中青旅`/j), or a
 *   name it splits into pieces of which one is its own (`海王`/nrt + 生物, a single character): `short`,
 *   trusted wherever it stands, 3 characters or more;
 * - a person's or place's name (`同仁堂`/nr, `日照港`/ns), an ordinary word of 4 characters or more
 *   (`歌华有线`/n), or a place and trade words only (`深圳能源` = 深圳 + 能源, `平安银行` = 平安 + 银行):
 *   `context`, a company only with company words around it;
 * - two characters (`万科`, `柳工`): `context` when jieba reads it as a name of its own, else `drop`
 *   (`阳光`, `四环`, `星光`: a word, a place, a person);
 * - an ordinary word of 2–3 characters (`机器人`, `农产品`, `太阳能`), a verb, an adjective: `drop`;
 * - a risk-warning abbreviation of 2 characters (`*ST宝实` for 宝塔实业): `drop`, news does not use it.
 * `isOrdinary(word)`: a trade or generic word of the recognizer's lexicon, or a place.
 */
export function shortNameUse(
  name: string,
  words: TaggedWord[],
  isOrdinary: (word: string) => boolean,
  riskWarning = false,
  /** jieba's words for the name without its first character (`新能源` of `立新能源`). */
  restWords: TaggedWord[] = [],
  isPlace: (word: string) => boolean = () => false,
): ShortNameUse {
  if (name.length < 2 || !/\p{Script=Han}/u.test(name)) return "drop";
  if (isOrdinary(name)) return "drop";
  if (name.length === 2) {
    if (riskWarning) return "drop";
    return words.length === 1 && OWN_NAME_TAGS.test(words[0].tag) ? "context" : "drop";
  }
  if (words.length === 1) {
    const tag = words[0].tag;
    if (OWN_NAME_TAGS.test(tag)) return "short";
    if (NAME_LIKE_TAGS.test(tag)) return "context";
    return name.length >= 4 ? "context" : "drop";
  }
  // `新产业` = 新 + 产业: trade and generic words only make a phrase of the text (`新产业项目`), no name.
  if (words.every((w) => isOrdinary(w.word) && !isPlace(w.word))) return "drop";
  // `北方股份`, `厦门银行`: a company word ends the name; the text names the company, not the region or trade.
  if (COMPANY_WORD_END.test(name) && name.length >= 4) return "short";
  // `立新能源` = 立 + 新能源: the name would start inside a word of the text (`设立新能源…`).
  if (restWords.length > 0 && restWords.every((w) => isOrdinary(w.word))) return "context";
  const own = words.some((w) => !isOrdinary(w.word));
  return own ? "short" : "context";
}

/**
 * The name's own part, without the trade or company word that ends it (`江淮汽车` → 江淮, `TCL科技` → TCL,
 * `亿帆医药` → 亿帆): news often names a listed company so. `null` when nothing is left that is a name of
 * its own in jieba's dictionary (`wordsOf`): `北方铜业` → 北方 is a direction, `中国医药` → 中国 a place.
 */
export function coreName(
  name: string,
  isTrade: (word: string) => boolean,
  isOrdinary: (word: string) => boolean,
  wordsOf: (word: string) => TaggedWord[],
): string | null {
  for (let k = Math.min(4, name.length - 2); k >= 2; k--) {
    if (!isTrade(name.slice(-k))) continue;
    const core = name.slice(0, -k);
    if (/^[A-Z]{3,}$/.test(core)) return core;
    if (!/^\p{Script=Han}{2,}$/u.test(core) || isOrdinary(core)) return null;
    const words = wordsOf(core);
    return words.length === 1 && OWN_NAME_TAGS.test(words[0].tag) ? core : null;
  }
  return null;
}
