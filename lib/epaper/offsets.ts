/** Between an article's text offsets and the page: boxes for a stretch of text, and text-layer items back to offsets. */
import type { EpaperArticle, TextRun } from "./types";

/** Where in the page a stretch [start, end) of an article's text is: one box per run it touches, in page units. */
export function textBoxes(
  article: EpaperArticle,
  start: number,
  end: number,
): { x: number; y: number; width: number; height: number }[] {
  const boxes = [];
  for (const [i, run] of article.runs.entries()) {
    const runStart = article.runStarts[i];
    const runEnd = runStart + run.str.length;
    if (runEnd <= start || runStart >= end || !run.str.length) continue;
    // Characters of a CJK run are set at one width: the share of the run's width is the share of its characters.
    const from = Math.max(start, runStart) - runStart;
    const to = Math.min(end, runEnd) - runStart;
    const perChar = run.width / run.str.length;
    boxes.push({ x: run.x + from * perChar, y: run.y, width: (to - from) * perChar, height: run.height });
  }
  return boxes;
}

/** Where in runs (placed at `starts` in their text) a character of a text item is, or -1. */
function offsetInRuns(runs: TextRun[], starts: number[], item: number, charInItem: number): number {
  // The run of that item holding the character: the piece starting last at or before it (else the first piece).
  let i = -1;
  for (const [k, r] of runs.entries()) {
    if (r.item !== item) continue;
    const at = r.offset ?? 0;
    const best = i < 0 ? Infinity : (runs[i].offset ?? 0);
    if (i < 0 || (at <= charInItem && (best > charInItem || at > best)) || (best > charInItem && at < best)) i = k;
  }
  if (i < 0) return -1;
  const run = runs[i];
  const inRun = Math.max(0, charInItem - (run.offset ?? 0));
  return starts[i] + Math.min(inRun, run.str.length);
}

/**
 * The article and text offset of a character of a text item (a text-layer element), or null. In its body's text;
 * in its headline's (`headline: true`) when the item is one of the headline's runs.
 */
export function offsetOfItem(
  articles: EpaperArticle[],
  item: number,
  charInItem: number,
): { article: number; offset: number; headline?: true } | null {
  for (const [a, article] of articles.entries()) {
    const offset = offsetInRuns(article.runs, article.runStarts, item, charInItem);
    if (offset >= 0) return { article: a, offset };
    const inHeadline = offsetInRuns(article.headRuns ?? [], article.headRunStarts ?? [], item, charInItem);
    if (inHeadline >= 0) return { article: a, offset: inHeadline, headline: true };
  }
  return null;
}
