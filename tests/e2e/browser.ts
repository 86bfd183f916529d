/**
 * Debian's Chromium with the built extension loaded (playwright-core, no
 * downloaded browser), www.kxdb.com mapped to the local fixture server.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const EXTENSION_DIR = resolve(".output/chrome-mv3");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `locale`: the browser's language (the extension speaks Chinese to zh-*, English to the rest). */
export async function launchWithExtension(port: number, locale = "zh-CN"): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "kxdb-profile-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP www.kxdb.com:80 127.0.0.1:${port}, MAP kxdb.com:80 127.0.0.1:${port}`,
      `--lang=${locale}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function extensionWorker(context: BrowserContext) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
  return existing ?? context.waitForEvent("serviceworker", { timeout: 15_000 });
}
