/**
 * Automatic backups, written by the background: weekly (a daily alarm checks
 * whether one is due), when the reader switches them on, on request, and
 * before a schema upgrade. Each is the normal JSON backup
 * (lib/export/backup.ts), downloaded into kxdb-backups/ in the downloads
 * folder; the newest KEEP_BACKUPS the extension wrote are kept, older ones it
 * wrote are deleted (file and download entry). When and what: lib/backup/schedule.ts.
 */
import {
  BACKUP_ALARM,
  BACKUP_ALARM_PERIOD_MINUTES,
  type BackupFile,
  type BackupReason,
  type BackupState,
  backupDue,
  backupFilename,
  pruneBackups,
} from "@/lib/backup/schedule";
import type { KxdbDatabase, StoreSnapshot } from "@/lib/db/schema";
import { type Backup, backupOf, exportBackup } from "@/lib/export/backup";
import { sendMessage } from "@/lib/platform/messaging";
import { backupStateItem } from "@/lib/platform/storageItems";

/** Characters per message to the offscreen document (messages are capped at 64 MB). */
const PART = 4_000_000;

/**
 * A blob: URL for the file's text, and how to free it once downloaded. In Chrome it is made by the
 * offscreen document (the recognizer's: Chrome allows one), which `offscreenDocument` opens if need be.
 */
async function fileUrl(
  json: string,
  offscreenDocument: () => Promise<boolean>,
): Promise<{ url: string; release: () => Promise<void> }> {
  // Firefox's background is a page: it can make blob: URLs itself. Chrome's service worker cannot.
  if (!browser.offscreen) {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    return { url, release: async () => URL.revokeObjectURL(url) };
  }
  if (!(await offscreenDocument())) throw new Error("no offscreen document to make the backup file's URL");
  let url: string | null = null;
  for (let i = 0; i === 0 || i < json.length; i += PART) {
    url = await sendMessage("backupBlobPart", { part: json.slice(i, i + PART), last: i + PART >= json.length });
  }
  if (!url) throw new Error("the offscreen document made no blob URL");
  const made = url;
  // The document stays: it is the recognizer's too.
  return { url: made, release: () => sendMessage("revokeBackupBlob", made).catch(() => {}) };
}

/** Resolves when the download is complete; rejects when it is interrupted. */
function downloaded(id: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (state: string | undefined, filename: string, error?: string) => {
      if (state === "complete") {
        browser.downloads.onChanged.removeListener(onChanged);
        resolve(filename);
      } else if (state === "interrupted") {
        browser.downloads.onChanged.removeListener(onChanged);
        reject(new Error(`download interrupted: ${error ?? "unknown"}`));
      }
    };
    const onChanged = (delta: Browser.downloads.DownloadDelta) => {
      if (delta.id !== id || !delta.state) return;
      void browser.downloads
        .search({ id })
        .then(([item]) => settle(delta.state?.current, item?.filename ?? "", delta.error?.current));
    };
    browser.downloads.onChanged.addListener(onChanged);
    // It may have finished before the listener was added.
    void browser.downloads.search({ id }).then(([item]) => settle(item?.state, item?.filename ?? "", item?.error));
  });
}

/** Delete a backup file the extension wrote, and its entry in the downloads list; gone already is fine. */
async function removeBackup(file: BackupFile): Promise<void> {
  await browser.downloads.removeFile(file.downloadId).catch(() => {});
  await browser.downloads.erase({ id: file.downloadId }).catch(() => {});
}

/** `offscreenDocument`: opens (or finds) the offscreen document; false when there is none to be had. */
export function createBackups(getDb: () => KxdbDatabase, offscreenDocument: () => Promise<boolean>) {
  /** One backup (and one change of the state) at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => {});
    return next;
  };

  async function write(reason: BackupReason, given?: Backup): Promise<BackupFile> {
    const at = Date.now();
    try {
      const backup = given ?? (await exportBackup(getDb()));
      const { url, release } = await fileUrl(JSON.stringify(backup), offscreenDocument);
      let file: BackupFile;
      try {
        const downloadId = await browser.downloads.download({
          url,
          filename: backupFilename(at, reason),
          conflictAction: "uniquify",
          saveAs: false,
        });
        const filename = await downloaded(downloadId);
        file = { downloadId, filename: filename || backupFilename(at, reason), at, reason };
      } finally {
        await release();
      }
      const state = await backupStateItem.getValue();
      const { keep, remove } = pruneBackups([...state.files, file]);
      await Promise.all(remove.map(removeBackup));
      await backupStateItem.setValue({ ...state, files: keep, lastAt: at, lastError: undefined });
      return file;
    } catch (e) {
      const state = await backupStateItem.getValue();
      await backupStateItem.setValue({
        ...state,
        lastError: { at, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) },
      });
      throw e;
    }
  }

  async function ensureAlarm(state: BackupState): Promise<void> {
    if (state.enabled !== true) {
      await browser.alarms.clear(BACKUP_ALARM);
      return;
    }
    if (!(await browser.alarms.get(BACKUP_ALARM))) {
      await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: BACKUP_ALARM_PERIOD_MINUTES });
    }
  }

  /** Facts not in the trash (only trashed ones are in the deletedAt index): two index counts, no scan. */
  const liveFacts = async () => (await getDb().facts.count()) - (await getDb().facts.orderBy("deletedAt").count());

  /** Write one if it is due (the alarm, and when the background starts). */
  const check = () =>
    serial(async () => {
      const state = await backupStateItem.getValue();
      await ensureAlarm(state);
      if (backupDue(state, Date.now(), await liveFacts())) await write("scheduled");
    });

  const setEnabled = (enabled: boolean) =>
    serial(async () => {
      const state = { ...(await backupStateItem.getValue()), enabled };
      await backupStateItem.setValue(state);
      await ensureAlarm(state);
      // Switched on: the first backup now, not in a week.
      if (backupDue(state, Date.now(), await liveFacts())) void serial(() => write("first")).catch(() => {});
      return state;
    });

  const backupNow = () => serial(() => write("now"));

  /** The store as it was before a schema upgrade: kept as a file if the reader wants backups. */
  function beforeUpgrade(snapshot: StoreSnapshot): void {
    const backup = backupOf(snapshot);
    void serial(async () => {
      if ((await backupStateItem.getValue()).enabled === true) await write("upgrade", backup);
    }).catch((e) => console.error("kxdb: backup before the upgrade failed", e));
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) void check().catch((e) => console.error("kxdb: scheduled backup failed", e));
  });

  return { check, setEnabled, backupNow, beforeUpgrade };
}
