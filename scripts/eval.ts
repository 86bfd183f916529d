/**
 * npm run eval [-- --errors N]: scores the recognizer on ../shared/eval/seeds.gold.jsonl with
 * ../shared/eval/score.mjs, then jieba-wasm's own tagger (the baseline) on the same gold.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { baselinePredict } from "./bench/ner-baseline";
import { createNodeRecognizer, loadNodeJieba } from "./node-recognizer";

const sharedEval = resolve(process.env.KXDB_SHARED ?? "../shared", "eval");
const goldPath = join(sharedEval, "seeds.gold.jsonl");
const scorer = join(sharedEval, "score.mjs");
const errorsArg = process.argv.indexOf("--errors");
const extra = errorsArg > 0 ? ["--errors", process.argv[errorsArg + 1] ?? "40"] : [];

const gold = readFileSync(goldPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const dir = mkdtempSync(join(tmpdir(), "kxdb-eval-"));

const recognizer = await createNodeRecognizer();
const ours = gold.map((d) => JSON.stringify({ id: d.id, entities: recognizer.recognize(d.text) })).join("\n");
writeFileSync(join(dir, "ours.jsonl"), `${ours}\n`);
console.log("== KXDB recognizer (lib/ner)");
console.log(execFileSync("node", [scorer, goldPath, join(dir, "ours.jsonl"), ...extra], { encoding: "utf8" }));

const seg = await loadNodeJieba();
const base = gold.map((d) => JSON.stringify({ id: d.id, entities: baselinePredict(seg, d.text) })).join("\n");
writeFileSync(join(dir, "baseline.jsonl"), `${base}\n`);
console.log("== Baseline: jieba-wasm tag() spans (nt → COMPANY, ns+zone word → ZONE)");
console.log(execFileSync("node", [scorer, goldPath, join(dir, "baseline.jsonl")], { encoding: "utf8" }));
