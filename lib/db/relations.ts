/**
 * The zone directory in the store: which company is in, signs with or invests
 * in which zone, gathered across the articles read. One record per (company,
 * zone, kind), with one evidence per article; re-reading an article replaces
 * its evidence, so recording is idempotent. The reader's verdict (confirmed,
 * rejected) stays on the record whatever is read later, and is in the backup.
 * Entities the reader merged are followed: a zone's page lists what was
 * recorded under any of its merged ids, one row per company and kind.
 */
import { extractFigures } from "../facts/figures";
import { labelFor, normalizeName } from "../model/names";
import type { ArticleSource, DirectorySummary, Relation, RelationKind } from "../model/reading";
import type { Figure, RelationEvidence } from "../model/records";
import { entityFamily, resolveEntityId } from "./entities";
import type { KxdbDatabase, RelationRecord } from "./schema";

export type Verdict = NonNullable<RelationRecord["verdict"]>;

export const relationId = (companyId: string, zoneId: string, kind: RelationKind) => `${companyId} ${zoneId} ${kind}`;

/** The article a set of relations was read in. */
export type RelationArticle = Pick<ArticleSource, "url" | "date" | "title">;

/**
 * Record the relations read in one article (all of them: a relation the article
 * no longer states loses this article's evidence, and is dropped once it has no
 * evidence left and no verdict). Merged entities resolve to the ones kept.
 */
export async function recordRelations(
  db: KxdbDatabase,
  article: RelationArticle,
  text: string,
  relations: readonly Relation[],
  now = Date.now(),
): Promise<void> {
  await db.transaction("rw", db.relations, db.entities, async () => {
    const fresh = new Map<string, { companyId: string; zoneId: string; kind: RelationKind; evidence: RelationEvidence }>();
    for (const r of relations) {
      const [companyId, zoneId] = await Promise.all([
        resolveEntityId(db, r.company.entityId),
        resolveEntityId(db, r.zone.entityId),
      ]);
      const id = relationId(companyId, zoneId, r.kind);
      if ((fresh.get(id)?.evidence.confidence ?? -1) >= r.confidence) continue;
      const evidence: RelationEvidence = {
        url: article.url,
        date: article.date,
        title: article.title,
        sentence: text.slice(r.evidence.start, r.evidence.end),
        start: r.evidence.start,
        end: r.evidence.end,
        confidence: r.confidence,
        readAt: now,
      };
      fresh.set(id, { companyId, zoneId, kind: r.kind, evidence });
    }
    const before = await db.relations.where("urls").equals(article.url).toArray();
    const current = await db.relations.bulkGet([...fresh.keys()]);
    const byId = new Map<string, RelationRecord>();
    for (const rec of [...before, ...current]) if (rec) byId.set(rec.id, rec);
    const puts: RelationRecord[] = [];
    const drops: string[] = [];
    for (const rec of byId.values()) {
      const kept = rec.evidence.filter((e) => e.url !== article.url);
      const had = rec.evidence.find((e) => e.url === article.url);
      const add = fresh.get(rec.id)?.evidence;
      // The same statement read again keeps its first reading: re-reading changes nothing.
      const again = had && add && sameStatement(had, add) ? had : add;
      const evidence = again ? [...kept, again] : kept;
      if (!evidence.length && !rec.verdict) drops.push(rec.id);
      else puts.push(withEvidence(rec, evidence, now));
    }
    for (const [id, f] of fresh) {
      if (!byId.has(id))
        puts.push(
          withEvidence(
            { id, companyId: f.companyId, zoneId: f.zoneId, kind: f.kind, evidence: [], urls: [], updatedAt: now },
            [f.evidence],
            now,
          ),
        );
    }
    await db.relations.bulkDelete(drops);
    await db.relations.bulkPut(puts);
  });
}

const sameStatement = (a: RelationEvidence, b: RelationEvidence) =>
  a.sentence === b.sentence &&
  a.start === b.start &&
  a.end === b.end &&
  a.confidence === b.confidence &&
  a.date === b.date &&
  a.title === b.title;

function withEvidence(rec: RelationRecord, evidence: RelationEvidence[], now: number): RelationRecord {
  const sorted = [...evidence].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.readAt - b.readAt);
  const same = JSON.stringify(sorted) === JSON.stringify(rec.evidence);
  return { ...rec, evidence: sorted, urls: sorted.map((e) => e.url), updatedAt: same ? rec.updatedAt : now };
}

