// The end-to-end tests drive Debian's Chromium; say how to get it instead of failing obscurely.
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  console.error(
    `e2e: no Chromium at ${path}. Install it: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
