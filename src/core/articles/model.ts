/** Metadata an article may carry; every field is optional because plain text has none. */
export interface ArticleMeta {
  title?: string;
  url?: string;
  outlet?: string;
  /** ISO 8601 date or date-time as given by the source; absent when unknown (never invented). */
  published?: string;
  byline?: string;
}

/** A paragraph as a span of `Article.text` (offsets in UTF-16 code units, end exclusive). */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** An article ready for extraction: the body text, its paragraphs and its metadata. */
export interface Article {
  /** Body text; quote offsets refer to it. Never contains the headline or front matter. */
  text: string;
  paragraphs: ParagraphSpan[];
  meta: ArticleMeta;
  /** Where it came from: a file path or a URL, for display and duplicate detection. */
  source?: string;
}
