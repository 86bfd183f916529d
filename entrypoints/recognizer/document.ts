/** The offscreen document's recognizer host and the store it reads facts from (loaded by main.ts). */
import type { Corrections } from "@/lib/corrections";
import { factsForArticle } from "@/lib/db/facts";
import { openDatabase } from "@/lib/db/schema";
import type { HeapImages, JiebaStart } from "@/lib/ner/segmenter";
import { type ArticleRequest, type ArticleResult, sendMessage } from "@/lib/platform/messaging";
import { RecognizerHost } from "@/lib/recognizerHost";

export function startDocument(deps: { jieba: Promise<JiebaStart>; images: HeapImages; corrections: Corrections }) {
  const host = new RecognizerHost({ jieba: () => deps.jieba, images: deps.images });
  void host.configure(deps.corrections);
  const db = openDatabase();
  return {
    host,
    async recognizeArticle(data: ArticleRequest, tabId: number | undefined): Promise<ArticleResult> {
      const received = performance.now();
      const [result, facts] = await Promise.all([
        host.recognize(data.text, data.meta.url),
        factsForArticle(db, [data.meta.url, ...(data.meta.formerUrls ?? [])]),
      ]);
      // After the answer has left: the page is waiting for it, the badge and the store are not.
      setTimeout(() => {
        sendMessage("articleRecognized", { meta: data.meta, text: data.text, mentions: result.mentions, tabId }).catch((e) =>
          console.warn("kxdb: the background was not told about an article", e),
        );
      }, 0);
      return { ...result, facts, hostMs: performance.now() - received };
    },
  };
}
