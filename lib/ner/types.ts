// The recognizer's output is shared by every part of the extension: defined in lib/model.
export type { EntityType, Mention } from "../model/reading";
