/**
 * Headlines: runs set clearly larger than the body, grouped into stacks
 * (引题 over the 主题, 副题 under it) or, one character per line, into a
 * vertical headline (竖排); and how far across the page each one reaches —
 * the stretch of columns its article may take below (or, for a vertical
 * headline, beside) it, bounded by column rules and neighbouring headlines.
 */
import type { TextRun } from "./types";

export interface Headline {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Top of its last line: a run on that line continues it. */
  lineTop: number;
  /** Its lines, top to bottom, each with the runs its text is made of (in order: `text` is their strings joined). */
  lines: { text: string; size: number; runs: TextRun[] }[];
  /** Set with one character per line, read top to bottom; its article lies beside it. */
  vertical: boolean;
  /** The stretch [x0, x1) its article can take (headlineReach). */
  x0: number;
  x1: number;
}

/** Headline runs → headlines: runs on one line close together, or a line right under a headline and overlapping it. */
export function groupHeadlines(runs: TextRun[]): Headline[] {
  const heads: Headline[] = [];
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const sameLine = heads.find(
      (h) => Math.abs(h.lineTop - r.y) < r.fontSize * 0.5 && r.x - h.right < r.fontSize * 2 && r.x >= h.left,
    );
    const nextLine = heads.find(
      (h) => r.y > h.lineTop && r.y - h.bottom < r.fontSize * 0.6 && r.x < h.right && r.x + r.width > h.left,
    );
    const h = sameLine ?? nextLine;
    if (h) {
      if (sameLine) {
        const line = h.lines[h.lines.length - 1];
        line.text += r.str;
        line.runs.push(r);
      } else h.lines.push({ text: r.str, size: r.fontSize, runs: [r] });
      h.right = Math.max(h.right, r.x + r.width);
      h.left = Math.min(h.left, r.x);
      h.bottom = Math.max(h.bottom, r.y + r.height);
      if (!sameLine) h.lineTop = r.y;
    } else
      heads.push({
        top: r.y,
        bottom: r.y + r.height,
        left: r.x,
        right: r.x + r.width,
        lineTop: r.y,
        lines: [{ text: r.str, size: r.fontSize, runs: [r] }],
        vertical: false,
        x0: -Infinity,
        x1: Infinity,
      });
  }
  for (const h of heads)
    h.vertical =
      h.lines.length >= 3 && h.lines.every((l) => l.text.trim().length <= 1) && h.bottom - h.top > 2 * (h.right - h.left);
  return heads;
}

/**
 * A stack's parts: the lines in its largest type are the main title, lines above it the 引题, below it the 副题.
 * `runs`/`runStarts`: the main title's runs and where each starts in `headline` (none for a vertical headline).
 */
export function headlineParts(h: Headline): {
  kicker: string;
  headline: string;
  subtitle: string;
  runs: TextRun[];
  runStarts: number[];
} {
  if (h.vertical)
    return { kicker: "", headline: h.lines.map((l) => l.text.trim()).join(""), subtitle: "", runs: [], runStarts: [] };
  const largest = Math.max(...h.lines.map((l) => l.size));
  const main = h.lines.map((l) => l.size >= largest * 0.95);
  const first = main.indexOf(true);
  const last = main.lastIndexOf(true);
  const join = (from: number, to: number) =>
    h.lines
      .slice(from, to)
      .map((l) => l.text)
      .join("")
      .trim();
  // The main title's runs, placed in its text as `join` trims it (leading spaces dropped).
  const title = h.lines.slice(first, last + 1);
  const untrimmed = title.map((l) => l.text).join("");
  let at = -(untrimmed.length - untrimmed.trimStart().length);
  const runs: TextRun[] = [];
  const runStarts: number[] = [];
  for (const r of title.flatMap((l) => l.runs)) {
    runs.push(r);
    runStarts.push(at);
    at += r.str.length;
  }
  return {
    kicker: join(0, first),
    headline: join(first, last + 1),
    subtitle: join(last + 1, h.lines.length),
    runs,
    runStarts,
  };
}

/**
 * How far each headline reaches across the page (sets x0, x1). A headline
 * reaches to the vertical rules beside it (a rule level with the headline
 * separates its module from the next) and to body text level with it, else
 * to its neighbours in a band of headlines at one height, else across the page. A vertical headline reaches
 * to the side its body is on, up to the next rule. `runs`: the body, to find
 * that side.
 */
export function headlineReach(
  heads: Headline[],
  verticalRules: { x: number; y: number; height: number }[],
  runs: TextRun[],
  size: number,
) {
  const level = (h: Headline) => verticalRules.filter((v) => v.y < h.bottom && v.y + v.height > h.top);
  const horizontal = heads.filter((h) => !h.vertical).sort((a, b) => a.top - b.top);
  const bands: Headline[][] = [];
  for (const h of horizontal) {
    const band = bands[bands.length - 1];
    if (band && Math.abs(band[0].top - h.top) < size) band.push(h);
    else bands.push([h]);
  }
  for (const band of bands) {
    band.sort((a, b) => a.left - b.left);
    band.forEach((h, k) => {
      const rules = level(h).map((v) => v.x);
      // Body text level with a headline, beside it, is another article's (one the headline is set into): it bounds the reach where no rule does.
      const beside = runs.filter((r) => r.y < h.bottom && r.y + r.height > h.top);
      const leftText = beside.filter((r) => r.x + r.width <= h.left + 1).map((r) => r.x + r.width + 1);
      const rightText = beside.filter((r) => r.x >= h.right - 1).map((r) => r.x - 1);
      h.x0 = Math.max(-Infinity, ...rules.filter((x) => x <= h.left + 1), ...leftText, k > 0 ? h.left - size : -Infinity);
      h.x1 = Math.min(
        Infinity,
        ...rules.filter((x) => x >= h.right - 1),
        ...rightText,
        band[k + 1] ? band[k + 1].left - size : Infinity,
      );
    });
  }
  for (const h of heads.filter((v) => v.vertical)) {
    const near = (r: TextRun, right: boolean) =>
      r.y >= h.top - size &&
      r.y <= h.bottom &&
      (right ? r.x >= h.right && r.x < h.right + size * 3 : r.x + r.width <= h.left && r.x + r.width > h.left - size * 3);
    const right = runs.filter((r) => near(r, true)).length >= runs.filter((r) => near(r, false)).length;
    const rules = level(h).map((v) => v.x);
    if (right) {
      h.x0 = h.left - size * 0.5;
      h.x1 = Math.min(Infinity, ...rules.filter((x) => x >= h.right - 1));
    } else {
      h.x0 = Math.max(-Infinity, ...rules.filter((x) => x <= h.left + 1));
      h.x1 = h.right + size * 0.5;
    }
  }
}
