/**
 * How a name word sounds, for matching spellings typed by ear ("Gamage" for "Gammage") and one person filed under two
 * spellings ("Davies" and "Davis"). Its own module so that the extractor, which reads `names.ts`, does not load the
 * phonetic package.
 */
import { doubleMetaphone } from 'double-metaphone';

/** A name word's Double Metaphone codes (primary and alternate, once each). */
export function soundsLike(word: string): string[] {
  const [primary, alternate] = doubleMetaphone(word);
  return primary === alternate || !alternate ? [primary] : [primary, alternate];
}
