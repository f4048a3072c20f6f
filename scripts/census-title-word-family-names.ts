/**
 * Census: people named "GIVEN FAMILY" whose family name, or its last hyphenated part, is a lexicon title or role word
 * ("Magnus McEwen-King", "Oona King", "Paul Nurse"), and whether a corpus run gives any quote to them. A developer
 * tool (session 41, h-attr112).
 *   npx tsx scripts/census-title-word-family-names.ts RUN.jsonl [--list] [--skip-dev]
 * A name counts when some direct or indirect quote of its article lies within 200 characters after a mention of it.
 * Prints: names given quotes (the run names them as a speaker) and names never a speaker, each with the speakers the
 * nearby quotes got (--list).
 */
import fs from 'node:fs';
import { corpusRunDocuments } from './corpus-run.js';
import { HONORIFICS, isRole } from '../src/core/extraction/lexicon/index.js';
import { isKnownGivenName } from '../src/core/speakers/names.js';

const argv = process.argv.slice(2);
const runFile = argv.find((a) => !a.startsWith('--'))!;
const list = argv.includes('--list');
const skipDev = argv.includes('--skip-dev');
const titleWord = (w: string): boolean => HONORIFICS.has(w) || isRole(w);
const NAME = /\b(\p{Lu}\p{Ll}+) ((?:\p{Lu}[\p{L}']*-)?(\p{Lu}\p{Ll}+))\b/gu;

const tally = { speaker: 0, never: 0 };
const byKnown = { known: { speaker: 0, never: 0 }, unknown: { speaker: 0, never: 0 } };
const lines: string[] = [];
for (const doc of corpusRunDocuments(runFile, skipDev)) {
  let text: string;
  try { text = fs.readFileSync(doc.file, 'utf8'); } catch { continue; }
  const seen = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    const [, given, family, tail] = m;
    if (!titleWord(tail!.toLowerCase()) || titleWord(given!.toLowerCase())) continue;
    // A sentence's first word is often no given name ("Former King"): the census wants a name, so the given word must
    // not be a common capitalised word at a sentence start.
    const before = text.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[.!?"”]\s$|^\s*$|\n$/u.test(before) && !isKnownGivenName(given!.toLowerCase())) continue;
    const full = `${given} ${family}`;
    if (seen.has(full)) continue;
    const near = doc.quotes.filter((q) => [...text.matchAll(new RegExp(`\\b${full.replace(/[-']/gu, '.')}\\b`, 'gu'))].some((n) => Math.abs(q.start - n.index!) < 200 || Math.abs(q.end - n.index!) < 200));
    if (!near.length) continue;
    seen.add(full);
    const spoke = doc.quotes.some((q) => q.speaker !== null && q.speaker.includes(family!));
    const k = isKnownGivenName(given!.toLowerCase()) ? 'known' : 'unknown';
    if (spoke) { tally.speaker++; byKnown[k].speaker++; } else { tally.never++; byKnown[k].never++; }
    if (list && !spoke) lines.push(`${doc.file.replace(/^.*\/corpus\//u, '')} "${full}" (${k}): near quotes -> ${[...new Set(near.map((q) => `${q.speaker}@${q.confidence.toFixed(2)}`))].join(', ')}`);
  }
}
console.log(JSON.stringify({ ...tally, ...byKnown }));
for (const l of lines) console.log(l);
