#!/usr/bin/env node
// Turns hand-annotated markup into gold JSONL (the format of ../shared/eval/*.gold.jsonl).
//
//   node scripts/corpus/markup.mjs IN.txt > OUT.jsonl
//
// IN holds one passage per block:
//   ### id: sx-ty-01
//   ### source: https://…
//   ### region: 山西/太原          (free text: province/city, or "行业" for industry news)
//   The passage text, with every mention marked as [[Z:晋城经开区]] (ZONE) or [[C:太重]] (COMPANY).
//   Paragraphs are lines (blank lines are dropped); the next "### id:" starts the next passage.
// Markup is removed from the text; offsets are JavaScript string indices into the clean text.
// Lines that cannot be read are reported on stderr and the exit code is 1.
import { readFileSync } from "node:fs";

const input = readFileSync(process.argv[2] ?? 0, "utf8").replace(/\r\n?/g, "\n");
const blocks = input.split(/^(?=### id:)/m).filter((b) => b.trim().startsWith("### id:"));
let bad = 0;
const ids = new Set();
for (const block of blocks) {
  const meta = {};
  const body = [];
  for (const line of block.split("\n")) {
    const m = /^### (\w+):\s*(.*)$/.exec(line);
    if (m) meta[m[1]] = m[2].trim();
    else if (line.trim()) body.push(line.trim());
  }
  const marked = body.join("\n");
  let text = "";
  const entities = [];
  const re = /\[\[([ZC]):([^\]]+?)\]\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    entities.push({ start, end: text.length, type: m[1] === "Z" ? "ZONE" : "COMPANY", text: m[2] });
    last = re.lastIndex;
  }
  text += marked.slice(last);
  const problems = [];
  if (!meta.id) problems.push("no id");
  if (ids.has(meta.id)) problems.push("duplicate id");
  if (!meta.source) problems.push("no source");
  if (/\[\[|\]\]/.test(text)) problems.push("unbalanced [[ ]] markup");
  if (problems.length) {
    console.error(`${meta.id ?? "?"}: ${problems.join(", ")}`);
    bad++;
    continue;
  }
  ids.add(meta.id);
  console.log(JSON.stringify({ id: meta.id, source: meta.source, region: meta.region ?? "", text, entities }));
}
if (bad) process.exit(1);
