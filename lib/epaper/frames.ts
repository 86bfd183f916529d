/**
 * Frames drawn with rules: a rectangle of rules around a short article (a
 * boxed sidebar, 边栏, or an ad) makes a module of its own, whatever headline
 * is above it; a frame with rules across its inside both ways is a table,
 * set aside as minor. Works on the rules pdfText.ts reads from the drawing.
 */
import type { PageBox } from "./types";

export interface Frame extends PageBox {
  table: boolean;
}

/** Whether segments along one line (their [from, to) spans) cover [a, b] with no gap over `slack`. */
function covers(spans: [number, number][], a: number, b: number, slack: number): boolean {
  let reach = a;
  for (const [s, e] of [...spans].sort((p, q) => p[0] - q[0])) {
    if (s > reach + slack) break;
    reach = Math.max(reach, e);
  }
  return reach >= b - slack;
}

const inside = (inner: PageBox, outer: PageBox, slack = 2) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

/**
 * Rectangles closed by rules: a top and a bottom rule of one length over each
 * other, joined at both ends by vertical rules (drawn whole or piecewise). The
 * largest such rectangle from each top rule (so a table is one frame, not one
 * per row); frames inside a table are its cells and are dropped.
 */
export function findFrames(rules: PageBox[], minSide: number): Frame[] {
  const horizontal = rules.filter((r) => r.height <= 3 && r.width >= minSide);
  const vertical = rules.filter((r) => r.width <= 3 && r.height >= 4);
  const at = (x: number) =>
    vertical.filter((v) => Math.abs(v.x + v.width / 2 - x) <= 3).map((v) => [v.y, v.y + v.height] as [number, number]);
  const frames: Frame[] = [];
  for (const top of horizontal) {
    let best: PageBox | null = null;
    for (const bottom of horizontal) {
      if (bottom.y <= top.y + minSide / 2) continue;
      if (Math.abs(bottom.x - top.x) > 3 || Math.abs(bottom.x + bottom.width - top.x - top.width) > 3) continue;
      if (!covers(at(top.x), top.y, bottom.y, 3) || !covers(at(top.x + top.width), top.y, bottom.y, 3)) continue;
      if (!best || bottom.y > best.y) best = bottom;
    }
    if (!best) continue;
    const box = { x: top.x, y: top.y, width: top.width, height: best.y - top.y };
    if (frames.some((f) => inside(box, f) && inside(f, box))) continue;
    const inner = (r: PageBox) => inside(r, box) && (r.height <= 3 ? r.y > box.y + 2 && r.y < box.y + box.height - 2 : true);
    const across = horizontal.some((r) => inner(r) && r.y > box.y + 2 && r.y + r.height < box.y + box.height - 2);
    const down = vertical.some((r) => inner(r) && r.x > box.x + 3 && r.x + r.width < box.x + box.width - 3);
    frames.push({ ...box, table: across && down });
  }
  return frames.filter((f) => !frames.some((t) => t !== f && t.table && inside(f, t)));
}

/** The innermost frame holding the point, or -1. */
export function frameAt(frames: Frame[], x: number, y: number): number {
  let best = -1;
  frames.forEach((f, i) => {
    if (x < f.x || x > f.x + f.width || y < f.y || y > f.y + f.height) return;
    if (best < 0 || f.width * f.height < frames[best].width * frames[best].height) best = i;
  });
  return best;
}
