// Session 37 (h-attr94). Census: ", VERBing [at|to PRONOUN | PRONOUN][,:] QUOTE" where VERBing is a speech -ing form that is no participle cue.
// The hearer words come from the lexicon the rule reads (`participleBeforeQuote`, cues.ts); the verb may stand
// right before its comma or colon (", quipping: QUOTE", ", tweeting, QUOTE": session 37 review, h-rev37).
// usage: npx tsx scripts/census-speech-participles.ts FILE_LIST [--counts] (one corpus path a line; leave PolNeAR dev out)
import fs from 'node:fs';
import { HEARER_PREPOSITIONS, isSpeechIngForm, isParticipleCue, OBJECT_PRONOUNS } from '../src/core/extraction/lexicon/index.js';
const files = fs.readFileSync(process.argv[2]!, 'utf8').trim().split('\n');
const countsOnly = process.argv.includes('--counts');
const hearer = `(?:\\s+(?:(?:${[...HEARER_PREPOSITIONS].join('|')})\\s+)?(?:${[...OBJECT_PRONOUNS].join('|')})\\b)?`;
const re = new RegExp(`,\\s+([a-z]+ing)\\b${hearer}\\s*(?:[,:]\\s*)?(["“]|'')`, 'g');
const count: Record<string, number> = {};
for (const f of files) {
  let text: string; try { text = fs.readFileSync(f, 'utf8'); } catch { continue; }
  for (const m of text.matchAll(re)) {
    const v = m[1]!;
    if (!isSpeechIngForm(v) || isParticipleCue(v)) continue;
    count[v] = (count[v] ?? 0) + 1;
    if (!countsOnly) console.log(`${f.replace('/work/shared/corpus/', '')}: ${text.slice(Math.max(0, m.index! - 80), m.index! + 60).replace(/\n/g, ' ')}`);
  }
}
console.log(count);
