/**
 * The gazetteer: known zones, known companies and place names, compiled from
 * the JSON files in assets/gazetteer/ (sources in the README beside them).
 * Exact names and aliases are found with a character trie; place names help
 * the rules decide where a name starts and whether it is distinctive.
 */
import companiesFile from "../../assets/gazetteer/companies.json";
import divisionsFile from "../../assets/gazetteer/divisions.json";
import listedFile from "../../assets/gazetteer/listed.json";
import placesFile from "../../assets/gazetteer/places.json";
import zonesFile from "../../assets/gazetteer/zones.json";
import type { EntityType } from "./types";

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** Official or registered name. */
  name: string;
  /** Other full names and short names that mean this entity. */
  names: string[];
  /** Names that are short forms (太重, 三一): only trusted as whole words. */
  shortNames: string[];
  /** Short names that are also ordinary words, products or places (联想, 汾酒): a company only with evidence in context. */
  contextNames?: string[];
  level?: string;
  kind?: string;
  city?: string | null;
}

/**
 * A trie node. Most nodes of a name trie have one child (the rest of one name), so that child is kept in two
 * fields and a Map is made only at a second child: a Map per node made building the gazetteer's trie (tens of
 * thousands of nodes) cost ~120 ms at the recognizer's start, much of it garbage collection.
 */
interface TrieNode {
  entry?: GazetteerEntry;
  /** The only child's character and node, while there is one child. */
  oneKey?: number;
  one?: TrieNode;
  /** Every child, from the second on. */
  many?: Map<number, TrieNode>;
}

/** An ASCII letter or digit (NaN past the text's end is neither). */
function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function childOf(node: TrieNode, c: number): TrieNode | undefined {
  if (node.many) return node.many.get(c);
  return node.oneKey === c ? node.one : undefined;
}

/** A node's children in an array indexed by character code (UTF-16 unit). */
function childrenByCode(node: TrieNode): (TrieNode | undefined)[] {
  const out = new Array<TrieNode | undefined>(65536).fill(undefined);
  if (node.many) for (const [c, child] of node.many) out[c] = child;
  else if (node.oneKey !== undefined) out[node.oneKey] = node.one;
  return out;
}

/** The trie node at the end of `word`, made on the way where missing. */
function trieNodeFor(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let child = childOf(node, c);
    if (!child) {
      child = {};
      if (node.many) node.many.set(c, child);
      else if (node.one === undefined) {
        node.oneKey = c;
        node.one = child;
      } else {
        node.many = new Map([
          [node.oneKey as number, node.one],
          [c, child],
        ]);
        node.oneKey = undefined;
        node.one = undefined;
      }
    }
    node = child;
  }
  return node;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
  isShort: boolean;
}

export class Gazetteer {
  readonly entries: GazetteerEntry[] = [];
  private readonly root: TrieNode = {};
  /**
   * The root's children indexed by character code: findAll asks the root about every character of a text, and an
   * array read is several times cheaper than the root's Map (thousands of keys). Made on first use after a change.
   */
  private rootByCode: (TrieNode | undefined)[] | undefined;
  private readonly byName = new Map<string, GazetteerEntry>();
  private readonly shortSet = new Set<string>();
  private readonly contextSet = new Set<string>();
  /** Place names: provinces, Shanxi cities and counties (with and without 市/县/区), countries. */
  readonly places = new Set<string>();
  /** Place names that are a whole province or country: too broad to make a zone distinctive. */
  readonly broadPlaces = new Set<string>();
  /** Countries other than China: they locate a zone or company abroad, they do not start its name. */
  readonly countries = new Set<string>();

  add(entry: GazetteerEntry): void {
    this.rootByCode = undefined;
    this.entries.push(entry);
    for (const name of [entry.name, ...entry.names, ...entry.shortNames, ...(entry.contextNames ?? [])]) {
      if (name.length < 2) continue;
      this.byName.set(name, entry);
      const node = trieNodeFor(this.root, name);
      node.entry ??= entry;
    }
    for (const s of entry.shortNames) this.shortSet.add(s);
    for (const s of entry.contextNames ?? []) {
      this.shortSet.add(s);
      this.contextSet.add(s);
    }
  }

  /** More names of an entry already added (derived after the places are known). */
  addNames(entry: GazetteerEntry, names: string[]): void {
    this.rootByCode = undefined;
    for (const name of names) {
      if (name.length < 2 || this.byName.has(name)) continue;
      entry.names.push(name);
      this.byName.set(name, entry);
      trieNodeFor(this.root, name).entry ??= entry;
    }
  }

  /** Is `name` a short name that needs evidence in context to be a company? */
  needsContext(name: string): boolean {
    return this.contextSet.has(name);
  }

