/**
 * Articles: recognize a page's text (with the facts saved from it), badge its
 * tab, record the article, its entities and the company–zone relations its
 * text states (lib/db/reading.ts says why they are extracted here); entities'
 * names, appearances and directory line for the cards.
 */
import { entityAppearances } from "@/lib/db/articles";
import { factsForArticle } from "@/lib/db/facts";
import { recordRead } from "@/lib/db/reading";
import { directorySummary } from "@/lib/db/relations";
import type { KxdbDatabase } from "@/lib/db/schema";
import type { ArticleSource, Mention } from "@/lib/model/reading";
import { type ArticleRequest, type ArticleResult, onMessage } from "@/lib/platform/messaging";
import { offscreenApi, recognizeText } from "./recognition";

export function handleArticleMessages(db: KxdbDatabase): void {
  /** After every article: badge its tab, record it (not on the reader's path: highlights go in while it is written). */
  const articleRecognized = (meta: ArticleSource, text: string, mentions: Mention[], tabId: number | undefined) => {
    if (tabId !== undefined) {
      const entities = new Set(mentions.map((m) => m.entityId)).size;
      void browser.action.setBadgeText({ tabId, text: entities ? String(entities) : "" });
      void browser.action.setBadgeBackgroundColor({ tabId, color: "#1a7f37" });
    }
    recordRead(db, meta, text, mentions).catch((e) => console.error("kxdb: could not record article", e));
  };
  const annotate = async (data: ArticleRequest, tabId: number | undefined): Promise<ArticleResult> => {
    const [result, facts] = await Promise.all([
      recognizeText(data.text, data.meta.url),
      factsForArticle(db, [data.meta.url, ...(data.meta.formerUrls ?? [])]),
    ]);
    articleRecognized(data.meta, data.text, result.mentions, tabId);
    return { ...result, facts };
  };

  onMessage("recognize", ({ data }) => recognizeText(data));
  onMessage("annotateArticle", ({ data, sender }) => annotate(data, sender.tab?.id));
  // Without offscreen documents this worker is the recognizer's host, and answers pages' first request itself.
  if (!offscreenApi()?.createDocument) onMessage("recognizeArticle", ({ data, sender }) => annotate(data, sender.tab?.id));
  onMessage("articleRecognized", ({ data }) => articleRecognized(data.meta, data.text, data.mentions, data.tabId));

  onMessage("entityInfo", async ({ data }) => {
    const [seen, directory] = await Promise.all([entityAppearances(db, data), directorySummary(db, data)]);
    return { ...seen, directory };
  });
  onMessage("entityNames", async ({ data }) => {
    const out: Record<string, { canonical: string; type: "ZONE" | "COMPANY" }> = {};
    for (const e of await db.entities.bulkGet(data)) if (e) out[e.id] = { canonical: e.canonical, type: e.type };
    return out;
  });
}
