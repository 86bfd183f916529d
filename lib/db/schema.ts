/**
 * The local store (IndexedDB through Dexie), opened only in the extension's
 * own origin (the background service worker and extension pages), never in a
 * page. Every version after the first comes with an upgrade function and a
 * test that opens a database written by the previous version.
 *
 * v1: articles read and the entities each mentions.
 * v2: + entities (canonical name, aliases), facts, corrections.
 * v3: entities indexed by `mergedInto` (the reader's merges).
 */
import Dexie, { type EntityTable } from "dexie";
import type { Anchor } from "../anchor/textQuote";
import type { Figure } from "../facts/figures";
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

export interface EntityRecord {
  /** The recognizer's stable entityId. */
  id: string;
  type: EntityType;
  canonical: string;
  /** Every name it was seen under. */
  aliases: string[];
  firstSeen: number;
  lastSeen: number;
  /** The reader renamed it: the recognizer's canonical name no longer overwrites `canonical`. */
  renamed?: boolean;
  /** The reader merged it into another entity: look there instead. */
  mergedInto?: string;
}

export interface FactSource {
  url: string;
  title: string;
  date: string;
  /** Newspaper or site (`科学导报`). */
  source: string;
  issue: string;
  /** E-paper facts: the newspaper page (版面) the article is on. */
  page?: string;
}

export interface FactRecord {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  entityIds: string[];
  figures: Figure[];
  /** Source article; `url` is duplicated at top level for the index. */
  url: string;
  sourceInfo: FactSource;
  anchor: Anchor;
  createdAt: number;
  updatedAt: number;
  /** Set while the fact is in the trash (undo); absent otherwise, so it is not in that index. */
  deletedAt?: number;
  /** `url` + normalized quote: the same quote from the same article is one fact. */
  dedupe: string;
}

export interface CorrectionRecord {
  name: string;
  kind: "suppress" | "add";
  type?: EntityType;
  at: number;
}

export type KxdbDatabase = Dexie & {
  articles: EntityTable<ArticleRecord, "url">;
  mentions: EntityTable<MentionRecord, "id">;
  entities: EntityTable<EntityRecord, "id">;
  facts: EntityTable<FactRecord, "id">;
  corrections: EntityTable<CorrectionRecord, "name">;
};

export const DB_NAME = "kxdb-annotator";

export interface DexieDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Open the store; `deps` lets tests pass fake-indexeddb. */
export function openDatabase(name = DB_NAME, deps?: DexieDeps, upTo: 1 | 2 | 3 = 3): KxdbDatabase {
  const db = new Dexie(name, deps) as KxdbDatabase;
  db.version(1).stores({
    articles: "url, date, lastRead",
    mentions: "id, url, entityId",
  });
  if (upTo < 2) return db;
  db.version(2)
    .stores({
      entities: "id, type, canonical, *aliases",
      facts: "id, url, *entityIds, createdAt, updatedAt, deletedAt, &dedupe, *tags",
      corrections: "name, kind, at",
    })
    .upgrade(async (tx) => {
      // Entities were only implicit in v1's mentions: gather them, with every name seen.
      const entities = new Map<string, EntityRecord>();
      const articles = new Map((await tx.table<ArticleRecord>("articles").toArray()).map((a) => [a.url, a]));
      await tx.table<MentionRecord>("mentions").each((m) => {
        const seen = articles.get(m.url)?.lastRead ?? Date.now();
        const e = entities.get(m.entityId) ?? {
          id: m.entityId,
          type: m.type,
          canonical: m.canonical,
          aliases: [],
          firstSeen: seen,
          lastSeen: seen,
        };
        for (const n of m.names) if (!e.aliases.includes(n)) e.aliases.push(n);
        e.firstSeen = Math.min(e.firstSeen, seen);
        e.lastSeen = Math.max(e.lastSeen, seen);
        entities.set(m.entityId, e);
      });
      await tx.table("entities").bulkPut([...entities.values()]);
    });
  if (upTo < 3) return db;
  db.version(3)
    .stores({ entities: "id, type, canonical, *aliases, mergedInto" })
    .upgrade(async (tx) => {
      // v2 had no merges; a `mergedInto` left empty by a v2 writer is dropped so the index holds only real ones.
      await tx
        .table<EntityRecord>("entities")
        .filter((e) => "mergedInto" in e && !e.mergedInto)
        .modify((e) => {
          delete e.mergedInto;
        });
    });
  return db;
}
