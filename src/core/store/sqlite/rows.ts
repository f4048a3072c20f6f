import type { QuoteKind } from '../../extraction/model.js';
import type { RankRow, StoredQuote } from '../port.js';

export { articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from '../rows.js';

/**
 * The columns of a quote with its paragraph, in the order `quoteFromArray` reads them. Hot reads fetch rows as
 * arrays: better-sqlite3 builds a 25-key object per row several times slower than an array.
 */
export const QUOTE_COLUMNS =
  'q.rowid, q.id, q.article_id, q.paragraph, q.collection, q.text, q.kind, q.speaker_id, q.speaker_name, q.role, q.organisation, q.cue, ' +
  'q.audience, q.setting, q.said_on_text, q.said_on, q.sort_date, q.start, q.end, q.confidence, q.fingerprint, q.terms, q.context_terms, ' +
  'p.text, q.near_terms';

/** The columns of a rank row, all held by the `quotes_speaker_rank` index (so reading them touches no table row). */
export const RANK_COLUMNS = 'q.id, q.collection, q.kind, q.speaker_id, q.sort_date, q.confidence, q.fingerprint, q.terms, q.context_terms, q.near_terms';

/** A rank row from a row of `RANK_COLUMNS` fetched raw. */
export function rankRowFromArray(a: unknown[]): RankRow {
  const r: RankRow = {
    id: a[0] as string,
    collection: a[1] as string,
    kind: a[2] as QuoteKind,
    speakerId: a[3] as string | null,
    confidence: a[5] as number,
    fingerprint: a[6] as string,
    terms: a[7] as string,
    contextTerms: a[8] as string,
    nearTerms: a[9] as string,
  };
  if (a[4]) r.sortDate = a[4] as string;
  return r;
}

/** A quote from a row of `QUOTE_COLUMNS` fetched raw (an array). Same result as `quoteFromRow`. */
export function quoteFromArray(a: unknown[]): StoredQuote {
  const q: StoredQuote = {
    id: a[1] as string,
    articleId: a[2] as string,
    paragraph: a[3] as number,
    collection: a[4] as string,
    text: a[5] as string,
    kind: a[6] as QuoteKind,
    speakerId: a[7] as string | null,
    speakerName: a[8] as string | null,
    context: a[23] as string,
    start: a[17] as number,
    end: a[18] as number,
    confidence: a[19] as number,
    fingerprint: a[20] as string,
    terms: a[21] as string,
    contextTerms: a[22] as string,
    nearTerms: (a[24] as string | null) ?? '',
  };
  if (a[9]) q.role = a[9] as string;
  if (a[10]) q.organisation = a[10] as string;
  if (a[11]) q.cue = a[11] as string;
  if (a[12]) q.audience = a[12] as string;
  if (a[13]) q.setting = a[13] as string;
  if (a[14]) q.saidOnText = a[14] as string;
  if (a[15]) q.saidOn = a[15] as string;
  if (a[16]) q.sortDate = a[16] as string;
  return q;
}

/** Speakers whose registry rows a replacement touches: every speaker of the old and the new quotes. */
export function affectedSpeakers(oldQuotes: { speaker_id: string | null }[], newQuotes: { speakerId: string | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const q of oldQuotes) if (q.speaker_id) ids.add(q.speaker_id);
  for (const q of newQuotes) if (q.speakerId) ids.add(q.speakerId);
  return ids;
}
