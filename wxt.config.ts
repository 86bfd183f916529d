import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { pdfjsTextLayerCss } from "./scripts/vite/pdfjsTextLayerCss";

const require = createRequire(import.meta.url);
/** jieba-wasm's module (4 MB with its dictionary), shipped as a file of the extension. */
const jiebaWasm = join(dirname(require.resolve("jieba-wasm/web")), "jieba_rs_wasm_bg.wasm");
/** Its identity: jieba's heap image (lib/ner/segmenter.ts) is only ever restored into the wasm it was taken from. */
const jiebaWasmId = createHash("sha256").update(readFileSync(jiebaWasm)).digest("hex");
/**
 * Identity of the recognizer's domain words (lib/ner/domainWords.ts): they are in jieba's heap image, so an image
 * is only restored for the same gazetteer and lexicon.
 */
const domainWordsId = createHash("sha256")
  .update(readFileSync("lib/ner/lexicon.ts"))
  .update(readFileSync("lib/ner/domainWords.ts"))
  .update(
    readdirSync("assets/gazetteer")
      .sort()
      .map((f) => readFileSync(join("assets/gazetteer", f)))
      .join("\n"),
  )
  .digest("hex")
  .slice(0, 16);
/** pdf.js's worker, CJK character maps and standard fonts, for the e-paper reader: shipped, never fetched. */
const pdfjsRoot = dirname(dirname(require.resolve("pdfjs-dist/build/pdf.mjs")));

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), pdfjsTextLayerCss()],
    define: {
      "import.meta.env.KXDB_JIEBA_WASM_ID": JSON.stringify(jiebaWasmId),
      "import.meta.env.KXDB_DOMAIN_WORDS_ID": JSON.stringify(domainWordsId),
    },
  }),
  manifest: ({ browser }) => ({
    name: "科学导报标注助手 KXDB Annotator",
    description: "在科学导报(kxdb.com)上标出开发区与企业 · Highlights development zones and companies on kxdb.com",
    default_locale: undefined,
    // jieba is WebAssembly: extension pages and the service worker may compile it, nothing else is allowed.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // unlimitedStorage: the store is not evicted under storage pressure and has no quota;
    // downloads + alarms: the weekly automatic backup into kxdb-backups/ (entrypoints/background/backups.ts);
    // offscreen (Chromium): one document, entrypoints/recognizer, that outlives the service worker: it hosts the
    // recognizer and turns a backup into a blob: URL, which a service worker cannot.
    permissions: [
      "storage",
      "scripting",
      "activeTab",
      "unlimitedStorage",
      "downloads",
      "alarms",
      ...(browser === "firefox" ? [] : ["offscreen"]),
    ],
    // The e-paper reader fetches the newspaper's page PDFs from kxdb.com (the content script already runs there).
    host_permissions: ["*://www.kxdb.com/*", "*://kxdb.com/*", "*://m.kxdb.com/*"],
    // Other news sites: asked for one site at a time, when the reader switches annotation on there (popup).
    optional_host_permissions: ["http://*/*", "https://*/*"],
    commands: {
      "toggle-highlights": {
        suggested_key: { default: "Alt+Shift+H" },
        description: "显示/隐藏标注 · Toggle highlights",
      },
      "save-fact": {
        suggested_key: { default: "Alt+Shift+S" },
        description: "把选中的文字保存为事实 · Save the selection as a fact",
      },
    },
  }),
  hooks: {
    "build:publicAssets": (_wxt, files) => {
      files.push({ absoluteSrc: jiebaWasm, relativeDest: "jieba_rs_wasm_bg.wasm" });
      files.push({ absoluteSrc: join(pdfjsRoot, "build/pdf.worker.min.mjs"), relativeDest: "pdfjs/pdf.worker.min.mjs" });
      for (const dir of ["cmaps", "standard_fonts"]) {
        for (const name of readdirSync(join(pdfjsRoot, dir))) {
          files.push({ absoluteSrc: join(pdfjsRoot, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
        }
      }
    },
  },
});
