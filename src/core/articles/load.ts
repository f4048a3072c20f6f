import type { DocumentInput } from '../api.js';
import { OnRecordError } from '../errors.js';
import { stripInvisible, withoutInvisible } from '../text/invisible.js';
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
  article = withoutInvisibleCharacters(article);
  if (article.paragraphs.length === 0) throw new OnRecordError('BAD_ARTICLE', `${input.source}: no article text`);
  assertParagraphs(article, input.source);
  return article;
}

/**
 * The article without invisible characters that would split a name or a word ("Kir\u200Bby said"): the
 * extractor then reads the name as it is shown. Paragraph bounds follow the shortened text.
 */
function withoutInvisibleCharacters(article: Article): Article {
  const { text, at } = stripInvisible(article.text);
  const meta = { ...article.meta };
  for (const k of ['title', 'outlet', 'byline'] as const) if (meta[k]) meta[k] = withoutInvisible(meta[k] as string);
  if (text === article.text) return { ...article, meta };
  return { ...article, text, meta, paragraphs: article.paragraphs.map((p) => ({ start: at(p.start), end: at(p.end) })) };
}
