/**
 * Keeping the store, on the notes page: asks the browser for persistent
 * storage and shows how much the store takes (navigator.storage); asks once,
 * after the first fact, whether to back up automatically; then shows when the
 * last backup was written, with "back up now" and the switch.
 * The background writes the backups (entrypoints/background/backups.ts).
 */
import { useEffect, useState } from "preact/hooks";
import { type BackupState, daysAgo, KEEP_BACKUPS, NO_BACKUPS, shouldAsk } from "@/lib/backup/schedule";
import { HeapImageStore } from "@/lib/db/heapImages";
import { t } from "@/lib/i18n";
import { formatSize } from "@/lib/notes/formatSize";
import { sendMessage } from "@/lib/platform/messaging";
import { backupStateItem } from "@/lib/platform/storageItems";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";

function lastBackupLabel(lastAt: number | undefined, now: number): string {
  if (lastAt === undefined) return t("backupNever");
  const days = daysAgo(lastAt, now);
  return days === 0 ? t("backupLastToday") : days === 1 ? t("backupLastOneDay") : t("backupLastDays", days);
}

interface StorageInfo {
  usage?: number;
  /** Of `usage`, the segmenter's start-up image (lib/db/heapImages.ts): a cache, rebuilt when missing. */
  cache?: number;
  /** The browser will not clear the store on its own: persisted, or unlimitedStorage (which Chrome never evicts). */
  kept?: boolean;
}

/** The segmenter's start-up images, sized for the store line (one connection for the page, not one per count). */
const heapImages = new HeapImageStore();

/** Ask for persistent storage where the browser offers it; then how much is used. */
function useStorage(factCount: number): StorageInfo {
  const [info, setInfo] = useState<StorageInfo>({});
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    let live = true;
    void (async () => {
      let persisted = storage.persisted ? await storage.persisted() : false;
      if (!persisted && storage.persist) persisted = await storage.persist().catch(() => false);
      const unlimited = await browser.permissions.contains({ permissions: ["unlimitedStorage"] }).catch(() => false);
      const { usage } = await storage.estimate();
      const cache = await heapImages.totalBytes().catch(() => 0);
      if (live) setInfo({ usage, cache, kept: persisted || unlimited });
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, [factCount]);
  return info;
}

export function StorePanel({ factCount }: { factCount: number }) {
  const [state, setState] = useState<BackupState | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<ReaderError | null>(null);
  const { usage, cache, kept } = useStorage(factCount);

  useEffect(() => {
    void backupStateItem.getValue().then(setState);
    return backupStateItem.watch((s) => setState(s ?? NO_BACKUPS));
  }, []);

  const answer = (enabled: boolean) => {
    setError(null);
    sendMessage("setAutoBackup", enabled).then(setState, (e) => setError(readerError(e, t("tryAgain"))));
  };
  const backupNow = async () => {
    setBusy(true);
    setError(null);
    setStatus(t("backupWriting"));
    try {
      const file = await sendMessage("backupNow", undefined);
      setStatus(t("backupWritten", file.filename.split(/[\\/]/).slice(-2).join("/")));
    } catch (e) {
      setStatus("");
      setError(readerError(e, t("backupFailed")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {usage !== undefined && (
        <p class="meta" data-kxdb-store-size={usage} data-kxdb-store-cache={cache} data-kxdb-store-kept={String(kept)}>
          {t("storeSize", formatSize(usage))}
          {/* Tens of MB for a handful of facts puzzles a reader: say what most of it is. */}
          {cache ? t("storeSizeCache", formatSize(cache)) : ""} · {kept ? t("storePersisted") : t("storeNotPersisted")}
        </p>
      )}
      {state && shouldAsk(state, factCount) && (
        <section class="ask-backup" data-kxdb-backup-ask>
          <p>{t("backupAsk", KEEP_BACKUPS)}</p>
          <button type="button" data-kxdb-action="backup-yes" onClick={() => answer(true)}>
            {t("backupYes")}
          </button>
          <button type="button" data-kxdb-action="backup-no" onClick={() => answer(false)}>
            {t("backupNo")}
          </button>
        </section>
      )}
      {state && state.enabled !== null && (
        <p class="meta backups" data-kxdb-backups={state.enabled ? "on" : "off"}>
          {state.enabled ? t("backupOn", KEEP_BACKUPS) : t("backupOff")} ·{" "}
          <span data-kxdb-last-backup>{lastBackupLabel(state.lastAt, Date.now())}</span>{" "}
          <button type="button" data-kxdb-action="backup-now" disabled={busy || factCount === 0} onClick={() => void backupNow()}>
            {t("backupNowButton")}
          </button>{" "}
          <button type="button" data-kxdb-action="backup-toggle" onClick={() => answer(!state.enabled)}>
            {state.enabled ? t("backupTurnOff") : t("backupTurnOn")}
          </button>
          {status && (
            <span aria-live="polite" data-kxdb-backup-status>
              {" "}
              {status}
            </span>
          )}
        </p>
      )}
      {state?.enabled && state.lastError && !error && (
        <ErrorMessage error={{ message: t("backupFailed"), detail: state.lastError.detail }} />
      )}
      {error && <ErrorMessage error={error} />}
    </>
  );
}
