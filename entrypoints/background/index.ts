/**
 * Background service worker: hosts the recognizer and the store.
 * jieba-wasm (4 MB) is compiled here once, under the extension's own CSP
 * (`wasm-unsafe-eval`), never in a page whose CSP could forbid it; the
 * database lives in the extension's origin, never in a page's.
 * See docs/ARCHITECTURE.md.
 */
import { applyCorrection, type Corrections } from "@/lib/corrections";
import { entityAppearances, recordArticle } from "@/lib/db/articles";
import { deleteFact, factsForArticle, factsForEntity, saveFact, trash, undoDelete, updateFact } from "@/lib/db/facts";
import { dropSuppressionsOfUnseenNames, repairCaptionLeadNames } from "@/lib/db/repairs";
import { openDatabase } from "@/lib/db/schema";
import { onMessage, sendMessage } from "@/lib/messaging";
import { createRecognizer, type Recognizer } from "@/lib/ner/recognizer";
import { loadJieba, type Segmenter } from "@/lib/ner/segmenter";
import { matchPattern, scriptId } from "@/lib/sites";
import { correctionsItem, enabledSitesItem, repairsDoneItem } from "@/lib/storageItems";
import { createBackups } from "./backups";

let segmenter: Promise<Segmenter> | undefined;
let recognizer: Promise<Recognizer> | undefined;

function getSegmenter(): Promise<Segmenter> {
  // The wasm is copied next to the manifest by wxt.config.ts (not from public/, so WXT's path type does not know it).
  const wasmUrl = (browser.runtime.getURL as (path: string) => string)("/jieba_rs_wasm_bg.wasm");
  segmenter ??= loadJieba(fetch(wasmUrl));
  return segmenter;
}

function getRecognizer(): Promise<Recognizer> {
  recognizer ??= Promise.all([getSegmenter(), correctionsItem.getValue()]).then(([seg, c]) => build(seg, c));
  return recognizer;
}

function build(seg: Segmenter, c: Corrections): Recognizer {
  return createRecognizer(seg, { suppressed: c.suppressed, added: c.added });
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
  // Before an upgrade of an existing store, its old contents are written as a backup (if the reader wants backups).
  const db = openDatabase(undefined, undefined, 3, { beforeUpgrade: (snapshot) => backups.beforeUpgrade(snapshot) });
  const backups = createBackups(() => db);
  onMessage("setAutoBackup", ({ data }) => backups.setEnabled(data));
  onMessage("backupNow", () => backups.backupNow());
  // Open the store at once, so an upgrade happens here (and is backed up) before a page opens it; then a backup if one is due.
  void db
    .open()
    .then(() => backups.check())
    .catch((e) => console.error("kxdb: store or backup check failed", e));

  onMessage("recognize", async ({ data }) => {
    const r = await getRecognizer();
    const t0 = performance.now();
    const mentions = r.recognize(data);
    return { mentions, ms: performance.now() - t0 };
  });

  onMessage("annotateArticle", async ({ data, sender }) => {
    const r = await getRecognizer();
    const t0 = performance.now();
    const mentions = r.recognize(data.text);
    const ms = performance.now() - t0;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const entities = new Set(mentions.map((m) => m.entityId)).size;
      void browser.action.setBadgeText({ tabId, text: entities ? String(entities) : "" });
      void browser.action.setBadgeBackgroundColor({ tabId, color: "#1a7f37" });
    }
    // Recording is not on the reader's path: highlights go in while it is written.
    recordArticle(db, data.meta, mentions).catch((e) => console.error("kxdb: could not record article", e));
    return { mentions, ms };
  });

  onMessage("entityInfo", ({ data }) => entityAppearances(db, data));

  onMessage("correct", async ({ data }) => {
    await correctionsItem.setValue(applyCorrection(await correctionsItem.getValue(), data));
    await db.corrections.put({
      name: data.name.replace(/\s+/g, ""),
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

  // Every tab re-annotates on this change itself (storage events); here the recognizer is rebuilt.
  correctionsItem.watch((c) => {
    recognizer = getSegmenter().then((seg) => build(seg, c));
  });

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
      if (dropped.length) await correctionsItem.setValue(corrections);
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

  // Warm up while the browser is idle, so the first article does not wait for jieba.
  void getRecognizer();
});
