// Flags direct quotes that may belong to a second speaker of their paragraph (issue 13, session 23, h-attr45).
// A developer tool: extracts each file in-process (needs a built dist) and prints one line per flagged quote:
//   node scripts/second-speakers.mjs FILE... [--from LIST]   (LIST: one path a line)
// Classes:
//   after-own-colon  the quote has its own "X said:" before it, ends its sentence, yet took the cue after it;
//   carried-past     a quote given its speaker by carry-over (prev-quote, continuation, next-quote) while a cue of
//                    another named speaker lies between the carried speaker's words and it;
//   named-in-sentence the quote's sentence (text before its opening mark) names another speaker of the paragraph
//                    (by surname) and not its own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { extractDocument } = await import(`${root}/dist/core/extract.js`);
const { extractWithEvidence } = await import(`${root}/dist/core/extraction/index.js`);
const args = process.argv.slice(2);
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--from') files.push(...fs.readFileSync(args[++i], 'utf8').split('\n').filter(Boolean));
  else files.push(args[i]);
}
const surname = (name) => name.split(/\s+/).pop();
const counts = {};
// PolNeAR dev is held out: its articles are never read, whatever list the caller passes.
const heldOut = files.filter((f) => f.includes('polnear/data/dev/'));
if (heldOut.length) console.error(`skipped ${heldOut.length} held-out PolNeAR dev files`);
for (const file of files) {
  if (file.includes('polnear/data/dev/')) continue;
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  const { article } = extractDocument({ source: file, content: text }, (t, p, m) => extractWithEvidence(t, p, m, (q, e) => rows.push({ q, how: e.how })));
  const t = article.text;
  rows.sort((a, b) => a.q.start - b.q.start);
  const byPara = new Map();
  for (const r of rows) (byPara.get(r.q.paragraph) ?? byPara.set(r.q.paragraph, []).get(r.q.paragraph)).push(r);
  for (const [pi, list] of byPara) {
    const para = article.paragraphs[pi];
    for (let i = 0; i < list.length; i++) {
      const { q, how } = list[i];
      if (q.kind !== 'direct' || !q.speaker) continue;
      const s = q.speaker.name;
      const flag = (cls, other) => {
        counts[cls] = (counts[cls] ?? 0) + 1;
        const before = t.slice(Math.max(para.start, q.start - 160), q.start).replace(/\s+/g, ' ');
        console.log(`${cls}\t${file.split('/corpus/').pop()}@${q.start}\t${how}\t[${s}]\t${other ? `other [${other}]` : ''}\t…${before}|${JSON.stringify(q.text.slice(0, 60))}`);
      };
      const open = t.slice(para.start, q.start).replace(/["“”'‘’\s]+$/u, '');
      if (how === 'cue-after' && open.endsWith(':') && /[.!?]["”’']?\s*$/u.test(q.text.trimEnd()) && q.start - 1 > para.start) { flag('after-own-colon'); continue; }
      if (how === 'prev-quote' || how === 'continuation' || how === 'next-quote') {
        const from = how === 'continuation' ? -1 : how === 'prev-quote' ? list.slice(0, i).reverse().find((r) => r.q.kind === 'direct')?.q.end ?? -1 : q.end;
        const to = how === 'next-quote' ? list.slice(i + 1).find((r) => r.q.kind === 'direct')?.q.start ?? Infinity : q.start;
        const other = list.find((r) => r !== list[i] && r.q.speaker && r.q.speaker.name !== s && !r.q.speaker.anonymous && r.q.start >= from && r.q.start < to);
        if (other) { flag('carried-past', other.q.speaker.name); continue; }
      }
      // The sentence before the quote: from the last sentence end before its opening mark.
      const lead = open.slice(Math.max(0, open.search(/[^.!?]*$/u)));
      const others = [...new Set(list.filter((r) => r.q.speaker && r.q.speaker.name !== s && !r.q.speaker.anonymous && !r.q.speaker.is_organisation).map((r) => r.q.speaker.name))];
      const named = others.find((o) => new RegExp(`\\b${surname(o).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(lead));
      if (named && !new RegExp(`\\b${surname(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(lead)) flag('named-in-sentence', named);
    }
  }
}
console.error(JSON.stringify(counts));
