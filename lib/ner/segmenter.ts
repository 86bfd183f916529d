/**
 * The recognizer's view of jieba-wasm: part-of-speech tagging of short
 * windows and a domain dictionary added at start. Kept behind an interface so
 * the same rules run in the extension (wasm fetched from the extension's own
 * files) and in Node (wasm read from disk), and so the loader is the only
 * place that knows how the wasm gets in.
 *
 * jieba-wasm 2.4.0 builds its 350k-word built-in dictionary on first use
 * (~0.5 s, `lazy_static` `Jieba::new()`, no way around it in its API). A
 * *heap image* skips that on later starts: right after a build, the wasm's
 * linear memory (the built dictionary, the allocator, everything jieba keeps)
 * is copied; a later start instantiates the same wasm and writes the copy back
 * before the first call. The wasm's only other state is its stack pointer
 * (back at its start value between calls) and its externref table (JS values
 * Rust refers to by index: the image keeps them, primitives only), so the
 * restored instance is the built one. A probe
 * sentence's tags, stored with the image, are compared after restoring; any
 * difference and the image is not used (see docs/recognizer-host.md).
 */
import initJieba, { add_word, cut, type InitOutput, tag } from "jieba-wasm/web";

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
  /** Id of the domain words (DomainWords.id) already in this jieba's dictionary, if any. */
  readonly domainWords?: string;
}

/**
 * Words added to jieba's dictionary once, before its heap image is taken, so a
 * start from the image has them without adding them again (~30 ms for the
 * recognizer's 8,500 place, zone and company names). `id` names the word list
 * (it changes when the list does): an image is only restored for the same id.
 */
export interface DomainWords {
  id: string;
  /** Adds the words (may load them first: the offscreen document imports the gazetteer only on a build). */
  add(segmenter: Segmenter): void | Promise<void>;
}

/** jieba's memory right after building its built-in dictionary, without the pages that are all zero. */
export interface HeapImage {
  /** Which wasm it was taken from: an image is only ever restored into the same wasm. */
  wasmId: string;
  /** Size of the linear memory, bytes (a multiple of 64 KiB). */
  memoryBytes: number;
  /**
   * The wasm's externref table: JS values Rust holds by index (interned strings such as the `word` key of tag()'s
   * objects). Only primitives, so an image can be stored; a table holding an object makes no image.
   */
  table: TableValue[];
  /** Index of each stored 64 KiB page, ascending. */
  pages: number[];
  /** The stored pages, one after the other. */
  data: ArrayBuffer;
  /** PROBE's tags, as JSON, right after the build. */
  probe: string;
}

export interface JiebaStart {
  segmenter: Segmenter;
  /** "image": restored from a heap image; "build": jieba built its dictionary. */
  dictionary: "image" | "build";
  /** Milliseconds: wasm compiled and instantiated; dictionary built or restored. */
  ms: { wasm: number; dictionary: number };
  /** After a build with a wasmId: the heap image of it, for the next start (call when idle; the copy is already taken). */
  image?: () => HeapImage;
  /** A heap image was given but could not be used: why. */
  imageRejected?: string;
}

export interface JiebaOptions {
  /** Identity of the wasm (e.g. its SHA-256). Without it no image is taken or used. */
  wasmId?: string;
  /** A heap image from an earlier start, or a promise of it (read while the wasm compiles). */
  image?: HeapImage | undefined | Promise<HeapImage | undefined>;
  /** Words added right after the build, and so in the image (restored: already there). */
  domainWords?: DomainWords;
}

export type TableValue = string | number | boolean | bigint | null | undefined;

const PAGE = 65_536;
/** Tags of this depend on the built-in dictionary's words, frequencies and tags, and on the HMM. */
const PROBE = "走进位于山西转型综改示范区的太原重工轨道交通设备有限公司，南京市长江大桥上的研究生命起源，晋城经开区签约";

const segmenterOf = (domainWords?: string): Segmenter => ({
  domainWords,
  tag: (text) => tag(text, true),
  cut: (text) => cut(text, true),
  addWord: (word, t, freq = 200_000) => {
    add_word(word, freq, t);
  },
});

const probeTags = () => JSON.stringify(tag(PROBE, true));

let started: Promise<JiebaStart> | undefined;

/** An image holds the domain words too: it is only restored into the same wasm with the same words. */
const imageIdOf = (wasmId: string | undefined, domainWords: DomainWords | undefined) =>
  wasmId && domainWords ? `${wasmId}+${domainWords.id}` : wasmId;

/**
 * Start jieba-wasm once per JS context. `wasm` is the module's bytes (Node,
 * tests) or a URL / Response (extension). The built-in dictionary is built (or
 * restored from `options.image`) here, so the first article does not pay.
 */
