/**
 * Store speed in Chromium's real IndexedDB: 100,000 facts over 20,000
 * entities; open, facts for one entity, saving one fact (medians).
 *   node scripts/run-ts.mjs scripts/bench/store-speed.ts
 * The harness runs in a plain localhost page (the store code is the
 * extension's own lib/db, bundled), so no extension origin is touched.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSync } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../../tests/e2e/browser";

const bundle = new TextDecoder().decode(
  buildSync({
    entryPoints: ["scripts/bench/store-harness.ts"],
    bundle: true,
    format: "iife",
    globalName: "StoreBench",
    write: false,
  }).outputFiles[0].contents,
);
const server = createServer((req, res) => {
  res.writeHead(200, { "content-type": req.url === "/bench.js" ? "text/javascript" : "text/html; charset=utf-8" });
  res.end(req.url === "/bench.js" ? bundle : '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
});
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
const port = (server.address() as AddressInfo).port;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
const result = await page.evaluate(() =>
  (window as unknown as { StoreBench: { run(): Promise<Record<string, number>> } }).StoreBench.run(),
);
await browser.close();
server.close();
console.log("Chromium IndexedDB via Dexie (lib/db)");
for (const [k, v] of Object.entries(result)) console.log(`  ${k.padEnd(24)} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");
console.log("Notes page at 100,000 facts (targets)");
console.log(
  `  first rows (page + entities + counts)  ${result.firstRowsMedianMs.toFixed(1)} ms  ≤ 300 ms: ${verdict(result.firstRowsMedianMs <= 300)}`,
);
console.log(
  `  first frame's 30 rows (one transaction)  ${result.firstFrameRowsMedianMs.toFixed(1)} ms; search before all are read: first results after ${result.firstChunkSearchMs.toFixed(0)} ms`,
);
console.log(
  `  search as you type, median             ${result.searchMedianMs.toFixed(1)} ms  ≤ 50 ms: ${verdict(result.searchMedianMs <= 50)}`,
);
console.log(
  `  import write vs raw IndexedDB put      ${(result.importWriteMs / 1000).toFixed(1)} s / ${(result.rawPutBaselineMs / 1000).toFixed(1)} s = ${result.importVsRawPut.toFixed(2)}×  ≤ 1.3×: ${verdict(result.importVsRawPut <= 1.3)}`,
);
console.log(
  `  JSON export progress                   ${result.exportJsonProgressCalls} reports, ${result.exportJsonProgressOk ? "rising to the total" : "WRONG"}`,
);
