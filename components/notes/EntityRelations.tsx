/**
 * The zone directory on an entity's page: a zone's companies, or a company's
 * zones, from every article read (lib/db/relations.ts). A live query, so rows
 * come in as articles are read in other tabs and a verdict shows at once. The
 * reader confirms a row or rejects it; rejected rows move to a collapsed list
 * (struck through, with an undo) and stay rejected when the article is read again.
 */
import { useState } from "preact/hooks";
import { companyZones, type DirectoryRow, setRelationVerdict, type Verdict, zoneCompanies } from "@/lib/db/relations";
import type { EntityRecord, KxdbDatabase } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";
import { RelationRow, rowKey } from "./RelationRow";
import { useLiveQuery } from "./useLiveQuery";

export interface EntityRelationsProps {
  db: KxdbDatabase;
  entity: EntityRecord;
}

function RelationTable({
  rows,
  side,
  onVerdict,
}: {
  rows: DirectoryRow[];
  side: "zone" | "company";
  onVerdict: (row: DirectoryRow, verdict: Verdict | undefined) => void;
}) {
  return (
    <table class="relations">
      <thead>
        <tr>
          <th>{t(side === "zone" ? "colCompany" : "colZone")}</th>
          <th>{t("colRelation")}</th>
          <th>{t("colArticles")}</th>
          <th>{t("colFirstLast")}</th>
          <th>{t("colEvidence")}</th>
          <th>{t("colVerdict")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <RelationRow key={rowKey(r)} row={r} side={side} onVerdict={onVerdict} />
        ))}
      </tbody>
    </table>
  );
}

export function EntityRelations({ db, entity }: EntityRelationsProps) {
  const side = entity.type === "ZONE" ? "zone" : "company";
  const [error, setError] = useState<ReaderError | null>(null);
  const rows = useLiveQuery(
    () => (side === "zone" ? zoneCompanies : companyZones)(db, entity.id, { includeRejected: true }),
    null as DirectoryRow[] | null,
    [entity.id],
  );
  if (!rows) return null;
  const kept = rows.filter((r) => r.verdict !== "rejected");
  const rejected = rows.filter((r) => r.verdict === "rejected");
  const others = new Set(kept.map((r) => (side === "zone" ? r.companyId : r.zoneId))).size;
  const onVerdict = (row: DirectoryRow, verdict: Verdict | undefined) => {
    setError(null);
    setRelationVerdict(db, row.ids, verdict).catch((e) => setError(readerError(e, t("tryAgain"))));
  };
  return (
    <section class="relations-section" data-kxdb-relations={side}>
      <h2>{t(side === "zone" ? "zoneCompaniesTitle" : "companyZonesTitle", others)}</h2>
      {error && <ErrorMessage error={error} />}
      {kept.length > 0 ? (
        <RelationTable rows={kept} side={side} onVerdict={onVerdict} />
      ) : (
        <p class="meta">{t(side === "zone" ? "zoneCompaniesEmpty" : "companyZonesEmpty")}</p>
      )}
      {rejected.length > 0 && (
        <details class="rejected-relations" data-kxdb-rejected-relations>
          <summary>{t("rejectedRelations", rejected.length)}</summary>
          <RelationTable rows={rejected} side={side} onVerdict={onVerdict} />
        </details>
      )}
    </section>
  );
}
