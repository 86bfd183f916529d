// Lints the Firefox build the way addons.mozilla.org does (web-ext lint = addons-linter) and fails on any
// error or on a warning that is not one of the known ones below. Each known warning comes from a library
// we ship unmodified (AMO wants third-party files as released) and is explained in the README
// ("Firefox: web-ext lint"); a new one must be fixed, or explained there and added here.
// Usage: node scripts/lint-firefox.mjs [build dir]   (npm run lint:firefox builds first)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import webExt from "web-ext";

const dir = process.argv[2] ?? ".output/firefox-mv3";
if (!existsSync(join(dir, "manifest.json"))) {
  console.error(`lint:firefox: no Firefox build in ${dir}; run npm run build:firefox first.`);
  process.exit(1);
}

/**
 * Known warnings, told apart by the code around the reported column rather than by file name: chunk names
 * carry content hashes and move when modules do, the library code in them does not.
 */
const known = [
  {
    why: "Preact renders dangerouslySetInnerHTML (our code never passes it)",
    code: "UNSAFE_VAR_ASSIGNMENT",
    near: /\.__html/,
  },
  { why: "Readability restores its copy of the page between attempts", code: "UNSAFE_VAR_ASSIGNMENT", near: /_charThreshold/ },
  { why: "Readability unwraps <noscript> images in its copy of the page", code: "UNSAFE_VAR_ASSIGNMENT", near: /_isSingleImage/ },
  {
    why: "pdf.js probes whether eval is allowed (never called with isEvalSupported: false)",
    code: "DANGEROUS_EVAL",
    near: /new Function\(""\)/,
  },
  {
    why: "pdf.js compiles PostScript functions (skipped with isEvalSupported: false)",
    code: "DANGEROUS_EVAL",
    near: /PostScriptCompiler/,
  },
  {
    why: "pdf.js imports its worker in the page if a Worker cannot start (our own pdfjs/ file)",
    code: "UNSAFE_VAR_ASSIGNMENT",
    near: /import\(this\.workerSrc\)/,
  },
  {
    why: "pdf.js worker imports its JPEG 2000 fallback decoder from wasmUrl (unset: an extension path)",
    code: "UNSAFE_VAR_ASSIGNMENT",
    near: /openjpeg_nowasm_fallback/,
  },
];

const result = await webExt.cmd.lint({ sourceDir: dir, output: "none" }, { shouldExitProgram: false });
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);

const where = (m) => `${m.file ?? ""}${m.line ? `:${m.line}:${m.column}` : ""}`;
/** The source around the reported position: enough to recognise the library code, a line can be 1 MB. */
function excerpt(m, radius = 120) {
  if (!m.file || !m.line) return "";
  const line = readFileSync(join(dir, m.file), "utf8").split("\n")[m.line - 1] ?? "";
  return line.slice(Math.max(0, (m.column ?? 0) - radius), (m.column ?? 0) + radius);
}

let failed = errors > 0;
for (const m of result.errors) console.log(`  error   ${m.code} ${where(m)}: ${m.message}`);
const seen = new Set();
for (const m of result.warnings) {
  const near = excerpt(m);
  const k = known.find((k) => k.code === m.code && k.near.test(near));
  if (k) {
    seen.add(k);
    console.log(`  warning ${m.code} ${where(m)}: known, ${k.why}`);
  } else {
    failed = true;
    console.log(`  warning ${m.code} ${where(m)}: NEW: ${m.message}\n          near: ${excerpt(m, 60)}`);
  }
}
for (const m of result.notices) console.log(`  notice  ${m.code} ${where(m)}: ${m.message}`);
// A known warning that no longer shows (a library update, say) should leave the README too.
for (const k of known) if (!seen.has(k)) console.log(`  (no longer reported: ${k.why}; drop it here and in the README)`);

if (failed) {
  console.error(
    "lint:firefox: failed. Fix the errors and new warnings, or explain a warning in the README (Firefox: web-ext lint) and add it to scripts/lint-firefox.mjs.",
  );
  process.exit(1);
}
