// Renders assets/icon.svg to the PNG sizes the stores and toolbars ask for (public/icon/<size>.png,
// declared in wxt.config.ts). The PNGs are committed so a build needs no renderer; run this after
// editing the SVG: `npm run icons`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = readFileSync(join(root, "assets/icon.svg"));
const outDir = join(root, "public/icon");
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  // Render straight at each size (not downscaled from 128) so resvg anti-aliases for that grid.
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } }).render().asPng();
  writeFileSync(join(outDir, `${size}.png`), png);
  console.log(`public/icon/${size}.png ${png.length} B`);
}
