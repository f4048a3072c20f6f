import Database from 'better-sqlite3';
import path from 'node:path';
import { QUOTE_TEXT_SQL } from './quote-text.js';
import { DB_FILE } from './store.js';

/**
 * Every quote's text and speaker name in an index folder, streamed (for the bench's fuse.js baseline, which
 * must search the very quotes the index holds). Opens the file read-only and closes it when done.
 */
export function* readQuoteTexts(dir: string): Generator<{ text: string; speaker: string | null }> {
  const db = new Database(path.join(dir, DB_FILE), { readonly: true, fileMustExist: true });
  try {
    for (const [text, speaker] of db.prepare(`SELECT ${QUOTE_TEXT_SQL}, q.speaker_name FROM quotes q JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph`).raw().iterate() as Iterable<[string, string | null]>) yield { text, speaker };
  } finally {
    db.close();
  }
}
