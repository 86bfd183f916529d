/**
 * The one typed channel between the extension's parts (content scripts,
 * popup, extension pages) and the background service worker.
 */
import { defineExtensionMessaging } from "@webext-core/messaging";
import type { ArticleMeta } from "./article/kxdb";
import type { BackupFile, BackupState } from "./backup/schedule";
import type { Correction } from "./corrections";
import type { EntityAppearances } from "./db/articles";
import type { FactPatch, NewFact } from "./db/facts";
import type { FactRecord } from "./db/schema";
import type { Mention } from "./ner/types";

export interface RecognizeResult {
  mentions: Mention[];
  /** Milliseconds spent recognizing, in the background. */
  ms: number;
}

interface ProtocolMap {
  /** Find zones and companies in a text. */
  recognize(text: string): RecognizeResult;
  /** Recognize an article's text, record the article and its entities, badge the tab. */
  annotateArticle(data: { text: string; meta: ArticleMeta }): RecognizeResult;
  /** Where else an entity appeared, and under which names. */
  entityInfo(entityId: string): EntityAppearances;
  /** Suppress a name or add one the recognizer missed; applies in every tab at once. */
  correct(change: Correction): void;
  /** Annotate articles on another site from now on (its host permission already granted), and this tab now. */
  enableSite(data: { origin: string; tabId?: number }): void;
  /** Stop annotating another site. */
  disableSite(origin: string): void;
  /** Save a quote as a fact (the same quote from the same article again: the existing fact). */
  saveFact(fact: NewFact): { fact: FactRecord; created: boolean };
  updateFact(data: { id: string; patch: FactPatch }): FactRecord;
  /** To the trash; undoFactDelete brings it back. */
  deleteFact(id: string): void;
  undoFactDelete(id?: string): FactRecord | undefined;
  factsForEntity(entityId: string): FactRecord[];
  factsForArticle(url: string): FactRecord[];
  /** The last deleted facts (up to 20), newest deletion first. */
  trash(): FactRecord[];
  /** Canonical names and types of entities, for facts linked to entities not on this page. */
  entityNames(ids: string[]): Record<string, { canonical: string; type: "ZONE" | "COMPANY" }>;
  /** An extension page (notes) wrote to the store: tell every tab. */
  notifyFactsChanged(): void;
  /** Open the e-paper reader page (query from lib/epaper/links readerQuery) in a new tab next to the sender's. */
  openReader(query: string): void;
  /** Open one of the extension's own pages (notes, reader) in a new tab: web pages cannot link to them. */
  openExtensionPage(url: string): void;
  /** Background → every tab and extension page: facts changed somewhere; refresh what is shown. */
  factsChanged(): void;
  /** Background → content script: the save-fact shortcut was pressed. */
  saveSelection(): void;
  /** Background → content script: the toggle shortcut was pressed. */
  toggleHighlights(): void;
  /** Notes page → background: the reader's answer about automatic backups; switched on, the first one is written at once. */
  setAutoBackup(enabled: boolean): BackupState;
  /** Notes page → background: write a backup into kxdb-backups/ now. */
  backupNow(): BackupFile;
  /** Background → offscreen document: part of a backup's JSON; the last part returns a blob: URL of the whole file. */
  backupBlobPart(data: { part: string; last: boolean }): string | null;
  /** Background → offscreen document: the download is done, free the blob. */
  revokeBackupBlob(url: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
