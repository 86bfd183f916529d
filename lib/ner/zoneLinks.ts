/**
 * Which zone a zone's name names, the same however the text words it: the catalogue's entity where it has the
 * zone (`晋城经开区`, `阳泉市开发区`, `江阴国家高新区` → their catalogue entries), else one made of the zone's own
 * place-and-name and its kind (`介休开发区` = `介休经开区` = `介休经济技术开发区`, `尉氏县速冻食品产业园` =
 * `尉氏速冻食品产业园`). Pure: the recognizer links with it, and the store's repair (lib/db/repairs.ts) moves
 * zones recorded under an older form of these ids.
 */
import { CITY_SUFFIX, COUNTY_SUFFIX, type Gazetteer, type GazetteerEntry } from "./gazetteer";
import { isSectorPhrase, ZONE_SUFFIXES } from "./lexicon";

export interface ZoneLink {
  entityId: string;
  canonical: string;
}

const PLACE_TAIL = /[省市县区]$/;

/** The place-and-name part of a zone mention and its kind: `晋城经开区` → [`晋城`, etdz]. */
export function zoneKey(name: string): { prefix: string; kind: string; long: string } {
  for (const [suffix, kind, long] of ZONE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      return { prefix: name.slice(0, name.length - suffix.length), kind, long };
    }
  }
  // `巴公园区`, `金匠园区`: a park called by its name and a bare 园区 is the same park as `巴公工业园区`, `金匠产业园`.
  // (Not among ZONE_SUFFIXES: as a kind to recognize, a bare 园区 finds more false zones than true ones.)
  if (name.endsWith("园区") && name.length >= 4) return { prefix: name.slice(0, -2), kind: "park", long: "园区" };
  return { prefix: name, kind: "zone", long: "" };
}

/** An administrative level a place may carry or drop inside a zone's name (`尉氏县速冻食品产业园` = `尉氏速冻食品产业园`). */
const ADMIN_LEVEL = /^[省市县区旗]$/;
/** A rank said before a zone's kind, no part of which zone it is (`江阴国家高新区` = `江阴高新区`). */
const RANK_BEFORE_KIND = /(国家级|国家|省级)$/;

/**
 * What identifies a zone before its kind, the same however the text words it: each place without its level
 * (`阳泉市郊区白泉` → `阳泉郊区白泉`, `山西省(太重)智能高端装备` → `山西(太重)智能高端装备`), no rank before the
 * kind, no level at the end (`禾丰县` → `禾丰`). A level is dropped only where the place is known with it and
 * without it, so `郊区`, `新区` and the like keep theirs.
 */
function zoneIdentity(prefix: string, gaz: Gazetteer): string {
  let out = "";
  for (let i = 0; i < prefix.length; ) {
    let placeLength = 0;
    for (let length = 4; length >= 2 && !placeLength; length--) {
      const place = prefix.slice(i, i + length);
      const level = prefix[i + length] ?? "";
      if (ADMIN_LEVEL.test(level) && gaz.isPlaceName(place) && gaz.isPlace(place + level)) placeLength = length;
    }
    if (placeLength) {
      out += prefix.slice(i, i + placeLength);
      i += placeLength + 1;
    } else out += prefix[i++];
  }
  const unranked = out.replace(RANK_BEFORE_KIND, "") || out;
  return unranked.replace(PLACE_TAIL, "") || unranked;
}

/**
 * The prefix without the province or city names before a place they need not name: a province before a city or a
 * county only one city has (`湖南株洲` → `株洲`, `安徽萧县` → `萧县`), a city before one of its counties (`宿州萧县` →
 * `萧县`, `运城盐湖` → `盐湖`). Kept: two cities or provinces together (`阜阳合肥…`, `广东海南…`: parks they run
 * together), a city before a place that is not its county (`武汉东湖`: Nanchang has the 东湖 district), a county
 * several cities have (`阳泉市郊区`).
 */
function withoutLeadingPlaces(prefix: string, gaz: Gazetteer): string {
  let rest = prefix;
  for (;;) {
    const lead = rest.slice(0, gaz.placeLengthAt(rest, 0));
    const next = rest.slice(lead.length);
    // A district's short form is no place of its own (`徐水`, `秀洲`): a county's short form all the same.
    const countyShort = [4, 3, 2].find((n) => gaz.countyCities.has(next.slice(0, n))) ?? 0;
    const place = next.slice(0, Math.max(gaz.placeLengthAt(next, 0), countyShort));
    if (!lead || !place || gaz.provinces.has(place)) return rest;
    const county = gaz.countyCities.has(place) ? place : place.replace(COUNTY_SUFFIX, "");
    const city = lead.replace(CITY_SUFFIX, "");
    const droppable = gaz.provinces.has(lead)
      ? gaz.cities.has(place.replace(CITY_SUFFIX, "")) || gaz.countyCities.get(county)?.size === 1
      : gaz.cities.has(city) && gaz.countyCities.get(county)?.size === 1 && gaz.countyCities.get(county)?.has(city);
    if (!droppable) return rest;
    rest = next;
  }
}

