/**
 * Automatic backups, the pure part: when one is due, what the file is
 * called, which old ones to delete, how long ago the last one was. Removing
 * the extension deletes its IndexedDB; these files in the downloads folder
 * outlive it and restore with the normal import. The background
 * (entrypoints/background/backups.ts) does the writing.
 */

/** Folder under the browser's downloads folder. */
export const BACKUP_DIR = "kxdb-backups";
/** Backups the extension keeps; older ones it wrote are deleted. */
export const KEEP_BACKUPS = 8;
/** A scheduled backup is written when the last one is at least this old. */
export const BACKUP_INTERVAL_DAYS = 7;
export const BACKUP_ALARM = "kxdb-auto-backup";
/** The alarm wakes the background daily; a backup is written only when one is due. */
export const BACKUP_ALARM_PERIOD_MINUTES = 24 * 60;

const DAY = 24 * 60 * 60 * 1000;

/** Why a backup was written. */
export type BackupReason = "first" | "scheduled" | "upgrade" | "now";

/** A backup file the extension wrote (its download id lets it delete the file later). */
export interface BackupFile {
  downloadId: number;
  filename: string;
  at: number;
  reason: BackupReason;
}

/** Kept in extension storage (lib/platform/storageItems backupStateItem); written only by the background. */
export interface BackupState {
  /** `null`: not asked yet; then the reader's answer (changeable on the notes page). */
  enabled: boolean | null;
  /** Oldest first. */
  files: BackupFile[];
  lastAt?: number;
  /** The last attempt failed: when, and the technical text (shown collapsed). */
  lastError?: { at: number; detail: string };
}

export const NO_BACKUPS: BackupState = { enabled: null, files: [] };

/** Ask once, after the first fact is saved, and never again once answered. */
export function shouldAsk(state: BackupState, factCount: number): boolean {
  return state.enabled === null && factCount > 0;
}

/** A scheduled backup is due: switched on, something to back up, and none in the last week. */
export function backupDue(state: BackupState, now: number, factCount: number): boolean {
  if (state.enabled !== true || factCount === 0) return false;
  return state.lastAt === undefined || now - state.lastAt >= BACKUP_INTERVAL_DAYS * DAY - 60 * 60 * 1000;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of `at` in the reader's time zone. */
export function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Relative to the downloads folder: `kxdb-backups/kxdb-backup-2026-11-25.json`
 * (the local date); before a schema upgrade `…-2026-11-25-before-upgrade.json`.
 * A second backup the same day gets the browser's own suffix (uniquify).
 */
export function backupFilename(at: number, reason: BackupReason = "scheduled"): string {
  return `${BACKUP_DIR}/kxdb-backup-${localDate(at)}${reason === "upgrade" ? "-before-upgrade" : ""}.json`;
}

/** After adding a file: the ones to delete (the oldest beyond the newest `keep`), and the list that stays. */
export function pruneBackups(files: BackupFile[], keep = KEEP_BACKUPS): { keep: BackupFile[]; remove: BackupFile[] } {
  const sorted = [...files].sort((a, b) => a.at - b.at);
  const cut = Math.max(0, sorted.length - keep);
  return { remove: sorted.slice(0, cut), keep: sorted.slice(cut) };
}

/** Whole calendar days (local) from `then` to `now`: 0 = today, 1 = yesterday. */
export function daysAgo(then: number, now: number): number {
  const a = new Date(then);
  const b = new Date(now);
  const startA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const startB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.max(0, Math.round((startB - startA) / DAY));
}
