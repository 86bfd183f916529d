// Prints what the recognizer finds in unannotated passages, for a reader to judge (eval/review/README.md).
//
//   node scripts/run-ts.mjs scripts/corpus/review-names.ts FILE.jsonl...           short names, one per line, in context
//   node scripts/run-ts.mjs scripts/corpus/review-names.ts --all FILE.jsonl...     every mention
//   node scripts/run-ts.mjs scripts/corpus/review-names.ts --marked FILE.jsonl [ID...]   whole passages, 【company】〔zone〕
//
// "Short" is what ../shared/eval/score.mjs calls short: no legal or zone suffix at the end.
import { readFileSync } from "node:fs";
import { createNodeRecognizer } from "../node-recognizer";

const FULL =
  /(有限公司|有限责任公司|公司|集团|开发区|经开区|高新区|示范区|综保区|保税区|园区|产业园|农高区|物流中心|经济特区|陆港|片区)$/;
const args = process.argv.slice(2);
const marked = args.includes("--marked");
const all = args.includes("--all");
const rest = args.filter((a) => !a.startsWith("--"));
const files = marked ? rest.slice(0, 1) : rest;
const ids = new Set(marked ? rest.slice(1) : []);
const recognizer = await createNodeRecognizer();
let count = 0;
for (const file of files) {
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const passage = JSON.parse(line) as { id: string; text: string };
    if (ids.size && !ids.has(passage.id)) continue;
    const mentions = recognizer.recognize(passage.text);
    if (marked) {
      let out = "";
      let pos = 0;
      for (const m of mentions) {
        const [open, close] = m.type === "ZONE" ? ["〔", "〕"] : ["【", "】"];
        out += passage.text.slice(pos, m.start) + open + m.text + close;
        pos = m.end;
      }
      console.log(`## ${passage.id}\n${(out + passage.text.slice(pos)).replace(/\n+/g, " ")}`);
      continue;
    }
    for (const m of mentions) {
      const short = !FULL.test(m.text.replace(/\s+/g, ""));
      if (!all && !short) continue;
      count++;
      const context = `${passage.text.slice(Math.max(0, m.start - 22), m.start)}【${m.text}】${passage.text.slice(m.end, m.end + 18)}`;
      console.log(short ? "S" : "F", m.type[0], passage.id, m.text, "|", context.replace(/\s+/g, " "));
    }
  }
}
if (!marked) console.error(`${count} mentions`);
