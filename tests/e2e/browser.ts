/**
 * Debian's Chromium with the built extension loaded (playwright-core, no
 * downloaded browser), www.kxdb.com mapped to the local fixture server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const EXTENSION_DIR = resolve(".output/chrome-mv3");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * `locale`: the browser's language (the extension speaks Chinese to zh-*, English to the rest).
 * `downloadDir`: downloads go there under the names the browser would give them
 * (chrome.downloads' `kxdb-backups/…` included), not Playwright's renamed copies.
 */
export async function launchWithExtension(port: number, locale = "zh-CN", downloadDir?: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "kxdb-profile-"));
  if (downloadDir) {
    mkdirSync(join(profile, "Default"), { recursive: true });
    writeFileSync(
      join(profile, "Default", "Preferences"),
      JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true } }),
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
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
  if (downloadDir) {
    // Playwright saves downloads under generated names; give them back to the browser's own download manager.
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Browser.setDownloadBehavior", { behavior: "default" });
    await cdp.detach();
  }
  return context;
}

export async function extensionWorker(context: BrowserContext) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
  return existing ?? context.waitForEvent("serviceworker", { timeout: 15_000 });
}
