/**
 * JSON backup of the whole store (or of a selection) and its import.
 * The file is validated with valibot before anything is written; a corrupt,
 * truncated or foreign file gets a message saying what is wrong. Importing
 * shows a summary first (new / same / conflicting); a conflict keeps whichever
 * side was edited last; importing the same file twice changes nothing.
 */
import * as v from "valibot";
import { allFactsInChunks } from "../db/facts";
import type { ArticleRecord, EntityRecord, FactRecord, KxdbDatabase, StoreSnapshot } from "../db/schema";
import { currentLocale, type MessageKey, t } from "../i18n";
import { PRIMARY_KEYS, RECORD_SCHEMAS, TABLE_NAMES, type TableName } from "../model/records";

export const BACKUP_FORMAT = "kxdb-annotator-backup";
/**
 * Version of the backup file format (not of the database).
 * 2: + `relations` (a version-1 file has none; an extension that only knows 1 refuses a 2
 * file instead of dropping its relations and the reader's verdicts on them unseen).
 */
export const BACKUP_VERSION = 2;

/** One array per table of the store, each record validated with the store's own schema (lib/model/records.ts). */
function tableArrays<S extends Record<string, v.GenericSchema>>(schemas: S): { [T in keyof S]: v.ArraySchema<S[T], undefined> } {
  return Object.fromEntries(Object.entries(schemas).map(([t, schema]) => [t, v.array(schema)])) as {
    [T in keyof S]: v.ArraySchema<S[T], undefined>;
  };
}

const { relations: RelationRecordSchema, ...VERSION_1_TABLES } = RECORD_SCHEMAS;

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.finite(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: v.string(),
  ...tableArrays(VERSION_1_TABLES),
  // Tables added after version 1 may be absent (an older file): read as empty.
  relations: v.optional(v.array(RelationRecordSchema)),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** A backup file of records already read (the store before a schema upgrade). */
export function backupOf(tables: StoreSnapshot, exportedAt = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), ...tables };
}

/**
 * The whole store (or the selected facts and what they refer to), read in one
 * transaction; the facts are read in chunks of 5,000 and `onProgress(done, total)`
 * is called after each, so a page can show how far a 100,000-fact export is.
 */
export async function exportBackup(
  db: KxdbDatabase,
  factIds?: string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Backup> {
  return db.transaction("r", TABLE_NAMES, async () => {
    const total = factIds ? factIds.length : await db.facts.count();
    const facts = factIds
      ? ((await db.facts.bulkGet(factIds)).filter(Boolean) as FactRecord[])
      : await allFactsInChunks(db, 5000, (done) => onProgress?.(done, total));
    if (factIds) onProgress?.(facts.length, total);
    if (!factIds) {
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date().toISOString(),
        facts,
        entities: await db.entities.toArray(),
        articles: await db.articles.toArray(),
        mentions: await db.mentions.toArray(),
        corrections: await db.corrections.toArray(),
        relations: await db.relations.toArray(),
      };
    }
    // A selection: its facts, and the entities and articles they refer to.
    const entityIds = [...new Set(facts.flatMap((f) => f.entityIds))];
    const urls = [...new Set(facts.map((f) => f.url))];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      facts,
      entities: (await db.entities.bulkGet(entityIds)).filter(Boolean) as EntityRecord[],
      articles: (await db.articles.bulkGet(urls)).filter(Boolean) as ArticleRecord[],
      mentions: [],
      corrections: [],
      relations: [],
    };
  });
}

/**
 * A refused file: `error` says what is wrong in words, in the reader's language;
 * `detail` is the parser's own text (`Unterminated string in JSON at position 414`,
 * the path of the first bad field), for a collapsed "details" line.
 */
export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string; detail?: string };

/** The i18n key naming each table in a sentence (第 1 条事实 / record 1 of the facts). */
export const TABLE_LABELS = {
  facts: "tableFacts",
  entities: "tableEntities",
  articles: "tableArticles",
  mentions: "tableMentions",
  corrections: "tableCorrections",
  relations: "tableRelations",
} as const satisfies Record<TableName, MessageKey>;

