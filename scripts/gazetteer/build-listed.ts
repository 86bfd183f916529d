/**
 * node scripts/run-ts.mjs scripts/gazetteer/build-listed.ts
 *
 * Writes assets/gazetteer/listed.json from scripts/gazetteer/data/a-shares.tsv (A-share listings: stock
 * short name, registered full name; source in that file's header and in assets/gazetteer/README.md).
 * Each company is kept as [fullName, shortName] in one of three lists, by how the recognizer may use its
 * short name (scripts/gazetteer/listedNames.ts, from jieba's own dictionary, before the domain words):
 * `shortNames` (trusted), `contextShortNames` (a company only with company words around it), and
 * `fullNames` (the short name is not usable: `机器人`, `阳光`, `*ST宝实`; only the full name is kept).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { defaultGazetteer, ENCODING_NOTE, encodeListed } from "../../lib/ner/gazetteer";
import { isGenericWord } from "../../lib/ner/lexicon";
import { loadNodeJieba } from "../node-recognizer";
import { cleanFullName, cleanShortName, coreName, shortNameUse } from "./listedNames";

const SOURCE = "scripts/gazetteer/data/a-shares.tsv";
const seg = await loadNodeJieba();
const gaz = defaultGazetteer();
const isOrdinary = (w: string) => isGenericWord(w) || gaz.isPlace(w);

const shortNames: [string, string][] = [];
const contextShortNames: [string, string][] = [];
const fullNames: string[] = [];
const seenFull = new Set<string>();
const shortCount = new Map<string, number>();
const rows = readFileSync(SOURCE, "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => {
    const [rawShort, rawFull] = l.split("\t");
    return { ...cleanShortName(rawShort), full: cleanFullName(rawFull) };
  });
// One short name for two companies (`美新科技`, `美信科技` are two; a reused name would be one for two): keep neither.
for (const r of rows) shortCount.set(r.name, (shortCount.get(r.name) ?? 0) + 1);
for (const r of rows) {
  if (seenFull.has(r.full)) continue;
  seenFull.add(r.full);
  const use =
    shortCount.get(r.name) === 1
      ? shortNameUse(r.name, seg.tag(r.name), isOrdinary, r.riskWarning, seg.tag(r.name.slice(1)), (w) => gaz.isPlace(w))
      : "drop";
  if (use === "short") shortNames.push([r.full, r.name]);
  else if (use === "context") contextShortNames.push([r.full, r.name]);
  else fullNames.push(r.full);
}
// Core names (`江淮` of 江淮汽车) need context, and only one company may have a core: `TCL` is TCL科技's, TCL中环's…
const cores = new Map<string, string[]>();
const listedShorts = new Set(rows.map((r) => r.name));
for (const [full, short] of [...shortNames, ...contextShortNames]) {
  const core = coreName(short, isGenericWord, isOrdinary, (w) => seg.tag(w));
  if (core && !listedShorts.has(core)) cores.set(core, [...(cores.get(core) ?? []), full]);
}
const coreOf = new Map([...cores].filter(([, fulls]) => fulls.length === 1).map(([core, [full]]) => [full, core]));
const out = {
  _source: `A-share listings (${SOURCE}, from yhhe2004/QuantSandbox data/stock_basic.csv @ 4ef962f9); built by scripts/gazetteer/build-listed.ts. Do not edit by hand.`,
  _format: ENCODING_NOTE,
  shortNames: shortNames.map(([full, short]) => encodeListed(full, short, coreOf.get(full))),
  contextShortNames: contextShortNames.map(([full, short]) => encodeListed(full, short, coreOf.get(full))),
  fullNames: fullNames.map((full) => encodeListed(full)),
};
writeFileSync("assets/gazetteer/listed.json", `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(
  `${rows.length} rows: ${shortNames.length} short, ${contextShortNames.length} context, ${fullNames.length} full name only, ${coreOf.size} core names`,
);
