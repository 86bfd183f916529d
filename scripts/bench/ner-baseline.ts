/**
 * Baseline recognizer: jieba-wasm's own part-of-speech tagger, nothing of ours.
 * A word tagged `nt` (organisation) is a COMPANY; a run of words ending in a word
 * that names a zone kind (开发区, 示范区, 园区 …), starting at an `ns` (place)
 * word, is a ZONE. Run alone: `node scripts/run-ts.mjs scripts/bench/ner-baseline.ts FILE.jsonl`.
 *
 * Note: jieba is loaded fresh for the baseline only when run alone; inside
 * `npm run eval` it shares the process with our recognizer, whose dictionary
 * words are then also known to jieba (a slight advantage for the baseline).
 */
import type { Segmenter } from "../../lib/ner/segmenter";

const ZONE_WORD = /(开发区|经开区|高新区|示范区|综保区|保税区|园区|产业园|工业园|农高区|物流中心|陆港|特区)$/;

export function baselinePredict(seg: Segmenter, text: string) {
  const out: { start: number; end: number; type: "ZONE" | "COMPANY" }[] = [];
  const words = seg.tag(text);
  let pos = 0;
  let zoneStart = -1;
  for (const w of words) {
    const start = pos;
    pos += w.word.length;
    if (w.tag === "ns") zoneStart = zoneStart < 0 ? start : zoneStart;
    else if (ZONE_WORD.test(w.word) && zoneStart >= 0) {
      out.push({ start: zoneStart, end: pos, type: "ZONE" });
      zoneStart = -1;
      continue;
    } else if (!/^(n|nz|vn|j|x)$/.test(w.tag)) zoneStart = -1;
    if (w.tag === "nt") out.push({ start, end: pos, type: "COMPANY" });
  }
  return out;
}
