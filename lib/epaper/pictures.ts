/**
 * Pictures' captions: small type directly under or beside a picture (and the
 * small-type lines continuing it) is the picture's caption, never article text.
 */
import { overlapsX, type PageBox, type TextRun } from "./types";

/** Each picture's caption runs, by picture index. */
export function pictureCaptions(runs: TextRun[], images: PageBox[], size: number): Map<number, TextRun[]> {
  const small = (r: TextRun) => r.fontSize < size * 0.92;
  const taken = new Set<TextRun>();
  const found = new Map<number, TextRun[]>();
  images.forEach((img, i) => {
    const bottom = img.y + img.height;
    const right = img.x + img.width;
    const under = (r: TextRun) => r.y >= bottom - size * 0.5 && r.y <= bottom + size * 2 && overlapsX(r, img);
    const beside = (r: TextRun) =>
      r.y >= img.y - size * 0.5 &&
      r.y < bottom &&
      ((r.x >= right - 1 && r.x <= right + size * 2) || (r.x + r.width <= img.x + 1 && r.x + r.width >= img.x - size * 2));
    const group = runs.filter((r) => small(r) && !taken.has(r) && (under(r) || beside(r)));
    if (!group.length) return;
    // Lines that continue the caption: small type on the same line or the next, over the same stretch.
    for (let grew = true; grew; ) {
      grew = false;
      const left = Math.min(...group.map((r) => r.x));
      const width = Math.max(...group.map((r) => r.x + r.width)) - left;
      const lastTop = Math.max(...group.map((r) => r.y));
      for (const r of runs) {
        if (!small(r) || taken.has(r) || group.includes(r)) continue;
        const sameOrNext = r.y >= lastTop - r.height * 0.5 && r.y <= lastTop + r.height * 2.2;
        if (sameOrNext && overlapsX(r, { x: left - size * 2, y: 0, width: width + size * 4, height: 0 })) {
          group.push(r);
          grew = true;
        }
      }
    }
    for (const r of group) taken.add(r);
    found.set(i, group);
  });
  return found;
}
