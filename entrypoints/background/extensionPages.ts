/**
 * The e-paper reader and the notes page are extension pages: opened from
 * here, since a web page cannot link to them. And the keyboard shortcuts,
 * which act on the active tab.
 */
import { onMessage, sendMessage } from "@/lib/platform/messaging";

export function handlePageMessages(): void {
  const openNextTo = async (url: string, sender: { tab?: { index: number; windowId?: number } }) => {
    await browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined, windowId: sender.tab?.windowId });
  };
  onMessage("openReader", ({ data, sender }) => openNextTo(`${browser.runtime.getURL("/reader.html")}?${data}`, sender));
  onMessage("openExtensionPage", ({ data, sender }) => {
    if (!data.startsWith(browser.runtime.getURL("/"))) throw new Error("not a page of this extension");
    return openNextTo(data, sender);
  });
}

export function handleShortcuts(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === "toggle-highlights") sendMessage("toggleHighlights", undefined, tab.id).catch(() => {});
    if (command === "save-fact") sendMessage("saveSelection", undefined, tab.id).catch(() => {});
  });
}
