// Flags quotes of an `extract --json` run (JSON lines, one article per line) whose speaker is doubtful in one of
// three ways (issue 13, session 24), for reading, not scoring:
//   place   - the speaker, or a word of it, is a place in the article's own text ("from Manchester", "in Leeds,")
//   outlet  - the speaker is what the article names as a hearer or a medium ("told the BBC", "the Times reported",
//             "in an interview with CNN", "reported by Reuters")
//   cue     - the cue is a verb of agreement or stance rather than of words ("agreed", "agrees", "concurred")
// Each flag prints the article, the quote's start, the speaker, the cue and the words around the cue.
//   node scripts/flag-speaker-kinds.mjs RUN.jsonl [--only place|outlet|cue] [--files LIST]
// With --files, only articles whose path ends with a line of LIST are read (a judge's or a gold set's articles).
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const run = args.find((a, i) => !a.startsWith('--') && !['--only', '--files'].includes(args[i - 1]));
if (!run) { console.error('usage: node scripts/flag-speaker-kinds.mjs RUN.jsonl [--only KIND] [--files LIST]'); process.exit(2); }
const only = opt('--only');
const files = opt('--files') ? fs.readFileSync(opt('--files'), 'utf8').split('\n').filter(Boolean) : null;

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NON_SPEECH_CUE = /^(?:agree[sd]?|agreeing|concur(?:s|red|ring)?|accept(?:s|ed)?|approve[sd]?|support(?:s|ed)?|endorse[sd]?)$/i;

function placeFlag(text, speaker) {
  const words = speaker.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  for (let n = words.length; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const part = words.slice(i, i + n).join(' ');
      const re = new RegExp(`\\b(?:from|in|near|outside|of|based in)\\s+(?:the\\s+)?${esc(part)}\\b(?!\\s+(?:said|says|told|added)\\b)`, 'u');
      if (re.test(text) && !new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+${esc(part)}\\b`).test(text)) return part;
    }
  }
  return null;
}

function outletFlag(text, speaker) {
  const s = esc(speaker.replace(/^the\s+/i, ''));
  const pats = [
    `\\btold\\s+(?:the\\s+)?${s}\\b`, `\\b(?:interview|interviews|speaking|spoke)\\s+(?:with|to)\\s+(?:the\\s+)?${s}\\b`,
    `\\b(?:the\\s+)?${s}\\s+(?:reported|reports|quoted|cited)\\b`, `\\breported\\s+by\\s+(?:the\\s+)?${s}\\b`,
    `\\bsaid\\s+(?:to|on)\\s+(?:the\\s+)?${s}\\b`, `\\bappear(?:ed|ing)?\\s+on\\s+(?:the\\s+)?${s}\\b`,
  ];
  for (const p of pats) { const m = new RegExp(p, 'u').exec(text); if (m) return m[0]; }
  return null;
}

for (const line of fs.readFileSync(run, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const article = JSON.parse(line);
  if (files && !files.some((f) => article.file.endsWith(f))) continue;
  if (article.file.includes('/polnear/data/dev/')) continue; // held out
  let text;
  try { text = fs.readFileSync(article.file, 'utf8'); } catch { continue; }
  for (const q of article.quotes ?? []) {
    if (!q.speaker || q.anonymous) continue;
    const flags = [];
    if (!only || only === 'place') { const p = placeFlag(text, q.speaker); if (p) flags.push(`place:${p}`); }
    if (!only || only === 'outlet') { const o = outletFlag(text, q.speaker); if (o) flags.push(`outlet:${o}`); }
    if ((!only || only === 'cue') && q.cue && NON_SPEECH_CUE.test(q.cue)) flags.push(`cue:${q.cue}`);
    if (flags.length === 0) continue;
    const from = Math.max(0, q.start - 160), to = Math.min(text.length, q.end + 160);
    const ctx = text.slice(from, q.start) + '«' + text.slice(q.start, Math.min(q.end, q.start + 80)) + (q.end - q.start > 80 ? '…' : '') + '»' + text.slice(q.end, to);
    console.log(`${flags.join(' ')}\t${article.file.split('/corpus/').pop()}@${q.start}\t[${q.speaker}] ${q.kind} cue=${q.cue} conf=${q.confidence}\t${ctx.replace(/\s+/g, ' ')}`);
  }
}
