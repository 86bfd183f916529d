/**
 * One way to compare names a reader sees: the same name with or without the
 * spaces and line breaks a page puts inside it (`晋城 经开区`, a name broken
 * across two lines of an e-paper column). Corrections, aliases, cards and the
 * store all key names by this form.
 */
export const normalizeName = (name: string): string => name.replace(/\s+/g, "");

/** Do the characters of `short` stand in `name` in this order (`太重` in 太原重型机械集团有限公司, `晋城经开区`)? */
export function abbreviates(short: string, name: string): boolean {
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * How to show an entity to a reader who knows it by the names `said` (most used first): its name, and before it
 * the name the text says when the reader could not find that in it (`理想汽车（北京车和家信息技术有限公司）`). A
 * name the text abbreviates (`太重`, `苏州高新区`) needs no help.
 */
export function labelFor(canonical: string, said: readonly string[]): string {
  // `碧桂园控股集团` for 碧桂园控股有限公司: the group word or legal form the text puts after the name is no help.
  // `海口国家高新区` for 海口高新技术产业开发区: a zone's rank before its kind is no help either.
  const bare = (name: string) => normalizeName(name).replace(LEGAL_FORM, "").replace(RANK_BEFORE_KIND, "") || name;
  // `山西长治高新区` for 长治高新技术产业开发区: a place the text puts first (up to three characters) is no help either,
  // if the rest starts where the name does (its first few characters): `哪吒汽车` for 合众新能源汽车… is no `汽车` of it.
  const rest = (name: string, lead: number) => bare(name).slice(lead);
  const found = (name: string) =>
    [0, 2, 3].some(
      (lead) =>
        (!lead || (rest(name, lead).length >= 2 && canonical.indexOf(rest(name, lead)[0]) <= 3)) &&
        abbreviates(rest(name, lead), canonical),
    );
  if (!said.length || said.some(found)) return canonical;
  return `${said[0]}（${canonical}）`;
}

/** A zone's rank said before its kind (`海口国家高新区`, `晋中国家农高区`): the ranks lib/ner/zoneLinks.ts leaves out of ids. */
const RANK_BEFORE_KIND = /(?:国家级|国家|省级)(?=高新|经开|经济|开发|农高|农业|综保|保税)/;
/** A company's legal form or group word at the end of its name. */
const LEGAL_FORM = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$|集团$/;
