/**
 * Census (session 38, h-conf37): over the whole corpus (PolNeAR dev skipped), how many quotes whose speaker came from a
 * pronoun have a candidate the pronoun model's newer features touch (pronouns.ts): `possessor_only` (a candidate met
 * in the window only as a possessor, "Steve Bruce's side") and `quote_pronoun_latest` / `quote_pronoun_turn` (the cue's
 * quote speaks of a third person of the pronoun's gender, and the candidate is the latest mentioned / the latest turn).
 * For each: quotes where some candidate has it, and where the one chosen has it. A developer tool; reads the corpus.
 *
 *   npx tsx scripts/census-pronoun-features.ts FILES.txt [--list]
 * FILES.txt: one corpus path a line (as /work/notes-issues corpus-files.txt lists them).
 */
import fs from 'node:fs';
import { parseDocument } from '../src/core/articles/load.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';

const argv = process.argv.slice(2);
const files = fs.readFileSync(argv[0]!, 'utf8').split('\n').filter((f) => f.trim() && !/\/polnear\/.*\/dev\//.test(f));
const list = argv.includes('--list');
const FEATURES = ['possessor_only', 'quote_pronoun_latest', 'quote_pronoun_turn'];
const counts: Record<string, { any: number; chosen: number }> = Object.fromEntries(FEATURES.map((f) => [f, { any: 0, chosen: 0 }]));
let pronounQuotes = 0;
for (const file of files) {
  let content: string;
  try { content = fs.readFileSync(file, 'utf8'); } catch { continue; }
  const doc = parseDocument({ content, source: file });
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    const cands = e.mention === 'pronoun' ? e.pronounCandidates : undefined;
    if (!cands || cands.length < 2) return;
    pronounQuotes++;
    const chosen = cands.find((c) => c.name === q.speaker?.name);
    for (const f of FEATURES) {
      if (!cands.some((c) => c.x[f])) continue;
      counts[f]!.any++;
      if (chosen?.x[f]) counts[f]!.chosen++;
      if (list) console.log([f, chosen?.x[f] ? 'CHOSEN' : 'other', file.replace(/^.*\/corpus\//, ''), q.start, q.kind, q.speaker?.name ?? '-', cands.filter((c) => c.x[f]).map((c) => c.name).join('|'), JSON.stringify(q.text.slice(0, 70))].join('\t'));
    }
  });
}
console.log(JSON.stringify({ files: files.length, pronoun_quotes_with_a_choice: pronounQuotes, counts }));
