/** Recording read articles and asking where an entity appeared. */

import { normalizeName } from "../model/names";
import type { ArticleSource, EntityAppearances, Mention } from "../model/reading";
import { entityFamily, resolveEntityId } from "./entities";
import type { ArticleRecord, EntityRecord, KxdbDatabase, MentionRecord } from "./schema";

/**
 * Record (or refresh) an article, the entities it mentions and their names, in one transaction. The records of the
 * URLs it had before (its parts read apart: meta.formerUrls) are removed in it, so the article is recorded once.
 */
export async function recordArticle(db: KxdbDatabase, meta: ArticleSource, mentions: Mention[], now = Date.now()): Promise<void> {
  const byEntity = new Map<string, MentionRecord>();
  for (const m of mentions) {
    const id = `${meta.url} ${m.entityId}`;
    let rec = byEntity.get(id);
    if (!rec) {
      rec = { id, url: meta.url, entityId: m.entityId, type: m.type, canonical: m.canonical, names: [], count: 0 };
      byEntity.set(id, rec);
    }
    const name = normalizeName(m.text);
    if (!rec.names.includes(name)) rec.names.push(name);
    rec.count++;
  }
  await db.transaction("rw", db.articles, db.mentions, db.entities, async () => {
    const prev = await db.articles.get(meta.url);
    const article: ArticleRecord = {
      url: meta.url,
      title: meta.title,
      date: meta.date,
      source: meta.source,
      author: meta.author,
      issue: meta.issue,
      firstRead: prev?.firstRead ?? now,
      lastRead: now,
    };
    const former = (meta.formerUrls ?? []).filter((u) => u !== meta.url);
    if (former.length) {
      await db.articles.bulkDelete(former);
      await db.mentions.where("url").anyOf(former).delete();
    }
    await db.articles.put(article);
    await db.mentions.where("url").equals(meta.url).delete();
    await db.mentions.bulkPut([...byEntity.values()]);
    // Entities the reader merged into another: this article's names go to the one kept.
    const ids = await Promise.all([...byEntity.values()].map((m) => resolveEntityId(db, m.entityId)));
    const known = await db.entities.bulkGet(ids);
    const entities = new Map<string, EntityRecord>();
    [...byEntity.values()].forEach((m, i) => {
      const id = ids[i];
      const e = entities.get(id) ?? known[i];
      const aliases = [...new Set([...(e?.aliases ?? []), ...m.names])];
      const canonical = e?.renamed ? e.canonical : id === m.entityId ? m.canonical : (e?.canonical ?? m.canonical);
      entities.set(id, { ...e, id, type: m.type, canonical, aliases, firstSeen: e?.firstSeen ?? now, lastSeen: now });
    });
    await db.entities.bulkPut([...entities.values()]);
  });
}

export type { EntityAppearances };

/** The articles an entity appeared in, newest first. */
export async function entityAppearances(db: KxdbDatabase, entityId: string): Promise<EntityAppearances> {
  const ids = await entityFamily(db, entityId);
  const mentions = await db.mentions.where("entityId").anyOf(ids).toArray();
  const articles = await db.articles.bulkGet(mentions.map((m) => m.url));
  const names = new Set<string>((await db.entities.get(ids[0]))?.aliases ?? []);
  const out: (ArticleRecord & { count: number })[] = [];
  mentions.forEach((m, i) => {
    for (const n of m.names) names.add(n);
    const a = articles[i];
    if (a) out.push({ ...a, count: m.count });
  });
  out.sort((a, b) => (b.date || "").localeCompare(a.date || "") || b.lastRead - a.lastRead);
  return { articles: out, names: [...names] };
}
