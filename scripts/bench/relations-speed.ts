/**
 * What relation extraction adds to recognition, per article, in the same run
 * (the budget: ≤ 10%). Articles: the five seed pages of ../shared/seeds and the
 * 65 dev passages; each is recognized and its relations extracted, both timed
 * in alternation (median of 31 rounds after warm-up), and the ratio relations/recognition
 * is reported per article (median, worst) and over all of them.
 *   npm run bench:relations
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractRelations } from "../../lib/ner/relations";
import { createNodeRecognizer } from "../node-recognizer";

const seedsDir = resolve(process.env.KXDB_SHARED ?? "../shared", "seeds");
const seeds = readdirSync(seedsDir)
  .sort()
  .map((f) => ({ id: `seed:${f}`, text: readFileSync(join(seedsDir, f), "utf8") }));
const dev = readFileSync("eval/corpus/dev.gold.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const articles = [...seeds, ...dev];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** This process's CPU time in ms: on a machine shared with other work, wall time measures them too. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Recognition and extraction timed in alternation, round after round, in CPU
 * time, so that a machine busy with other work slows both alike; each is the
 * median over the rounds.
 * Each timing repeats its call `reps` times so even a 1-ms article is well above the timer's grain.
 */
function timePair(
  recognize: () => unknown,
  relate: () => unknown,
  rounds = 31,
  reps = 5,
): { recognizeMs: number; relationsMs: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = cpuMs();
    for (let k = 0; k < reps; k++) recognize();
    a.push((cpuMs() - t) / reps);
    t = cpuMs();
    for (let k = 0; k < reps; k++) relate();
    b.push((cpuMs() - t) / reps);
  }
  return { recognizeMs: median(a), relationsMs: median(b) };
}

const recognizer = await createNodeRecognizer();
// Warm up both (JIT, jieba's caches) on every article.
for (let i = 0; i < 3; i++) for (const a of articles) extractRelations(a.text, recognizer.recognize(a.text));

const rows = articles.map((a) => {
  const mentions = recognizer.recognize(a.text);
  const times = timePair(
    () => recognizer.recognize(a.text),
    () => extractRelations(a.text, mentions),
  );
  return { id: a.id, chars: a.text.length, ...times, relations: extractRelations(a.text, mentions).length };
});

const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
const ratios = rows.map((r) => r.relationsMs / r.recognizeMs);
const worst = rows[ratios.indexOf(Math.max(...ratios))];
console.log(
  `relation extraction vs recognition, same run, ${rows.length} articles (${sum((r) => r.chars)} chars, ${sum((r) => r.relations)} relations)`,
);
for (const r of rows.filter((r) => r.id.startsWith("seed:"))) {
  console.log(
    `  ${r.id.padEnd(28)} ${String(r.chars).padStart(6)} chars  recognize ${r.recognizeMs.toFixed(3)} ms  relations ${r.relationsMs.toFixed(3)} ms  ${((100 * r.relationsMs) / r.recognizeMs).toFixed(1)}%`,
  );
}
console.log(
  `  per article: median ${(100 * median(ratios)).toFixed(1)}%, worst ${(100 * Math.max(...ratios)).toFixed(1)}% (${worst.id})`,
);
console.log(
  `  all articles: recognize ${sum((r) => r.recognizeMs).toFixed(2)} ms, relations ${sum((r) => r.relationsMs).toFixed(2)} ms = ${((100 * sum((r) => r.relationsMs)) / sum((r) => r.recognizeMs)).toFixed(1)}%`,
);
const over = rows.filter((_, i) => ratios[i] > 0.1);
console.log(`  articles over the 10% budget: ${over.length} of ${rows.length}`);
for (const r of over) {
  console.log(`    ${r.id} ${r.chars} chars: recognize ${r.recognizeMs.toFixed(3)} ms, relations ${r.relationsMs.toFixed(3)} ms`);
}
