/**
 * A Port from a page's content script to the recognizer's host (Chrome: the
 * offscreen document), opened as the script starts and used for the
 * article's first request, then closed. Opening it overlaps with finding the
 * article and reading its text; a runtime.sendMessage opens its channel only
 * when sent, and Chrome dispatches it to every extension context (the
 * service worker included). No host listening (no document, one closed
 * meanwhile) or any failure: the port closes and requestAnnotation sends the
 * message as before. Not in Firefox (its background is the host and answers
 * the message). See docs/recognizer-host.md.
 */
import type { ArticleRequest, ArticleResult } from "./messaging";

const NAME = "kxdb-recognize";

type Reply = { result?: ArticleResult; error?: string };
let opened: Promise<ArticleResult> | undefined;
let send: ((data: ArticleRequest) => void) | undefined;

/** Content script: open the channel for the first request. */
export function openHostChannel(): void {
  if (send || import.meta.env.FIREFOX) return;
  let port: ReturnType<typeof browser.runtime.connect>;
  try {
    port = browser.runtime.connect({ name: NAME });
  } catch {
    return;
  }
  opened = new Promise<ArticleResult>((resolve, reject) => {
    port.onMessage.addListener((message) => {
      const { result, error } = message as Reply;
      if (result) resolve(result);
      else reject(new Error(error ?? "no result"));
      port.disconnect();
    });
    port.onDisconnect.addListener(() => reject(new Error("the recognizer's host closed the channel")));
  });
  opened.catch(() => {}); // only awaited when a request goes this way
  send = (data) => {
    try {
      port.postMessage(data);
    } catch {
      // Already closed: `opened` has been rejected.
    }
  };
}

/** The channel's answer to this request, once; undefined when there is no channel (send the message instead). */
export function askHostChannel(data: ArticleRequest): Promise<ArticleResult> | undefined {
  const [ask, answer] = [send, opened];
  send = undefined;
  opened = undefined;
  ask?.(data);
  return ask && answer;
}

/** The host's side: answer the request that comes down a page's channel. */
export function answerHostChannels(answer: (data: ArticleRequest, tabId: number | undefined) => Promise<ArticleResult>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== NAME) return;
    const tabId = port.sender?.tab?.id;
    port.onMessage.addListener((message) => {
      const reply = (r: Reply) => {
        try {
          port.postMessage(r);
        } catch {
          // The page went away meanwhile.
        }
      };
      answer(message as ArticleRequest, tabId).then(
        (result) => reply({ result }),
        (e) => reply({ error: String((e as Error)?.message ?? e) }),
      );
    });
  });
}
