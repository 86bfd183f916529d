/** Build-time constants (wxt.config.ts `vite.define`). */
interface ImportMetaEnv {
  /** SHA-256 of the shipped jieba wasm: a heap image is only restored into the wasm it was taken from. */
  readonly KXDB_JIEBA_WASM_ID: string;
}
