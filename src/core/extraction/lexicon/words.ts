/** Builds a word set from a whitespace-separated list (lower case, one entry per word). */
export const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
