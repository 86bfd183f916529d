/**
 * Anchoring a saved quote in an article's text, apart from highlighting
 * (as in Hypothesis): a W3C Web Annotation TextQuoteSelector (exact + prefix +
 * suffix) with a TextPositionSelector as a hint. Re-anchoring tries the
 * position, then the exact quote (disambiguated by context), then an
 * approximate match (approx-string-match) when the text changed slightly.
 * A quote that cannot be found is "detached": kept, listed, never dropped.
 */
import approxSearch from "approx-string-match";
import type { Anchor } from "../model/records";

// An anchor is stored in its fact: its shape is in lib/model/records.ts.
export type { Anchor, TextPositionSelector, TextQuoteSelector } from "../model/records";

const CONTEXT = 32;

export function describeRange(text: string, start: number, end: number): Anchor {
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

export interface Located {
  start: number;
  end: number;
  /** How it was found: exact position, exact quote, or approximately. */
  how: "position" | "quote" | "fuzzy";
}

function contextScore(text: string, start: number, end: number, a: Anchor): number {
  const before = text.slice(Math.max(0, start - a.quote.prefix.length), start);
  const after = text.slice(end, end + a.quote.suffix.length);
  let score = 0;
  for (let i = 1; i <= Math.min(before.length, a.quote.prefix.length); i++) {
    if (before[before.length - i] !== a.quote.prefix[a.quote.prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < Math.min(after.length, a.quote.suffix.length); i++) {
    if (after[i] !== a.quote.suffix[i]) break;
    score++;
  }
  return score - Math.abs(start - a.position.start) / 1e6;
}

/** Where the anchored quote is in `text` now, or null (detached). */
export function locate(text: string, a: Anchor): Located | null {
  const { exact } = a.quote;
  if (!exact) return null;
  const { start, end } = a.position;
  if (text.slice(start, end) === exact) return { start, end, how: "position" };
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && hits.length < 100; i = text.indexOf(exact, i + 1)) hits.push(i);
  if (hits.length) {
    const best = hits.reduce((b, i) =>
      contextScore(text, i, i + exact.length, a) > contextScore(text, b, b + exact.length, a) ? i : b,
    );
    return { start: best, end: best + exact.length, how: "quote" };
  }
  // The text changed slightly: allow one error in ten characters.
  const maxErrors = Math.max(1, Math.floor(exact.length / 10));
  const matches = approxSearch(text, exact, maxErrors);
  if (!matches.length) return null;
  const best = matches.reduce((b, m) =>
    m.errors < b.errors ||
    (m.errors === b.errors && contextScore(text, m.start, m.end, a) > contextScore(text, b.start, b.end, a))
      ? m
      : b,
  );
  return { start: best.start, end: best.end, how: "fuzzy" };
}
