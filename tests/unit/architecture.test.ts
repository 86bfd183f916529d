/**
 * The architecture as rules the code is checked against (issue 14): imports
 * run one way (entrypoints → components → lib); lib/ outside lib/platform/ is
 * pure (runs in Node); every fact write goes through the facts service, which
 * tells the tabs; modules of the UI and entrypoints stay small enough to read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
/** The text without comments, so a comment that names a thing is not taken for using it. */
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
/** Every module specifier a file imports from (static, dynamic and type imports, re-exports). */
const importsOf = (file: string) => [...code(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
/** An import specifier as a path from the repository's root ("@/…" is the root). */
function resolved(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return relative(ROOT, join(ROOT, file, "..", specifier));
  return specifier;
}

describe("the architecture", () => {
  it("imports run one way: nothing in components/ or lib/ imports from entrypoints/", () => {
    const upward = [...sources("components"), ...sources("lib")].flatMap((file) =>
      importsOf(file)
        .filter((s) => resolved(file, s).startsWith("entrypoints/"))
        .map((s) => `${file} → ${s}`),
    );
    expect(upward).toEqual([]);
  });

  it("nothing in lib/ imports from components/", () => {
    const upward = sources("lib").flatMap((file) =>
      importsOf(file)
        .filter((s) => resolved(file, s).startsWith("components/"))
        .map((s) => `${file} → ${s}`),
    );
    expect(upward).toEqual([]);
  });

  it("lib/ outside lib/platform/ is pure: no browser globals, no imports of lib/platform/", () => {
    const pure = sources("lib").filter((f) => !f.startsWith("lib/platform/"));
    const browserGlobal = /\b(?:browser|chrome|document|window|localStorage|sessionStorage)\.|\blocation\.(?:hash|href|search)/;
    const offences = pure.flatMap((file) => [
      ...code(file)
        .split("\n")
        .filter((line) => browserGlobal.test(line))
        .map((line) => `${file}: ${line.trim()}`),
      ...importsOf(file)
        .filter((s) => resolved(file, s).startsWith("lib/platform/"))
        .map((s) => `${file} → ${s}`),
    ]);
    expect(offences).toEqual([]);
  });

  it("every fact write goes through the facts service (lib/facts/factsService.ts), which tells the tabs", () => {
    /** The writes, by the module that defines them; only the service (and lib/db itself) may call them. */
    const writes: Record<string, string[]> = {
      "lib/db/facts": ["saveFact", "updateFact", "deleteFact", "deleteFacts", "restoreFacts", "undoDelete", "tagFacts"],
      "lib/db/entities": ["renameEntity", "mergeEntities", "splitEntity"],
      "lib/db/repairs": ["repairCaptionLeadNames"],
      "lib/export/backup": ["applyImport"],
    };
    const allowed = (file: string) => file === "lib/facts/factsService.ts" || file.startsWith("lib/db/");
    const callers = [...sources("components"), ...sources("entrypoints"), ...sources("lib")]
      .filter((file) => !allowed(file))
      .flatMap((file) => {
        const text = code(file);
        return Object.entries(writes).flatMap(([module, names]) =>
          [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)]
            .filter((m) => resolved(file, m[2]).replace(/\.tsx?$/, "") === module)
            .flatMap((m) => m[1].split(",").map((n) => n.trim().split(/\s+as\s+/)[0]))
            .filter((n) => names.includes(n))
            .map((n) => `${file} imports ${n}`),
        );
      });
    expect(callers).toEqual([]);
  });

  it("components/ and entrypoints/ write no fact to the store directly", () => {
    const direct = /\.facts\b[^;]*?\.(?:add|put|bulkAdd|bulkPut|update|delete|bulkDelete|clear|modify)\(|transaction\(\s*["']rw/;
    const offences = [...sources("components"), ...sources("entrypoints")].flatMap((file) =>
      code(file)
        .split("\n")
        .filter((line) => direct.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offences).toEqual([]);
  });

  it("no module in components/ or entrypoints/ is over 300 lines", () => {
    const long = [...sources("components"), ...sources("entrypoints")]
      .map((file) => [file, read(file).split("\n").length - 1] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});
