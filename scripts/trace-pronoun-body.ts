/**
 * Trace (session 40, h-attr109): for each file, every "he" / "she" read (`pronounChoice`) whose chosen referent states
 * no person's trait, with its candidates' facts and the turns (salient entries) that made the chosen one "turned by
 * name". A developer tool; reads the corpus files named on the command line.
 *   npx tsx scripts/trace-pronoun-body.ts FILE... [--all]
 */
import fs from 'node:fs';
import { parseDocument } from '../src/core/articles/load.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { Cast } from '../src/core/extraction/people.js';

const argv = process.argv.slice(2);
const all = argv.includes('--all');
const files = argv.filter((a) => !a.startsWith('--'));
let text = '';
const proto = Cast.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const orig = proto.pronounChoice!;
proto.pronounChoice = function (this: { salient: { person: { name: string }; pos: number; speaker: boolean; body?: boolean }[]; namesNoPerson(p: unknown): boolean }, ...args: unknown[]) {
  const r = orig.apply(this, args) as { person?: { name: string; org?: boolean }; candidates: { person: { name: string }; x: unknown }[] };
  const [pronoun, pos] = args as [string, number];
  if ((pronoun === 'he' || pronoun === 'she') && r.person && (all || this.namesNoPerson(r.person))) {
    const turns = this.salient.filter((s) => s.person === r.person && s.pos < pos).map((s) => `${s.pos}${s.speaker ? 'S' : ''}${s.body ? 'B' : ''}:${JSON.stringify(text.slice(Math.max(0, s.pos - 40), s.pos + 40).replace(/\s+/g, ' '))}`);
    console.log(`  ${pronoun}@${pos} -> ${r.person.name} ctx=${JSON.stringify(text.slice(pos - 60, pos + 20).replace(/\s+/g, ' '))}`);
    console.log(`     candidates: ${r.candidates.map((c) => c.person.name).join(' | ')}`);
    for (const t of turns) console.log(`     turn ${t}`);
  }
  return r;
};
for (const file of files) {
  const doc = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file });
  text = doc.text;
  console.log(`== ${file.replace(/^.*\/corpus\//, '')}`);
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.mention === 'pronoun' && q.speaker && (all || true)) console.log(`  Q@${q.start} ${q.speaker.name} ${e.how} ${(q.confidence ?? 0).toFixed(3)}`);
  });
}
