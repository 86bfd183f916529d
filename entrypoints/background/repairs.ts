/** One-time repairs of stored data (lib/db/repairs.ts), each run once per profile. */
import { dropSuppressionsOfUnseenNames } from "@/lib/db/repairs";
import type { KxdbDatabase } from "@/lib/db/schema";
import type { FactsService } from "@/lib/facts/factsService";
import { defaultGazetteer } from "@/lib/ner/gazetteer";
import { linkZoneName } from "@/lib/ner/zoneLinks";
import { correctionsItem, repairsDoneItem } from "@/lib/platform/storageItems";
import { setCorrections } from "./recognition";

/** A zone name's current id: the recognizer's own linking (lib/ner/zoneLinks.ts), on the bundled gazetteer. */
export const currentZoneId = (name: string) => linkZoneName(name, defaultGazetteer());

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
}