/**
 * The catalogue's zone of `identity` + `long`, trying it without its leading places too (`湖南株洲` → `株洲`); by the
 * other `forms` of its kind too where what is left starts with a place (`山西大同经济开发区` is the catalogue's
 * 大同经济技术开发区; `临港`, many ports' word, is no place).
 */
function lookupByOwnPlace(identity: string, long: string, forms: readonly string[], gaz: Gazetteer): GazetteerEntry | undefined {
  for (let rest = identity; rest; ) {
    const placed = gaz.placeLengthAt(rest, 0) >= 2 || gaz.isPlaceName(rest);
    const suffixes = placed ? [long, ...forms.filter((form) => form !== long)] : [long];
    const found = suffixes.map((suffix) => gaz.lookup(rest + suffix)).find((entry) => entry?.type === "ZONE");
    if (found) return found;
    const lead = gaz.placeLengthAt(rest, 0);
    const next = rest.slice(lead);
    // Only a place before another place: `福清|江阴` may go, `茂名高州|蒲康电子轻工` keeps 高州.
    if (!lead || (gaz.placeLengthAt(next, 0) < 2 && ![2, 3].some((n) => gaz.isPlaceName(next.slice(0, n))))) return undefined;
    rest = next;
  }
  return undefined;
}

/** The ways one kind of zone is written (a 台商投资区 or a 国际港 is a zone of its own, not another form). */
const FORMS_OF_KIND: Record<string, readonly string[]> = {
  etdz: ["经济技术开发区", "经济开发区", "经开区", "开发区"],
  hitech: ["高新技术产业开发区", "高新技术开发区", "高新区"],
  reform: ["综合改革示范区", "综改示范区", "综改区"],
  "agri-hitech": ["国家农业高新技术产业示范区", "农业高新技术产业示范区", "农高区"],
};

/** The forms of a zone's kind, where the name is in one of them (a 台商投资区 is no form of an 经济技术开发区). */
function otherForms(name: string, prefix: string, kind: string): readonly string[] {
  const forms = FORMS_OF_KIND[kind] ?? [];
  return forms.includes(name.slice(prefix.length)) ? forms : [];
}

/**
 * The catalogue's zone by another form of its kind, for a zone named by its place (`杏花村经济技术开发区`: the
 * catalogue has `杏花村经开区` as 汾阳杏花村经济技术开发区's name, not the long form; `孝义经济开发区`). Not for a
 * name that is no place (`临港`, many ports' word).
 */
function viaOtherForms(name: string, prefix: string, kind: string, gaz: Gazetteer): GazetteerEntry | undefined {
  const forms = FORMS_OF_KIND[kind] ?? [];
  if (!prefix || !forms.includes(name.slice(prefix.length))) return undefined;
  if (gaz.placeLengthAt(prefix, 0) === 0 && !gaz.isPlaceName(prefix)) return undefined;
  for (const suffix of forms) {
    const found = gaz.lookup(prefix + suffix);
    if (found?.type === "ZONE") return found;
  }
  return undefined;
}

/** `中国(湖南)`, `中国（山西）`: the country, then the place in brackets, all of a zone's name before its kind. */
const COUNTRY_AND_BRACKETED_PLACE = /^中国[(（]([^()（）]{2,4})[)）]$/;

/** The entity of the zone named `name` (the whole name, as the text gives it). */
export function linkZoneName(name: string, gaz: Gazetteer): ZoneLink {
  const known = gaz.lookup(name);
  if (known) return { entityId: known.id, canonical: known.name };
  const key = zoneKey(name);
  const { kind, long } = key;
  // `中国(湖南)自由贸易试验区` is `湖南自由贸易试验区`: the country's name before a bracketed place adds nothing.
  const prefix = COUNTRY_AND_BRACKETED_PLACE.exec(key.prefix)?.[1] ?? key.prefix;
  const place = zoneIdentity(prefix, gaz);
  const expanded = long ? key.prefix + long : name;
  // `阳泉市开发区`, `江阴国家高新区`, `湖南省株洲市高新区`: the catalogue has the zone by its own place's short form,
  // with no rank and no province or city before it.
  const viaExpansion =
    gaz.lookup(expanded) ??
    (long ? lookupByOwnPlace(place, long, otherForms(name, key.prefix, kind), gaz) : undefined) ??
    viaOtherForms(name, key.prefix, kind, gaz);
  if (viaExpansion) return { entityId: viaExpansion.id, canonical: viaExpansion.name };
  return { entityId: `zone:${zoneIdentity(withoutLeadingPlaces(prefix, gaz), gaz)}|${kind}`, canonical: expanded };
}

