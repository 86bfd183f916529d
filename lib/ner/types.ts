import type { EntityType } from "../model/records";

// Stored in mentions, entities and corrections: defined with them in lib/model/records.ts.
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
