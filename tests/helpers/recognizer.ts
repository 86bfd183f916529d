import type { Recognizer } from "../../lib/ner/recognizer";
import type { EntityType, Mention } from "../../lib/ner/types";
import { createNodeRecognizer } from "../../scripts/node-recognizer";

let shared: Promise<Recognizer> | undefined;

/** One recognizer per test worker: jieba's dictionary takes ~0.5 s to build. */
export function recognizer(): Promise<Recognizer> {
  shared ??= createNodeRecognizer();
  return shared;
}

/** Mentions as `TYPE:text` strings, in text order: easy to read in a failing assertion. */
export function names(mentions: Mention[], type?: EntityType): string[] {
  return mentions.filter((m) => !type || m.type === type).map((m) => `${m.type}:${m.text}`);
}

/** Each mention's entity by its text (a later mention of the same text wins): which entity a name was linked to. */
export function entityIdsByText(mentions: Mention[]): Record<string, string> {
  return Object.fromEntries(mentions.map((m) => [m.text, m.entityId]));
}
