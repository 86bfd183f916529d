/**
 * Lines and columns of an article's body: which runs share a line, where the
 * columns are (gaps in the body text's horizontal coverage, never across a
 * vertical rule), and a column read as text, top to bottom.
 */
import { isCaption, type Marker, markerIn, slice } from "./text";
import type { TextRun } from "./types";

/** Body font size: the size most characters are set in. */
export function bodyFontSize(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const size = Math.round(r.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + r.str.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}

/**
 * Column intervals [x0, x1) of body runs: coverage on the x axis, split where
 * gaps are wider than `minGap`. `barriers` are x positions of vertical rules:
 * a column never extends across one (a run crossing a rule is not column text
 * and adds no coverage).
 */
export function findColumns(runs: TextRun[], minGap: number, barriers: number[] = []): [number, number][] {
  const spans = runs
    .map((r) => [r.x, r.x + r.width] as [number, number])
    .filter(([a, b]) => !barriers.some((x) => x > a + 1 && x < b - 1))
    .sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = columns[columns.length - 1];
    if (last && a <= last[1] + minGap && !barriers.some((x) => x >= last[1] - 1 && x <= a + 1)) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns;
}

/**
 * Columns too narrow to be columns (under 4 characters) joined to the column
 * right beside them: a justified line's last characters after a wide gap, or
 * a column's short last line, read as a column of their own would be read
 * after the whole column they belong to.
 */
export function joinSlivers(columns: [number, number][], size: number, barriers: number[] = []): [number, number][] {
  const out = columns.map((c) => [...c] as [number, number]);
  const between = (a: number, b: number) => barriers.some((x) => x >= a - 1 && x <= b + 1);
  for (let i = 0; i < out.length; i++) {
    const [a, b] = out[i];
    if (b - a >= size * 4 || out.length < 2) continue;
    const next = out[i + 1];
    const prev = out[i - 1];
    if (next && next[0] - b < size * 1.5 && !between(b, next[0])) {
      next[0] = a;
      out.splice(i--, 1);
    } else if (prev && a - prev[1] < size * 1.5 && !between(prev[1], a)) {
      prev[1] = b;
      out.splice(i--, 1);
    }
  }
  return out;
}

/** The column a run belongs to: the one it overlaps most, else the nearest. */
export function columnOf(r: TextRun, columns: [number, number][]): number {
  let best = 0;
  let score = -Infinity;
  columns.forEach(([x0, x1], i) => {
    const overlap = Math.min(x1, r.x + r.width) - Math.max(x0, r.x);
    if (overlap > score) {
      score = overlap;
      best = i;
    }
  });
  return best;
}

/** Runs grouped into lines, top to bottom, each left to right: a run within half a line of a line's first run is on it. */
export function groupLines(runs: TextRun[], size: number): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - r.y) < size * 0.5) line.push(r);
    else lines.push([r]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** Runs of a run set as lines (top to bottom, each left to right) joined into one string. */
export function linesText(runs: TextRun[], size: number): string {
  return groupLines(runs, size)
    .map((l) => l.map((r) => r.str).join(""))
    .join("")
    .trim();
}

/** The runs of a line holding its text [from, to) (runs cut where the range cuts them). */
function trimLine(line: TextRun[], from: number, to: number): TextRun[] {
  const kept: TextRun[] = [];
  let at = 0;
  for (const r of line) {
    const a = Math.max(from - at, 0);
    const b = Math.min(to - at, r.str.length);
    if (b > a) kept.push(a === 0 && b === r.str.length ? r : slice(r, a, b));
    at += r.str.length;
  }
  return kept;
}

export interface ColumnText {
  text: string;
  ordered: TextRun[];
  starts: number[];
  startsIndented: boolean;
  captions: string[];
  markers: Marker[];
}

/**
 * Runs of one column as text: runs on one line joined left to right, a new
 * paragraph where a line is indented. Caption lines go to `captions`;
 * continuation markers (`（下转第2版）`) are cut out of the text into `markers`
 * (the reader shows the joined article, where a marker would be noise).
 */
export function columnText(runs: TextRun[], x0: number, size: number): ColumnText {
  let text = "";
  const ordered: TextRun[] = [];
  const starts: number[] = [];
  const captions: string[] = [];
  const markers: Marker[] = [];
  let startsIndented = false;
  let first = true;
  for (let line of groupLines(runs, size)) {
    const lineText = line.map((r) => r.str).join("");
    if (isCaption(lineText)) {
      captions.push(lineText.trim());
      continue;
    }
    const marker = markerIn(lineText);
    if (marker) {
      markers.push(marker);
      line = [...trimLine(line, 0, marker.start), ...trimLine(line, marker.end, lineText.length)].filter((r) => r.str.trim());
      if (!line.length) continue;
    }
    const indented = line[0].x - x0 > size * 1.2;
    if (first) startsIndented = indented;
    first = false;
    if (indented && text) text += "\n";
    for (const r of line) {
      starts.push(text.length);
      text += r.str;
      ordered.push(r);
    }
  }
  return { text, ordered, starts, startsIndented, captions, markers };
}
