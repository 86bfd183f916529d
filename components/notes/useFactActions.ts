/**
 * What the reader does to facts on the notes page: select, edit one, delete
 * one or the selection (with undo), tag the selection. Every write goes
 * through the facts service, which tells the open tabs.
 */
import { useState } from "preact/hooks";
import type { FactsService } from "@/lib/facts/factsService";
import { t } from "@/lib/i18n";
import type { FactPatch } from "@/lib/model/reading";

export function useFactActions(factsService: FactsService, setStatus: (status: string) => void) {
  const [selected, setSelected] = useState(new Set<string>());
  /** The last deletion, which "undo" brings back. */
  const [undoIds, setUndoIds] = useState<string[]>([]);
  /** The tag being typed in the bulk bar. */
  const [bulkTag, setBulkTag] = useState("");

  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  async function save(id: string, patch: FactPatch) {
    await factsService.update(id, patch);
  }

  function deleteOne(id: string) {
    void factsService.delete([id]).then(() => {
      setUndoIds([id]);
      setStatus(t("deletedN", 1));
    });
  }

  async function deleteSelected() {
    const ids = [...selected];
    await factsService.delete(ids);
    setUndoIds(ids);
    setSelected(new Set());
    setStatus(t("deletedN", ids.length));
  }

  async function undo() {
    await factsService.restore(undoIds);
    setStatus(t("restoredN", undoIds.length));
    setUndoIds([]);
  }

  async function tagSelected() {
    const tag = bulkTag.trim();
    if (!tag) return;
    await factsService.addTag([...selected], tag);
    setStatus(t("taggedN", selected.size, tag));
    setBulkTag("");
  }

  return {
    selected,
    select,
    clearSelection: () => setSelected(new Set()),
    save,
    deleteOne,
    deleteSelected,
    undoIds,
    undo,
    bulkTag,
    setBulkTag,
    tagSelected,
  };
}
