/** The notes page's toolbar: the three exports and the import of a JSON backup; `children` (status, undo) follow them. */
import type { ComponentChildren } from "preact";
import { t } from "@/lib/i18n";

export interface ExportBarProps {
  onMarkdown: () => void;
  onCsv: () => void;
  onJson: () => void;
  onImportFile: (file: File | undefined) => void;
  children?: ComponentChildren;
}

export function ExportBar({ onMarkdown, onCsv, onJson, onImportFile, children }: ExportBarProps) {
  return (
    <section class="toolbar" aria-label={t("notesExportImport")}>
      <button type="button" data-kxdb-action="export-markdown" onClick={onMarkdown}>
        {t("exportMarkdown")}
      </button>
      <button type="button" data-kxdb-action="export-csv" onClick={onCsv}>
        {t("exportCsv")}
      </button>
      <button type="button" data-kxdb-action="export-json" onClick={onJson}>
        {t("exportJson")}
      </button>
      <label class="import">
        {t("importJson")}{" "}
        <input
          type="file"
          accept=".json,application/json"
          data-kxdb-action="import"
          onChange={(e) => onImportFile(e.currentTarget.files?.[0])}
        />
      </label>
      {children}
    </section>
  );
}