  lookup(name: string): GazetteerEntry | undefined {
    return this.byName.get(name);
  }

  /** Every longest gazetteer name in `text`, left to right, not overlapping. */
  findAll(text: string): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    this.rootByCode ??= childrenByCode(this.root);
    const rootByCode = this.rootByCode;
    let i = 0;
    while (i < text.length) {
      let node = rootByCode[text.charCodeAt(i)];
      if (!node) {
        i++;
        continue;
      }
      // A name in Latin letters is a word of its own: `ABB` is not in `ABBC`, `SMIC` not in `XSMIC`.
      if (isLatinOrDigit(text.charCodeAt(i)) && i > 0 && isLatinOrDigit(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      let best: GazetteerEntry | undefined;
      let bestEnd = -1;
      let j = i + 1;
      while (node) {
        if (node.entry && !(isLatinOrDigit(text.charCodeAt(j - 1)) && isLatinOrDigit(text.charCodeAt(j)))) {
          best = node.entry;
          bestEnd = j;
        }
        if (j >= text.length) break;
        node = childOf(node, text.charCodeAt(j));
        j++;
      }
      if (best) {
        const name = text.slice(i, bestEnd);
        out.push({ start: i, end: bestEnd, entry: best, isShort: this.shortSet.has(name) });
        // A name that needs evidence (`和晶` in `通威和晶科能源`) may be dropped later: the names it overlaps are read too.
        i = this.needsContext(name) ? i + 1 : bestEnd;
      } else i++;
    }
    return out;
  }

  isPlace(word: string): boolean {
    return this.places.has(word);
  }

  /** A place, or a county's short form (`尉氏` of 尉氏县, which the gazetteer keeps apart from its places). */
  isPlaceName(word: string): boolean {
    return this.places.has(word) || this.countyCities.has(word);
  }

  private placeTrie: TrieNode | undefined;

  /** Length of the longest place name starting at text[i], 0 when none (a trie: no slicing on the hot path). */
  placeLengthAt(text: string, i: number): number {
    if (!this.placeTrie) {
      const root: TrieNode = {};
      for (const place of this.places) trieNodeFor(root, place).entry = PLACE_MARK;
      this.placeTrie = root;
    }
    let best = 0;
    let node: TrieNode | undefined = this.placeTrie;
    for (let k = i; node && k < text.length; k++) {
      node = childOf(node, text.charCodeAt(k));
      if (node?.entry) best = k - i + 1;
    }
    return best;
  }

  isCountry(word: string): boolean {
    return this.countries.has(word);
  }

  /** A county's short form → the short forms of the cities that have a county of that name. */
  readonly countyCities = new Map<string, Set<string>>();

  /** Every city's short form (`宿州`, `阳泉`): the cities of countyCities. */
  readonly cities = new Set<string>();

  /** The provinces' names, short (`山西`) and full (`山西省`). */
  readonly provinces = new Set<string>();

  /**
   * Is `county` (`潞城`, `潞城市`, `龙安区`) one of `city`'s (`长治市`, `长治`) counties? undefined when the county is
   * not known as one (a township, a word).
   */
  countyIsIn(county: string, city: string): boolean | undefined {
    const cities = this.countyCities.get(county) ?? this.countyCities.get(county.replace(COUNTY_SUFFIX, ""));
    return cities ? cities.has(city.replace(CITY_SUFFIX, "")) : undefined;
  }
}

/** The endings of city- and county-level names, whose short forms divisions.json keeps (scripts/gazetteer/build-divisions.ts). */
export const CITY_SUFFIX = /(市|地区|盟|自治州|林区)$/;
export const COUNTY_SUFFIX = /(自治县|自治旗|特区|林区|县|区|市|旗)$/;

interface ZoneRow {
  id: string;
  name: string;
  level: string;
  kind: string;
  city: string | null;
  aliases: string[];
}
export interface CompanyRow {
  id: string;
  name: string;
  aliases: string[];
  shortNames: string[];
  contextShortNames?: string[];
}

/** Listed companies as [registered name, stock short name] (assets/gazetteer/listed.json, decoded). */
export interface ListedFile {
  /** Short names trusted wherever they stand (`中兴通讯`, `京东方`). */
  shortNames: [string, string][];
  /** Short names that are also words, places or people's names (`万科`, `同仁堂`): a company only with evidence. */
  contextShortNames: [string, string][];
  /** Companies whose short name is no usable name (`机器人`, `阳光`): the registered name only. */
  fullNames: string[];
  /** Short names without their trade word (`江淮` of 江淮汽车): like contextShortNames, after them. */
  coreNames?: [string, string][];
}

/** assets/gazetteer/listed.json as stored: each company one string (encodeListed), to keep the bundles small. */
export interface EncodedListedFile {
  shortNames: string[];
  contextShortNames: string[];
  fullNames: string[];
}

export const ENCODING_NOTE =
  "Each company is `registered|short|core`: in the registered name `~` stands for the short name and `#` for 股份有限公司; core (江淮 of 江淮汽车) is optional.";

/** One company as one string: `北方铜业股份有限公司` + `北方铜业` → `~#|北方铜业`. */
export function encodeListed(full: string, short?: string, core?: string): string {
  const registered = (short ? full.replace(short, "~") : full).replace("股份有限公司", "#");
  return [registered, short, core].filter((p) => p !== undefined).join("|");
}

export function decodeListed(file: EncodedListedFile): ListedFile {
  const coreNames: [string, string][] = [];
  const decode = (line: string): [string, string] => {
    const [registered, short = "", core] = line.split("|");
    const full = registered.replace("~", short).replace("#", "股份有限公司");
    if (core) coreNames.push([full, core]);
    return [full, short];
  };
  return {
    shortNames: file.shortNames.map(decode),
    contextShortNames: file.contextShortNames.map(decode),
    fullNames: file.fullNames.map((line) => decode(line)[0]),
    coreNames,
  };
}

/**
 * The company rows with the listed companies added. A listed company already known (by its registered
 * name, else by its short name: `太原重工股份有限公司` is an alias of 太重集团) gets the names it lacks on
 * that entry, whose id stays; any other becomes an entry `co:<registered name>`. A name another entry
 * already has is not added again: each name belongs to one field of one entry.
 */
export function mergeListed(companies: readonly CompanyRow[], listed: ListedFile): CompanyRow[] {
  const rows: CompanyRow[] = companies.map((c) => ({
    ...c,
    aliases: [...c.aliases],
    shortNames: [...c.shortNames],
    contextShortNames: [...(c.contextShortNames ?? [])],
  }));
  const owner = new Map<string, CompanyRow>();
  for (const r of rows) {
    for (const n of [r.name, ...r.aliases, ...r.shortNames, ...(r.contextShortNames ?? [])]) if (!owner.has(n)) owner.set(n, r);
  }
  const add = (full: string, short: string | undefined, context: boolean) => {
    let row = owner.get(full) ?? (short ? owner.get(short) : undefined);
    if (!row) {
      row = { id: `co:${full}`, name: full, aliases: [], shortNames: [], contextShortNames: [] };
      rows.push(row);
      owner.set(full, row);
    } else if (!owner.has(full)) {
      row.aliases.push(full);
      owner.set(full, row);
    }
    if (short && !owner.has(short)) {
      if (context) row.contextShortNames = [...(row.contextShortNames ?? []), short];
      else row.shortNames.push(short);
      owner.set(short, row);
    }
    // `华夏幸福基业` of 华夏幸福基业股份有限公司: news names a listed company by its registered name without the
    // legal suffix as well; not where that reads as a sector or a place's port (`中国船舶工业`, `江苏连云港港口`).
    const stem = full.replace(LEGAL_SUFFIX, "");
    if (stem !== full && stem.length >= 4 && !SECTOR_STEM_END.test(stem) && !owner.has(stem)) {
      row.aliases.push(stem);
      owner.set(stem, row);
    }
  };
  for (const [full, short] of listed.shortNames) add(full, short, false);
  for (const [full, short] of listed.contextShortNames) add(full, short, true);
  for (const full of listed.fullNames) add(full, undefined, false);
  for (const [full, core] of listed.coreNames ?? []) add(full, core, true);
  // `山西建设投资集团` of 山西建设投资集团有限公司: the other companies' registered names without the legal suffix too,
  // after the listed names (a listed short name, `美的集团`, stays a short name).
  for (const r of rows) {
    for (const full of [r.name, ...r.aliases]) {
      const stem = full.replace(LEGAL_SUFFIX, "");
      if (stem !== full && stem.length >= 4 && !SECTOR_STEM_END.test(stem) && !owner.has(stem)) {
        r.aliases.push(stem);
        owner.set(stem, r);
      }
    }
  }
  return rows;
}

const LEGAL_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|股份公司)$/;
const SECTOR_STEM_END = /(?:工业|行业|产业|港口|港)$/;

