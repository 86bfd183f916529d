/**
 * The local store (IndexedDB through Dexie), opened only in the extension's
 * own origin (the background service worker and extension pages), never in a
 * page. Version 1 records what the reader has read: articles and which
 * entities each one mentions, so an entity card can say where else it appeared.
 */
import Dexie, { type EntityTable } from "dexie";
import type { EntityType } from "../ner/types";

export interface ArticleRecord {
  /** Canonical article URL (kxdb.com: `…/show.php?itemid=N`). */
  url: string;
  title: string;
  /** Publication date `YYYY-MM-DD`, "" when unknown. */
  date: string;
  source: string;
  author: string;
  /** Newspaper issue (期), "" when not shown. */
  issue: string;
  firstRead: number;
  lastRead: number;
}

export interface MentionRecord {
  /** `${url} ${entityId}`. */
  id: string;
  url: string;
  entityId: string;
  type: EntityType;
  canonical: string;
  /** The names this article used for the entity. */
  names: string[];
  count: number;
}

export type KxdbDatabase = Dexie & {
  articles: EntityTable<ArticleRecord, "url">;
  mentions: EntityTable<MentionRecord, "id">;
};

export const DB_NAME = "kxdb-annotator";

export function openDatabase(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): KxdbDatabase {
  const db = new Dexie(name, indexedDB ? { indexedDB, IDBKeyRange: keyRange } : undefined) as KxdbDatabase;
  db.version(1).stores({
    articles: "url, date, lastRead",
    mentions: "id, url, entityId",
  });
  return db;
}
