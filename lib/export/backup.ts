/**
 * JSON backup of the whole store (or of a selection) and its import.
 * The file is validated with valibot before anything is written; a corrupt,
 * truncated or foreign file gets a message saying what is wrong. Importing
 * shows a summary first (new / same / conflicting); a conflict keeps whichever
 * side was edited last; importing the same file twice changes nothing.
 */
import * as v from "valibot";
import type { ArticleRecord, EntityRecord, FactRecord, KxdbDatabase } from "../db/schema";
import { PRIMARY_KEYS, RECORD_SCHEMAS, TABLE_NAMES, type TableName } from "../model/records";

export const BACKUP_FORMAT = "kxdb-annotator-backup";
/** Version of the backup file format (not of the database). */
export const BACKUP_VERSION = 1;

/** One array per table of the store, each record validated with the store's own schema (lib/model/records.ts). */
function tableArrays<S extends Record<string, v.GenericSchema>>(schemas: S): { [T in keyof S]: v.ArraySchema<S[T], undefined> } {
  return Object.fromEntries(Object.entries(schemas).map(([t, schema]) => [t, v.array(schema)])) as {
    [T in keyof S]: v.ArraySchema<S[T], undefined>;
  };
}

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.finite(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: v.string(),
  ...tableArrays(RECORD_SCHEMAS),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(db: KxdbDatabase, factIds?: string[]): Promise<Backup> {
  return db.transaction("r", TABLE_NAMES, async () => {
    const facts = factIds ? ((await db.facts.bulkGet(factIds)).filter(Boolean) as FactRecord[]) : await db.facts.toArray();
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
    };
  });
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** Read and validate a backup file's text. Nothing is written here. */
export function parseBackup(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: `文件不是完整的 JSON（可能已损坏或被截断）：${(e as Error).message}` };
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: "这不是科学导报标注助手的备份文件（缺少 format: kxdb-annotator-backup）。" };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > BACKUP_VERSION) {
    return { ok: false, error: `备份文件来自更新的版本（格式 ${version}），请先升级扩展。` };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? "(根)";
    return { ok: false, error: `备份文件内容不合格式：${path} — ${issue.message}（共 ${result.issues.length} 处问题）` };
  }
  return { ok: true, backup: result.output };
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
    const incoming = backup[table] as Record<string, unknown>[];
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
