import type { QuoteKind } from '../../extraction/model.js';
import type { RankRow, StoredQuote } from '../port.js';
import { leadFrom } from '../lead-terms.js';
import { QUOTE_TEXT_SQL } from './quote-text.js';

export { articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from '../rows.js';

/** The columns of a rank row, all held by the `quotes_speaker_rank` index (so reading them touches no table row). */
export const RANK_COLUMNS = 'q.id, q.collection, q.kind, q.speaker_id, q.sort_date, q.confidence, q.fingerprint, q.terms, q.context_terms, q.near_terms, q.lead_in';

/**
 * The columns of a quote with its paragraph `p`: its rank row, then what an answer shows (the words cut from the
 * paragraph where they are a span of it, see quote-text.ts), in the order
 * `quoteFromArray` reads them. Hot reads fetch rows as arrays: better-sqlite3 builds a 25-key object per row
 * several times slower than an array.
 */
export const QUOTE_COLUMNS =
  `${RANK_COLUMNS}, q.article_id, q.paragraph, ${QUOTE_TEXT_SQL}, q.speaker_name, q.role, q.organisation, q.cue, q.audience, q.setting, ` +
  'q.said_on_text, q.said_on, q.start, q.end, p.text';

/** Turns a stored term-id list (schema 8) back into its space-separated terms, `inner` where it stands in (see term-ids.ts). */
export type DecodeTerms = (code: string | null, inner: string) => string;

/** A rank row from a row of `RANK_COLUMNS` (or of `QUOTE_COLUMNS`, which starts with them) fetched raw. */
export function rankRowFromArray(a: unknown[], decode: DecodeTerms): RankRow {
  const r: RankRow = {
    id: a[0] as string,
    collection: a[1] as string,
    kind: a[2] as QuoteKind,
    speakerId: a[3] as string | null,
    confidence: a[5] as number,
    fingerprint: a[6] as string,
    terms: decode(a[7] as string, ''),
    contextTerms: '',
    nearTerms: '',
  };
  r.contextTerms = decode(a[8] as string, r.terms);
  r.nearTerms = decode(a[9] as string | null, r.contextTerms);
  const lead = leadOf(a[10], r, decode);
  if (lead) r.leadTerms = lead;
  if (a[4]) r.sortDate = a[4] as string;
  return r;
}

/**
 * The lead-in terms from `lead_in` (schema 10): NULL for none, a count of the neighbourhood terms just before the
 * sentence's (see ../lead-terms.ts), or, where they are no such run, the terms themselves as a term-id list. The
 * column has no type affinity, so SQLite keeps each value as written.
 */
function leadOf(v: unknown, r: Pick<RankRow, 'contextTerms' | 'nearTerms'>, decode: DecodeTerms): string {
  if (typeof v === 'number') return leadFrom(r.nearTerms, r.contextTerms, v);
  return typeof v === 'string' ? decode(v, '') : '';
}

/**
 * A quote from a row of `QUOTE_COLUMNS` fetched raw: its rank row's fields (same positions as in
 * `rankRowFromArray`) plus what an answer shows. One literal rather than a spread of the rank row: it runs for
 * every row of a verification pool, and the spread builds and copies a second object per row.
 */
export function quoteFromArray(a: unknown[], decode: DecodeTerms): StoredQuote {
  const q: StoredQuote = {
    id: a[0] as string,
    collection: a[1] as string,
    kind: a[2] as QuoteKind,
    speakerId: a[3] as string | null,
    confidence: a[5] as number,
    fingerprint: a[6] as string,
    terms: decode(a[7] as string, ''),
    contextTerms: '',
    nearTerms: '',
    articleId: a[11] as string,
    paragraph: a[12] as number,
    text: a[13] as string,
    speakerName: a[14] as string | null,
    start: a[22] as number,
    end: a[23] as number,
    context: a[24] as string,
  };
  if (a[15]) q.role = a[15] as string;
  if (a[16]) q.organisation = a[16] as string;
  if (a[17]) q.cue = a[17] as string;
  if (a[18]) q.audience = a[18] as string;
  if (a[19]) q.setting = a[19] as string;
  if (a[20]) q.saidOnText = a[20] as string;
  if (a[21]) q.saidOn = a[21] as string;
  q.contextTerms = decode(a[8] as string, q.terms);
  q.nearTerms = decode(a[9] as string | null, q.contextTerms);
  const lead = leadOf(a[10], q, decode);
  if (lead) q.leadTerms = lead;
  if (a[4]) q.sortDate = a[4] as string;
  return q;
}

/** Speakers whose registry rows a replacement touches: every speaker of the old and the new quotes. */
export function affectedSpeakers(oldQuotes: { speaker_id: string | null }[], newQuotes: { speakerId: string | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const q of oldQuotes) if (q.speaker_id) ids.add(q.speaker_id);
  for (const q of newQuotes) if (q.speakerId) ids.add(q.speakerId);
  return ids;
}
