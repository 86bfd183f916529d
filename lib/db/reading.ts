/**
 * What the store keeps of one article read: the article, its mentions and
 * entities (./articles.ts), and the company–zone relations its text states
 * (lib/ner/relations.ts → ./relations.ts). The background calls this for every
 * article recognized, HTML or e-paper, after the page has its answer.
 *
 * The relations are extracted here, beside the recording, not in the
 * recognizer's host: the page waits for the host and never for this; both
 * hosts (Chrome's offscreen document, the background itself) end in the same
 * `articleRecognized`, so there is one place that records; and extraction is
 * cheap (one pass over the sentences, no segmentation: ≈ 5% of recognition,
 * see eval/relations/README.md). The price is the article's text in that
 * message, a few kilobytes once per article.
 */
import type { ArticleSource, Mention } from "../model/reading";
import { extractRelations } from "../ner/relations";
import { recordArticle } from "./articles";
import { recordRelations } from "./relations";
import type { KxdbDatabase } from "./schema";

export interface ReadRecorded {
  /** Relations the text states (before merges join any). */
  relations: number;
  /** Time spent extracting them (ms), for the log. */
  extractMs: number;
}

/**
 * Record an article read. The relations go under the entities the mentions are
 * stored under, merges followed (recordRelations resolves them). Reading the
 * same text again changes nothing; a relation the reader rejected stays rejected.
 */
export async function recordRead(
  db: KxdbDatabase,
  meta: ArticleSource,
  text: string,
  mentions: Mention[],
  now = Date.now(),
): Promise<ReadRecorded> {
  await recordArticle(db, meta, mentions, now);
  const t0 = performance.now();
  const relations = extractRelations(text, mentions);
  const extractMs = performance.now() - t0;
  await recordRelations(db, meta, text, relations, now);
  return { relations: relations.length, extractMs };
}
