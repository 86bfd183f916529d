/**
 * The recognizer's view of jieba-wasm: part-of-speech tagging of short
 * windows and a domain dictionary added at start. Kept behind an interface so
 * the same rules run in the extension (wasm fetched from the extension's own
 * files) and in Node (wasm read from disk), and so the loader is the only
 * place that knows how the wasm gets in.
 */
import initJieba, { add_word, cut, tag } from "jieba-wasm/web";

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Words of `text` with jieba part-of-speech tags; the words concatenate back to `text`. */
  tag(text: string): TaggedWord[];
  /** Plain segmentation, as jieba's own cut() with HMM. */
  cut(text: string): string[];
  /** Add a word to the dictionary (frequency high enough to win over the default dictionary). */
  addWord(word: string, tag: string, freq?: number): void;
}

let ready: Promise<Segmenter> | undefined;

/**
 * Load jieba-wasm once. `wasm` is the module's bytes (Node, tests) or a URL /
 * Response (extension). jieba builds its built-in dictionary lazily on first
 * use; we force that here so the first article is not the one that pays.
 */
export function loadJieba(wasm: BufferSource | URL | Response | Promise<Response>): Promise<Segmenter> {
  ready ??= (async () => {
    await initJieba({ module_or_path: wasm });
    cut("预热", true);
    return {
      tag: (text) => tag(text, true),
      cut: (text) => cut(text, true),
      addWord: (word, t, freq = 200_000) => {
        add_word(word, freq, t);
      },
    } satisfies Segmenter;
  })();
  return ready;
}