/** Read and validate a backup file's text. Nothing is written here. */
export function parseBackup(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: t("backupNotJson"), detail: String(e) };
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: t("backupForeign"), detail: `format ≠ "${BACKUP_FORMAT}"` };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > BACKUP_VERSION) {
    return { ok: false, error: t("backupNewer", version), detail: `version ${version} > ${BACKUP_VERSION}` };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? "";
    const detail = `${path || "(root)"}: ${issue.message}`;
    const [table, index] = path.split(".");
    const n = result.issues.length;
    if (table in TABLE_LABELS && /^\d+$/.test(index ?? "")) {
      const label = t(TABLE_LABELS[table as TableName]);
      return {
        ok: false,
        error: t("backupInvalid", Number(index) + 1, currentLocale() === "zh" ? label : label.toLowerCase(), n),
        detail,
      };
    }
    return { ok: false, error: t("backupInvalidTop", n), detail };
  }
  return { ok: true, backup: result.output };
}

/** Nothing in the plan would be written: every record is the same, or ours is newer. */
export function nothingToImport(plan: ImportPlan): boolean {
  return TABLE_NAMES.every((table) => plan[table].added.length === 0 && plan[table].replaced.length === 0);
}

export interface TablePlan<T> {
  added: T[];
  /** Conflicts where the file's copy was edited later: it replaces ours. */
  replaced: T[];
  same: number;
  /** Conflicts where our copy was edited later: ours is kept. */
  keptLocal: number;
}

export type ImportPlan = { [K in TableName]: TablePlan<unknown> } & { total: number };

const keyOf = (table: TableName) => (r: Record<string, unknown>) => r[PRIMARY_KEYS[table]] as string;
/** "Last edit" for each kind of record. */
const editedAt: Record<TableName, (r: Record<string, unknown>) => number> = {
  facts: (r) => Math.max(r.updatedAt as number, (r.deletedAt as number | undefined) ?? 0),
  entities: (r) => r.lastSeen as number,
  articles: (r) => r.lastRead as number,
  mentions: () => 0,
  corrections: (r) => r.at as number,
  relations: (r) => r.updatedAt as number,
};

/** Stable comparison: key order does not matter, absent = undefined. */
function sameRecord(a: unknown, b: unknown): boolean {
  const norm = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(norm)
      : x && typeof x === "object"
        ? Object.fromEntries(
            Object.entries(x as Record<string, unknown>)
              .filter(([, val]) => val !== undefined)
              .sort(([p], [q]) => p.localeCompare(q))
              .map(([k, val]) => [k, norm(val)]),
          )
        : x;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** Compare the file with the store: what is new, the same, or in conflict (and who wins). */
export async function planImport(db: KxdbDatabase, backup: Backup): Promise<ImportPlan> {
  const plan = { total: 0 } as ImportPlan;
  for (const table of TABLE_NAMES) {
    const incoming = (backup[table] ?? []) as Record<string, unknown>[];
    // Into an empty table (a fresh profile) everything is new: skip looking each record up.
    if ((await db[table].count()) === 0) {
      plan[table] = { added: incoming, replaced: [], same: 0, keptLocal: 0 };
      plan.total += incoming.length;
      continue;
    }
    const existing = await (
      db[table] as unknown as { bulkGet(keys: string[]): Promise<(Record<string, unknown> | undefined)[]> }
    ).bulkGet(incoming.map(keyOf(table)));
    const p: TablePlan<unknown> = { added: [], replaced: [], same: 0, keptLocal: 0 };
    // A fact new by id whose quote we already saved from the same article (under another id) is a duplicate: ours stays.
    const localDedupes =
      table === "facts"
        ? new Set(
            (
              await db.facts
                .where("dedupe")
                .anyOf(incoming.map((r) => r.dedupe as string))
                .toArray()
            ).map((f) => f.dedupe),
          )
        : new Set<string>();
    incoming.forEach((rec, i) => {
      const ours = existing[i];
      if (!ours && table === "facts" && localDedupes.has(rec.dedupe as string)) p.keptLocal++;
      else if (!ours) p.added.push(rec);
      else if (sameRecord(ours, rec)) p.same++;
      else if (editedAt[table](rec) > editedAt[table](ours)) p.replaced.push(rec);
      else p.keptLocal++;
    });
    plan[table] = p;
    plan.total += incoming.length;
  }
  return plan;
}

/** Write the plan in one transaction (all or nothing), reporting progress every 5,000 records. */
export async function applyImport(
  db: KxdbDatabase,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const writes = TABLE_NAMES.map((t) => [t, [...plan[t].added, ...plan[t].replaced]] as const);
  const total = writes.reduce((n, [, rows]) => n + rows.length, 0);
  let done = 0;
  await db.transaction("rw", TABLE_NAMES, async () => {
    for (const [table, rows] of writes) {
      for (let i = 0; i < rows.length; i += 5000) {
        const chunk = rows.slice(i, i + 5000);
        await (db[table] as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
  });
  return done;
}
