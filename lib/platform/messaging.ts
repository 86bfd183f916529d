/**
 * The one typed channel between the extension's parts (content scripts,
 * popup, extension pages) and the background service worker.
 */
import { defineExtensionMessaging } from "@webext-core/messaging";
import type { BackupFile, BackupState } from "../backup/schedule";
import type { Correction, Corrections } from "../corrections";
import type { ArticleSource, EntityInfo, FactPatch, Mention, NewFact, RecognizeResult } from "../model/reading";
import type { FactRecord } from "../model/records";
import { askHostChannel } from "./hostChannel";

export type { RecognizeResult };

/** An article's mentions and the facts saved from it: all a page needs to paint. */
export interface ArticleResult extends RecognizeResult {
  facts: FactRecord[];
  /** Milliseconds from the host's receipt of the request to its answer (the rest of the round trip is messaging). */
  hostMs?: number;
}

export type ArticleRequest = { text: string; meta: ArticleSource };

interface ProtocolMap {
  /** Find zones and companies in a text. */
  recognize(text: string): RecognizeResult;
  /**
   * Recognize an article's text, with the facts saved from it; the article and its entities are recorded and the
   * tab badged. Answered by the recognizer's host itself (Chrome: the offscreen document; Firefox: the background),
   * so a stopped service worker is not waited for. No answer (no such host): ask the background, annotateArticle.
   */
  recognizeArticle(data: ArticleRequest): ArticleResult;
  /** The same, answered by the background: it forwards to the offscreen document, or recognizes itself. */
  annotateArticle(data: ArticleRequest): ArticleResult;
  /** Background → offscreen document: recognize. */
  hostRecognize(data: { text: string; url?: string }): RecognizeResult;
  /** Background → offscreen document: the reader's corrections changed (answered once the recognizer has them). */
  hostCorrections(corrections: Corrections): void;
  /**
   * Offscreen document → background: an article was recognized; record it (with the relations its text states:
   * hence the text) and badge its tab.
   */
  articleRecognized(data: { meta: ArticleSource; text: string; mentions: Mention[]; tabId?: number }): void;
  /** Where else an entity appeared, under which names, and its line of the zone directory (for the card). */
  entityInfo(entityId: string): EntityInfo;
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
  /** An article's facts: under its URL, or under any of several (ArticleSource.formerUrls). */
  factsForArticle(url: string | string[]): FactRecord[];
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
  /**
   * Notes page → background, after an import: zones and companies the backup recorded under an older form of their
   * id (a zone's with a place's level, a rank or a province before its county; `阳煤集团公司` apart from 阳煤集团) move
   * to the current one, as the one-time repairs did for the store.
   */
  relinkEntities(): { moved: number };
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

/**
 * Have an article recognized, the quick way first: the recognizer's host
 * answers directly (down the content script's open channel when there is one, hostChannel.ts) (in Chrome the offscreen document, which outlives the
 * service worker); when no host answers (none yet, closed, failed), the
 * background does, starting a host or recognizing itself.
 */
export async function requestAnnotation(data: ArticleRequest): Promise<ArticleResult> {
  const channel = askHostChannel(data);
  if (channel) {
    try {
      return await channel;
    } catch {
      // Closed (no host, or it went away): the message below finds whoever answers now.
    }
  }
  try {
    return await sendMessage("recognizeArticle", data);
  } catch {
    return sendMessage("annotateArticle", data);
  }
}
