import type { DocumentInput } from '../api.js';
import { OnRecordError } from '../errors.js';
import { parseHtml } from './html.js';
import { assertParagraphs } from './limits.js';
import type { Article } from './model.js';
import { assertArticleText, detectFormat, parseMarkdown, parsePlainText } from './parse.js';

/**
 * Turns a document as it arrives (file content, fetched page) into an Article, whatever its format.
 * Metadata known from outside (`input.meta`) fills only what the document itself does not say.
 */
export function parseDocument(input: DocumentInput): Article {
  assertArticleText(input.content, input.source);
  const format = detectFormat(input.source, input.content, input.contentType);
  let article: Article;
  switch (format) {
    case 'markdown':
      article = parseMarkdown(input.content, input.source);
      break;
    case 'html':
      article = parseHtml(input.content, input.source);
      break;
    default:
      article = parsePlainText(input.content, input.source);
  }
  if (input.meta) article = { ...article, meta: { ...input.meta, ...article.meta } };
  if (article.paragraphs.length === 0) throw new OnRecordError('BAD_ARTICLE', `${input.source}: no article text`);
  assertParagraphs(article, input.source);
  return article;
}
