// Census (session 37, h-conf34): direct quotes whose speaker is a person (two or more name words) named by given name
// or surname in the quote's own words, split by whether a "he"/"she" cue stands right after the quote ('"...," he
// said') or right before it ('She added: "..."'). The pronoun rows are the class `namedInOwnWords` (people.ts) bars; the
// others are for comparison (named speakers, where the quote's words say nothing of the parse). PolNeAR dev is skipped.
//   node scripts/census-named-in-own-words.mjs RUN.jsonl [--all]
import fs from 'node:fs';

const [runPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
const counts = new Map();
const rows = [];
for (const line of fs.readFileSync(runPath, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const a = JSON.parse(line);
  if (/\/polnear\/.*\/dev\//.test(a.file)) continue;
  let text;
  try { text = fs.readFileSync(a.file, 'utf8'); } catch { continue; }
  for (const q of a.quotes ?? []) {
    if (q.kind !== 'direct' || !q.speaker || q.speaker_is_organisation) continue;
    const words = q.speaker.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
    if (words.length < 2) continue;
    const body = q.text;
    const i = text.indexOf(body.slice(0, 60));
    if (i < 0) continue;
    const tail = body.slice(-40);
    const j = text.indexOf(tail, i) + tail.length;
    const after = text.slice(j, j + 14);
    const before = text.slice(Math.max(0, i - 25), i);
    const pron = /^[\s,.!?"”’']*(he|she)\b/.test(after) ? 'after' : /\b(he|she|He|She)\s+\w+:?\s*["“]?\s*$/.test(before) ? 'before' : '-';
    const esc = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const hit = [words[0], words[words.length - 1]].filter((w) => new RegExp(`(?<![\\p{L}])${esc(w)}(?![\\p{L}])`, 'u').test(body));
    if (!hit.length) continue;
    const k = `${pron} ${hit[0] === words[0] ? 'given' : 'surname'}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (pron !== '-' || all) rows.push([pron, a.file.replace(/^.*\/corpus\//, ''), q.speaker, hit.join(','), q.confidence, body.slice(0, 140)].join(' | '));
  }
}
console.log([...counts].map(([k, n]) => `${k}: ${n}`).join(', '));
for (const r of rows) console.log(r);
