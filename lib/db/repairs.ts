/**
 * One-time repairs of what earlier versions stored wrongly. The background
 * runs each once per profile (it keeps the names of those done).
 */
import type { Corrections } from "../corrections";
import type { EntityRecord } from "../model/records";
import { STARTS_WITH_LEAD } from "../ner/captions";
import { SUB_PARK, type ZoneLink } from "../ner/zoneLinks";
import { mergeEntities, resolveEntityId } from "./entities";
import type { KxdbDatabase } from "./schema";

/**
 * Before 0.2, a saved quote on the page shifted the highlights after it, and a
 * highlight's card offered "“X”不是…" for the shifted text (`晋城经济技术开发`),
 * or for one piece of a name split by page markup. Such a suppression names
 * something no page ever showed whole: every name the recognizer found was
 * recorded as an alias of its entity when the article was read. Suppressions
 * of names no entity has are those; they are dropped from the list and the table.
 */
export async function dropSuppressionsOfUnseenNames(
  db: KxdbDatabase,
  corrections: Corrections,
): Promise<{ corrections: Corrections; dropped: string[] }> {
  const dropped: string[] = [];
  for (const name of corrections.suppressed) {
    const seen =
      (await db.entities.where("aliases").equals(name).count()) + (await db.entities.where("canonical").equals(name).count());
    if (!seen) dropped.push(name);
  }
  if (dropped.length) await db.corrections.bulkDelete(dropped);
  return { corrections: { ...corrections, suppressed: corrections.suppressed.filter((n) => !dropped.includes(n)) }, dropped };
}

/**
 * Before 0.2 a photo caption's lead word joined the name after it: `图为太原武宿综保区一角`
 * was recorded as an entity named `图为太原武宿综保区`, apart from 太原武宿综保区. Each
 * such entity is merged into the entity that has the name without the lead (its facts
 * follow); where none has, its names lose the lead. Mentions' names lose it too.
 */
export async function repairCaptionLeadNames(db: KxdbDatabase): Promise<{ merged: number; renamed: number }> {
  const strip = (name: string) => name.replace(STARTS_WITH_LEAD, "");
  const affected = await db.entities.filter((e) => !e.mergedInto && STARTS_WITH_LEAD.test(e.canonical)).toArray();
  let merged = 0;
  let renamed = 0;
  for (const e of affected) {
    const bare = strip(e.canonical);
    if (!bare) continue;
    const bareNames = [...new Set([bare, ...e.aliases.map(strip)])].filter(Boolean);
    const keep = [
      ...(await db.entities.where("canonical").anyOf(bareNames).toArray()),
      ...(await db.entities.where("aliases").anyOf(bareNames).toArray()),
    ].find((k) => k.id !== e.id && !k.mergedInto && k.type === e.type);
    if (keep) {
      await mergeEntities(db, keep.id, e.id);
      // The kept entity must not carry the led names as aliases either.
      await db.entities.update(keep.id, { aliases: [...new Set((await db.entities.get(keep.id))?.aliases.map(strip))] });
      merged++;
    } else {
      await db.entities.put({ ...e, canonical: bare, aliases: [...new Set(e.aliases.map(strip))] });
      renamed++;
    }
  }
  await db.mentions
    .filter((m) => m.names.some((n) => STARTS_WITH_LEAD.test(n)))
    .modify((m) => {
      m.names = [...new Set(m.names.map(strip))];
      if (STARTS_WITH_LEAD.test(m.canonical)) m.canonical = strip(m.canonical);
    });
  return { merged, renamed };
}

/** Where a name's entity is now: its id and canonical name (the recognizer's linking); undefined: no opinion. */
type CurrentLink = (name: string) => { entityId: string; canonical: string } | undefined;

/**
 * Zones outside the catalogue once kept their place's level and a rank in their ids: `尉氏县速冻食品产业园` and
 * `尉氏速冻食品产业园` were two zones, `阳泉市开发区` was not the catalogue's 阳泉经济技术开发区
 * (lib/ner/zoneLinks.ts). Each zone recorded under such an id moves to the id its names have now, by a merge: its
 * facts follow, and its mentions and relations reach the zone kept through the merge pointer. `idOf` is the
 * recognizer's linking of a zone's name. A renamed zone whose names now point to different zones is left as it is.
 */
export async function relinkZones(db: KxdbDatabase, idOf: (name: string) => ZoneLink): Promise<{ moved: number }> {
  const zones = await db.entities
    .where("type")
    .equals("ZONE")
    // A park named after the zone it is in has an id made of the zone's and its own, not of its name: left as it is.
    .filter((e) => !e.mergedInto && e.id.startsWith("zone:") && !e.id.includes(SUB_PARK))
    .toArray();
  return relink(db, zones, idOf);
}

/**
 * Companies the gazetteer knows, once recorded under an id of their own when the text called them by a known name
 * and 公司 or with a place before it (`阳煤集团公司` apart from 阳煤集团, `山西潞安集团` from 潞安集团;
 * lib/ner/companyLinks.ts): merged into the gazetteer's company, as zones are in relinkZones. `idOf` answers
 * undefined for a name it does not know.
 */
export async function relinkCompanies(db: KxdbDatabase, idOf: CurrentLink): Promise<{ moved: number }> {
  const companies = await db.entities
    .where("type")
    .equals("COMPANY")
    .filter((e) => !e.mergedInto && e.id.startsWith("company:"))
    .toArray();
  return relink(db, companies, idOf);
}

/** Move each entity whose names all link elsewhere now, one transaction each. */
async function relink(db: KxdbDatabase, entities: EntityRecord[], idOf: CurrentLink): Promise<{ moved: number }> {
  let moved = 0;
  for (const entity of entities) {
    // The canonical name is the one the id was made from (a short alias, `空港经开区` of `无锡市新吴区空港经开区`, is
    // linked through its full name, not alone). A name the reader gave says nothing of the id: then every name the
    // text gave must agree.
    const names = entity.renamed ? entity.aliases : [entity.canonical];
    const found = names.map((name) => idOf(name));
    if (found.some((link) => !link)) continue;
    const links = new Map(found.map((link) => [link?.entityId, link]));
    const [link] = links.values();
    if (!link || links.size !== 1 || link.entityId === entity.id) continue;
    const keep = await resolveEntityId(db, link.entityId);
    if (keep === entity.id) continue;
    // One transaction: an entity is moved whole or not at all (a full disk halfway leaves it where it was).
    await db.transaction("rw", db.entities, db.facts, db.mentions, async () => {
      if (!(await db.entities.get(keep))) {
        const { mergedInto: _, ...fields } = entity;
        await db.entities.put({ ...fields, id: keep, canonical: entity.renamed ? entity.canonical : link.canonical });
      }
      await mergeEntities(db, keep, entity.id);
    });
    moved++;
  }
  return { moved };
}
