/**
 * The reader's test and bench hooks: attributes on <html> that the e2e tests
 * wait for and scripts/bench/epaper-speed.ts reads.
 *   data-kxdb-state     ready | error (the page asked for failed)
 *   data-kxdb-ms        start → the first page drawn and its article annotated
 *   data-kxdb-pdf-ms    pdf.js's share of the first page (download, parse, text)
 *   data-kxdb-draw-ms   drawing the first page
 *   data-kxdb-all-ms    every page read, data-kxdb-failed how many could not be
 */
import { useEffect } from "preact/hooks";
import type { AnnotatorState } from "@/components/reading/annotator";
import type { Sheet } from "./model";

const NAMES = ["ms", "state", "all-ms", "pdf-ms", "draw-ms", "failed"] as const;
type Name = (typeof NAMES)[number];

const has = (name: Name) => document.documentElement.hasAttribute(`data-kxdb-${name}`);
const set = (name: Name, value: string | number) => document.documentElement.setAttribute(`data-kxdb-${name}`, String(value));
/** Only the first page's figure counts: later pages set nothing. */
const setOnce = (name: Name, value: number) => {
  if (!has(name)) set(name, Math.round(value));
};

export const readerMarks = {
  pdfRead: (ms: number) => setOnce("pdf-ms", ms),
  drawn: (ms: number) => setOnce("draw-ms", ms),
  openPageFailed: () => set("state", "error"),
  allRead(ms: number, failed: number) {
    set("all-ms", Math.round(ms));
    set("failed", failed);
  },
  /** Another issue opened (local files): its figures start over. */
  clear() {
    for (const name of NAMES) document.documentElement.removeAttribute(`data-kxdb-${name}`);
  },
};

/** Ready: the first page is drawn and its article annotated (a page without text has no article: drawn is all there is). */
export function useReadyMark(sheet: Sheet | null, drawn: string, annotatorState: AnnotatorState | null): void {
  useEffect(() => {
    const annotated = annotatorState || sheet?.articles.length === 0;
    if (sheet && drawn === sheet.key && annotated && !has("ms")) {
      set("ms", Math.round(performance.now()));
      set("state", annotatorState?.error ? "error" : "ready");
    }
  }, [drawn, annotatorState, sheet]);
}
