/**
 * The one way to change facts: every write of a fact (save, edit, delete,
 * undo, bulk tag, import) and every entity change that rewrites facts' links
 * or the names shown with them (rename, merge, split, the caption-lead
 * repair) goes through here, and each successful one is followed by exactly
 * one broadcast, so open tabs re-read their facts. Callers used to write and
 * then remember to tell the tabs; one forgotten call left a tab showing a
 * deleted fact.
 *
 * How tabs are told depends on where the service runs (the background tells
 * them itself; an extension page asks the background to), so the broadcast is
 * given: lib/platform/factsBroadcast.ts. Pure code otherwise: it runs in Node
 * against fake-indexeddb.
 */
import { mergeEntities, renameEntity, splitEntity } from "../db/entities";
import { deleteFacts, restoreFacts, saveFact, tagFacts, undoDelete, updateFact } from "../db/facts";
import { relinkCompanies, relinkZones, repairCaptionLeadNames } from "../db/repairs";
import type { KxdbDatabase } from "../db/schema";
import { applyImport, type ImportPlan } from "../export/backup";
import type { FactPatch, NewFact } from "../model/reading";

/** Tell every open tab that facts changed. Fire and forget: a tab that does not answer is no error of the write. */
export type FactsBroadcast = () => void | Promise<void>;

export function createFactsService(db: KxdbDatabase, broadcast: FactsBroadcast) {
  function announce(): void {
    try {
      // A failed broadcast must not turn a write that happened into an error the reader sees.
      void Promise.resolve(broadcast()).catch(() => {});
    } catch {}
  }

  /**
   * Each write given here is one IndexedDB transaction: when it throws (the disk
   * is full, the fact is gone), nothing was written, so there is nothing to announce.
   */
  async function write<T>(change: () => Promise<T>): Promise<T> {
    const result = await change();
    announce();
    return result;
  }

  /**
   * A repair moves entities one at a time (each in its own transaction): the tabs are told even when it fails
   * halfway, for what it moved before.
   */
  async function repairing<T>(repair: () => Promise<T>): Promise<T> {
    try {
      return await repair();
    } finally {
      announce();
    }
  }

  return {
    /** Save a quote (the same quote from the same article again: the one fact, restored if in the trash). */
    save: (fact: NewFact) => write(() => saveFact(db, fact)),
    /** Edit a fact's note, tags or entities. */
    update: (id: string, patch: FactPatch) => write(() => updateFact(db, id, patch)),
    /** Move facts to the trash, all in one transaction (one bulk deletion is undone whole). */
    delete: (ids: string[]) => write(() => deleteFacts(db, ids)),
    /** Take a fact (or the most recently deleted one) out of the trash. */
    undoDelete: (id?: string) => write(() => undoDelete(db, id)),
    /** Bring back facts from the trash (a bulk undo). */
    restore: (ids: string[]) => write(() => restoreFacts(db, ids)),
    /** Add one tag to many facts, all or none. */
    addTag: (ids: string[], tag: string) => write(() => tagFacts(db, ids, tag)),
    /** Write an import plan (lib/export/backup.ts planImport), all or nothing. */
    importBackup: (plan: ImportPlan, onProgress?: (done: number, total: number) => void) =>
      write(() => applyImport(db, plan, onProgress)),
    /** Tabs show entities' names with their facts. */
    renameEntity: (id: string, canonical: string) => write(() => renameEntity(db, id, canonical)),
    /** `goneId`'s facts move to `keepId`. */
    mergeEntities: (keepId: string, goneId: string) => write(() => mergeEntities(db, keepId, goneId)),
    /** Facts quoting the name `alias` move to a new entity. */
    splitEntity: (id: string, alias: string) => write(() => splitEntity(db, id, alias)),
    /**
     * The one-time repair that merges caption-led entities (lib/db/repairs.ts): their facts move.
     * It is a merge per entity, each its own transaction: one that fails part way may have
     * merged some already, so the tabs are told either way.
     */
    repairCaptionLeadNames: () => repairing(() => repairCaptionLeadNames(db)),
    /** Zones recorded under an older form of their id move to the current one (lib/db/repairs.ts relinkZones). */
    relinkZones: (idOf: Parameters<typeof relinkZones>[1]) => repairing(() => relinkZones(db, idOf)),
    /** Companies recorded under an id of their own that the gazetteer knows (lib/db/repairs.ts relinkCompanies). */
    relinkCompanies: (idOf: Parameters<typeof relinkCompanies>[1]) => repairing(() => relinkCompanies(db, idOf)),
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
