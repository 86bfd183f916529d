/** What an import would do, table by table (new, the same, theirs replace ours, ours kept), before the reader confirms it. */
import { TABLE_LABELS } from "@/lib/export/backup";
import { t } from "@/lib/i18n";
import { TABLE_NAMES } from "@/lib/model/records";
import type { PendingImport } from "./useImport";

export interface ImportSummaryProps {
  pending: PendingImport;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportSummary({ pending: { plan, name }, onConfirm, onCancel }: ImportSummaryProps) {
  return (
    <section class="import-summary" aria-label={t("importSummary")} data-kxdb-import-summary>
      <h2>{t("importTitle", name)}</h2>
      <table>
        <thead>
          <tr>
            <th />
            <th>{t("importNew")}</th>
            <th>{t("importSame")}</th>
            <th>{t("importTheirs")}</th>
            <th>{t("importOurs")}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((k) => (
            <tr key={k} data-kxdb-import-row={k}>
              <th>{t(TABLE_LABELS[k])}</th>
              <td>{plan[k].added.length}</td>
              <td>{plan[k].same}</td>
              <td>{plan[k].replaced.length}</td>
              <td>{plan[k].keptLocal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-kxdb-action="import-confirm" onClick={onConfirm}>
        {t("importConfirm")}
      </button>
      <button type="button" onClick={onCancel}>
        {t("cancel")}
      </button>
    </section>
  );
}
