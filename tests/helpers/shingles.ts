/** How much of a text another holds, in order: the templates' measure of an article read whole. */

const squash = (s: string) => s.replace(/\s+/g, "");

/** Share of `source`'s 6-character shingles found in order in `text` (spaces ignored). */
export function shinglesInOrder(source: string, text: string): number {
  const s = squash(source);
  const t = squash(text);
  let at = 0;
  let found = 0;
  let total = 0;
  for (let i = 0; i + 6 <= s.length; i++) {
    total++;
    const k = t.indexOf(s.slice(i, i + 6), at);
    if (k >= 0) {
      found++;
      at = k + 1;
    }
  }
  return total ? found / total : 1;
}