/** The place-and-name of a park's id made by linkZoneName (`zone:成宜装备制造|park` → `成宜装备制造`), else undefined. */
function parkIdentity(entityId: string): string | undefined {
  const m = /^zone:(.+)\|park$/.exec(entityId);
  return m?.[1];
}

/**
 * Is the park `shortId` the park `longId` with one run of sector words left out, as a text shortens a park it has
 * named in full (`成宜装备制造产业园` → `成宜产业园`, `美锦能源氢能汽车产业园` → `美锦氢能汽车产业园`)? The head that
 * is kept names the park: two characters at least, and not a place alone (`太原产业园` is not `太原新能源产业园`).
 */
export function shortensPark(shortId: string, longId: string, gaz: Gazetteer): boolean {
  const short = parkIdentity(shortId);
  const long = parkIdentity(longId);
  if (!short || !long || short.length >= long.length) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  if (head < 2 || gaz.isPlaceName(short.slice(0, head))) return false;
  const tail = short.slice(head);
  if (!long.endsWith(tail)) return false;
  const left = long.slice(head, long.length - tail.length);
  return left !== "" && isSectorPhrase(left);
}

/**
 * Is the zone `shortId` the zone `longId` without the partner named before a dash (`东盟经开区` of `广西—东盟经开区`,
 * the Guangxi–ASEAN zone)? Same kind, and the long one's name is a place, a dash, then the short one's name.
 */
export function dropsPartner(shortId: string, longId: string, gaz: Gazetteer): boolean {
  const short = /^zone:(.+)\|([^|/]+)$/.exec(shortId);
  const long = /^zone:(.+)[—–-](.+)\|([^|/]+)$/.exec(longId);
  if (!short || !long || short[2] !== long[3] || short[1] !== long[2] || short[1].length < 2) return false;
  return gaz.isPlaceName(long[1]) || gaz.placeLengthAt(long[1], 0) === long[1].length;
}

/**
 * Is the zone `shortId` the zone `longId` without the places before it, where the gazetteer does not know the place
 * left (so they stay in the long one's id): `大龙经济开发区` of `贵州大龙经济开发区`, `广清产业园` of
 * `清远石角镇广清产业园`? Same kind, and the long one's own part is places (a province, a city, a town or village),
 * then the short one's, which does not start with a city or a province of its own.
 */
export function dropsLeadingPlaces(shortId: string, longId: string, gaz: Gazetteer): boolean {
  const short = /^zone:([^|/]+)\|([^|/]+)$/.exec(shortId);
  const long = /^zone:([^|/]+)\|([^|/]+)$/.exec(longId);
  if (!short || !long || short[2] !== long[2] || short[1].length < 2) return false;
  if (long[1].length <= short[1].length || !long[1].endsWith(short[1])) return false;
  // `阜阳合肥现代产业园区`, `广东海南…合作产业园`: two cities or provinces together name a park they run together, not
  // the second's.
  const head = short[1].slice(0, gaz.placeLengthAt(short[1], 0));
  if (head && (gaz.provinces.has(head) || gaz.cities.has(head.replace(CITY_SUFFIX, "")))) return false;
  let lead = long[1].slice(0, long[1].length - short[1].length);
  for (let place = gaz.placeLengthAt(lead, 0); lead && place >= 2; place = gaz.placeLengthAt(lead, 0)) lead = lead.slice(place);
  return lead === "" || TOWN.test(lead);
}
/** A town, township, village or street the gazetteer need not know (it has Shanxi's only): `石角镇`, `中关村`. */
const TOWN = /^[\u4e00-\u9fff]{1,3}(?:镇|乡|村|街道)$/;

/** Between a zone's id and the own part of a park's id, in the id of a park named after the zone it is in. */
export const SUB_PARK = "/";

/**
 * A park named by its sectors only (`新能源新材料产业园`, `光机电产业园`): a name many zones give a park of theirs,
 * so it is no one park's name unless the text says whose.
 */
export function isSectorPark(name: string, gaz: Gazetteer): boolean {
  const { prefix, kind } = zoneKey(name);
  return kind === "park" && prefix !== "" && gaz.placeLengthAt(prefix, 0) === 0 && isSectorPhrase(prefix);
}

/**
 * The park named by its sectors right after the zone it is in (`荆州经开区` + `新能源新材料产业园`): that zone's park,
 * not every zone's park of that name. Its id is the zone's and the park's own (a repair does not remake it from
 * its name); its name is the two as the text gives them.
 */
export function linkSubPark(zone: ZoneLink, zoneText: string, park: string, gaz: Gazetteer): ZoneLink {
  const own = linkZoneName(park, gaz).entityId.replace(/^zone:/, "");
  return { entityId: `${zone.entityId}${SUB_PARK}${own}`, canonical: `${zoneText}${park}` };
}
