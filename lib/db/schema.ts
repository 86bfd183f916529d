/**
 * The local store (IndexedDB through Dexie), opened only in the extension's
 * own origin (the background service worker and extension pages), never in a
 * page. Every version after the first comes with an upgrade function and a
 * test that opens a database written by the previous version.
 *
 * v1: articles read and the entities each mentions.
 * v2: + entities (canonical name, aliases), facts, corrections.
 * v3: entities indexed by `mergedInto` (the reader's merges).
 * v4: + relations (company–zone relations with their evidence and the reader's verdict).
 *
 * Every upgrade function starts with `snapshot(tx)`: before the first upgrade
 * step of an open changes anything, the store as it was is handed to
 * `beforeUpgrade` (the background writes it as a backup file), once.
 */
import Dexie, { type EntityTable, type Transaction } from "dexie";
import {
  type ArticleRecord,
  type EntityRecord,
  type MentionRecord,
  type PRIMARY_KEYS,
  type RecordOf,
  TABLE_NAMES,
  type TableName,
} from "../model/records";

// The records' shapes are defined once, in lib/model/records.ts (the backup validates with the same schemas).
export type {
  ArticleRecord,
  CorrectionRecord,
  EntityRecord,
  FactRecord,
  FactSource,
  MentionRecord,
  RelationEvidence,
  RelationRecord,
} from "../model/records";

/** One Dexie table per record schema, keyed by its primary key. */
export type KxdbDatabase = Dexie & {
  [T in TableName]: EntityTable<RecordOf<T>, Extract<(typeof PRIMARY_KEYS)[T], keyof RecordOf<T>>>;
};

export const DB_NAME = "kxdb-annotator";

export interface DexieDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Every table's records, as they are (tables an old version lacks are empty). */
export type StoreSnapshot = { [T in TableName]: RecordOf<T>[] };

export interface OpenHooks {
  /**
   * Called once, inside the upgrade transaction, before an existing store is
   * upgraded (never for a new store): do no IndexedDB work here, keep the snapshot.
   */
  beforeUpgrade?: (snapshot: StoreSnapshot) => void;
}

/** The newest schema version. */
export const DB_VERSION = 4;

/** Open the store; `deps` lets tests pass fake-indexeddb; `upTo` an older version, for upgrade tests. */
export function openDatabase(
  name = DB_NAME,
  deps?: DexieDeps,
  upTo: 1 | 2 | 3 | 4 = DB_VERSION,
  hooks: OpenHooks = {},
): KxdbDatabase {
  const db = new Dexie(name, deps) as KxdbDatabase;
  let snapshotTaken = false;
  /** The first line of every upgrade function. */
  const snapshot = async (tx: Transaction): Promise<void> => {
    if (!hooks.beforeUpgrade || snapshotTaken) return;
    snapshotTaken = true;
    const tables = {} as Record<TableName, unknown[]>;
    for (const table of TABLE_NAMES) tables[table] = tx.storeNames.includes(table) ? await tx.table(table).toArray() : [];
    hooks.beforeUpgrade(tables as StoreSnapshot);
  };
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
      await snapshot(tx);
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
      await snapshot(tx);
      // v2 had no merges; a `mergedInto` left empty by a v2 writer is dropped so the index holds only real ones.
      await tx
        .table<EntityRecord>("entities")
        .filter((e) => "mergedInto" in e && !e.mergedInto)
        .modify((e) => {
          delete e.mergedInto;
        });
    });
  if (upTo < 4) return db;
  db.version(4)
    .stores({ relations: "id, companyId, zoneId, *urls" })
    .upgrade(async (tx) => {
      // A new table: nothing to move. Relations fill in as articles are read again.
      await snapshot(tx);
    });
  return db;
}
