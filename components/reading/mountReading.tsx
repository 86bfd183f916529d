/**
 * The reading layer on a page, in one call for the kxdb.com content script
 * and the e-paper reader alike: the highlights' style, the reading UI in its
 * own shadow root, the session's mouse and keyboard handling, and the
 * messages and settings that reach a page being read (facts changed in any
 * tab, corrections, the keyboard shortcuts' commands). `dispose()` takes all
 * of it away again, and the highlights of the article being read with it,
 * leaving the page as it was.
 */
// Inlined into the shadow root: no web-accessible CSS file, so the script also works on sites the reader enables.
import sharedCss from "@/assets/styles/shared.css?inline";
import { Cleanup } from "@/lib/cleanup";
import { onMessage } from "@/lib/platform/messaging";
import { correctionsItem } from "@/lib/platform/storageItems";
import type { PageAnnotator, SelectedQuote } from "./annotator";
import { installHighlightStyle } from "./highlightStyle";
import { type ReadingSession, startReadingSession } from "./readingSession";
import uiCss from "./ui.css?inline";

/** The page's inherited styles stop at our host, however the page's CSS is written (as WXT's shadow-root UI does it). */
const HOST_RESET = ":host{all:initial !important;}";

export interface MountReadingOptions {
  /** The article being read; the reader has none until its first article is annotated (setAnnotator brings it). */
  annotator?: PageAnnotator;
  /** Where hovering marks and selecting text counts (the article body; in the reader, the page and the text). */
  scope: Element | readonly Element[];
  /** A selection as a quote of the current article; defaults to the annotator's own mapping. */
  quoteFor?: (selection: Selection) => SelectedQuote | null;
  /**
   * Answer the keyboard shortcuts' commands (highlights on/off, save the selection). The background sends them to
   * the tab's content script only, so only the content script asks for them.
   */
  shortcuts?: boolean;
  /** After a correction, before the article being read is recognized again (the reader recognizes every article). */
  onCorrection?: () => Promise<void>;
}

export interface MountedReading extends ReadingSession {
  dispose(): void;
}

export function mountReading(options: MountReadingOptions): MountedReading {
  const doc = [options.scope].flat()[0].ownerDocument;
  const cleanup = new Cleanup();
  let annotator = options.annotator ?? null;
  // Highlights off before their style goes, so that no frame shows them unstyled.
  cleanup.add(installHighlightStyle(doc));
  cleanup.add(() => void annotator?.setEnabled(false));

  const host = doc.createElement("kxdb-ui");
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = `${HOST_RESET}\n${sharedCss}${uiCss}`;
  const container = doc.createElement("div");
  shadow.append(style, container);
  doc.body.append(host);
  cleanup.add(() => host.remove());

  const session = startReadingSession({ annotator, container, scope: options.scope, quoteFor: options.quoteFor, cleanup });

  // Facts saved, edited or deleted in any tab: show the current ones here.
  cleanup.add(onMessage("factsChanged", () => session.factsChanged()));
  // A correction made in any tab re-annotates this one.
  cleanup.add(
    correctionsItem.watch(async () => {
      await options.onCorrection?.();
      await annotator?.refresh();
    }),
  );
  if (options.shortcuts) {
    cleanup.add(onMessage("toggleHighlights", () => annotator?.setEnabled(!annotator.state.enabled)));
    cleanup.add(onMessage("saveSelection", () => session.saveSelection()));
  }

  return {
    ...session,
    setAnnotator(next) {
      annotator = next;
      session.setAnnotator(next);
    },
    dispose: () => cleanup.dispose(),
  };
}
