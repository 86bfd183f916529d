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
 * is only restored for the same gazetteer (its files and its loader) and lexicon.
 */
const domainWordsId = createHash("sha256")
  .update(readFileSync("lib/ner/lexicon.ts"))
  .update(readFileSync("lib/ner/domainWords.ts"))
  // The gazetteer's loader derives names too (listed companies, zones' own names).
  .update(readFileSync("lib/ner/gazetteer.ts"))
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

const icons = { 16: "icon/16.png", 32: "icon/32.png", 48: "icon/48.png", 128: "icon/128.png" };
/**
 * Firefox: an MV3 add-on must carry its own ID (AMO ties every later version to it, so it never changes), and
 * since Firefox 140 it says what data it sends off the machine: none, the store and notes stay in the browser.
 * 140 is the first Firefox that reads data_collection_permissions (142 on Android), hence the minimums.
 */
const geckoSettings = {
  gecko: {
    id: "kxdb-annotator@kxdb-annotator",
    strict_min_version: "140.0",
    data_collection_permissions: { required: ["none"] },
  },
  gecko_android: { strict_min_version: "142.0" },
};

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
    // Name and description from public/_locales, so each store listing and the extension list show the
    // browser's language; zh_CN is what kxdb.com's readers use.
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "zh_CN",
    // Rendered from assets/icon.svg by scripts/icons.mjs; the toolbar button gets the same set.
    icons: icons,
    action: { default_icon: icons },
    ...(browser === "firefox" ? { browser_specific_settings: geckoSettings } : {}),
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
        description: "__MSG_cmdToggleHighlights__",
      },
      "save-fact": {
        suggested_key: { default: "Alt+Shift+S" },
        description: "__MSG_cmdSaveFact__",
      },
    },
  }),
  zip: {
    // npm run zip. Firefox also gets a sources zip (WXT's default for Firefox): the shipped code is bundled
    // and minified, and AMO's reviewers rebuild it from sources (README: 打包 / Packaging). What they do not
    // need to build is left out, as .gitignore leaves it out of the repository.
    excludeSources: ["scratch/**", "test-results/**", "playwright-report/**", "dist/**", "**/*.log", "tests/**"],
  },
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
