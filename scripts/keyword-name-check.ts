/**
 * A synthetic check of keywords that lead with a misspelt full name (session 38, h-qa96): every person on record
 * whose name is two or three plain words, the last of five letters or more, typed in lower case with that last word
 * misspelt by one seeded edit (a letter doubled or dropped) and one topic word after it ("hugh morgan wiilliams
 * music"). Counts, by the name's length, how often the parse names that person first. A developer tool.
 *
 *   npx tsx scripts/keyword-name-check.ts --data DIR [--list]
 */
import fs from 'node:fs';
import path from 'node:path';
import { understand } from '../src/core/questions/understand.js';
import { openIndexedCore } from './indexed-core.js';
import { opt } from './tuning-data.js';

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/keyword-name-check.ts --data DIR [--list]');
  process.exit(2);
}
const { core, registry, vocab, close } = await openIndexedCore(dataDir);
let seed = 7;
/** A linear congruential generator: the same misspellings and topic words on every run. */
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const TOPICS = ['budget', 'election', 'taxes', 'immigration', 'players', 'music', 'market', 'police', 'china', 'health', 'football', 'company'];
function misspelt(w: string): string {
  const i = 1 + Math.floor(random() * (w.length - 2));
  return random() < 0.5 ? w.slice(0, i) + w[i] + w.slice(i) : w.slice(0, i) + w.slice(i + 1);
}
const people = registry.all().filter((s) => !s.isOrganisation && /^[A-Za-z]+( [A-Za-z]+){1,2}$/.test(s.name) && (s.name.split(' ').at(-1) as string).length >= 5);
const tally = new Map<number, { n: number; first: number }>();
for (const s of people) {
  const ws = s.name.toLowerCase().split(' ');
  const q = `${[...ws.slice(0, -1), misspelt(ws.at(-1) as string)].join(' ')} ${TOPICS[Math.floor(random() * TOPICS.length)]}`;
  const named = understand(q, registry, vocab, () => true, new Date()).speakers.map((m) => m.speaker.name);
  const t = tally.get(ws.length) ?? { n: 0, first: 0 };
  t.n++;
  if (named[0] === s.name) t.first++;
  tally.set(ws.length, t);
  if (process.argv.includes('--list')) console.log(`${q}\t${s.name}\t${named.slice(0, 3).join(' | ')}`);
}
for (const [n, t] of [...tally].sort((a, b) => a[0] - b[0])) console.log(`${n}-word names: ${t.first} of ${t.n} named first`);
close();
await core.close();
