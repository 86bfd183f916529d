/**
 * A page PDF's text as the reader gets it from pdf.js (entrypoints/reader/pdf.ts)
 * and works with: its size, its text runs and the articles split from them.
 */
import type { EpaperArticle, TextRun } from "./layout";

export interface PageText {
  width: number;
  height: number;
  /** All the page's text runs (the masthead too, which no article holds). */
  runs: TextRun[];
  articles: EpaperArticle[];
  /** Its text came out as glyph numbers, not characters (see glyphNumbers): no runs or articles are given. */
  unmapped?: boolean;
}

/**
 * Characters no Chinese newspaper is set in, but glyph numbers read as characters are: control characters, Latin-1
 * letters, Latin Extended to Greek Extended, private use, U+FFFD.
 */
function odd(c: string): boolean {
  const u = c.codePointAt(0) ?? 0;
  return u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0xc0 && u < 0x2000) || (u >= 0xe000 && u < 0xf900) || u === 0xfffd;
}

/**
 * Whether a page's text is glyph numbers rather than characters. A font embedded as `Identity-H` without a
 * ToUnicode map gives pdf.js no way from its codes to characters, so it hands back the codes (glyph ids) as if they
 * were code points: mostly control characters and Latin letters, which no layout can read and no reader can use.
 * More than a fifth of the page's characters being such is the sign (a real page has next to none). A font whose
 * glyph ids happen to fall among CJK code points reads as plausible nonsense and is not caught.
 */
export function glyphNumbers(runs: TextRun[]): boolean {
  const chars = [...runs.map((r) => r.str).join("")].filter((c) => !/\s/.test(c));
  if (chars.length < 20) return false;
  return chars.filter(odd).length / chars.length > 0.2;
}
