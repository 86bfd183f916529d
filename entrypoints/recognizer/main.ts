/**
 * Chrome's offscreen document: keeps jieba and the recognizer alive while the
 * service worker comes and goes (Chrome stops an idle worker after ~30 s; a
 * cold start costs the page ~0.5 s, a warm recognizer a few ms). Pages ask it
 * directly (recognizeArticle); the worker forwards what reaches it
 * (hostRecognize). Only chrome.runtime exists here: the worker is told about
 * each article (badge, store) and passes the reader's corrections in (in the
 * URL at creation, hostCorrections later). See docs/recognizer-host.md.
 *
 * This module is small on purpose: it starts what takes long (the wasm, the
 * heap image from IndexedDB) and answers messages at once, while the rest of
 * the code (recognizer, gazetteer, store) loads beside it.
 */
import { parseCorrections } from "@/lib/corrections";
import { HeapImageStore } from "@/lib/db/heapImages";
import { recognizerDomainWords } from "@/lib/ner/domainWords";
import { startJiebaWithImage } from "@/lib/ner/segmenter";
import { answerHostChannels } from "@/lib/platform/hostChannel";
import { onMessage } from "@/lib/platform/messaging";
// Blob URLs for automatic backups: the same (only) offscreen document.
import "./backupBlobs";

const images = new HeapImageStore();
const jieba = startJiebaWithImage(
  fetch((browser.runtime.getURL as (path: string) => string)("/jieba_rs_wasm_bg.wasm")),
  import.meta.env.KXDB_JIEBA_WASM_ID,
  images,
  recognizerDomainWords(import.meta.env.KXDB_DOMAIN_WORDS_ID),
);
const corrections = parseCorrections(decodeURIComponent(location.hash.slice(1)));
const document = import("./document").then(({ startDocument }) => startDocument({ jieba, images, corrections }));

onMessage("recognizeArticle", async ({ data, sender }) => (await document).recognizeArticle(data, sender.tab?.id));
answerHostChannels(async (data, tabId) => (await document).recognizeArticle(data, tabId));
onMessage("hostRecognize", async ({ data }) => (await document).host.recognize(data.text, data.url));
onMessage("hostCorrections", async ({ data }) => (await document).host.configure(data));
