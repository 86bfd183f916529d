/**
 * The recognizer as one extension context keeps it: jieba started once (from
 * a heap image when there is one, else built, and then imaged for next time),
 * the recognizer rebuilt when the reader's corrections change, and the last
 * articles' mentions remembered so a revisit is not recognized again. Chrome
 * runs it in the offscreen document (entrypoints/recognizer), Firefox and the
 * fallback in the background. No browser APIs here: the wasm, the image store
 * and the scheduler come in as dependencies (tests pass Node's).
 */
import type { Corrections } from "./corrections";
import type { Mention, RecognizeResult } from "./model/reading";
import { defaultGazetteer } from "./ner/gazetteer";
import { createRecognizer, type Recognizer } from "./ner/recognizer";
import type { HeapImages, JiebaStart } from "./ner/segmenter";
import { WARMUP_TEXT } from "./ner/warmupText";

export interface RecognizerHostDeps {
  /** jieba, started by the caller (as early as it can: startJieba, with the stored heap image). */
  jieba: () => Promise<JiebaStart>;
  /** Where a new heap image is kept (after a build) and a rejected one dropped. */
  images?: HeapImages;
  /** Run `fn` when the context has time (the image is compacted and written then). */
  later?: (fn: () => void) => void;
  /** Recognitions of real articles again in spare moments, for the JIT (REPLAYS; tests pass 0). */
  replays?: number;
}

/** Articles whose mentions are remembered (URL + exact text), most recent last. */
const REMEMBERED = 32;

export class RecognizerHost {
  private jieba: Promise<JiebaStart> | undefined;
  private recognizer: Promise<Recognizer> | undefined;
  private configured: (() => void) | undefined;
  private readonly configuredOnce: Promise<void>;
  private correctionsKey: string | undefined;
  private readonly remembered = new Map<string, Mention[]>();
  private replaysLeft: number;
  /** The last article recognized: what the next replay recognizes again. */
  private replayText: string | undefined;
  private replayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: RecognizerHostDeps) {
    this.replaysLeft = deps.replays ?? REPLAYS;
    this.configuredOnce = new Promise((done) => {
      this.configured = done;
    });
  }

  /** Start jieba (idempotent): the first article should not be the one that waits. */
  start(): Promise<JiebaStart> {
    const { images, later = (fn) => setTimeout(fn, 1_000) } = this.deps;
    this.jieba ??= this.deps.jieba().then((started) => {
      if (images && started.imageRejected) {
        console.warn(`kxdb: jieba heap image not used (${started.imageRejected})`);
        void images.drop().catch(() => {});
      }
      const take = started.image;
      if (images && take) {
        later(() => {
          images.save(take()).catch((e) => console.warn("kxdb: could not keep jieba's heap image", e));
        });
      }
      return started;
    });
    return this.jieba;
  }

  /** The reader's corrections; resolves once the recognizer has them. The same corrections again change nothing. */
  async configure(corrections: Corrections): Promise<void> {
    const key = JSON.stringify(corrections);
    if (key !== this.correctionsKey) {
      this.correctionsKey = key;
      this.remembered.clear();
      const first = this.recognizer === undefined;
      // The gazetteer's trie (~100 ms) is built while jieba's wasm compiles and its heap image is read, not after:
      // both are mostly off this thread, and the first article of a browser session waits for all three.
      if (first) setTimeout(() => defaultGazetteer(), 0);
      this.recognizer = this.start().then(({ segmenter }) =>
        createRecognizer(segmenter, { suppressed: corrections.suppressed, added: corrections.added }),
      );
      this.configured?.();
      if (first) void this.recognizer.then((r) => warmUpJit(r));
    }
    await this.recognizer;
  }

  /** Zones and companies in `text`; with `url`, a revisit of the same text is answered from memory. */
  async recognize(text: string, url?: string): Promise<RecognizeResult> {
    await this.configuredOnce;
    for (;;) {
      const pending = this.recognizer as Promise<Recognizer>;
      const recognizer = await pending;
      // The corrections changed while this waited: the new recognizer answers.
      if (pending !== this.recognizer) continue;
      const key = url === undefined ? undefined : `${url}\n${text}`;
      const known = key === undefined ? undefined : this.remembered.get(key);
      if (known) return { mentions: known, ms: 0, remembered: true };
      const t0 = performance.now();
      const mentions = recognizer.recognize(text);
      const ms = performance.now() - t0;
      if (key !== undefined) {
        this.remembered.set(key, mentions);
        if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
      }
      this.replayLater(text);
      return { mentions, ms };
    }
  }

  /**
   * Recognize real articles again, one at a time, after the page that asked has had its answer, until REPLAYS are
   * done: the warm-up text alone leaves the JIT half done (measured in Node on a 3,400-character article: 20–30 ms
   * for the first articles after the warm-up, 10–15 ms for the next ten; 4–8 ms once another real article had been
   * recognized 30 times).
   */
  private replayLater(text: string): void {
    if (this.replaysLeft <= 0) return;
    this.replayText = text;
    // Every answer puts the next replay off again: replays happen between pages, not while one paints.
    clearTimeout(this.replayTimer);
    const step = async () => {
      const recognizer = await this.recognizer?.catch(() => undefined);
      const replay = this.replayText;
      if (!recognizer || replay === undefined || this.replaysLeft <= 0) {
        this.replayText = undefined;
        return;
      }
      this.replaysLeft--;
      recognizer.recognize(replay);
      this.replayTimer = setTimeout(step, REPLAY_GAP_MS);
    };
    this.replayTimer = setTimeout(step, REPLAY_DELAY_MS);
  }
}

/** Replays of real articles per host (one context's lifetime): ~30 × 5–15 ms, once. */
const REPLAYS = 30;
/** After an answer: the page paints its highlights first (the replays share the machine's cores with it). */
const REPLAY_DELAY_MS = 300;
/** Between replays: a page's request waits for one replay at most, and the host is never busy for long. */
const REPLAY_GAP_MS = 20;

/** Recognitions of WARMUP_TEXT at start, one per task (a page's request is never queued behind more than one). */
const WARMUP_ROUNDS = 12;

async function warmUpJit(recognizer: Recognizer): Promise<void> {
  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    await new Promise((next) => setTimeout(next, 0));
    recognizer.recognize(`${WARMUP_TEXT}${i}`);
  }
}
