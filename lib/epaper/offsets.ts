/** Between an article's text offsets and the page: boxes for a stretch of text, and text-layer items back to offsets. */
import type { EpaperArticle } from "./types";

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

/** The article and text offset of a character of a text item (a text-layer element), or null. */
export function offsetOfItem(
  articles: EpaperArticle[],
  item: number,
  charInItem: number,
): { article: number; offset: number } | null {
  for (const [a, article] of articles.entries()) {
    // The run of that item holding the character: the piece starting last at or before it (else the first piece).
    let i = -1;
    for (const [k, r] of article.runs.entries()) {
      if (r.item !== item) continue;
      const at = r.offset ?? 0;
      const best = i < 0 ? Infinity : (article.runs[i].offset ?? 0);
      if (i < 0 || (at <= charInItem && (best > charInItem || at > best)) || (best > charInItem && at < best)) i = k;
    }
    if (i >= 0) {
      const run = article.runs[i];
      const inRun = Math.max(0, charInItem - (run.offset ?? 0));
      return { article: a, offset: article.runStarts[i] + Math.min(inRun, run.str.length) };
    }
  }
  return null;
}