/** Confirm or reject relations (undefined: back to unjudged). A rejected relation stays rejected when read again. */
export async function setRelationVerdict(
  db: KxdbDatabase,
  ids: readonly string[],
  verdict: Verdict | undefined,
  now = Date.now(),
): Promise<void> {
  await db.transaction("rw", db.relations, async () => {
    for (const rec of await db.relations.bulkGet([...ids])) {
      if (!rec) continue;
      const { verdict: _old, ...rest } = rec;
      await db.relations.put(verdict ? { ...rest, verdict, updatedAt: now } : { ...rest, updatedAt: now });
    }
  });
}

/** One line of a zone's or a company's table (or of the exported directory). */
export interface DirectoryRow {
  /** The records behind the row (more than one when the reader merged entities): pass them to setRelationVerdict. */
  ids: string[];
  kind: RelationKind;
  verdict?: Verdict;
  companyId: string;
  companyName: string;
  /** How the page shows the company: its name, after the one the evidence says when that is not in it (labelFor). */
  companyLabel: string;
  zoneId: string;
  zoneName: string;
  zoneLabel: string;
  /** Number of articles that state it. */
  articles: number;
  /** `YYYY-MM-DD`: the article's date, or the day it was read when the article has none. */
  firstDate: string;
  lastDate: string;
  /** One per article, newest first. */
  evidence: RelationEvidence[];
  /** Investment, capacity and other figures in the evidence sentences (lib/facts/figures.ts), with their article. */
  figures: (Figure & { url: string })[];
}

export interface DirectoryOptions {
  /** Rejected relations are left out unless asked for (the page's "show rejected"). */
  includeRejected?: boolean;
}

/** The companies in (signing with, investing in) a zone, merged entities included; by kind, then most articles. */
export async function zoneCompanies(db: KxdbDatabase, zoneId: string, options: DirectoryOptions = {}): Promise<DirectoryRow[]> {
  const family = await entityFamily(db, zoneId);
  return rowsOf(db, await db.relations.where("zoneId").anyOf(family).toArray(), options);
}

/** The zones a company is in (signs with, invests in), merged entities included. */
export async function companyZones(db: KxdbDatabase, companyId: string, options: DirectoryOptions = {}): Promise<DirectoryRow[]> {
  const family = await entityFamily(db, companyId);
  return rowsOf(db, await db.relations.where("companyId").anyOf(family).toArray(), options);
}

/** The number of companies a zone has relations with, rejected ones left out (the card's `园区企业：12 家`). */
export async function zoneCompanyCount(db: KxdbDatabase, zoneId: string): Promise<number> {
  return new Set((await zoneCompanies(db, zoneId)).map((r) => r.companyId)).size;
}

/**
 * An entity's line of the directory, for the card on the page: a company's
 * located zones (most articles first), a zone's number of companies; rejected
 * relations left out, nothing when there is nothing to say.
 */
export async function directorySummary(db: KxdbDatabase, entityId: string): Promise<DirectorySummary> {
  const type = (await db.entities.get(await resolveEntityId(db, entityId)))?.type;
  if (type === "ZONE") {
    const companies = await zoneCompanyCount(db, entityId);
    return companies ? { companies } : {};
  }
  if (type !== "COMPANY") return {};
  const rows = await companyZones(db, entityId);
  const zones = new Map<string, { id: string; name: string; articles: number }>();
  for (const r of rows) {
    if (r.kind !== "located") continue;
    const z = zones.get(r.zoneId);
    if (!z || z.articles < r.articles) zones.set(r.zoneId, { id: r.zoneId, name: r.zoneName, articles: r.articles });
  }
  const locatedIn = [...zones.values()].sort((a, b) => b.articles - a.articles).map(({ id, name }) => ({ id, name }));
  if (locatedIn.length) return { locatedIn };
  // Located nowhere yet, but signed with or investing in a zone (`与嘉兴港区签约`): the card says that much, and how.
  const related = new Map<string, { id: string; name: string; articles: number; kinds: RelationKind[] }>();
  for (const r of rows) {
    const z = related.get(r.zoneId) ?? { id: r.zoneId, name: r.zoneName, articles: 0, kinds: [] };
    z.articles = Math.max(z.articles, r.articles);
    if (!z.kinds.includes(r.kind)) z.kinds.push(r.kind);
    related.set(r.zoneId, z);
  }
  const relatedTo = [...related.values()]
    .sort((a, b) => b.articles - a.articles)
    .map(({ id, name, kinds }) => ({ id, name, kinds: kinds.sort() }));
  return relatedTo.length ? { relatedTo } : {};
}

