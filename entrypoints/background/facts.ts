/**
 * Facts asked for by content scripts and the reader: written through the
 * facts service (which tells every tab afterwards), read from the store.
 */
import { factsForArticle, factsForEntity, trash } from "@/lib/db/facts";
import type { KxdbDatabase } from "@/lib/db/schema";
import type { FactsService } from "@/lib/facts/factsService";
import { tellEveryTab } from "@/lib/platform/factsBroadcast";
import { onMessage } from "@/lib/platform/messaging";
import { relinkEntities } from "./repairs";

export function handleFactMessages(db: KxdbDatabase, facts: FactsService): void {
  onMessage("saveFact", ({ data }) => facts.save(data));
  onMessage("updateFact", ({ data }) => facts.update(data.id, data.patch));
  onMessage("deleteFact", ({ data }) => facts.delete([data]));
  onMessage("undoFactDelete", ({ data }) => facts.undoDelete(data));
  onMessage("factsForEntity", ({ data }) => factsForEntity(db, data));
  onMessage("factsForArticle", ({ data }) => factsForArticle(db, data));
  onMessage("trash", () => trash(db));
  // The notes page writes the store itself, through its own facts service; this is how that service tells the tabs.
  onMessage("notifyFactsChanged", () => tellEveryTab());
  // A backup from before the ids changed brings zones and companies under their old ids (the one-time repairs ran
  // before it came in).
  onMessage("relinkEntities", () => relinkEntities(facts));
}
