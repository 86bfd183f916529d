/**
 * On a kxdb.com article, as soon as the page starts loading: wake the
 * extension's service worker (stopped after ~30 s idle; restarting it takes
 * 50–150 ms on a busy 2-core machine), so it is up by the time the page is
 * loaded and the annotating content script (kxdb.content, document_idle)
 * asks for the article's mentions. Nothing else: no page access, no answer
 * expected (the message is not one any part of the extension handles).
 */
export default defineContentScript({
  matches: ["*://www.kxdb.com/*", "*://kxdb.com/*", "*://m.kxdb.com/*"],
  includeGlobs: ["*show.php?itemid=*"],
  runAt: "document_start",
  main() {
    browser.runtime.sendMessage("kxdb:wake").catch(() => {});
  },
});
