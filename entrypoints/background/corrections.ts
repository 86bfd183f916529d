/** The reader's corrections (a name suppressed, one added): to the recognizers first, then stored and recorded. */
import { applyCorrection } from "@/lib/corrections";
import type { KxdbDatabase } from "@/lib/db/schema";
import { normalizeName } from "@/lib/model/names";
import { onMessage } from "@/lib/platform/messaging";
import { correctionsItem } from "@/lib/platform/storageItems";
import { pushCorrections, setCorrections } from "./recognition";

export function handleCorrections(db: KxdbDatabase): void {
  onMessage("correct", async ({ data }) => {
    await setCorrections(applyCorrection(await correctionsItem.getValue(), data));
    await db.corrections.put({
      name: normalizeName(data.name),
      kind: data.kind,
      type: data.kind === "add" ? data.type : undefined,
      at: Date.now(),
    });
  });

  // Corrections are written through setCorrections, which tells the recognizers first; this catches any other writer.
  correctionsItem.watch((c) => void pushCorrections(c));
}
