/** What can be done to the selected facts at once: delete (undoable), add a tag, clear the selection. */
import { t } from "@/lib/i18n";

export interface BulkBarProps {
  count: number;
  onDelete: () => void;
  /** The tag being typed, kept by the page (it outlives the bar when the selection is cleared). */
  tag: string;
  onTagInput: (tag: string) => void;
  onAddTag: () => void;
  onClear: () => void;
}

export function BulkBar({ count, onDelete, tag, onTagInput, onAddTag, onClear }: BulkBarProps) {
  return (
    <section class="bulk" aria-label={t("bulkActions")}>
      {t("selectedN", count)}
      <button type="button" data-kxdb-action="bulk-delete" onClick={onDelete}>
        {t("deleteSelected")}
      </button>
      <input
        type="text"
        placeholder={t("tagLabel")}
        aria-label={t("bulkTagLabel")}
        value={tag}
        onInput={(e) => onTagInput(e.currentTarget.value)}
      />
      <button type="button" data-kxdb-action="bulk-tag" onClick={onAddTag}>
        {t("addTag")}
      </button>
      <button type="button" onClick={onClear}>
        {t("clearSelection")}
      </button>
    </section>
  );
}
