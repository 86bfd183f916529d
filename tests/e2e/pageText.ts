/**
 * The article text exactly as the content script collects it, computed in the
 * page by the same module (bundled for injection), so tests can run the
 * recognizer in Node on that text and compare with the highlights.
 */
import { buildSync } from "esbuild";

let bundled: string | undefined;

export function textMapScript(): string {
  bundled ??= new TextDecoder().decode(
    buildSync({
      entryPoints: ["lib/highlight/textMap.ts"],
      bundle: true,
      format: "iife",
      globalName: "KxdbTextMap",
      write: false,
      platform: "browser",
    }).outputFiles[0].contents,
  );
  return bundled;
}
