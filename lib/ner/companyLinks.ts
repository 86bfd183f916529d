/**
 * Links between the company names of one article that the gazetteer alone gets wrong. A company named with its
 * place and then without it is one company: `山西建投集团 … 建投集团` is 山西建投 both times, though `建投` alone
 * is also the core of another company's name (河北建投能源), which a name with no article around it would take.
 */
import type { Gazetteer } from "./gazetteer";

interface Link {
  entityId: string;
  canonical: string;
}

/** `山西`, `山西省太原市`, `尉氏` (a county's short form): places only, one after another. */
function isPlaceChain(word: string, gaz: Gazetteer): boolean {
  let rest = word;
  while (rest) {
    if (gaz.isPlace(rest) || gaz.countyCities.has(rest)) return true;
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
