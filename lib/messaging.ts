/**
 * The one typed channel between the extension's parts (content scripts,
 * popup, extension pages) and the background service worker.
 */
import { defineExtensionMessaging } from "@webext-core/messaging";
import type { Mention } from "./ner/types";

export interface RecognizeResult {
  mentions: Mention[];
  /** Milliseconds spent recognizing, in the background. */
  ms: number;
}

interface ProtocolMap {
  /** Find zones and companies in a text. */
  recognize(text: string): RecognizeResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
