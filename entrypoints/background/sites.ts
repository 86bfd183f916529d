/** Other news sites the reader switched annotation on for: one registered content script per site. */
import { onMessage } from "@/lib/platform/messaging";
import { enabledSitesItem } from "@/lib/platform/storageItems";
import { matchPattern, scriptId } from "@/lib/sites";

const CONTENT_SCRIPT = "/content-scripts/kxdb.js";

/** One registered content script per enabled site that still has its permission. */
export async function registerSiteScripts(): Promise<void> {
  const sites = await enabledSitesItem.getValue();
  const granted: string[] = [];
  for (const origin of sites) {
    if (await browser.permissions.contains({ origins: [matchPattern(origin)] })) granted.push(origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.map((s) => s.id).filter((id) => id.startsWith("site:") && !granted.some((o) => scriptId(o) === id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = granted.filter((o) => !registered.some((s) => s.id === scriptId(o)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: scriptId(origin),
        matches: [matchPattern(origin)],
        js: [CONTENT_SCRIPT.slice(1)],
        runAt: "document_idle" as const,
      })),
    );
  }
}

export function handleSiteMessages(): void {
  onMessage("enableSite", async ({ data }) => {
    const sites = await enabledSitesItem.getValue();
    if (!sites.includes(data.origin)) await enabledSitesItem.setValue([...sites, data.origin]);
    await registerSiteScripts();
    if (data.tabId !== undefined) {
      await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT] });
    }
  });

  onMessage("disableSite", async ({ data }) => {
    await enabledSitesItem.setValue((await enabledSitesItem.getValue()).filter((o) => o !== data));
    await browser.permissions.remove({ origins: [matchPattern(data)] }).catch(() => false);
    await registerSiteScripts();
  });
}
