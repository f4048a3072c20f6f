import type { DocumentInput } from './api.js';
import { parseDocument } from './articles/load.js';
import type { Article } from './articles/model.js';
import { extractQuotes } from './extraction/index.js';
import type { ExtractedQuote, Extractor } from './extraction/model.js';

/**
 * Parses a document and extracts its quotes without touching any index (`onrecord extract`). Its own entry
 * point, importing only the parser and the extractor, so a process that only extracts starts fast.
 */
export function extractDocument(input: DocumentInput, extract: Extractor = extractQuotes): { article: Article; quotes: ExtractedQuote[] } {
  const article = parseDocument(input);
  return { article, quotes: extract(article.text, article.paragraphs, article.meta) };
}

export type { ExtractedQuote } from './extraction/model.js';
