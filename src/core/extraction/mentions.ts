/**
 * Reads who is speaking from the tokens around a speech verb, in three parts: names (`names.ts`), descriptions
 * and documents (`descriptions.ts`) and the subject a cue governs (`subjects.ts`). This module gathers them.
 */
export type { Mention } from './mention-words.js';
export { isNameWord, mentionFromRun, runEndingAt, runStartingAt } from './names.js';
export { descriptionAt } from './descriptions.js';
export { sentenceSubject, subjectAfter, subjectBefore, withOwnAppositive } from './subjects.js';
