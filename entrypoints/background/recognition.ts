/**
 * Where recognition happens. In Chrome the recognizer (jieba-wasm, 4 MB) lives
 * in an offscreen document (entrypoints/recognizer) that outlives this worker:
 * Chrome stops an idle worker after ~30 s, and jieba's cold start would fall
 * on the next article. What reaches the worker is forwarded to that document,
 * and when it cannot be had, recognized here (as Firefox, which has no
 * offscreen documents, always does). The reader's corrections reach both.
 */
import { type Corrections, formatCorrections } from "@/lib/corrections";
import { HeapImageStore } from "@/lib/db/heapImages";
import { recognizerDomainWords } from "@/lib/ner/domainWords";
import { startJiebaWithImage } from "@/lib/ner/segmenter";
import { type RecognizeResult, sendMessage } from "@/lib/platform/messaging";
import { correctionsItem } from "@/lib/platform/storageItems";
import { RecognizerHost } from "@/lib/recognizerHost";

// The wasm is copied next to the manifest by wxt.config.ts (not from public/, so WXT's path type does not know it).
const wasmUrl = () => (browser.runtime.getURL as (path: string) => string)("/jieba_rs_wasm_bg.wasm");

/** Corrections being written: a recognizer started meanwhile must get these, not storage's older ones. */
let pendingCorrections: Corrections | undefined;
const currentCorrections = async () => pendingCorrections ?? (await correctionsItem.getValue());

/** The recognizer in this worker: Firefox's, or Chrome's when the offscreen document cannot be had. */
let localHost: RecognizerHost | undefined;
function local(): RecognizerHost {
  if (!localHost) {
    const images = new HeapImageStore();
    const domainWords = recognizerDomainWords(import.meta.env.KXDB_DOMAIN_WORDS_ID);
    const jieba = () => startJiebaWithImage(fetch(wasmUrl()), import.meta.env.KXDB_JIEBA_WASM_ID, images, domainWords);
    const host = new RecognizerHost({ jieba, images });
    localHost = host;
    void currentCorrections().then((c) => host.configure(c));
  }
  return localHost;
}

/** Chrome (and other Chromium browsers) only. */
export const offscreenApi = () => (browser as Partial<typeof browser>).offscreen;
const OFFSCREEN_PAGE = "/recognizer.html";
let offscreen: Promise<boolean> | undefined;
/** Forwarding to the offscreen document failed this many times in a row; at MAX_FAILURES this worker stops trying. */
let offscreenFailures = 0;
const MAX_FAILURES = 2;

async function offscreenOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"] });
  return contexts.length > 0;
}

/** The offscreen document is there (created now if need be, with the current corrections in its URL); false: recognize here. */
export function ensureOffscreen(): Promise<boolean> {
  const api = offscreenApi();
  if (!api?.createDocument || offscreenFailures >= MAX_FAILURES) return Promise.resolve(false);
  offscreen ??= (async () => {
    // Both asked at once: at browser start every round trip to the browser process is slow.
    const [open, current] = await Promise.all([offscreenOpen(), currentCorrections()]);
    if (open) return true;
    const corrections = formatCorrections(current);
    await api.createDocument({
      url: `${OFFSCREEN_PAGE}#${encodeURIComponent(corrections)}`,
      reasons: ["WORKERS", "BLOBS"],
      justification:
        "Keeps the article recognizer (jieba WebAssembly and its 350k-word dictionary) alive between service-worker restarts, so articles are annotated without a 0.5 s rebuild; makes blob: URLs of automatic backup files for chrome.downloads.",
    });
    return true;
  })().catch((e) => {
    console.error("kxdb: no offscreen document, recognizing in the service worker", e);
    offscreen = undefined;
    offscreenFailures++;
    return false;
  });
  return offscreen;
}

export async function recognizeText(text: string, url?: string): Promise<RecognizeResult> {
  while (await ensureOffscreen()) {
    try {
      const result = await sendMessage("hostRecognize", { text, url });
      offscreenFailures = 0;
      return result;
    } catch (e) {
      // Gone (closed, crashed) or broken: look again, create it again; twice in a row, and this worker recognizes.
      console.warn("kxdb: the offscreen recognizer did not answer", e);
      offscreen = undefined;
      if (++offscreenFailures >= MAX_FAILURES)
        await offscreenApi()
          ?.closeDocument()
          .catch(() => {});
    }
  }
  return local().recognize(text, url);
}

/** Give the recognizers new corrections, and only then store them: tabs re-annotate when storage changes. */
export async function setCorrections(c: Corrections): Promise<void> {
  pendingCorrections = c;
  try {
    await pushCorrections(c);
    await correctionsItem.setValue(c);
  } finally {
    pendingCorrections = undefined;
  }
}

export async function pushCorrections(c: Corrections): Promise<void> {
  const waits: Promise<void>[] = [];
  if (localHost) waits.push(localHost.configure(c));
  if (offscreenApi()?.createDocument && (await offscreenOpen().catch(() => false))) {
    waits.push(
      sendMessage("hostCorrections", c).catch(async (e) => {
        // A document with old corrections must not answer pages: close it, the next one starts with these.
        console.warn("kxdb: the offscreen recognizer missed corrections; closing it", e);
        offscreen = undefined;
        await offscreenApi()
          ?.closeDocument()
          .catch(() => {});
      }),
    );
  }
  await Promise.all(waits);
}

/** Start the recognizer where it will run, so the first article does not wait for it. */
export async function warmUp(): Promise<void> {
  if (!(await ensureOffscreen())) await local().start();
}
