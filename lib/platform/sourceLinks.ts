/**
 * Where a link to a saved source goes. HTML articles: their own URL. E-paper
 * articles: our reader at that article (and fact), because the browser's PDF
 * viewer shows no highlights and cannot scroll to a quote.
 * Web pages may not link to extension pages, so in a content script such a
 * link is opened by the background instead (openExtensionLink).
 */
import { readerQueryForSource } from "../epaper/links";
import { sendMessage } from "./messaging";

const getURL = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

export function sourceHref(source: { url: string; title?: string; date?: string; page?: string }, factId?: string): string {
  const query = readerQueryForSource(source, factId);
  if (query) return `${getURL("/reader.html")}?${query}`;
  // A PDF the reader opened from disk has no address to go back to.
  return source.url.startsWith("local:") ? "" : source.url;
}

/** onClick for links that may point into the extension: from a web page, ask the background to open them. */
export function openExtensionLink(e: MouseEvent): void {
  const href = (e.currentTarget as HTMLAnchorElement | null)?.href ?? "";
  const inExtensionPage = /^(chrome|moz)-extension:$/.test(location.protocol);
  if (inExtensionPage || !href.startsWith(getURL("/"))) return;
  e.preventDefault();
  void sendMessage("openExtensionPage", href);
}
