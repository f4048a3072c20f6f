#!/usr/bin/env node
/**
 * Census of the worst answers on the question halves A (session 36, h-qa87): every first answer from somebody else
 * (wrong speaker at 1) and every answered "none" question, sorted by cause. A developer tool: it reads the lines
 * `scripts/abstain-data.ts` writes (one per question; halves A only, never a half B) and prints a table and each row.
 *
 *   npx tsx scripts/abstain-data.ts --data IDX --out RUN.jsonl --gold DIR ...   (DIR: each packed set's gold/A, unpacked as score.sh does)
 *   node scripts/wrong-answers-census.mjs RUN.jsonl [--visible]      (--visible: the visible sets' rows too)
 *
 * The causes are read off the row, first that fits (a heuristic; read the rows before trusting a count):
 *   extraction-or-name  the first answer holds the wanted words (the gold's expected phrase): the quote is the right
 *                       one, filed under another name (the extractor's speaker, or a name form the scorer does not
 *                       match: an accent, a title such as "Prince" left in the gold)
 *   same-surname        a named question answered with another person of the same surname
 *   who-said-loose      a pasted or half-remembered line ("who said ...") matched loosely to somebody's words
 *   role-holder         asked by role or description ("the ...", a role style, or the answer's note on the role):
 *                       the role matched another holder, or no holder and other people's quotes were shown
 *   named-off-topic     a named speaker's "none" question (an off-topic or only-mentioned topic) answered with that
 *                       speaker's words that hold part of the topic
 *   name-resolved-else  a name in the question read as somebody other than the wanted speaker (an organisation, a
 *                       misspelling's neighbour)
 *   topic-only          no speaker in the question: another person's quote on (part of) the topic answered
 */
import fs from 'node:fs';

const file = process.argv[2];
if (!file) { console.error('usage: node scripts/wrong-answers-census.mjs RUN.jsonl [--visible]'); process.exit(2); }
const withVisible = process.argv.includes('--visible');
const words = (s) => String(s ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const norm = (s) => words(s).join(' ');
const surname = (s) => words(s).at(-1) ?? '';

function cause(r) {
  const h = r.hits[0];
  if (!r.none && norm(h.text).includes(norm(r.expect))) return 'extraction-or-name';
  if (r.intent === 'verify') return 'who-said-loose';
  if (!r.none && r.speakerQuery && surname(h.speaker) === surname(r.want)) return 'same-surname';
  if (r.speakerQuery && (r.style.startsWith('role') || /^(the|an?) /.test(r.speakerQuery) || /has the role|fits more than one/.test(r.note ?? ''))) return 'role-holder';
  if (r.none && r.speakerQuery) return 'named-off-topic';
  if (r.speakerQuery) return 'name-resolved-else';
  return 'topic-only';
}

const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  .filter((r) => (withVisible || r.set !== 'visible') && (r.outcome === 'wrong' || r.outcome === 'none-answered'));
const table = new Map();
for (const r of rows) {
  const c = cause(r);
  const t = table.get(c) ?? { wrong: 0, none: 0, rows: [] };
  if (r.outcome === 'wrong') t.wrong++; else t.none++;
  t.rows.push(r);
  table.set(c, t);
}
console.log(`${rows.length} rows: ${rows.filter((r) => r.outcome === 'wrong').length} wrong speakers at 1, ${rows.filter((r) => r.outcome === 'none-answered').length} answered "none" questions`);
console.log('cause                 wrong  none');
for (const [c, t] of [...table].sort((a, b) => b[1].wrong + b[1].none - a[1].wrong - a[1].none)) console.log(`${c.padEnd(20)} ${String(t.wrong).padStart(6)} ${String(t.none).padStart(5)}`);
for (const [c, t] of table) {
  console.log(`\n== ${c}`);
  for (const r of t.rows) {
    const h = r.hits[0];
    console.log(`- [${r.set.replace('qaset-', '')} ${r.style}${r.none ? ' NONE' : ''}] ${r.q}\n    got ${h.speaker} (${r.intent}${r.speakerQuery ? `, read "${r.speakerQuery}"` : ''}; score ${Number(h.score).toFixed(2)}, conf ${h.confidence}${r.rivalScore ? `, next speaker ${Number(r.rivalScore).toFixed(2)}` : ''}): ${String(h.text).slice(0, 90)}` +
      (r.none ? '' : `\n    want ${r.want}: ${r.expect}${r.wantAt >= 0 ? ` (shown at ${r.wantAt + 1})` : ''}`));
  }
}
