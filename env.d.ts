/** Build-time constants (wxt.config.ts `vite.define`). */
interface ImportMetaEnv {
  /** SHA-256 of the shipped jieba wasm: a heap image is only restored into the wasm it was taken from. */
  readonly KXDB_JIEBA_WASM_ID: string;
  /** Hash of the recognizer's domain words (lib/ner/domainWords.ts), part of the heap image's identity. */
  readonly KXDB_DOMAIN_WORDS_ID: string;
}
