/**
 * The types every part of the extension shares about reading: what the
 * recognizer finds (`Mention`), where a text came from (`ArticleSource`), the
 * writes the reader asks the store for (`NewFact`, `FactPatch`) and what the
 * store answers about an entity (`EntityAppearances`). Types only, no code:
 * the content script, the background, the pages and the CLI import them with
 * `import type`, so nothing here reaches a bundle.
 * The stored records themselves are in ./records.ts (valibot schemas).
 */
import type { Anchor, ArticleRecord, EntityType, FactSource } from "./records";

export type { EntityType };

/** One mention of a zone or company, in the original text's offsets. */
export interface Mention {
  /** JavaScript string index into the original text (inclusive). */
  start: number;
  /** JavaScript string index into the original text (exclusive). */
  end: number;
  type: EntityType;
  /** `originalText.slice(start, end)`. */
  text: string;
  /** Stable id: the same zone or company under any of its names, in any article. */
  entityId: string;
  /** The entity's best full name. */
  canonical: string;
}

/** What the recognizer answers for a text. */
export interface RecognizeResult {
  mentions: Mention[];
  /** Milliseconds spent recognizing (0 when remembered). */
  ms: number;
  /** The same text at the same URL was recognized a moment ago: its mentions, not recognized again. */
  remembered?: boolean;
}

/**
 * Where an article's text came from, whatever the source: a kxdb.com page, an
 * e-paper PDF read in our reader, or another news site the reader enabled.
 * It is the article record without the reading times, plus the e-paper page.
 */
export interface ArticleSource extends Omit<ArticleRecord, "firstRead" | "lastRead">, Pick<FactSource, "page"> {
  /**
   * Other URLs this article was recorded or cited under: the parts of an e-paper article continued on another 版面,
   * read apart (before the reader joined them, or while it waited for the other part). Facts saved under them are
   * this article's facts; their article and mention records give way to this one's.
   */
  formerUrls?: string[];
}

/** A quote the reader asks to save. */
export interface NewFact {
  quote: string;
  entityIds: string[];
  source: FactSource;
  anchor: Anchor;
  note?: string;
  tags?: string[];
}

/** The parts of a saved fact the reader can change. */
export interface FactPatch {
  note?: string;
  tags?: string[];
  entityIds?: string[];
}

/** The articles an entity appeared in (newest first) and every name it was seen under. */
export interface EntityAppearances {
  articles: (ArticleRecord & { count: number })[];
  names: string[];
}

/** An entity's line of the zone directory, for the card: rejected relations left out. */
export interface DirectorySummary {
  /** A company: the zones it is located in (names, most articles first). */
  locatedIn?: { id: string; name: string }[];
  /** A company located in no zone the reader has read of: the zones it signs with or invests in, with how. */
  relatedTo?: { id: string; name: string; kinds: RelationKind[] }[];
  /** A zone: how many companies it has relations with. */
  companies?: number;
}

/** What the card asks the background about an entity (entityInfo). */
export interface EntityInfo extends EntityAppearances {
  directory?: DirectorySummary;
}

/** How a company is tied to a zone (eval/relations/GUIDELINES.md). */
export type RelationKind = "located" | "signed" | "invests";

/** A mention a relation points at: the clearest one of its entity for that relation. */
export interface RelationEnd {
  start: number;
  end: number;
  text: string;
  entityId: string;
}

/** One company–zone relation stated in a text, with the sentence that states it. */
export interface Relation {
  company: RelationEnd;
  zone: RelationEnd;
  kind: RelationKind;
  /** The sentence (or clause run), offsets into the original text. */
  evidence: { start: number; end: number };
  /** 0–1: how directly the text states it (a cue between the names is surer than one elsewhere in the sentence). */
  confidence: number;
}
