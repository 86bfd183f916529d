/** Which names a quote the reader saves is about: those in it, and those right around it in its own sentence. */

/** Mentions within this many characters of a selection, in the same sentence, are linked to its fact. */
const AROUND = 10;
/** A sentence's or a paragraph's end: a name beyond it belongs to another statement than the quote's. */
const SENTENCE_BREAK = /[。！？!?；;\n]/;

/**
 * Is the mention [mStart, mEnd) in the quote [start, end) of `text`, or right around it in the same sentence (a
 * selection that starts just after the company it is about)? A name in the next paragraph is not the quote's.
 */
export function linksToQuote(text: string, mStart: number, mEnd: number, start: number, end: number): boolean {
  if (mStart < end && mEnd > start) return true;
  // The quote's own last character counts: a quote that ends a sentence takes nothing from the next one.
  if (mStart >= end) return mStart - end < AROUND && !SENTENCE_BREAK.test(text.slice(end - 1, mStart));
  return start - mEnd < AROUND && !SENTENCE_BREAK.test(text.slice(mEnd, start));
}
