/**
 * Facts: quotes the reader saved, tied to zones and companies, with their
 * source and an anchor. Every write is one IndexedDB transaction, so a service
 * worker killed mid-save leaves the whole fact or none; the same quote from
 * the same article is one fact; deletions go to a trash of the last 20 that
 * survives reloads, so they can be undone.
 */
import Dexie from "dexie";
import { extractFigures } from "../facts/figures";
import { t } from "../i18n";
import type { FactPatch, NewFact } from "../model/reading";
import { entityFamily } from "./entities";
import type { EntityRecord, FactRecord, KxdbDatabase } from "./schema";

export const TRASH_SIZE = 20;

export type { FactPatch, NewFact };

/** The disk is full: the caller keeps the reader's text and says so. */
export class StoreFullError extends Error {
  constructor() {
    super(t("storeFull"));
    this.name = "StoreFullError";
  }
}

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  return name === "QuotaExceededError" || inner === "QuotaExceededError" || e instanceof Dexie.QuotaExceededError;
}

async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StoreFullError();
    throw e;
  }
}

export const normalizeQuote = (q: string) => q.replace(/\s+/g, "");
const dedupeKey = (url: string, quote: string) => `${url}\u0001${normalizeQuote(quote)}`;
const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().replace(/^#/, "")).filter(Boolean))];

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `f${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

/** Save a quote; saving the same quote from the same article again returns the one fact (restored if in the trash). */
export function saveFact(db: KxdbDatabase, input: NewFact, now = Date.now()): Promise<{ fact: FactRecord; created: boolean }> {
  const quote = input.quote.trim();
  if (!quote) return Promise.reject(new Error(t("emptyQuote")));
  return guarded(() =>
    db.transaction("rw", db.facts, async () => {
      const dedupe = dedupeKey(input.source.url, quote);
      const existing = await db.facts.where("dedupe").equals(dedupe).first();
      if (existing) {
        if (existing.deletedAt !== undefined) {
          delete existing.deletedAt;
          existing.updatedAt = now;
          await db.facts.put(existing);
        }
        return { fact: existing, created: false };
      }
      const fact: FactRecord = {
        id: newId(),
        quote,
        note: input.note ?? "",
        tags: cleanTags(input.tags ?? []),
        entityIds: [...new Set(input.entityIds)],
        figures: extractFigures(quote),
        url: input.source.url,
        sourceInfo: input.source,
        anchor: input.anchor,
        createdAt: now,
        updatedAt: now,
        dedupe,
      };
      await db.facts.add(fact);
      return { fact, created: true };
    }),
  );
}

export function updateFact(db: KxdbDatabase, id: string, patch: FactPatch, now = Date.now()): Promise<FactRecord> {
  return guarded(() =>
    db.transaction("rw", db.facts, async () => {
      const fact = await db.facts.get(id);
      if (!fact) throw new Error(t("noSuchFact", id));
      if (patch.note !== undefined) fact.note = patch.note;
      if (patch.tags !== undefined) fact.tags = cleanTags(patch.tags);
      if (patch.entityIds !== undefined) fact.entityIds = [...new Set(patch.entityIds)];
      fact.updatedAt = now;
      await db.facts.put(fact);
      return fact;
    }),
  );
}

/**
 * Add one tag to many facts in one transaction: all of them get it or, if the
 * write fails, none does. Facts gone meanwhile are skipped. Returns how many were tagged.
 */
export function tagFacts(db: KxdbDatabase, ids: string[], tag: string, now = Date.now()): Promise<number> {
  return guarded(() =>
    db.transaction("rw", db.facts, async () => {
      const facts = (await db.facts.bulkGet(ids)).filter((f): f is FactRecord => !!f);
      for (const fact of facts) {
        fact.tags = cleanTags([...fact.tags, tag]);
        fact.updatedAt = now;
      }
      await db.facts.bulkPut(facts);
      return facts.length;
    }),
  );
}

/** Move a fact to the trash; the trash keeps the last TRASH_SIZE deletions, older ones are gone for good. */
export function deleteFact(db: KxdbDatabase, id: string, now = Date.now()): Promise<void> {
  return deleteFacts(db, [id], now);
}

/**
 * Move facts to the trash in one transaction. The trash keeps the last
 * TRASH_SIZE deletions; one bulk deletion counts whole (all its facts stay
 * undoable together), older ones are purged.
 */
export function deleteFacts(db: KxdbDatabase, ids: string[], now = Date.now()): Promise<void> {
  return db.transaction("rw", db.facts, async () => {
    const n = await db.facts.where("id").anyOf(ids).modify({ deletedAt: now });
    if (!n) return;
    const trash = await db.facts.orderBy("deletedAt").reverse().toArray();
    if (trash.length <= TRASH_SIZE) return;
    const keepFrom = Math.min(trash[TRASH_SIZE - 1].deletedAt ?? now, now);
    await db.facts.bulkDelete(trash.filter((f) => (f.deletedAt ?? 0) < keepFrom).map((f) => f.id));
  });
}

/** Bring back facts from the trash (a bulk undo). */
export function restoreFacts(db: KxdbDatabase, ids: string[]): Promise<number> {
  return db.transaction("rw", db.facts, () =>
    db.facts
      .where("id")
      .anyOf(ids)
      .modify((f) => {
        delete f.deletedAt;
      }),
  );
}

/** Take a fact (or the most recently deleted one) out of the trash. */
export function undoDelete(db: KxdbDatabase, id?: string): Promise<FactRecord | undefined> {
  return db.transaction("rw", db.facts, async () => {
    const fact = id ? await db.facts.get(id) : await db.facts.orderBy("deletedAt").last();
    if (!fact || fact.deletedAt === undefined) return undefined;
    delete fact.deletedAt;
    await db.facts.put(fact);
    return fact;
  });
}

const newestFirst = (a: FactRecord, b: FactRecord) => b.createdAt - a.createdAt;

/** Facts about an entity from every article, newest first (trash excluded). */
export async function factsForEntity(db: KxdbDatabase, entityId: string): Promise<FactRecord[]> {
  const facts = await db.facts
    .where("entityIds")
    .anyOf(await entityFamily(db, entityId))
    .distinct()
    .toArray();
  return facts.filter((f) => f.deletedAt === undefined).sort(newestFirst);
}

/** The facts saved from an article: under its URL, and under the URLs it had before (ArticleSource.formerUrls). */
export async function factsForArticle(db: KxdbDatabase, url: string | string[]): Promise<FactRecord[]> {
  const facts = await db.facts
    .where("url")
    .anyOf(typeof url === "string" ? [url] : url)
    .toArray();
  return facts.filter((f) => f.deletedAt === undefined).sort(newestFirst);
}

export async function trash(db: KxdbDatabase): Promise<FactRecord[]> {
  return db.facts.orderBy("deletedAt").reverse().toArray();
}

/** Where a page of facts ended: the next page starts after it (keyset paging on the createdAt index). */
export interface PageCursor {
  createdAt: number;
  id: string;
}

/**
 * One page of facts, newest saved first (trash left out), read through the
 * createdAt index: `limit` records after `after` (or from the newest). A
 * reverse cursor walks equal createdAt keys by id, descending, so `after`
 * (its createdAt and id) pins the place exactly, ties included; the cost is
 * the page, not the store. No JavaScript filter on the range itself: that
 * keeps Dexie on one getAll (direction "prev") instead of a cursor step per
 * record, which costs a round trip each in Chromium. The trash is dropped
 * afterwards, reading on if it left the page short.
 */
export async function factsPage(db: KxdbDatabase, limit: number, after?: PageCursor): Promise<FactRecord[]> {
  const out: FactRecord[] = [];
  let from = after;
  if (from) {
    const { createdAt, id } = from;
    // Saved in the same millisecond as `after`, after it in the order: few, if any.
    const ties = await db.facts
      .where("createdAt")
      .equals(createdAt)
      .filter((f) => f.id < id)
      .toArray();
    ties.sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const f of ties) if (f.deletedAt === undefined && out.length < limit) out.push(f);
  }
  while (out.length < limit) {
    const want = limit - out.length;
    const range = from ? db.facts.where("createdAt").below(from.createdAt) : db.facts.orderBy("createdAt");
    const rows = await range.reverse().limit(want).toArray();
    for (const f of rows) if (f.deletedAt === undefined) out.push(f);
    if (rows.length < want) break;
    const last = rows[rows.length - 1];
    // Everything up to `last`'s millisecond is read unless ties straddle it: go on from its own ties.
    const more = await db.facts
      .where("createdAt")
      .equals(last.createdAt)
      .filter((f) => f.id < last.id)
      .toArray();
    more.sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const f of more) if (f.deletedAt === undefined && out.length < limit) out.push(f);
    from = { createdAt: last.createdAt, id: "" };
  }
  return out.slice(0, limit);
}

/** A page of facts with the entities they link: what the notes page draws. */
export interface FactsWithEntities {
  facts: FactRecord[];
  entities: EntityRecord[];
}

/** The entities `facts` link (one bulkGet), beside them. */
export async function withEntities(db: KxdbDatabase, facts: FactRecord[]): Promise<FactsWithEntities> {
  const ids = [...new Set(facts.flatMap((f) => f.entityIds))];
  const entities = (await db.entities.bulkGet(ids)).filter((e): e is EntityRecord => !!e);
  return { facts, entities };
}

/**
 * The newest `limit` facts and their entities in one read transaction: what the
 * notes page puts on screen first, read as soon as its script starts (one
 * transaction, not one per request; the full page of rows follows).
 */
export function newestFacts(db: KxdbDatabase, limit: number): Promise<FactsWithEntities> {
  return db.transaction("r", db.facts, db.entities, async () => withEntities(db, await factsPage(db, limit)));
}

/** Facts not in the trash, counted from indexes (no record is read): all, less those with a deletedAt. */
export async function liveFactCount(db: KxdbDatabase): Promise<number> {
  const [all, trashed] = await Promise.all([db.facts.count(), db.facts.orderBy("deletedAt").count()]);
  return all - trashed;
}

/**
 * Every fact (trash included), read in pages of `chunk` by primary key so a
 * page stays responsive while 100,000 are read; `onChunk` after each page,
 * with how many are read so far and the page just read.
 */
export async function allFactsInChunks(
  db: KxdbDatabase,
  chunk = 5000,
  onChunk?: (done: number, page: FactRecord[]) => void | Promise<void>,
): Promise<FactRecord[]> {
  const out: FactRecord[] = [];
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? db.facts.orderBy("id") : db.facts.where("id").above(last)).limit(chunk).toArray();
    for (const f of page) out.push(f);
    if (page.length) last = page[page.length - 1].id;
    const pending = onChunk?.(out.length, page);
    if (pending) await pending; // only when asked: inside a transaction, awaiting anything else could end it
    if (page.length < chunk) return out;
  }
}

/**
 * The page at `offset` (newest saved first) without walking the pages before
 * it: the cursor skips `offset` index entries without reading them. Facts in
 * the trash are counted by the skip and dropped from the page, so with a
 * trash a page can come out a few rows short (the trash holds ~20 at most).
 */
export async function factsPageAt(db: KxdbDatabase, offset: number, limit: number): Promise<FactRecord[]> {
  const page = await db.facts.orderBy("createdAt").reverse().offset(offset).limit(limit).toArray();
  return page.filter((f) => f.deletedAt === undefined);
}
