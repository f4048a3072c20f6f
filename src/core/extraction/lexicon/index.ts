/**
 * The extractor's lexicon: every word list the rules reason with, in one folder, one file per word class.
 * A rule never hides a list of its own; it asks a named set or predicate from here. Built once at module load
 * as Sets (O(1) look-ups; no other work at import time).
 */
export { inflect } from './inflect.js';
export * from './speech-verbs.js';
export * from './characterising.js';
export * from './titles.js';
export * from './roles.js';
export * from './organisations.js';
export * from './documents.js';
export * from './labels.js';
export * from './time.js';
export * from './function-words.js';
export * from './given-names.js';
export * from './places.js';
export * from './demonyms.js';
export * from './venues.js';
export * from './qualifiers.js';
export * from './stance-verbs.js';
