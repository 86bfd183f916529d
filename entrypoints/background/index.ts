/**
 * Background service worker: wiring only. It owns the store (in the
 * extension's origin, never a page's), the recognizer's host (recognition.ts),
 * and answers the other parts' messages, each kind in its own module. Every
 * fact write goes through the facts service, which tells the tabs.
 * See docs/ARCHITECTURE.md.
 */
import { DB_VERSION, openDatabase } from "@/lib/db/schema";
import { backgroundFactsService } from "@/lib/platform/factsBroadcast";
import { onMessage } from "@/lib/platform/messaging";
import { handleArticleMessages } from "./articles";
import { createBackups } from "./backups";
import { handleCorrections } from "./corrections";
import { handlePageMessages, handleShortcuts } from "./extensionPages";
import { handleFactMessages } from "./facts";
import { ensureOffscreen, warmUp } from "./recognition";
import { runRepairs } from "./repairs";
import { handleSiteMessages, registerSiteScripts } from "./sites";

export default defineBackground(() => {
  // First: the recognizer (the offscreen document) is what the first article waits for.
  void warmUp();
  // Before an upgrade of an existing store, its old contents are written as a backup (if the reader wants backups).
  const db = openDatabase(undefined, undefined, DB_VERSION, { beforeUpgrade: (snapshot) => backups.beforeUpgrade(snapshot) });
  const backups = createBackups(() => db, ensureOffscreen);
  onMessage("setAutoBackup", ({ data }) => backups.setEnabled(data));
  onMessage("backupNow", () => backups.backupNow());
  // Open the store at once, so an upgrade happens here (and is backed up) before a page opens it; then a backup if one is due.
  void db
    .open()
    .then(() => backups.check())
    .catch((e) => console.error("kxdb: store or backup check failed", e));

  const facts = backgroundFactsService(db);
  handleArticleMessages(db);
  handleCorrections(db);
  handleFactMessages(db, facts);
  handleSiteMessages();
  handlePageMessages();
  handleShortcuts();

  void registerSiteScripts();
  void runRepairs(db, facts);

  // Have Chrome start this worker when the browser starts, not at the first page (warmUp above runs at every start).
  browser.runtime.onStartup.addListener(() => void warmUp());
});
