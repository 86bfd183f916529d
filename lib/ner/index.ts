export { normalize } from "./normalize";
export type { Recognizer, RecognizerOptions } from "./recognizer";
export { createRecognizer } from "./recognizer";
export type { Segmenter } from "./segmenter";
export { loadJieba } from "./segmenter";
export type { EntityType, Mention } from "./types";