/** Marks the end of a place name in the place trie. */
const PLACE_MARK: GazetteerEntry = { id: "", type: "ZONE", name: "", names: [], shortNames: [] };

let cached: Gazetteer | undefined;

/** The gazetteer built from assets/gazetteer/*.json (built once, then shared). */
export function defaultGazetteer(): Gazetteer {
  if (cached) return cached;
  const g = new Gazetteer();
  const zoneEntries: GazetteerEntry[] = [];
  for (const z of (zonesFile as { zones: ZoneRow[] }).zones) {
    const entry: GazetteerEntry = {
      id: z.id,
      type: "ZONE",
      name: z.name,
      names: [...z.aliases],
      shortNames: [],
      level: z.level,
      kind: z.kind,
      city: z.city,
    };
    zoneEntries.push(entry);
    g.add(entry);
  }
  for (const c of mergeListed((companiesFile as { companies: CompanyRow[] }).companies, decodeListed(listedFile))) {
    g.add({
      id: c.id,
      type: "COMPANY",
      name: c.name,
      names: c.aliases,
      shortNames: c.shortNames,
      contextNames: c.contextShortNames ?? [],
    });
  }
  const places = placesFile as {
    provinces: string[];
    shanxi: Record<string, string[]>;
    shanxiAreas: string[];
    cities: string[];
    countries: string[];
    newAreas: string[];
  };
  for (const p of places.provinces) {
    g.provinces.add(p);
    g.provinces.add(`${p}省`);
    g.places.add(p);
    g.broadPlaces.add(p);
    g.places.add(`${p}省`);
    g.broadPlaces.add(`${p}省`);
  }
  // Other countries and pairs (`中德`) name a specific cooperation; only China itself is too broad.
  for (const c of places.countries) {
    g.places.add(c);
    g.countries.add(c);
  }
  for (const c of ["中国", "我国", "全国"]) g.broadPlaces.add(c);
  // The Xinjiang Production and Construction Corps governs its own land like a province: its zones and companies are
  // named after it (`兵团新型建材经济技术开发区`, `兵团乌鲁木齐工业园区`), though it is in no list of divisions.
  for (const c of ["新疆生产建设兵团", "兵团"]) {
    g.places.add(c);
    g.broadPlaces.add(c);
  }
  const addLocal = (name: string) => {
    g.places.add(name);
    // 古县, 祁县, 应县 keep their 县; 长子 is also 长子县, 晋城 also 晋城市.
    if (!/[县市区]$/.test(name)) for (const s of ["市", "县", "区"]) g.places.add(name + s);
  };
  for (const [city, counties] of Object.entries(places.shanxi)) {
    addLocal(city);
    for (const county of counties) addLocal(county);
  }
  for (const a of places.shanxiAreas) g.places.add(a);
  // State-level new areas (`贵安新区`, and `贵安` alone): not divisions, but where zones are, so a zone's name may start
  // with one (`贵安新区机器人产业园`: not 安新县's).
  for (const area of places.newAreas) {
    g.places.add(area);
    if (area.length === 4) g.places.add(area.slice(0, 2));
  }
  for (const c of places.cities) addLocal(c);
  // Every city and county of China, Shanxi's townships (scripts/gazetteer/build-divisions.ts).
  const { cityCounties, ...levels } = divisionsFile as unknown as Record<string, { full: string[]; short: string[] } | string> & {
    cityCounties: Record<string, string[]>;
  };
  for (const level of Object.values(levels)) {
    if (typeof level === "string") continue;
    for (const name of [...level.full, ...level.short]) g.places.add(name);
  }
  for (const [city, counties] of Object.entries(cityCounties)) {
    g.cities.add(city);
    for (const county of counties) {
      const set = g.countyCities.get(county) ?? new Set<string>();
      set.add(city);
      g.countyCities.set(county, set);
    }
  }
  addZoneCoreNames(g, zoneEntries);
  cached = g;
  return g;
}

/**
 * National zones named by their city and a name of their own (`包头稀土高新技术产业开发区`, `武汉东湖…`,
 * `上海张江…`) are called by that name alone (`稀土高新区`, `东湖高新区`, `张江高新区`): add it, unless two
 * zones share it (`火炬高新区` is Xiamen's and Zhongshan's).
 */
function addZoneCoreNames(g: Gazetteer, zones: GazetteerEntry[]): void {
  const short = (kind: string | undefined) => (kind === "hitech" ? "高新区" : kind === "etdz" ? "经开区" : "");
  const byCore = new Map<string, GazetteerEntry[]>();
  for (const z of zones) {
    const city = z.city ?? "";
    if (!z.id.startsWith("cn:") || !short(z.kind)) continue;
    let place = 0;
    for (let len = city.length - 2; len >= 2; len--) {
      if (g.isPlace(city.slice(0, len))) {
        place = len;
        break;
      }
    }
    const core = city.slice(place);
    if (!place || core.length < 2) continue;
    byCore.set(core, [...(byCore.get(core) ?? []), z]);
  }
  for (const [core, entries] of byCore) {
    if (entries.length === 1) g.addNames(entries[0], [core + short(entries[0].kind)]);
  }
}
