/**
 * Background service worker: the store, the badge, corrections, and where
 * recognition happens. In Chrome the recognizer (jieba-wasm, 4 MB) lives in
 * an offscreen document (entrypoints/recognizer) that outlives this worker:
 * Chrome stops an idle worker after ~30 s, and jieba's cold start would fall
 * on the next article. Pages ask that document directly; what reaches the
 * worker is forwarded to it, and when it cannot be had, recognized here (as
 * Firefox, which has no offscreen documents, always does). The database lives
 * in the extension's origin, never in a page's. See docs/ARCHITECTURE.md.
 */
import { applyCorrection, type Corrections, formatCorrections } from "@/lib/corrections";
import { entityAppearances, recordArticle } from "@/lib/db/articles";
import { deleteFact, factsForArticle, factsForEntity, saveFact, trash, undoDelete, updateFact } from "@/lib/db/facts";
import { HeapImageStore } from "@/lib/db/heapImages";
import { dropSuppressionsOfUnseenNames, repairCaptionLeadNames } from "@/lib/db/repairs";
import { openDatabase } from "@/lib/db/schema";
import { normalizeName } from "@/lib/model/names";
import type { ArticleSource } from "@/lib/model/reading";
import { recognizerDomainWords } from "@/lib/ner/domainWords";
import { startJiebaWithImage } from "@/lib/ner/segmenter";
import type { Mention } from "@/lib/ner/types";
import { type ArticleRequest, type ArticleResult, onMessage, type RecognizeResult, sendMessage } from "@/lib/platform/messaging";
import { correctionsItem, enabledSitesItem, repairsDoneItem } from "@/lib/platform/storageItems";
import { RecognizerHost } from "@/lib/recognizerHost";
import { matchPattern, scriptId } from "@/lib/sites";
import { createBackups } from "./backups";

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
const offscreenApi = () => (browser as Partial<typeof browser>).offscreen;
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
function ensureOffscreen(): Promise<boolean> {
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

async function recognizeText(text: string, url?: string): Promise<RecognizeResult> {
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
async function setCorrections(c: Corrections): Promise<void> {
  pendingCorrections = c;
  try {
    await pushCorrections(c);
    await correctionsItem.setValue(c);
  } finally {
    pendingCorrections = undefined;
  }
}

async function pushCorrections(c: Corrections): Promise<void> {
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
async function warmUp(): Promise<void> {
  if (!(await ensureOffscreen())) await local().start();
}

const CONTENT_SCRIPT = "/content-scripts/kxdb.js";

/** Run a repair of stored data (lib/db/repairs.ts) once per profile; a failed one is tried again at the next start. */
async function repairOnce(name: string, repair: () => Promise<void>): Promise<void> {
  try {
    const done = await repairsDoneItem.getValue();
    if (done.includes(name)) return;
    await repair();
    await repairsDoneItem.setValue([...done, name]);
  } catch (e) {
    console.error(`kxdb: repair ${name} failed`, e);
  }
}

/** Tell every tab with our content script, and our own pages (reader, notes), that facts changed (those without a listener just do not answer). */
async function notifyTabs(): Promise<void> {
  sendMessage("factsChanged", undefined).catch(() => {});
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) sendMessage("factsChanged", undefined, tab.id).catch(() => {});
  }
}

/** One registered content script per enabled site that still has its permission. */
async function registerSiteScripts(): Promise<void> {
  const sites = await enabledSitesItem.getValue();
  const granted: string[] = [];
  for (const origin of sites) {
    if (await browser.permissions.contains({ origins: [matchPattern(origin)] })) granted.push(origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.map((s) => s.id).filter((id) => id.startsWith("site:") && !granted.some((o) => scriptId(o) === id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = granted.filter((o) => !registered.some((s) => s.id === scriptId(o)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: scriptId(origin),
        matches: [matchPattern(origin)],
        js: [CONTENT_SCRIPT.slice(1)],
        runAt: "document_idle" as const,
      })),
    );
  }
}

export default defineBackground(() => {
  // First: the recognizer (the offscreen document) is what the first article waits for.
  void warmUp();
  // Before an upgrade of an existing store, its old contents are written as a backup (if the reader wants backups).
  const db = openDatabase(undefined, undefined, 3, { beforeUpgrade: (snapshot) => backups.beforeUpgrade(snapshot) });
  const backups = createBackups(() => db, ensureOffscreen);
  onMessage("setAutoBackup", ({ data }) => backups.setEnabled(data));
  onMessage("backupNow", () => backups.backupNow());
  // Open the store at once, so an upgrade happens here (and is backed up) before a page opens it; then a backup if one is due.
  void db
    .open()
    .then(() => backups.check())
    .catch((e) => console.error("kxdb: store or backup check failed", e));

  /** After every article: badge its tab, record it (not on the reader's path: highlights go in while it is written). */
  const articleRecognized = (meta: ArticleSource, mentions: Mention[], tabId: number | undefined) => {
    if (tabId !== undefined) {
      const entities = new Set(mentions.map((m) => m.entityId)).size;
      void browser.action.setBadgeText({ tabId, text: entities ? String(entities) : "" });
      void browser.action.setBadgeBackgroundColor({ tabId, color: "#1a7f37" });
    }
    recordArticle(db, meta, mentions).catch((e) => console.error("kxdb: could not record article", e));
  };
  const annotate = async (data: ArticleRequest, tabId: number | undefined): Promise<ArticleResult> => {
    const [result, facts] = await Promise.all([recognizeText(data.text, data.meta.url), factsForArticle(db, data.meta.url)]);
    articleRecognized(data.meta, result.mentions, tabId);
    return { ...result, facts };
  };

  onMessage("recognize", ({ data }) => recognizeText(data));
  onMessage("annotateArticle", ({ data, sender }) => annotate(data, sender.tab?.id));
  // Without offscreen documents this worker is the recognizer's host, and answers pages' first request itself.
  if (!offscreenApi()?.createDocument) onMessage("recognizeArticle", ({ data, sender }) => annotate(data, sender.tab?.id));
  onMessage("articleRecognized", ({ data }) => articleRecognized(data.meta, data.mentions, data.tabId));

  onMessage("entityInfo", ({ data }) => entityAppearances(db, data));

  onMessage("correct", async ({ data }) => {
    await setCorrections(applyCorrection(await correctionsItem.getValue(), data));
    await db.corrections.put({
      name: normalizeName(data.name),
      kind: data.kind,
      type: data.kind === "add" ? data.type : undefined,
      at: Date.now(),
    });
  });

  // Facts. Each write is one transaction in lib/db/facts.ts; every tab is told afterwards.
  const changed = <T>(result: T): T => {
    void notifyTabs();
    return result;
  };
  onMessage("saveFact", async ({ data }) => changed(await saveFact(db, data)));
  onMessage("updateFact", async ({ data }) => changed(await updateFact(db, data.id, data.patch)));
  onMessage("deleteFact", async ({ data }) => changed(await deleteFact(db, data)));
  onMessage("undoFactDelete", async ({ data }) => changed(await undoDelete(db, data)));
  onMessage("factsForEntity", ({ data }) => factsForEntity(db, data));
  onMessage("factsForArticle", ({ data }) => factsForArticle(db, data));
  onMessage("trash", () => trash(db));
  onMessage("notifyFactsChanged", () => notifyTabs());
  onMessage("entityNames", async ({ data }) => {
    const out: Record<string, { canonical: string; type: "ZONE" | "COMPANY" }> = {};
    for (const e of await db.entities.bulkGet(data)) if (e) out[e.id] = { canonical: e.canonical, type: e.type };
    return out;
  });

  // Corrections are written through setCorrections, which tells the recognizers first; this catches any other writer.
  correctionsItem.watch((c) => void pushCorrections(c));

  onMessage("enableSite", async ({ data }) => {
    const sites = await enabledSitesItem.getValue();
    if (!sites.includes(data.origin)) await enabledSitesItem.setValue([...sites, data.origin]);
    await registerSiteScripts();
    if (data.tabId !== undefined) {
      await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT] });
    }
  });

  onMessage("disableSite", async ({ data }) => {
    await enabledSitesItem.setValue((await enabledSitesItem.getValue()).filter((o) => o !== data));
    await browser.permissions.remove({ origins: [matchPattern(data)] }).catch(() => false);
    await registerSiteScripts();
  });

  void registerSiteScripts();
  // One after the other: each records its name in the same list.
  void (async () => {
    await repairOnce("suppressions-of-shifted-highlights", async () => {
      const { corrections, dropped } = await dropSuppressionsOfUnseenNames(db, await correctionsItem.getValue());
      if (dropped.length) await setCorrections(corrections);
    });
    await repairOnce("caption-lead-names", async () => void (await repairCaptionLeadNames(db)));
  })();

  // The e-paper reader and the notes page are extension pages: opened from here, since a web page cannot link to them.
  const openNextTo = async (url: string, sender: { tab?: { index: number; windowId?: number } }) => {
    await browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined, windowId: sender.tab?.windowId });
  };
  onMessage("openReader", ({ data, sender }) => openNextTo(`${browser.runtime.getURL("/reader.html")}?${data}`, sender));
  onMessage("openExtensionPage", ({ data, sender }) => {
    if (!data.startsWith(browser.runtime.getURL("/"))) throw new Error("not a page of this extension");
    return openNextTo(data, sender);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === "toggle-highlights") sendMessage("toggleHighlights", undefined, tab.id).catch(() => {});
    if (command === "save-fact") sendMessage("saveSelection", undefined, tab.id).catch(() => {});
  });

  // Have Chrome start this worker when the browser starts, not at the first page (warmUp above runs at every start).
  browser.runtime.onStartup.addListener(() => void warmUp());
});
