/**
 * Debian's Chromium with the built extension loaded (playwright-core, no
 * downloaded browser), www.kxdb.com mapped to the local fixture server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** The built extension; KXDB_EXTENSION_DIR points the benchmarks at another build (e.g. an older one, to compare). */
export const EXTENSION_DIR = resolve(process.env.KXDB_EXTENSION_DIR ?? ".output/chrome-mv3");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), "kxdb-profile-"));
}

export interface LaunchOptions {
  /** The browser's language (the extension speaks Chinese to zh-*, English to the rest). */
  locale?: string;
  /**
   * Downloads go there under the names the browser would give them (chrome.downloads'
   * `kxdb-backups/…` included), not Playwright's renamed copies.
   */
  downloadDir?: string;
  /** A fresh profile unless given: the same profile again is a browser restart with the extension installed. */
  profile?: string;
}

export async function launchWithExtension(
  port: number,
  { locale = "zh-CN", downloadDir, profile = newProfileDir() }: LaunchOptions = {},
): Promise<BrowserContext> {
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

interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stop the extension's service worker, as Chrome does after ~30 s idle: CDP
 * ServiceWorker.stopAllWorkers, then wait until CDP reports it stopped.
 * (Playwright keeps its stale Worker object; do not evaluate in it afterwards.)
 */
export async function stopExtensionWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    let status = "unknown";
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }: { versions: WorkerVersion[] }) => {
      for (const v of versions) if (v.scriptURL.startsWith("chrome-extension://")) status = v.runningStatus;
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    const until = Date.now() + 15_000;
    while (status !== "stopped") {
      if (Date.now() > until) throw new Error(`the extension's service worker did not stop (${status})`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await cdp.send("ServiceWorker.disable");
  } finally {
    await page.close();
  }
}
