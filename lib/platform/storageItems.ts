/**
 * Settings kept in extension storage (not IndexedDB): small, read at start
 * by every part, and their change events reach every tab. Browser-only.
 */
import { storage } from "wxt/utils/storage";
import { type BackupState, NO_BACKUPS } from "../backup/schedule";
import type { Corrections } from "../corrections";

/** The reader's corrections to the recognizer. */
export const correctionsItem = storage.defineItem<Corrections>("local:corrections", {
  fallback: { suppressed: [], added: [] },
});

/** Origins of other news sites the reader switched annotation on for. */
export const enabledSitesItem = storage.defineItem<string[]>("local:enabledSites", { fallback: [] });

/** Names of the one-time store repairs (lib/db/repairs.ts) already run in this profile. */
export const repairsDoneItem = storage.defineItem<string[]>("local:repairsDone", { fallback: [] });

/** Automatic backups: the reader's answer, the files written (oldest first), the last attempt. Written by the background only. */
export const backupStateItem = storage.defineItem<BackupState>("local:backups", { fallback: NO_BACKUPS });
