/**
 * The shape of every record the store keeps, written once, as valibot
 * schemas. The Dexie tables (`lib/db/schema.ts`) take their record types
 * from here and the JSON backup (`lib/export/backup.ts`) validates with these
 * same schemas, so a field added to a record is in the backup too.
 * A field added here must be JSON-safe (strings, finite numbers, booleans,
 * arrays, plain objects): the backup is a JSON file.
 * Pure: no browser globals. Code that only needs the types (the content
 * script) imports them with `import type`, so valibot stays out of its bundle.
 * The Dexie index definitions stay in lib/db/schema.ts.
 */
import * as v from "valibot";

const str = v.string();
const num = v.pipe(v.number(), v.finite());

export const EntityTypeSchema = v.picklist(["ZONE", "COMPANY"]);
export type EntityType = v.InferOutput<typeof EntityTypeSchema>;

export const FigureKindSchema = v.picklist(["amount", "capacity", "percent", "date", "count"]);
export type FigureKind = v.InferOutput<typeof FigureKindSchema>;

/** A figure in a fact's quote (`lib/facts/figures.ts` finds them). */
export const FigureSchema = v.object({
  kind: FigureKindSchema,
  /** The characters of the quote, as written. */
  text: str,
  /** Offsets into the quote. */
  start: num,
  end: num,
  /** Value in `unit` (amount in 元 or 美元; capacity in 吨, 吨/年, W, 千瓦时 …; percent as 42 for 42%). */
  value: num,
  unit: str,
  /** For growth: "+" (增长/提升) or "-" (下降/减少); dates: ISO `YYYY-MM(-DD)`. */
  note: v.optional(str),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

/** W3C Web Annotation selectors (`lib/anchor/textQuote.ts`). */
export const TextQuoteSelectorSchema = v.object({ type: v.literal("TextQuoteSelector"), exact: str, prefix: str, suffix: str });
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export const TextPositionSelectorSchema = v.object({ type: v.literal("TextPositionSelector"), start: num, end: num });
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export const AnchorSchema = v.object({ quote: TextQuoteSelectorSchema, position: TextPositionSelectorSchema });
export type Anchor = v.InferOutput<typeof AnchorSchema>;

/** Table `articles`: an article the reader read. */
export const ArticleRecordSchema = v.object({
  /** Canonical article URL (kxdb.com: `…/show.php?itemid=N`). */
  url: str,
  title: str,
  /** Publication date `YYYY-MM-DD`, "" when unknown. */
  date: str,
  source: str,
  author: str,
  /** Newspaper issue (期), "" when not shown. */
  issue: str,
  firstRead: num,
  lastRead: num,
});
export type ArticleRecord = v.InferOutput<typeof ArticleRecordSchema>;

/** Table `mentions`: one entity in one article. */
export const MentionRecordSchema = v.object({
  /** `${url} ${entityId}`. */
  id: str,
  url: str,
  entityId: str,
  type: EntityTypeSchema,
  canonical: str,
  /** The names this article used for the entity. */
  names: v.array(str),
  count: num,
});
export type MentionRecord = v.InferOutput<typeof MentionRecordSchema>;

/** Table `entities`. */
export const EntityRecordSchema = v.object({
  /** The recognizer's stable entityId. */
  id: str,
  type: EntityTypeSchema,
  canonical: str,
  /** Every name it was seen under. */
  aliases: v.array(str),
  firstSeen: num,
  lastSeen: num,
  /** The reader renamed it: the recognizer's canonical name no longer overwrites `canonical`. */
  renamed: v.optional(v.boolean()),
  /** The reader merged it into another entity: look there instead. */
  mergedInto: v.optional(str),
});
export type EntityRecord = v.InferOutput<typeof EntityRecordSchema>;

/** Where a fact was read. */
export const FactSourceSchema = v.object({
  url: str,
  title: str,
  date: str,
  /** Newspaper or site (`科学导报`). */
  source: str,
  issue: str,
  /** E-paper facts: the newspaper page (版面) the article is on. */
  page: v.optional(str),
});
export type FactSource = v.InferOutput<typeof FactSourceSchema>;

/** Table `facts`: a quote the reader saved. */
export const FactRecordSchema = v.object({
  id: v.pipe(str, v.minLength(1)),
  quote: v.pipe(str, v.minLength(1)),
  note: str,
  tags: v.array(str),
  entityIds: v.array(str),
  figures: v.array(FigureSchema),
  /** Source article; `url` is duplicated at top level for the index. */
  url: str,
  sourceInfo: FactSourceSchema,
  anchor: AnchorSchema,
  createdAt: num,
  updatedAt: num,
  /** Set while the fact is in the trash (undo); absent otherwise, so it is not in that index. */
  deletedAt: v.optional(num),
  /** `url` + normalized quote: the same quote from the same article is one fact. */
  dedupe: str,
});
export type FactRecord = v.InferOutput<typeof FactRecordSchema>;

/** Table `corrections`: the reader's corrections to the recognizer, as a log. */
export const CorrectionRecordSchema = v.object({
  name: str,
  kind: v.picklist(["suppress", "add"]),
  type: v.optional(EntityTypeSchema),
  at: num,
});
export type CorrectionRecord = v.InferOutput<typeof CorrectionRecordSchema>;

export const RelationKindSchema = v.picklist(["located", "signed", "invests"]);

/** Where a relation was read: one article's sentence that states it. */
export const RelationEvidenceSchema = v.object({
  url: str,
  /** The article's publication date `YYYY-MM-DD`, "" when unknown. */
  date: str,
  title: str,
  /** The sentence, as the article has it. */
  sentence: str,
  /** The sentence's offsets in the article's text. */
  start: num,
  end: num,
  /** The extractor's confidence (lib/ner/relations.ts). */
  confidence: num,
  /** When the reader read it (ms). */
  readAt: num,
});
export type RelationEvidence = v.InferOutput<typeof RelationEvidenceSchema>;

/**
 * Table `relations`: one company–zone relation of one kind, gathered from every
 * article that states it (one evidence per article), and the reader's verdict.
 */
export const RelationRecordSchema = v.object({
  /** `${companyId} ${zoneId} ${kind}`. */
  id: str,
  companyId: str,
  zoneId: str,
  kind: RelationKindSchema,
  evidence: v.array(RelationEvidenceSchema),
  /** The evidence's article URLs, for the index (re-reading an article replaces its evidence). */
  urls: v.array(str),
  /** The reader confirmed or rejected it; a rejected relation stays rejected when read again. */
  verdict: v.optional(v.picklist(["confirmed", "rejected"])),
  /** Last change (evidence or verdict), ms: the newer copy wins a backup import. */
  updatedAt: num,
});
export type RelationRecord = v.InferOutput<typeof RelationRecordSchema>;

/** Every table of the store and its record, in the order the backup lists them. */
export const RECORD_SCHEMAS = {
  facts: FactRecordSchema,
  entities: EntityRecordSchema,
  articles: ArticleRecordSchema,
  mentions: MentionRecordSchema,
  corrections: CorrectionRecordSchema,
  relations: RelationRecordSchema,
} as const;

export type TableName = keyof typeof RECORD_SCHEMAS;
export type RecordOf<T extends TableName> = v.InferOutput<(typeof RECORD_SCHEMAS)[T]>;
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];

/** Each table's primary key (the first entry of its Dexie store definition). */
export const PRIMARY_KEYS = {
  facts: "id",
  entities: "id",
  articles: "url",
  mentions: "id",
  corrections: "name",
  relations: "id",
} as const satisfies { [T in TableName]: keyof RecordOf<T> & string };
