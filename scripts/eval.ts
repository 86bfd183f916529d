/**
 * npm run eval [-- --errors N]: scores jieba-wasm's own tagger (the baseline) and then the
 * recognizer on ../shared/eval/seeds.gold.jsonl with ../shared/eval/score.mjs. Ours prints last,
 * so the closing `F1` line is the recognizer's.
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
const check = process.argv.includes("--check");
/** The bar each type must clear on the seeds (issue: F1 ≥ 0.93 for ZONE and for COMPANY). */
const MIN_F1 = 0.93;
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
if (check) {
  const { rows } = JSON.parse(
    execFileSync("node", [scorer, goldPath, join(dir, "ours.jsonl"), "--json"], { encoding: "utf8" }),
  ) as {
    rows: { key: string; f1: number }[];
  };
  const failing = rows.filter((r) => (r.key === "ZONE" || r.key === "COMPANY") && r.f1 < MIN_F1);
  for (const r of rows.filter((r) => r.key === "ZONE" || r.key === "COMPANY"))
    console.log(`eval: ${r.key} F1 ${r.f1.toFixed(3)}`);
  if (failing.length) {
    console.error(`eval: F1 below ${MIN_F1} for ${failing.map((r) => r.key).join(", ")}`);
    process.exit(1);
  }
  process.exit(0);
}
const seg = await loadNodeJieba();
const base = gold.map((d) => JSON.stringify({ id: d.id, entities: baselinePredict(seg, d.text) })).join("\n");
writeFileSync(join(dir, "baseline.jsonl"), `${base}\n`);
console.log("== Baseline: jieba-wasm tag() spans (nt → COMPANY, ns+zone word → ZONE)");
console.log(execFileSync("node", [scorer, goldPath, join(dir, "baseline.jsonl")], { encoding: "utf8" }));

console.log("== KXDB recognizer (lib/ner)");
console.log(execFileSync("node", [scorer, goldPath, join(dir, "ours.jsonl"), ...extra], { encoding: "utf8" }));
