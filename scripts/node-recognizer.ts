/** The recognizer in Node: jieba's wasm read from node_modules. Used by the CLI, benchmarks and tests. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createRecognizer, type Recognizer, type RecognizerOptions } from "../lib/ner/recognizer";
import { loadJieba, type Segmenter } from "../lib/ner/segmenter";

export function jiebaWasmPath(): string {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json; its web build sits beside the wasm.
  return join(dirname(require.resolve("jieba-wasm/web")), "jieba_rs_wasm_bg.wasm");
}

export function loadNodeJieba(): Promise<Segmenter> {
  return loadJieba(readFileSync(jiebaWasmPath()));
}

export async function createNodeRecognizer(options?: RecognizerOptions): Promise<Recognizer> {
  return createRecognizer(await loadNodeJieba(), options);
}