export function startJieba(
  wasm: BufferSource | URL | Response | Promise<Response>,
  options: JiebaOptions = {},
): Promise<JiebaStart> {
  started ??= (async () => {
    const t0 = performance.now();
    const exports = await initJieba({ module_or_path: wasm });
    const t1 = performance.now();
    const { domainWords } = options;
    const wasmId = imageIdOf(options.wasmId, domainWords);
    let imageRejected: string | undefined;
    if (wasmId && options.image) {
      const image = await Promise.resolve(options.image).catch(() => undefined);
      if (image) {
        imageRejected = restoreImage(exports, image, wasmId);
        if (!imageRejected) {
          const segmenter = segmenterOf(domainWords?.id);
          return { segmenter, dictionary: "image", ms: { wasm: t1 - t0, dictionary: performance.now() - t1 } };
        }
      }
    }
    cut("预热", true);
    const segmenter = segmenterOf(domainWords?.id);
    if (domainWords) await domainWords.add(segmenter);
    // Tagging builds what jieba still builds lazily (the HMM's regexes: ~50 ms), here rather than in the first
    // article, and into the image.
    const probe = probeTags();
    const t2 = performance.now();
    let image: (() => HeapImage) | undefined;
    if (wasmId) {
      // Copied now (one native copy), compacted when the caller has time: the next call already changes the heap.
      const copy = exports.memory.buffer.slice(0);
      const table = tableValues(exports.__wbindgen_export_2);
      if (table) image = () => ({ wasmId, table, probe, ...compact(copy) });
    }
    return { segmenter, dictionary: "build", ms: { wasm: t1 - t0, dictionary: t2 - t1 }, image, imageRejected };
  })();
  return started;
}

/** Where heap images are kept between starts (lib/db/heapImages.ts in the extension). */
export interface HeapImages {
  load(wasmId: string): Promise<HeapImage | undefined>;
  save(image: HeapImage): Promise<void>;
  drop(): Promise<void>;
}

/** Start jieba with the heap image `images` holds for this wasm (read while the wasm compiles). */
export function startJiebaWithImage(
  wasm: BufferSource | Promise<Response>,
  wasmId: string | undefined,
  images: HeapImages | undefined,
  domainWords?: DomainWords,
): Promise<JiebaStart> {
  const imageId = imageIdOf(wasmId, domainWords);
  const image = imageId && images ? images.load(imageId).catch(() => undefined) : undefined;
  return startJieba(wasm, { wasmId, image, domainWords });
}

/**
 * Load jieba-wasm once and build its dictionary (no heap image). `wasm` is the
 * module's bytes (Node, tests) or a URL / Response (extension).
 */
export async function loadJieba(wasm: BufferSource | URL | Response | Promise<Response>): Promise<Segmenter> {
  return (await startJieba(wasm)).segmenter;
}

/** The table's values, when all are primitives. */
function tableValues(table: WebAssembly.Table): TableValue[] | undefined {
  const values: TableValue[] = [];
  for (let i = 0; i < table.length; i++) {
    const v: unknown = table.get(i);
    if (v !== null && (typeof v === "object" || typeof v === "function" || typeof v === "symbol")) return undefined;
    values.push(v as TableValue);
  }
  return values;
}

/** The pages of a memory copy that are not all zero. */
function compact(copy: ArrayBuffer): Pick<HeapImage, "memoryBytes" | "pages" | "data"> {
  const words = new Uint32Array(copy);
  const perPage = PAGE / 4;
  const pages: number[] = [];
  for (let p = 0; p < copy.byteLength / PAGE; p++) {
    const end = (p + 1) * perPage;
    for (let i = p * perPage; i < end; i++) {
      if (words[i] !== 0) {
        pages.push(p);
        break;
      }
    }
  }
  const data = new Uint8Array(pages.length * PAGE);
  const bytes = new Uint8Array(copy);
  pages.forEach((p, i) => {
    data.set(bytes.subarray(p * PAGE, (p + 1) * PAGE), i * PAGE);
  });
  return { memoryBytes: copy.byteLength, pages, data: data.buffer };
}

/** Write `image` into the fresh instance; undefined when it took, else why not (the instance is then fresh again). */
function restoreImage(exports: InitOutput, image: HeapImage, wasmId: string): string | undefined {
  const memory = exports.memory;
  const table = exports.__wbindgen_export_2;
  const fresh = memory.buffer.byteLength;
  if (image.wasmId !== wasmId) return "taken from another wasm";
  if (image.memoryBytes % PAGE || image.memoryBytes < fresh || image.data.byteLength !== image.pages.length * PAGE) {
    return "malformed";
  }
  const initial = memory.buffer.slice(0);
  memory.grow((image.memoryBytes - fresh) / PAGE);
  const view = new Uint8Array(memory.buffer);
  // Pages the image leaves out are zero: fresh memory is, except the first pages (data segments, start-up).
  view.fill(0, 0, fresh);
  const data = new Uint8Array(image.data);
  image.pages.forEach((p, i) => {
    view.set(data.subarray(i * PAGE, (i + 1) * PAGE), p * PAGE);
  });
  if (table.length < image.table.length) table.grow(image.table.length - table.length);
  image.table.forEach((v, i) => {
    table.set(i, v);
  });
  let probe: string;
  try {
    probe = probeTags();
  } catch (e) {
    probe = `error: ${(e as Error).message}`;
  }
  if (probe === image.probe) return undefined;
  // Back to the fresh instance. The grown memory stays, unused: the allocator takes the size memory.grow reports.
  const again = new Uint8Array(memory.buffer);
  again.set(new Uint8Array(initial));
  again.fill(0, fresh);
  return "probe differs";
}