/** Every relation, for the directory export. */
export async function zoneDirectory(db: KxdbDatabase, options: DirectoryOptions = {}): Promise<DirectoryRow[]> {
  return rowsOf(db, await db.relations.toArray(), options);
}

const KIND_ORDER: Record<RelationKind, number> = { located: 0, signed: 1, invests: 2 };

async function rowsOf(db: KxdbDatabase, records: RelationRecord[], options: DirectoryOptions): Promise<DirectoryRow[]> {
  const resolved = new Map<string, string>();
  const resolve = async (id: string) => {
    const r = resolved.get(id) ?? (await resolveEntityId(db, id));
    resolved.set(id, r);
    return r;
  };
  const groups = new Map<string, { companyId: string; zoneId: string; kind: RelationKind; records: RelationRecord[] }>();
  for (const rec of records) {
    const [companyId, zoneId] = [await resolve(rec.companyId), await resolve(rec.zoneId)];
    const key = relationId(companyId, zoneId, rec.kind);
    const g = groups.get(key) ?? { companyId, zoneId, kind: rec.kind, records: [] };
    g.records.push(rec);
    groups.set(key, g);
  }
  const entities = new Map(
    (await db.entities.bulkGet([...new Set([...resolved.values()])])).flatMap((e) => (e ? [[e.id, e]] : [])),
  );
  const nameOf = (id: string) => entities.get(id)?.canonical ?? id;
  // `理想汽车` in the sentences, 北京车和家信息技术有限公司 its name: the row says both, so the reader finds it in them.
  const labelIn = (id: string, sentences: string[]) => {
    const entity = entities.get(id);
    if (!entity) return id;
    return labelFor(
      entity.canonical,
      entity.aliases.filter((a) => sentences.some((sentence) => sentence.includes(a))),
    );
  };
  const rows: DirectoryRow[] = [];
  for (const g of groups.values()) {
    // The verdict given last counts, when merged records disagree.
    const judged = g.records.filter((r) => r.verdict).sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (judged?.verdict === "rejected" && !options.includeRejected) continue;
    const byUrl = new Map<string, RelationEvidence>();
    for (const e of g.records.flatMap((r) => r.evidence))
      if ((byUrl.get(e.url)?.confidence ?? -1) < e.confidence) byUrl.set(e.url, e);
    const evidence = [...byUrl.values()].sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || b.readAt - a.readAt);
    const days = evidence.map(dayOf).sort();
    const sentences = evidence.map((e) => normalizeName(e.sentence));
    rows.push({
      ids: g.records.map((r) => r.id),
      kind: g.kind,
      ...(judged?.verdict ? { verdict: judged.verdict } : {}),
      companyId: g.companyId,
      companyName: nameOf(g.companyId),
      companyLabel: labelIn(g.companyId, sentences),
      zoneId: g.zoneId,
      zoneName: nameOf(g.zoneId),
      zoneLabel: labelIn(g.zoneId, sentences),
      articles: evidence.length,
      firstDate: days[0] ?? "",
      lastDate: days[days.length - 1] ?? "",
      evidence,
      figures: evidence.flatMap((e) =>
        extractFigures(e.sentence)
          .filter((f) => RELATION_FIGURES.has(f.kind))
          .map((f) => ({ ...f, url: e.url })),
      ),
    });
  }
  return rows.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.articles - a.articles || a.companyName.localeCompare(b.companyName, "zh"),
  );
}

/**
 * What a company builds in a zone is told by money and capacity (`投资12亿元`, `年产5亿平方米`); a sentence's
 * growth rates, counts and dates (`产值年均增长30%`, `带动企业12家`) are about something else.
 */
const RELATION_FIGURES: ReadonlySet<Figure["kind"]> = new Set(["amount", "capacity"]);

/** The evidence's day: the article's date, else the day it was read (UTC). */
function dayOf(e: RelationEvidence): string {
  return e.date || new Date(e.readAt).toISOString().slice(0, 10);
}
