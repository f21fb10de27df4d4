export { askResolvers, type AskContext } from "./ask-resolvers.ts";
export { ask, MAX_QUESTION_LENGTH, type AskOptions } from "./ask.ts";
export type { AskEntity, AskEvidence, AskItem, AskResult } from "./ask-result.ts";
export { forgetNameIndex, loadNameIndex } from "./load-name-index.ts";
export { forgetGraph } from "./forget-graph.ts";
export { buildNameIndex, type EntityRow, type NameIndex, type NameIndexInput } from "./name-index.ts";
export { parseQuestion, type ParsedQuestion } from "./parse-question.ts";
export { detectIntent } from "./detect-intent.ts";
export type { Intent, Understanding } from "./intent.ts";
