/**
 * Markdown export, usable as is in Obsidian: YAML front matter, facts grouped
 * by entity or by article, each with quote, note, tags and a citation line
 * (《科学导报》2025年10月24日 · 标题 · URL). Each fact is written once: grouped
 * by entity, under its first entity, with the others named (也关联：…), so
 * `facts: N` in the front matter is the number of quote blocks. Page text is
 * escaped so it can never become markup, links or HTML.
 */
import type { EntityRecord, FactRecord } from "../db/schema";
import { groupOnce } from "../notes/grouping";

/**
 * Escape Markdown and HTML syntax in text from pages (quotes, notes, titles):
 * inline markup characters everywhere, block markers at line starts, and the
 * shapes GFM would turn into links by itself (`http://`, `www.`).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // Not `!`: it makes an image only before `[`, which is escaped; Chinese headlines end with it (`总投资超百亿元!`).
      .replace(/[\\`*_{}[\]<>#|~$^]/g, (c) => `\\${c}`)
      .replace(/\b(https?|ftp|mailto|file|javascript|data):/gi, "$1\\:")
      .replace(/\bwww\./gi, "www\\.")
      .replace(/^(\s*)([-+=>]|\d+[.)])/gm, (_, sp: string, m: string) => `${sp}${m.replace(/[-+=>.)]/, (c) => `\\${c}`)}`)
      .replace(/\n/g, "  \n")
  );
}

/** A URL in a citation: only http(s), shown as code so it is not a live link with page-chosen text. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : "";
}

function yamlString(s: string): string {
  return JSON.stringify(s); // JSON strings are valid YAML scalars
}

/** `2025-10-24` → `2025年10月24日`. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ""}`;
}

export function citation(f: FactRecord): string {
  const s = f.sourceInfo;
  const paper = s.source ? `《${escapeMarkdown(s.source)}》` : "";
  const issue = s.issue ? `第${escapeMarkdown(s.issue)}期` : "";
  const page = s.page ? ` ${escapeMarkdown(s.page)}` : "";
  const parts = [`${paper}${chineseDate(s.date)}${issue}${page}`, escapeMarkdown(s.title), safeUrl(s.url)].filter(Boolean);
  return parts.join(" · ");
}

/** `also`: grouped by entity, the fact's other entities (the heading names the first); else undefined: all are listed. */
function factBlock(f: FactRecord, entityNames: (id: string) => string, also?: string[]): string {
  const lines = [`> ${escapeMarkdown(f.quote).replace(/ {2}\n/g, "  \n> ")}`, ""];
  if (f.note) lines.push(escapeMarkdown(f.note), "");
  const meta: string[] = [];
  if (f.tags.length) meta.push(f.tags.map((t) => `#${t.replace(/[^\p{L}\p{N}_\-/]/gu, "_")}`).join(" "));
  if (also) {
    if (also.length) meta.push(`也关联：${also.map((id) => escapeMarkdown(entityNames(id))).join("、")}`);
  } else if (f.entityIds.length) meta.push(`实体：${f.entityIds.map((id) => escapeMarkdown(entityNames(id))).join("、")}`);
  if (f.figures.length) meta.push(`数据：${f.figures.map((x) => escapeMarkdown(x.text)).join("、")}`);
  if (meta.length) lines.push(meta.join(" · "), "");
  lines.push(`— ${citation(f)}`, "");
  return lines.join("\n");
}

export interface MarkdownOptions {
  groupBy: "entity" | "article";
  title?: string;
  exportedAt?: Date;
}

/** The document in pieces (front matter, then per group a heading and its facts), so a page can yield between them. */
function* markdownParts(facts: FactRecord[], entities: EntityRecord[], options: MarkdownOptions): Generator<string> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => byId.get(id)?.canonical ?? id;
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  yield [
    "---",
    `title: ${yamlString(options.title ?? "科学导报标注助手 · 事实")}`,
    `exported: ${yamlString(exportedAt)}`,
    `facts: ${facts.length}`,
    `grouped_by: ${options.groupBy}`,
    "tags: [kxdb]",
    "---",
    "",
  ].join("\n");
  const byArticle = options.groupBy === "article";
  const groups = groupOnce(facts, (f) => (byArticle ? [f.url] : f.entityIds));
  const heading = (key: string, first: FactRecord) =>
    byArticle ? first.sourceInfo.title || key : key ? nameOf(key) : "（未关联实体）";
  const sorted = [...groups]
    .map(([key, items]) => ({ heading: heading(key, items[0].item), items }))
    .sort((a, b) => a.heading.localeCompare(b.heading, "zh"));
  const newestFirst = (a: FactRecord, b: FactRecord) =>
    (b.sourceInfo.date || "").localeCompare(a.sourceInfo.date || "") || b.createdAt - a.createdAt;
  for (const g of sorted) {
    yield `\n## ${escapeMarkdown(g.heading)}\n`;
    for (const { item, also } of g.items.sort((a, b) => newestFirst(a.item, b.item))) {
      yield `\n${factBlock(item, nameOf, byArticle ? undefined : also)}`;
    }
  }
}

export function toMarkdown(facts: FactRecord[], entities: EntityRecord[], options: MarkdownOptions): string {
  return [...markdownParts(facts, entities, options)].join("");
}

/** The same document, pausing every `every` pieces (`onProgress` may await a tick) so the page stays responsive. */
export async function toMarkdownInSteps(
  facts: FactRecord[],
  entities: EntityRecord[],
  options: MarkdownOptions,
  onProgress: (done: number) => Promise<void> | void,
  every = 2000,
): Promise<string> {
  const out: string[] = [];
  for (const part of markdownParts(facts, entities, options)) {
    out.push(part);
    if (out.length % every === 0) await onProgress(out.length);
  }
  return out.join("");
}
