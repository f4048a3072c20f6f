/**
 * Lists every judged direct quote of the judges' halves A (eval/held-out/attrset-*: only the halves the README opens to
 * tuning) that the run still gives the judged wrong speaker, or that was judged no speech, at or above --at, with the
 * evidence that gave its confidence and the sentence around it. A developer tool: it reads the packed sets and
 * ../shared/corpus; halves B are never read (it refuses --half B).
 *   npx tsx scripts/judge-misses.ts [--at 0.9] [--corpus ../shared/corpus]
 */
import path from 'node:path';
import { labelOf, matchJudged } from './judge-calibration.js';
import { directQuotesOf, readableJudges, readPackedJudge, type DirectQuote } from './judge-data.js';

const argv = process.argv.slice(2);
const opt = (n: string, d: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1]! : d; };
if (argv.includes('--half')) throw new Error('halves A only');
const at = Number(opt('--at', '0.9'));
const corpus = opt('--corpus', path.resolve('../shared/corpus'));
const old = ['s15', 's16', 's17', 's18'];
// A judge whose README line says "NEITHER half" (packed this session) stays closed, its half A too.
for (const tarball of readableJudges('eval/held-out')) {
  const judge = tarball.replace(/\.tar\.gz$/, '');
  const rows = readPackedJudge(path.join('eval/held-out', tarball)).filter((r) => r.half === 'A');
  let n = 0;
  for (const article of [...new Set(rows.map((r) => r.article))].sort()) {
    const { text, direct } = directQuotesOf(corpus, article);
    const taken = new Set<DirectQuote>();
    for (const row of rows.filter((r) => r.article === article)) {
      const q = matchJudged(row, direct, taken);
      if (!q || q.confidence < at) continue;
      const { y, why } = labelOf(row, q.speaker);
      if (!(y === 0 || why === 'no-speech')) continue;
      n++;
      const e = q.evidence;
      const ctx = text.slice(Math.max(0, q.start - 260), Math.min(text.length, q.end + 160)).replace(/\s+/g, ' ');
      console.log(`${judge.replace(/-h-conf\d+$/, '')} ${article} @${q.start} ${q.confidence.toFixed(3)} ${why}: "${q.speaker}" (right: "${row.rightSpeaker}")`);
      console.log(`  how=${e.how} via=${e.cueVia ?? '-'} mention=${e.mention ?? '-'} cueVerb=${e.cueVerb ?? '-'} cueGap=${e.cueGap} mDist=${e.mentionDistance} rivals=${e.rivals} rivNear=${e.rivalsNearMention ?? '-'} rivBetween=${e.rivalsBetween ?? '-'} split=${e.splitHalf} partial=${e.partial} mixed=${e.mixed ?? '-'} spkQ=${e.speakerQuotes}/${e.articleQuotes} strong=${e.strongOthers ?? '-'}/${e.strongNear ?? '-'} named=${e.speakerNamed} namedNear=${e.namedNear ?? '-'} pron=${e.pronounChoices ?? '-'}/${e.pronounMargin?.toFixed(2) ?? '-'} title=${e.titleCase ?? '-'}`);
      console.log(`  ...${ctx}...`);
    }
  }
  if (old.some((s) => judge.startsWith(`attrset-${s}-`)) || n) console.error(`${judge}: ${n}`);
}
