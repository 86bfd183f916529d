/**
 * The domain words jieba is taught before the recognizer runs: zone and company
 * suffixes, place names and the gazetteer's names, so that each is one word
 * when the recognizer asks jieba where a name begins.
 * Adding them costs ~30 ms, so a recognizer context adds them before jieba's
 * heap image is taken (startJiebaWithImage's `domainWords`) and a start from
 * the image has them at once. This module is small and loads the gazetteer
 * only when the words must be added: the offscreen document starts jieba
 * before the gazetteer has loaded.
 */
import type { Gazetteer } from "./gazetteer";
import { COMPANY_SUFFIXES, ZONE_SUFFIXES } from "./lexicon";
import type { DomainWords, Segmenter } from "./segmenter";

const REGISTERED = /(有限公司|有限责任公司|股份公司)$/;

/** Teach jieba the domain's words. */
export function addDomainWords(seg: Segmenter, gaz: Gazetteer): void {
  for (const [suffix] of ZONE_SUFFIXES) seg.addWord(suffix, "n");
  for (const suffix of COMPANY_SUFFIXES) {
    if (!suffix.includes("(")) seg.addWord(suffix, "n");
  }
  for (const place of gaz.places) seg.addWord(place, "ns", 50_000);
  for (const entry of gaz.entries) {
    // A registered name (`…股份有限公司`) is found by its suffix and the gazetteer; jieba need not know it as a word.
    for (const name of [entry.name, ...entry.names, ...entry.shortNames])
      if (!REGISTERED.test(name)) seg.addWord(name, "nt", 50_000);
  }
}

/**
 * The default gazetteer's domain words, for startJiebaWithImage. `id` is fixed
 * at build time (a hash of the gazetteer and lexicon files, wxt.config.ts), so
 * the image is chosen without loading the gazetteer.
 */
export const recognizerDomainWords = (id: string): DomainWords => ({
  id,
  add: async (seg) => {
    const { defaultGazetteer } = await import("./gazetteer");
    addDomainWords(seg, defaultGazetteer());
  },
});
