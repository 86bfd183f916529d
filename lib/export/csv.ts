/**
 * CSV export that opens cleanly in Excel: UTF-8 with a byte order mark, CRLF
 * line ends, RFC 4180 quoting, one row per fact. Columns are documented in
 * the README. Cells that a spreadsheet would run as a formula are defused.
 */
import type { EntityRecord, FactRecord } from "../db/schema";

export const CSV_COLUMNS = [
  "id",
  "quote",
  "note",
  "tags",
  "zones",
  "companies",
  "entity_ids",
  "figures",
  "amount_yuan",
  "source",
  "date",
  "issue",
  "page",
  "title",
  "url",
  "created_at",
  "updated_at",
] as const;

const BOM = "\uFEFF";

/** Lines (each already `csvCell`s joined by commas) as a file Excel opens as UTF-8: BOM, CRLF, a CRLF at the end. */
export const csvFile = (lines: readonly string[]) => `${BOM}${lines.join("\r\n")}\r\n`;

const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, "0");

/**
 * `ms` as ISO 8601 in local time with its offset: `2025-12-19T15:30:00+08:00`
 * (what a reader in Beijing saw, and still one exact instant). `offsetMinutes`
 * is east of UTC; by default the machine's offset at that instant (summer time included).
 */
export function localIsoTime(ms: number, offsetMinutes = -new Date(ms).getTimezoneOffset()): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(abs / 60)}:${pad(abs % 60)}`
  );
}

/** RFC 4180: quote when needed, double inner quotes; a leading = + - @ is prefixed with ' so Excel shows text. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(f: FactRecord, entities: Map<string, EntityRecord>): string {
  const names = (type: "ZONE" | "COMPANY") =>
    f.entityIds
      .map((id) => entities.get(id))
      .filter((e) => e?.type === type)
      .map((e) => e?.canonical)
      .join("; ");
  const yuan = f.figures.filter((x) => x.kind === "amount" && x.unit === "元").reduce((sum, x) => sum + x.value, 0);
  const cells = [
    f.id,
    f.quote,
    f.note,
    f.tags.join("; "),
    names("ZONE"),
    names("COMPANY"),
    f.entityIds.join("; "),
    f.figures.map((x) => `${x.text}=${x.value}${x.unit}`).join("; "),
    yuan || "",
    f.sourceInfo.source,
    f.sourceInfo.date,
    f.sourceInfo.issue,
    f.sourceInfo.page ?? "",
    f.sourceInfo.title,
    f.sourceInfo.url,
    localIsoTime(f.createdAt),
    localIsoTime(f.updatedAt),
  ];
  return cells.map(csvCell).join(",");
}

/** The whole file; `onProgress` is called every 5,000 rows so a page can show progress and stay responsive. */
export async function toCsv(
  facts: FactRecord[],
  entityList: EntityRecord[],
  onProgress?: (done: number) => Promise<void> | void,
): Promise<string> {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (let i = 0; i < facts.length; i++) {
    rows.push(csvRow(facts[i], entities));
    if (onProgress && i % 5000 === 4999) await onProgress(i + 1);
  }
  return csvFile(rows);
}

/** Parse RFC 4180 CSV (BOM allowed): for tests and for reading our own exports back. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
