/**
 * The reader's maintenance of entities: rename, merge two into one (their
 * facts follow), split a wrongly merged name off. A merged entity stays as a
 * pointer (`mergedInto`), so mentions recognized later under its id still
 * land on the entity kept.
 */
import { t } from "../i18n";
import type { EntityRecord, KxdbDatabase } from "./schema";

/** Follow merge pointers to the entity that is kept. */
export async function resolveEntityId(db: KxdbDatabase, id: string): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 10; hops++) {
    const e = await db.entities.get(current);
    if (!e?.mergedInto) return current;
    current = e.mergedInto;
  }
  return current;
}

/** The kept entity first, then every entity merged into it. */
export async function entityFamily(db: KxdbDatabase, id: string): Promise<string[]> {
  const root = await resolveEntityId(db, id);
  const merged = (await db.entities.where("mergedInto").equals(root).primaryKeys()) as string[];
  return [root, ...merged.filter((m) => m !== root)];
}

export async function renameEntity(db: KxdbDatabase, id: string, canonical: string): Promise<void> {
  const name = canonical.trim();
  if (!name) throw new Error(t("nameRequired"));
  await db.transaction("rw", db.entities, async () => {
    const e = await db.entities.get(id);
    if (!e) throw new Error(t("noSuchEntity", id));
    await db.entities.put({ ...e, canonical: name, renamed: true, aliases: [...new Set([...e.aliases, e.canonical])] });
  });
}

/** Merge `goneId` into `keepId`: facts, mentions and names follow; `goneId` points to `keepId` from now on. */
export async function mergeEntities(db: KxdbDatabase, keepId: string, goneId: string): Promise<void> {
  if (keepId === goneId) return;
  await db.transaction("rw", db.entities, db.facts, db.mentions, async () => {
    const [keep, gone] = await db.entities.bulkGet([keepId, goneId]);
    if (!keep || !gone) throw new Error(t("mergeMissing"));
    await db.entities.put({
      ...keep,
      aliases: [...new Set([...keep.aliases, gone.canonical, ...gone.aliases])],
      firstSeen: Math.min(keep.firstSeen, gone.firstSeen),
      lastSeen: Math.max(keep.lastSeen, gone.lastSeen),
    });
    await db.entities.put({ ...gone, mergedInto: keepId });
    await db.entities.where("mergedInto").equals(goneId).modify({ mergedInto: keepId });
    const now = Date.now();
    await db.facts
      .where("entityIds")
      .equals(goneId)
      .modify((f) => {
        f.entityIds = [...new Set(f.entityIds.map((x) => (x === goneId ? keepId : x)))];
        f.updatedAt = now;
      });
  });
}

/**
 * Split the name `alias` off `id` into an entity of its own: facts whose quote
 * uses that name (and not the entity's other names) go with it.
 */
export async function splitEntity(db: KxdbDatabase, id: string, alias: string): Promise<string> {
  return db.transaction("rw", db.entities, db.facts, async () => {
    const e = await db.entities.get(id);
    if (!e) throw new Error(t("noSuchEntity", id));
    if (alias === e.canonical) throw new Error(t("splitCanonical"));
    const newId = `${id}#${alias}`;
    const rest = e.aliases.filter((a) => a !== alias);
    const split: EntityRecord = {
      id: newId,
      type: e.type,
      canonical: alias,
      aliases: [alias],
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
    };
    await db.entities.bulkPut([{ ...e, aliases: rest }, split]);
    const others = [e.canonical, ...rest].filter((n) => !n.includes(alias));
    const now = Date.now();
    await db.facts
      .where("entityIds")
      .equals(id)
      .filter((f) => f.quote.includes(alias) && !others.some((n) => f.quote.includes(n)))
      .modify((f) => {
        f.entityIds = f.entityIds.map((x) => (x === id ? newId : x));
        f.updatedAt = now;
      });
    return newId;
  });
}
