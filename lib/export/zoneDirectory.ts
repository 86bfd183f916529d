/**
 * The zone directory (which companies are in, sign with or invest in which
 * zone) as files: CSV for a spreadsheet, with the same conventions as the facts'
 * CSV (./csv.ts: BOM, CRLF, RFC 4180, formula cells defused), and Markdown, a
 * section per zone, with page text escaped as in ./markdown.ts so it never
 * becomes markup, links or HTML. Pure: rows in, text out (lib/db/relations.ts
 * gives the rows).
 */
import type { DirectoryRow } from "../db/relations";
import type { RelationKind } from "../model/reading";
import { csvCell, csvFile } from "./csv";
import { chineseDate, escapeMarkdown, safeUrl } from "./markdown";

export const DIRECTORY_CSV_COLUMNS = [
  "zone",
  "company",
  "kind",
  "first_seen",
  "last_seen",
  "articles",
  "evidence_url",
  "evidence",
  "verdict",
  "zone_id",
  "company_id",
] as const;

/** How each kind reads in the Markdown (Chinese, like the facts' export; pages take theirs from lib/i18n). */
const KIND_LABELS: Record<RelationKind, string> = { located: "位于", signed: "签约", invests: "投资" };
const VERDICT_LABELS = { confirmed: "已确认", rejected: "已否定" } as const;

/** Zones by name, then each zone's rows as the store sorts them (kind, most articles). */
function byZone(rows: readonly DirectoryRow[]): [string, DirectoryRow[]][] {
  const zones = new Map<string, DirectoryRow[]>();
  for (const r of rows) zones.set(r.zoneId, [...(zones.get(r.zoneId) ?? []), r]);
  return [...zones.values()]
    .map((rs) => [rs[0].zoneName, rs] as [string, DirectoryRow[]])
    .sort(([a], [b]) => a.localeCompare(b, "zh"));
}

/** The directory as CSV: one row per zone, company and kind; the evidence is the newest article's. */
export function directoryCsv(rows: readonly DirectoryRow[]): string {
  const lines: string[] = [DIRECTORY_CSV_COLUMNS.join(",")];
  for (const [, zoneRows] of byZone(rows)) {
    for (const r of zoneRows) {
      const newest = r.evidence[0];
      const cells = [
        r.zoneName,
        r.companyName,
        r.kind,
        r.firstDate,
        r.lastDate,
        r.articles,
        newest?.url ?? "",
        newest?.sentence.trim() ?? "",
        r.verdict ?? "",
        r.zoneId,
        r.companyId,
      ];
      lines.push(cells.map(csvCell).join(","));
    }
  }
  return csvFile(lines);
}

export interface DirectoryMarkdownOptions {
  title?: string;
  exportedAt?: Date;
  /** Evidence quotes per relation (newest first); the rest are counted. */
  quotes?: number;
}

/** The directory as Markdown: front matter, then `## zone` and a block per company and kind with its quotes. */
export function directoryMarkdown(rows: readonly DirectoryRow[], options: DirectoryMarkdownOptions = {}): string {
  const zones = byZone(rows);
  const quotes = options.quotes ?? 3;
  const out: string[] = [
    "---",
    `title: ${JSON.stringify(options.title ?? "科学导报标注助手 · 园区企业名录")}`,
    `exported: ${JSON.stringify((options.exportedAt ?? new Date()).toISOString())}`,
    `zones: ${zones.length}`,
    `relations: ${rows.length}`,
    "tags: [kxdb]",
    "---",
    "",
  ];
  for (const [zoneName, zoneRows] of zones) {
    out.push(`## ${escapeMarkdown(zoneName)}`, "");
    for (const r of zoneRows) {
      const span =
        r.firstDate === r.lastDate ? chineseDate(r.firstDate) : `${chineseDate(r.firstDate)}—${chineseDate(r.lastDate)}`;
      const verdict = r.verdict ? ` · ${VERDICT_LABELS[r.verdict]}` : "";
      out.push(`### ${escapeMarkdown(r.companyName)} · ${KIND_LABELS[r.kind]}`, "", `${r.articles} 篇 · ${span}${verdict}`, "");
      for (const e of r.evidence.slice(0, quotes)) {
        const cite = [chineseDate(e.date), escapeMarkdown(e.title), safeUrl(e.url)].filter(Boolean).join(" · ");
        out.push(`> ${escapeMarkdown(e.sentence.trim()).replace(/ {2}\n/g, "  \n> ")}`, "", `— ${cite}`, "");
      }
      if (r.evidence.length > quotes) out.push(`另有 ${r.evidence.length - quotes} 篇`, "");
      const figures = r.figures.map((f) => escapeMarkdown(f.text));
      if (figures.length) out.push(`数据：${[...new Set(figures)].join("、")}`, "");
    }
  }
  return out.join("\n");
}
