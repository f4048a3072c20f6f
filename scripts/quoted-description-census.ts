/**
 * Census for answers/described.ts's blanking (session 40, h-qa102): over an ingested index, the attributed direct
 * quotes that hold an office or person-describing noun (`ROLE_NOUNS`, `DESCRIBED_PERSON_NOUNS`) and stand in the
 * paragraphs around another quote of their article (so the description path reads their words as that quote's
 * neighbourhood), split by whether they name a third party (`namesThirdParty`, the description taken as the noun
 * alone) and whether the neighbouring quote is the same speaker's. A developer tool; PolNeAR dev is counted, never shown.
 *
 *   npx tsx scripts/quoted-description-census.ts DATA_DIR/onrecord.db [--examples N]
 */
import Database from 'better-sqlite3';
import { namesThirdParty } from '../src/core/answers/third-party.js';
import { DESCRIBED_PERSON_NOUNS, ROLE_NOUNS } from '../src/core/extraction/lexicon/roles.js';
import { indexTerms } from '../src/core/search/tokenize.js';
import { QUOTE_TEXT_SQL } from '../src/core/store/sqlite/quote-text.js';

const [dbPath, ...rest] = process.argv.slice(2);
const show = rest.includes('--examples') ? Number(rest[rest.indexOf('--examples') + 1]) : 0;
const db = new Database(dbPath as string, { readonly: true });
interface Q { id: string; article_id: string; paragraph: number; text: string; kind: string; speaker_id: string | null; source: string }
const rows = db.prepare(`SELECT q.id, q.article_id, q.paragraph, ${QUOTE_TEXT_SQL} AS text, q.kind, q.speaker_id, a.source FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph`).all() as Q[];
const byArticle = new Map<string, Q[]>();
for (const r of rows) (byArticle.get(r.article_id) ?? byArticle.set(r.article_id, []).get(r.article_id))?.push(r);
const nouns = new Set([...ROLE_NOUNS, ...DESCRIBED_PERSON_NOUNS]);
const counts = new Map<string, number>();
const examples: string[] = [];
const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const r of rows) {
  if (r.kind !== 'direct' || !r.speaker_id) continue;
  const noun = r.text.toLowerCase().match(/[a-z-]+/g)?.find((w) => nouns.has(w));
  if (!noun) continue;
  const near = (byArticle.get(r.article_id) ?? []).filter((o) => o.id !== r.id && o.speaker_id && Math.abs(o.paragraph - r.paragraph) <= 1);
  if (near.length === 0) continue;
  const third = namesThirdParty(r.text, new Set(indexTerms(noun)));
  const same = near.some((o) => o.speaker_id === r.speaker_id);
  const other = near.some((o) => o.speaker_id !== r.speaker_id);
  add(`${third ? 'names a third party' : 'names nobody else'}; beside ${same && other ? 'same and other speakers' : same ? 'the same speaker only' : 'other speakers only'}`);
  add(third ? 'TOTAL third party' : 'TOTAL nobody else');
  if (third && examples.length < show && !r.source.includes('/polnear/data/dev/')) examples.push(`${r.speaker_id} [${noun}]: ${r.text.slice(0, 160)}`);
}
for (const [k, n] of [...counts].sort()) console.log(`${n}\t${k}`);
for (const e of examples) console.log(`  ${e}`);
