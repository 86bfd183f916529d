#!/usr/bin/env node
// Splits the hand-annotated corpus once into dev (tune on it) and test (report it, never look at its errors).
//
//   node scripts/corpus/split.mjs
//
// Reads eval/corpus/part-*.gold.jsonl; writes eval/corpus/dev.gold.jsonl and eval/corpus/test.gold.jsonl.
// Within each region group (a Shanxi city, another province, industry news) passages are ordered by a hash
// of their id and dealt alternately to test and dev, so both splits cover every group and the split does not
// depend on the order the annotators wrote them in. Run again, it writes the same files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = "eval/corpus";
const docs = readdirSync(dir)
  .filter((f) => /^part-.*\.gold\.jsonl$/.test(f))
  .sort()
  .flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
  );
const hash = (id) => createHash("sha256").update(id).digest("hex");
const groups = new Map();
for (const d of docs) {
  const group = d.id.replace(/-\d+$/, "").replace(/^[ab]-/, "");
  groups.set(group, [...(groups.get(group) ?? []), d]);
}
const dev = [];
const test = [];
let turn = 0;
for (const group of [...groups.keys()].sort()) {
  for (const d of groups.get(group).sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1))) (turn++ % 2 ? dev : test).push(d);
}
const write = (name, list) => writeFileSync(join(dir, name), `${list.map((d) => JSON.stringify(d)).join("\n")}\n`);
write("dev.gold.jsonl", dev);
write("test.gold.jsonl", test);
const chars = (list) => list.reduce((n, d) => n + d.text.length, 0);
const count = (list, type) => list.reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);
for (const [name, list] of [
  ["dev", dev],
  ["test", test],
])
  console.log(
    `${name}: ${list.length} passages, ${chars(list)} chars, ${count(list, "ZONE")} ZONE, ${count(list, "COMPANY")} COMPANY`,
  );
