/**
 * pdf.js's own text-layer styles for the e-paper reader, taken at build time
 * from pdfjs-dist/web/pdf_viewer.css (so they follow the pdf.js version and
 * are never copied by hand). That file is pdf.js's whole viewer (265 KB, with
 * global `:root *` rules and ~100 icons); the reader needs only the rules that
 * place the text layer over the canvas and make its spans transparent. The
 * reader imports `virtual:pdfjs-text-layer.css`; this plugin answers it with
 * the `.textLayer` rules of the installed pdf_viewer.css.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

const ID = "virtual:pdfjs-text-layer.css";
/** Vite treats an id ending in .css as a style sheet (CSS pipeline, injected on import). */
const RESOLVED = `\0${ID}`;

/** Top-level blocks of a style sheet: `selector-or-at-rule { body }`, comments dropped. */
function blocks(css: string): { head: string; body: string }[] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const out: { head: string; body: string }[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}") {
      depth--;
      if (depth === 0) {
        out.push({ head: src.slice(start, open).trim(), body: src.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ";" && depth === 0) start = i + 1; // a statement like @charset / @import
  }
  return out;
}

/** A rule of the text layer itself (not of the annotation editor's toolbar, which also mentions .textLayer). */
const isTextLayerRule = (selector: string) =>
  /\.textLayer\b/.test(selector) && !/annotation|editToolbar|\.page\b/i.test(selector);

/** The `.textLayer` rules of a pdf.js viewer style sheet, with the @media/@supports blocks around them. */
export function textLayerRules(css: string): string {
  const keep: string[] = [];
  for (const { head, body } of blocks(css)) {
    if (head.startsWith("@media") || head.startsWith("@supports")) {
      const inner = textLayerRules(body);
      if (inner) keep.push(`${head}{\n${inner}\n}`);
    } else if (!head.startsWith("@") && isTextLayerRule(head)) keep.push(`${head}{${body}}`);
  }
  return keep.join("\n");
}

export function pdfjsTextLayerCss(): Plugin {
  const file = createRequire(import.meta.url).resolve("pdfjs-dist/web/pdf_viewer.css");
  return {
    name: "kxdb-pdfjs-text-layer-css",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(file);
      return textLayerRules(readFileSync(file, "utf8"));
    },
  };
}
