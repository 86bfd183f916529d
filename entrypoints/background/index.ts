/**
 * Background service worker: hosts the recognizer. jieba-wasm (4 MB) is
 * compiled here once, under the extension's own CSP (`wasm-unsafe-eval`),
 * never in a page whose CSP could forbid it. See docs/ARCHITECTURE.md.
 */
import { onMessage } from "@/lib/messaging";
import { createRecognizer, type Recognizer } from "@/lib/ner/recognizer";
import { loadJieba } from "@/lib/ner/segmenter";

let recognizer: Promise<Recognizer> | undefined;

function getRecognizer(): Promise<Recognizer> {
  // The wasm is copied next to the manifest by wxt.config.ts (not from public/, so WXT's path type does not know it).
  const wasmUrl = (browser.runtime.getURL as (path: string) => string)("/jieba_rs_wasm_bg.wasm");
  recognizer ??= loadJieba(fetch(wasmUrl)).then((seg) => createRecognizer(seg));
  return recognizer;
}

export default defineBackground(() => {
  onMessage("recognize", async ({ data }) => {
    const r = await getRecognizer();
    const t0 = performance.now();
    const mentions = r.recognize(data);
    return { mentions, ms: performance.now() - t0 };
  });
  // Warm up while the browser is idle, so the first article does not wait for jieba.
  void getRecognizer();
});
