/**
 * npm run -s ner -- [--relations] FILE.jsonl
 * Reads lines {"id","text"} and prints one line per input:
 * {"id","entities":[{"start","end","type","text","entityId","canonical"}]}
 * With --relations, each line also has the company–zone relations the text states
 * (lib/ner/relations.ts): "relations":[{"company":{"start","end","text","entityId"},
 * "zone":{…},"kind":"located"|"signed"|"invests","evidence":{"start","end"},"confidence"}].
 * Offsets are JavaScript string indices into the original text.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { extractRelations } from "../lib/ner/relations";
import { createNodeRecognizer } from "./node-recognizer";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withRelations = args.includes("--relations");
  const file = args.find((a) => a !== "--relations");
  if (!file) {
    process.stderr.write('usage: npm run -s ner -- [--relations] FILE.jsonl  (lines of {"id","text"}; - reads stdin)\n');
    process.exit(2);
  }
  const recognizer = await createNodeRecognizer();
  const input = file === "-" ? process.stdin : createReadStream(file, "utf8");
  input.on("error", (e: Error) => {
    process.stderr.write(`ner: cannot read ${file}: ${e.message}\n`);
    process.exit(2);
  });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let failures = 0;
  const out: string[] = [];
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      process.stderr.write(`ner: ${file}:${lineNo}: not JSON, skipped\n`);
      failures++;
      continue;
    }
    if (typeof doc.text !== "string") {
      process.stderr.write(`ner: ${file}:${lineNo}: no "text" string, skipped\n`);
      failures++;
      continue;
    }
    const entities = recognizer.recognize(doc.text);
    const id = doc.id ?? lineNo;
    out.push(
      JSON.stringify(withRelations ? { id, entities, relations: extractRelations(doc.text, entities) } : { id, entities }),
    );
    if (out.length >= 256) {
      process.stdout.write(`${out.join("\n")}\n`);
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
  if (failures) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`ner: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
