/**
 * What the store keeps of one article read: the article, its mentions and
 * entities (./articles.ts), and the company–zone relations its text states
 * (lib/ner/relations.ts → ./relations.ts). The background calls this for every
 * article recognized, HTML or e-paper, after the page has its answer.
 *
 * The relations are extracted here, beside the recording, not in the
 * recognizer's host: the page waits for the host and never for this; both
 * hosts (Chrome's offscreen document, the background itself) end in the
 * background's `articleRecognized`, so there is one place that records; and
 * extraction is cheap: one pass over the sentences, no segmentation, 0.1–0.2 ms
 * for a 4,500–7,200-character seed article, ≈ 5% of its recognition
 * (`npm run bench:relations`); writing the relations takes a fraction of
 * writing the article. The price is the article's text in the offscreen
 * document's message (4.6–7.9 kB of JSON for those articles), once per article.
 */
import type { ArticleSource, Mention } from "../model/reading";
import { extractRelations } from "../ner/relations";
import { recordArticle } from "./articles";
import { recordRelations } from "./relations";
import type { KxdbDatabase } from "./schema";

/**
 * Record an article read; returns how many relations its text states (before
 * merges join any). The relations go under the entities the mentions are
 * stored under, merges followed (recordRelations resolves them). Reading the
 * same text again changes nothing; a relation the reader rejected stays rejected.
 */
export async function recordRead(
  db: KxdbDatabase,
  meta: ArticleSource,
  text: string,
  mentions: Mention[],
  now = Date.now(),
): Promise<number> {
  await recordArticle(db, meta, mentions, now);
  const relations = extractRelations(text, mentions);
  await recordRelations(db, meta, text, relations, now);
  // An e-paper article continued across 版面, read whole now: what its parts stated apart is stated by it.
  for (const url of meta.formerUrls ?? []) if (url !== meta.url) await recordRelations(db, { ...meta, url }, "", [], now);
  return relations.length;
}
