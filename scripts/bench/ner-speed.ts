/**
 * Recognizer speed: cold start, one 10,000-character article (median after
 * warm-up), jieba's bare cut() on the same text in the same process, growth
 * from 1k to 1M characters, the dev corpus's distinct passages (text the
 * recognizer has not seen, so nothing it keeps from earlier texts helps), and
 * the CLI timed from outside.
 *   node scripts/run-ts.mjs scripts/bench/ner-speed.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRecognizer } from "../../lib/ner/recognizer";
import { loadNodeJieba } from "../node-recognizer";

const seedsDir = resolve(process.env.KXDB_SHARED ?? "../shared", "seeds");
const corpus = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"))
  .join("\n\n");
const textOf = (n: number) => corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function timeIt(fn: () => unknown, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const t0 = performance.now();
const seg = await loadNodeJieba();
const tJieba = performance.now();
const recognizer = createRecognizer(seg);
const tReady = performance.now();
recognizer.recognize(textOf(10_000));
const tFirst = performance.now();
console.log("cold start (this process)");
console.log(`  jieba wasm + built-in dictionary   ${(tJieba - t0).toFixed(0)} ms`);
console.log(`  + domain dictionary and gazetteer  ${(tReady - tJieba).toFixed(0)} ms`);
console.log(`  + first 10k-char article           ${(tFirst - tReady).toFixed(0)} ms`);
console.log(`  total until first result           ${(tFirst - t0).toFixed(0)} ms`);

const article = textOf(10_000);
for (let i = 0; i < 20; i++) recognizer.recognize(article);
const oursMs = timeIt(() => recognizer.recognize(article), 50);
const cutMs = timeIt(() => seg.cut(article), 50);
console.log("\none 10,000-character article, median of 50 after 20 warm-up runs");
console.log(`  recognizer   ${oursMs.toFixed(2)} ms   ${(((10_000 / oursMs) * 1000) / 1e6).toFixed(2)} M chars/s`);
console.log(`  jieba cut()  ${cutMs.toFixed(2)} ms   ${(((10_000 / cutMs) * 1000) / 1e6).toFixed(2)} M chars/s`);
console.log(`  ratio cut()/recognizer = ${(cutMs / oursMs).toFixed(2)}× (above 1: the recognizer is faster)`);

console.log("\ngrowth with text length (median)");
for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
  const text = textOf(n);
  const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 7 : 30;
  const ms = timeIt(() => recognizer.recognize(text), runs);
  console.log(
    `  ${String(n).padStart(9)} chars  ${ms.toFixed(2).padStart(9)} ms  ${(((n / ms) * 1000) / 1e6).toFixed(2)} M chars/s  ${((ms / n) * 1e6).toFixed(0)} ns/char`,
  );
}

// The seed text above repeats, and the recognizer keeps jieba's words and name analyses from one text to the next:
// the first reading of distinct passages is the figure a reader of new articles gets.
const devDir = resolve("eval/corpus");
const passages = readdirSync(devDir)
  .filter((f) => /^dev.*\.gold\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readFileSync(join(devDir, f), "utf8").split("\n").filter(Boolean))
  .map((line) => JSON.parse(line).text as string);
const passageChars = passages.reduce((n, t) => n + t.length, 0);
const fresh = createRecognizer(seg);
fresh.recognize(corpus); // jieba's words for the seeds' names; warm-up of the code, not of these passages
// One timed run each (timeIt's median of one): a second run would be a second reading.
const readAll = (read: (p: string) => unknown) => timeIt(() => passages.forEach(read), 1);
const firstRead = readAll((p) => fresh.recognize(p));
const secondRead = readAll((p) => fresh.recognize(p));
const passagesCut = readAll((p) => seg.cut(p));
console.log(`\ndistinct passages: the dev corpus, ${passages.length} passages, ${passageChars} chars`);
console.log(
  `  recognizer, first reading    ${firstRead.toFixed(0)} ms   ratio cut()/recognizer = ${(passagesCut / firstRead).toFixed(2)}×`,
);
console.log(
  `  recognizer, second reading   ${secondRead.toFixed(0)} ms   ratio cut()/recognizer = ${(passagesCut / secondRead).toFixed(2)}×`,
);
console.log(`  jieba cut()                  ${passagesCut.toFixed(0)} ms`);

const dir = mkdtempSync(join(tmpdir(), "kxdb-bench-"));
const lines: string[] = [];
for (let i = 0; i < 100; i++) lines.push(JSON.stringify({ id: i, text: textOf(10_000) }));
writeFileSync(join(dir, "1m.jsonl"), `${lines.join("\n")}\n`);
writeFileSync(join(dir, "empty.jsonl"), "");
const cli = (file: string) => {
  const t = performance.now();
  execFileSync("node", ["scripts/run-ts.mjs", "scripts/ner-cli.ts", file], { stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - t;
};
cli(join(dir, "empty.jsonl")); // builds the CLI bundle if stale
const startup = median([0, 1, 2].map(() => cli(join(dir, "empty.jsonl"))));
const full = median([0, 1, 2].map(() => cli(join(dir, "1m.jsonl"))));
console.log("\nCLI from outside (median of 3 runs)");
console.log(`  start-up, empty input          ${startup.toFixed(0)} ms`);
console.log(`  1,000,000 chars (100 × 10k)    ${full.toFixed(0)} ms`);
