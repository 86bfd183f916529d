/** One-time repairs of stored data (lib/db/repairs.ts), each run once per profile. */
import { dropSuppressionsOfUnseenNames } from "@/lib/db/repairs";
import type { KxdbDatabase } from "@/lib/db/schema";
import type { FactsService } from "@/lib/facts/factsService";
import { knownCompanyByItsWords } from "@/lib/ner/companyLinks";
import { defaultGazetteer } from "@/lib/ner/gazetteer";
import { linkZoneName } from "@/lib/ner/zoneLinks";
import { correctionsItem, repairsDoneItem } from "@/lib/platform/storageItems";
import { setCorrections } from "./recognition";

/** A zone name's current id: the recognizer's own linking (lib/ner/zoneLinks.ts), on the bundled gazetteer. */
export const currentZoneId = (name: string) => linkZoneName(name, defaultGazetteer());

/** The gazetteer's company a name in 公司 or with places before it is (lib/ner/companyLinks.ts), else undefined. */
export function currentCompanyId(name: string): { entityId: string; canonical: string } | undefined {
  const entry = knownCompanyByItsWords(name, defaultGazetteer());
  return entry && { entityId: entry.id, canonical: entry.name };
}

/** After an import: zones and companies the backup recorded under older ids move to their current ones. */
export async function relinkEntities(facts: FactsService): Promise<{ moved: number }> {
  const zones = await facts.relinkZones(currentZoneId);
  const companies = await facts.relinkCompanies(currentCompanyId);
  return { moved: zones.moved + companies.moved };
}

/** Run a repair once per profile; a failed one is tried again at the next start. */
async function repairOnce(name: string, repair: () => Promise<void>): Promise<void> {
  try {
    const done = await repairsDoneItem.getValue();
    if (done.includes(name)) return;
    await repair();
    await repairsDoneItem.setValue([...done, name]);
  } catch (e) {
    console.error(`kxdb: repair ${name} failed`, e);
  }
}

export async function runRepairs(db: KxdbDatabase, facts: FactsService): Promise<void> {
  // One after the other: each records its name in the same list.
  await repairOnce("suppressions-of-shifted-highlights", async () => {
    const { corrections, dropped } = await dropSuppressionsOfUnseenNames(db, await correctionsItem.getValue());
    if (dropped.length) await setCorrections(corrections);
  });
  // It merges entities, and their facts move: through the facts service, so open tabs hear of it.
  await repairOnce("caption-lead-names", async () => void (await facts.repairCaptionLeadNames()));
  // Zones recorded under ids that kept a place's level or a rank (`尉氏县…产业园` apart from `尉氏…产业园`).
  await repairOnce("zone-ids-without-levels", async () => void (await facts.relinkZones(currentZoneId)));
  // And under ids that kept the province or city before a county (`安徽宿州萧县…` apart from `萧县…`).
  await repairOnce("zone-ids-without-leading-places", async () => void (await facts.relinkZones(currentZoneId)));
  // And a province before a catalogue zone's other form (`山西大同经济开发区` apart from 大同经济技术开发区), or the country
  // before a bracketed place (`中国(湖南)自由贸易试验区` apart from 湖南自由贸易试验区): stop 37.
  await repairOnce("zone-ids-of-catalogue-forms-after-a-province", async () => void (await facts.relinkZones(currentZoneId)));
  // And a park called by its name and a bare 园区 (`金匠园区` apart from `金匠工业园区`): stop 38.
  await repairOnce("zone-ids-of-bare-park-forms", async () => void (await facts.relinkZones(currentZoneId)));
  // Companies the text called by a known name and 公司, or with a place before it (`阳煤集团公司`, `山西潞安集团`).
  await repairOnce("companies-by-known-names", async () => void (await facts.relinkCompanies(currentCompanyId)));
}
