/**
 * Importing a JSON backup: the file is checked and compared with the store
 * first, and the reader confirms a summary (ImportSummary) before anything is
 * written. A file that would change nothing is said so, not confirmed.
 */
import { useState } from "preact/hooks";
import type { KxdbDatabase } from "@/lib/db/schema";
import { type ImportPlan, nothingToImport, parseBackup, planImport } from "@/lib/export/backup";
import type { FactsService } from "@/lib/facts/factsService";
import { t } from "@/lib/i18n";
import { sendMessage } from "@/lib/platform/messaging";
import { type ReaderError, readerError } from "../ErrorMessage";

export interface PendingImport {
  plan: ImportPlan;
  /** The file's name. */
  name: string;
}

export function useImport(
  db: KxdbDatabase,
  factsService: FactsService,
  setStatus: (status: string) => void,
  setError: (error: ReaderError | null) => void,
) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  async function choose(file: File | undefined) {
    setError(null);
    setPending(null);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setError({ message: t("importRefused", file.name, parsed.error), detail: parsed.detail });
      return;
    }
    const plan = await planImport(db, parsed.backup);
    // Nothing would be written: say so, rather than asking to confirm zero changes.
    if (nothingToImport(plan)) setStatus(t("importNothingNew", file.name, plan.total));
    else setPending({ plan, name: file.name });
  }

  async function confirm() {
    if (!pending) return;
    let n: number;
    try {
      n = await factsService.importBackup(pending.plan, (done, total) => setStatus(t("importing", done, total)));
      setPending(null);
      setStatus(t("imported", n));
    } catch (e) {
      setError(readerError(e, t("importFailed")));
      return;
    }
    // The import is written whatever happens here: an entity left under its old id is two entries, not a loss (the
    // reader can merge them on the entity's page), so a failure is logged, not shown as the import's.
    try {
      const { moved } = await sendMessage("relinkEntities", undefined);
      if (moved) setStatus(t("importedRelinked", n, moved));
    } catch (e) {
      console.error("kxdb: relinking imported entities failed", e);
    }
  }

  return { pending, choose, confirm, cancel: () => setPending(null) };
}
