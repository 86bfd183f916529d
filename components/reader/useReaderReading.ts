/**
 * The reading layer (components/reading) on the reader page: mounted once
 * over the page and the text, given each article's annotator as it is read,
 * and taken off when the reader goes. A selection on the drawn page counts as
 * a quote of the article being read; a correction recognizes every article
 * again before the one being read.
 */
import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { AnnotatorState, PageAnnotator } from "@/components/reading/annotator";
import { type MountedReading, mountReading } from "@/components/reading/mountReading";
import { type PageReading, quoteFromPage } from "./pageSelection";

export interface ReaderReading {
  /** The mounted reading layer (null before the first render is committed). */
  reading: RefObject<MountedReading | null>;
  /** The current article's annotator state; null until the first article is annotated. */
  annotatorState: AnnotatorState | null;
}

export function useReaderReading(
  scope: RefObject<HTMLElement>,
  page: Omit<PageReading, "layer"> & { layer: RefObject<HTMLElement | null> },
  recognizeAgain: () => Promise<void>,
): ReaderReading {
  const reading = useRef<MountedReading | null>(null);
  const [annotatorState, setAnnotatorState] = useState<AnnotatorState | null>(null);
  const live = useRef({ page, recognizeAgain });
  live.current = { page, recognizeAgain };

  useEffect(() => {
    if (!scope.current) return;
    const mounted = mountReading({
      scope: scope.current,
      quoteFor: (sel) => {
        const { page: p } = live.current;
        return quoteFromPage(sel, { ...p, layer: p.layer.current });
      },
      onCorrection: () => live.current.recognizeAgain(),
    });
    reading.current = mounted;
    return () => {
      reading.current = null;
      mounted.dispose();
    };
  }, []);

  const annotator: PageAnnotator | null = page.annotator;
  useEffect(() => {
    if (!annotator) return;
    setAnnotatorState(annotator.state);
    reading.current?.setAnnotator(annotator);
    return annotator.subscribe(() => setAnnotatorState(annotator.state));
  }, [annotator]);

  return { reading, annotatorState };
}
