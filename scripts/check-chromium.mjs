// Before the end-to-end tests: they drive Debian's Chromium (no browser download), the e-paper tests build
// their PDFs with a CJK .ttf, and the screenshots need CJK glyphs. On a fresh Debian machine `npm test`
// must pass as it stands, so as root with apt-get this installs what is missing (the same packages as
// .ci/run); otherwise it stops with the exact command to run, instead of failing obscurely later.
// KXDB_NO_INSTALL=1 only reports. CHROMIUM_PATH and KXDB_CJK_FONT point the tests elsewhere.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PACKAGES = ["chromium", "fonts-noto-cjk", "fonts-droid-fallback"];
const INSTALL = `apt-get update && apt-get install -y ${PACKAGES.join(" ")}`;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const cjkTtf = process.env.KXDB_CJK_FONT ?? "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
const notoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

function missing() {
  const out = [];
  if (!existsSync(chromium)) out.push(`Chromium (${chromium})`);
  if (!existsSync(cjkTtf)) out.push(`a CJK .ttf for the e-paper PDFs (${cjkTtf})`);
  if (!existsSync(notoCjk)) out.push(`Noto CJK for the screenshots (${notoCjk})`);
  return out;
}

function fail(lines) {
  console.error(lines.join("\n"));
  process.exit(1);
}

// A path the caller gave is theirs to fill: Debian's packages install at the default paths only.
for (const [name, path] of [
  ["CHROMIUM_PATH", process.env.CHROMIUM_PATH],
  ["KXDB_CJK_FONT", process.env.KXDB_CJK_FONT],
]) {
  if (path && !existsSync(path)) fail([`e2e: ${name}=${path} does not exist; point it at the file or unset it.`]);
}

const before = missing();
if (before.length === 0) process.exit(0);

const what = `e2e: missing ${before.join("; ")}.`;
if (!existsSync("/usr/bin/apt-get")) {
  fail([
    what,
    "No apt-get here: install Chromium and a CJK TrueType font (e.g. Droid Sans Fallback) yourself,",
    "then set CHROMIUM_PATH=/path/to/chromium and KXDB_CJK_FONT=/path/to/font.ttf.",
  ]);
}
const isRoot = process.getuid?.() === 0;
if (!isRoot || process.env.KXDB_NO_INSTALL) {
  const sudo = isRoot ? "" : "sudo ";
  fail([what, `Install them with:\n  ${sudo}apt-get update && ${sudo}apt-get install -y ${PACKAGES.join(" ")}`]);
}

console.error(`${what}\nInstalling Debian's packages (root, as .ci/run does): ${INSTALL}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [
  ["update", "-qq"],
  ["install", "-y", "-qq", ...PACKAGES],
]) {
  const run = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
  if (run.status !== 0)
    fail([`e2e: apt-get ${args.join(" ")} failed (exit ${run.status ?? run.signal}); run it by hand: ${INSTALL}`]);
}

const after = missing();
if (after.length > 0) fail([`e2e: still missing after the install: ${after.join("; ")}.`]);
console.error(`e2e: installed ${PACKAGES.join(", ")}.`);
