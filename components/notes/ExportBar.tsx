/**
 * The notes page's toolbar: the three exports of facts, the zone directory's two, and the import of a JSON backup;
 * `children` (status, undo) follow them.
 */
import type { ComponentChildren } from "preact";
import { t } from "@/lib/i18n";

export interface ExportBarProps {
  onMarkdown: () => void;
  onCsv: () => void;
  onJson: () => void;
  onDirectoryCsv: () => void;
  onDirectoryMarkdown: () => void;
  onImportFile: (file: File | undefined) => void;
  children?: ComponentChildren;
}

export function ExportBar(props: ExportBarProps) {
  const { onMarkdown, onCsv, onJson, onImportFile, children } = props;
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
      <button type="button" data-kxdb-action="export-directory-csv" onClick={props.onDirectoryCsv}>
        {t("exportDirectoryCsv")}
      </button>
      <button type="button" data-kxdb-action="export-directory-markdown" onClick={props.onDirectoryMarkdown}>
        {t("exportDirectoryMarkdown")}
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
