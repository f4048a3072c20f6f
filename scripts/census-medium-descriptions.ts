/**
 * Census: quotes whose speaker is a description of a body ("the paper", "the station", "the magazine", "the firm",
 * "the company", "the group", ...) or of a person by a described-person noun ("the top seed", "the champion"), by
 * noun, with the articles (session 42, h-attr114). Compare two runs to see what a binding rule leaves.
 *   npx tsx scripts/census-medium-descriptions.ts RUN.jsonl [--list] [--skip-dev]
 */
import { corpusRunDocuments } from './corpus-run.js';

const argv = process.argv.slice(2);
const runFile = argv.find((a) => !a.startsWith('--'))!;
const list = argv.includes('--list');
const skipDev = argv.includes('--skip-dev');
const DESCRIPTION = /^the (paper|newspaper|magazine|station|network|broadcaster|channel|firm|company|group|band|club|bank|top seed|(?:[\p{Ll}-]+ )?champion)$/iu;

const byNoun = new Map<string, { quotes: number; articles: Set<string>; confident: number }>();
const lines: string[] = [];
for (const doc of corpusRunDocuments(runFile, skipDev)) {
  for (const q of doc.quotes) {
    const m = DESCRIPTION.exec(q.speaker ?? '');
    if (!m) continue;
    const noun = m[1]!.toLowerCase();
    const row = byNoun.get(noun) ?? { quotes: 0, articles: new Set<string>(), confident: 0 };
    row.quotes++;
    row.articles.add(doc.file);
    if (q.confidence >= 0.9) row.confident++;
    byNoun.set(noun, row);
    if (list) lines.push(`${noun}\t${q.confidence.toFixed(3)}\t${q.kind}\t${doc.file.replace(/^.*\/corpus\//u, '')}\t${q.text.slice(0, 70)}`);
  }
}
for (const [noun, r] of [...byNoun].sort((a, b) => b[1].quotes - a[1].quotes)) console.log(`the ${noun}: ${r.quotes} quotes in ${r.articles.size} articles (${r.confident} at >= 0.9)`);
if (list) for (const l of lines.sort()) console.log(l);
