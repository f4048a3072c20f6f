/**
 * Every pronoun read ("he said" given to a person) of the tuning sets, labelled, with what marks the wrong ones. A
 * developer tool: it reads ../shared and the packed judges' halves A (never a half B), runs the extractor in-process.
 *
 *   npx tsx scripts/pronoun-reads.ts [--sets dev,dev2,polnear-train,judges] [--out FILE.jsonl] [--at 0.9]
 *
 * Prints, per set and pooled, how often a pronoun read is right: all, at >= --at, and split by three marks of the
 * chosen person: its gender unknown (`gender_match` 0 for he/she), not the person named last before the pronoun
 * (`mention_first` 0), not the last speaker or subject (`salient_first` 0). PolNeAR labels a pronoun read only where
 * its annotators saw another, named source (a biased sample: docs/EXTRACTION.md, confidence), so its rate is a floor.
 * `--out` writes one JSON line per read (set, file, start, text, speaker, gold, y, confidence, candidates, context).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/core/articles/load.js';
import type { QuoteEvidence } from '../src/core/extraction/confidence.js';
import { labelOf, matchJudged } from './judge-calibration.js';
import { directQuotesOf, readableJudges, readPackedJudge, type DirectQuote } from './judge-data.js';
import { corpus, goldSet, label, opt, polnear, type ArticleRun } from './tuning-data.js';

interface Read { pronoun: string; set: string; file: string; start: number; text: string; speaker: string | null; gold: string; y: 0 | 1; confidence: number; evidence: QuoteEvidence; context: string }

const sets = opt('--sets', 'dev,dev2,polnear-train,judges').split(',');
if (sets.includes('polnear-dev')) throw new Error('polnear-dev is held out');
const at = Number(opt('--at', '0.9'));
const out = opt('--out', '');
const reads: Read[] = [];
/** The pronoun that gave the speaker: the word at the mention's distance before the quote or after it. */
function pronounAt(text: string, start: number, end: number, d: number): string {
  for (const at of [start - d, end + d]) {
    const w = /^[A-Za-z]+/.exec(text.slice(at, at + 5))?.[0]?.toLowerCase();
    if (w && ['he', 'she', 'it', 'they'].includes(w)) return w;
  }
  return '?';
}
const ctx = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 500), end + 80).replace(/\s+/g, ' ');

function fromRuns(runs: ArticleRun[]): void {
  runs.forEach((run, i) => {
    const text = parseDocument({ content: fs.readFileSync(run.file, 'utf8'), source: run.file }).text;
    for (const ex of label(run, i)) {
      if (ex.evidence.mention !== 'pronoun') continue;
      const p = run.pred.find((q) => q.evidence === ex.evidence)!;
      reads.push({ pronoun: pronounAt(text, p.quote.start, p.quote.end, ex.evidence.mentionDistance), set: run.set, file: path.relative(corpus, run.file), start: p.quote.start, text: ex.text, speaker: ex.speaker, gold: JSON.stringify(ex.gold), y: ex.y, confidence: p.quote.confidence, evidence: ex.evidence, context: ctx(text, p.quote.start, p.quote.end) });
    }
  });
}

for (const s of sets) {
  if (s === 'judges') {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'eval', 'held-out');
    // A judge nobody may tune on yet says so on its README line ("NEITHER half"): its half A stays closed too.
    for (const tar of readableJudges(dir)) {
      const rows = readPackedJudge(path.join(dir, tar)).filter((r) => r.half === 'A');
      for (const article of [...new Set(rows.map((r) => r.article))].sort()) {
        const { text, direct } = directQuotesOf(corpus, article);
        const taken = new Set<DirectQuote>();
        for (const row of rows.filter((r) => r.article === article)) {
          const q = matchJudged(row, direct, taken);
          if (!q || q.evidence.mention !== 'pronoun') continue;
          const { y } = labelOf(row, q.speaker);
          if (y === null) continue;
          reads.push({ pronoun: pronounAt(text, q.start, q.end, q.evidence.mentionDistance), set: tar.replace(/\.tar\.gz$/, ''), file: article, start: q.start, text: q.text, speaker: q.speaker, gold: row.rightSpeaker || row.predicted, y, confidence: q.confidence, evidence: q.evidence, context: ctx(text, q.start, q.end) });
        }
      }
    }
  } else if (s.startsWith('polnear-')) fromRuns(polnear(s.slice('polnear-'.length)));
  else fromRuns(goldSet(s));
}

const chosenX = (r: Read) => r.evidence.pronounCandidates?.find((c) => c.chosen)?.x;
const marks: [string, (r: Read) => boolean][] = [
  ['all', () => true],
  ['gender unknown', (r) => r.evidence.speaker === 'person' && r.evidence.pronounGenderMatch === false],
  ['not named last', (r) => chosenX(r)?.mention_first === 0],
  ['not salient first', (r) => chosenX(r)?.salient_first === 0],
  ['another speaker in paragraph', (r) => (r.evidence.paragraphSpeakers ?? 0) > 0],
  ['one candidate', (r) => (r.evidence.pronounChoices ?? 0) <= 1],
];
const group = (r: Read) => (r.set.startsWith('attrset') ? 'judges A' : r.set.startsWith('polnear') ? r.set : 'dev+dev2');
for (const g of [...new Set(reads.map(group)), 'pooled']) {
  const rs = reads.filter((r) => g === 'pooled' || group(r) === g);
  console.log(`== ${g}`);
  for (const [name, f] of marks) {
    const m = rs.filter(f);
    const hi = m.filter((r) => r.confidence >= at);
    const rate = (xs: Read[]) => (xs.length ? (xs.filter((r) => r.y).length / xs.length).toFixed(3) : '-');
    console.log(`  ${name.padEnd(30)} ${rate(m)} of ${m.length}; at >= ${at}: ${rate(hi)} of ${hi.length} (${hi.filter((r) => !r.y).length} wrong)`);
  }
}
if (out) fs.writeFileSync(out, reads.map((r) => JSON.stringify({ ...r, evidence: { ...r.evidence, pronounCandidates: r.evidence.pronounCandidates?.map((c) => ({ name: c.name, chosen: c.chosen, x: c.x })) } })).join('\n') + '\n');
