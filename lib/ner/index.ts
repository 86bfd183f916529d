export { createRecognizer } from "./recognizer";
export type { Recognizer, RecognizerOptions } from "./recognizer";
export { loadJieba } from "./segmenter";
export type { Segmenter } from "./segmenter";
export type { EntityType, Mention } from "./types";
export { normalize } from "./normalize";
