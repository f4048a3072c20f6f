import { OnRecordError } from '../errors.js';
import type { Article } from './model.js';

/**
 * Caps on what one article may hold. Far beyond any news story (the corpus' longest paragraph is 2,573
 * characters, its longest article 54,000, its largest front matter well under 1 KB), they keep an ingest's
 * cost in proportion to its size and refuse, with one line naming the source and the cap, what no newsroom
 * writes.
 */

/** Longest paragraph, in characters: a whole long article pasted on one line still fits. */
export const MAX_PARAGRAPH_CHARS = 100_000;

/**
 * Most paragraphs in one article: each costs tokens and sentences in memory (a million one-word paragraphs
 * took 800 MB); the corpus' most is 309.
 */
export const MAX_PARAGRAPHS = 50_000;

/** Largest front matter block (between the `---` lines), in characters. */
export const MAX_FRONT_MATTER_CHARS = 65_536;

/** Most keys in a front matter block, nested mappings included (OnRecord reads nine). */
export const MAX_FRONT_MATTER_KEYS = 500;

const fmt = (n: number) => n.toLocaleString('en-US');

/** Refuses an article with more than `MAX_PARAGRAPHS` paragraphs or one longer than `MAX_PARAGRAPH_CHARS`. */
export function assertParagraphs(article: Article, source: string): void {
  if (article.paragraphs.length > MAX_PARAGRAPHS) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: too many paragraphs (${fmt(article.paragraphs.length)}, at most ${fmt(MAX_PARAGRAPHS)})`);
  }
  for (let i = 0; i < article.paragraphs.length; i++) {
    const p = article.paragraphs[i]!;
    const n = p.end - p.start;
    if (n > MAX_PARAGRAPH_CHARS) {
      throw new OnRecordError('BAD_ARTICLE', `${source}: paragraph ${i + 1} is too long (${fmt(n)} characters, at most ${fmt(MAX_PARAGRAPH_CHARS)} a paragraph)`);
    }
  }
}

/** Refuses a front matter block larger than `MAX_FRONT_MATTER_CHARS`, before it is parsed. */
export function assertFrontMatterSize(block: string, source: string): void {
  if (block.length > MAX_FRONT_MATTER_CHARS) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: front matter is too large (${fmt(block.length)} characters, at most ${fmt(MAX_FRONT_MATTER_CHARS)})`);
  }
}

/** Refuses a front matter block with more than `MAX_FRONT_MATTER_KEYS` keys. */
export function assertFrontMatterKeys(keys: number, source: string): void {
  if (keys > MAX_FRONT_MATTER_KEYS) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: front matter has too many keys (${fmt(keys)}, at most ${fmt(MAX_FRONT_MATTER_KEYS)})`);
  }
}
