/**
 * What a company's registered name says about the company: its core name
 * (`山西厚生新材料科技有限公司` → `厚生`), its location (`泰山玻纤纤维(太原)` → 太原),
 * and the short names a text may use for it (`山西厚生`, `厚生`).
 */
import type { Gazetteer } from "./gazetteer";
import { COMPANY_SUFFIX_PATTERN, INDUSTRY_WORDS, isGenericWord } from "./lexicon";

const LEGAL_TAIL = new RegExp(`(?:${COMPANY_SUFFIX_PATTERN})$`);
const BRACKETED = /\(([^()]{1,10})\)/;

/** The name without its legal suffix: `泰山玻纤纤维(太原)有限公司` → `泰山玻纤纤维(太原)`. */
export function stripLegalSuffix(name: string): string {
  let base = name;
  for (let i = 0; i < 3; i++) {
    const stripped = base.replace(LEGAL_TAIL, "");
    if (stripped === base || stripped.length < 2) break;
    base = stripped;
  }
  return base;
}

/** The longest place name at the start of `s` (`山西`, `深圳市`, `古县`), or "". */
export function leadingPlace(s: string, gaz: Gazetteer): string {
  for (let len = Math.min(6, s.length - 1); len >= 2; len--) {
    if (gaz.isPlace(s.slice(0, len))) return s.slice(0, len);
  }
  return "";
}

function trailingPlace(s: string, gaz: Gazetteer): string {
  for (let len = Math.min(4, s.length - 2); len >= 2; len--) {
    if (gaz.isPlace(s.slice(s.length - len))) return s.slice(s.length - len);
  }
  return "";
}

export interface CompanyName {
  /** The distinctive part: no place, no legal suffix, no bracketed location. */
  core: string;
  /** Where the company is, when the name says so in brackets or before the suffix. */
  location: string;
  /** Place at the head of the name (`山西`). */
  place: string;
}

/** Names recur within and across articles; their analysis never changes for one gazetteer. */
const analysisCache = new WeakMap<Gazetteer, Map<string, CompanyName>>();
const shortNamesCache = new WeakMap<Gazetteer, Map<string, string[]>>();
const CACHE_LIMIT = 20_000;

function cached<T>(caches: WeakMap<Gazetteer, Map<string, T>>, gaz: Gazetteer, name: string, compute: () => T): T {
  let cache = caches.get(gaz);
  if (!cache) {
    cache = new Map();
    caches.set(gaz, cache);
  }
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = compute();
    cache.set(name, value);
  }
  return value;
}

export function analyzeCompanyName(name: string, gaz: Gazetteer): CompanyName {
  return cached(analysisCache, gaz, name, () => analyze(name, gaz));
}

function analyze(name: string, gaz: Gazetteer): CompanyName {
  let base = stripLegalSuffix(name);
  let location = "";
  const bracket = BRACKETED.exec(base);
  if (bracket && gaz.isPlace(bracket[1])) {
    location = bracket[1];
    base = base.replace(BRACKETED, "");
  }
  let place = leadingPlace(base, gaz);
  let core = base.slice(place.length);
  if (core.length < 2 || isGenericWord(core)) {
    core = base;
    place = "";
  }
  if (!location) {
    const tail = trailingPlace(core, gaz);
    if (tail && core.length - tail.length >= 2) {
      location = tail;
      core = core.slice(0, core.length - tail.length);
    }
  }
  return { core, location, place };
}

/**
 * Short names a text may use for the company, longest first: the core with
 * industry words stripped one by one from the end, with and without the
 * leading place. Each keeps at least two characters and one distinctive word.
 */
export function shortNamesOf(name: string, gaz: Gazetteer): string[] {
  return cached(shortNamesCache, gaz, name, () => deriveShortNames(name, gaz));
}

/**
 * What a company makes, at the end of its name, besides INDUSTRY_WORDS: stripped to find the short name the text
 * uses (`宁波普锐明汽车零部件有限公司` … `普锐明`), and only for that (these are no trades elsewhere).
 */
const PRODUCT_ENDINGS = (
  "零部件 部件 配件 零件 器件 制品 模具 精密 塑业 纸业 木业 管业 泵业 阀门 线缆 电缆 家居 服饰 饮品 器械 医疗 通信 " +
  "芯片 储能 锂电 轴承 树脂 激光 印染 制衣 系统 电器 资源 奶业 乳业 有机 产业 企业 电机"
).split(" ");
const SHORT_NAME_ENDINGS = [...INDUSTRY_WORDS, ...PRODUCT_ENDINGS].sort((a, b) => b.length - a.length);

function deriveShortNames(name: string, gaz: Gazetteer): string[] {
  const analyzed = analyzeCompanyName(name, gaz);
  const place = analyzed.place;
  // `湖北祥云(集团)化工股份有限公司` … `祥云股份`: a bracketed group word is no part of the short names.
  const core = analyzed.core.replace(/[(（](?:集团|控股|股份)[)）]/g, "");
  const cores: string[] = [core];
  let rest = core;
  for (let guard = 0; guard < 6; guard++) {
    const word = SHORT_NAME_ENDINGS.find((w) => rest.endsWith(w) && rest.length - w.length >= 2);
    if (!word) break;
    rest = rest.slice(0, rest.length - word.length);
    cores.push(rest);
  }
  const out = new Set<string>();
  for (const c of cores) {
    // `永济电机` … `电机`: a trade or a product alone is no company's short name, whoever's name it ends.
    if (c.length < 2 || isGenericWord(c) || gaz.isPlace(c) || SHORT_NAME_ENDINGS.includes(c)) continue;
    if (place) out.add(place + c);
    out.add(c);
  }
  out.delete(stripLegalSuffix(name) === name ? "" : name);
  return [...out].sort((a, b) => b.length - a.length);
}
