// Compares two `extract --json` runs over the same files (JSON lines, one article per line) and prints every quote
// whose speaker changed, appeared or vanished (with --roles, also role changes), then the counts on stderr.
// A developer tool for reading what an attribution change moves across the whole corpus:
//   xargs -n 400 -a FILES node dist/adapters/cli/main.js extract --json > after.jsonl
//   node scripts/corpus-diff.mjs before.jsonl after.jsonl [--roles]
import fs from 'node:fs';

const [beforePath, afterPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!beforePath || !afterPath) {
  console.error('usage: node scripts/corpus-diff.mjs BEFORE.jsonl AFTER.jsonl [--roles]');
  process.exit(2);
}
const showRoles = process.argv.includes('--roles');

function load(file) {
  const quotes = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const article = JSON.parse(line);
    for (const q of article.quotes ?? []) quotes.set(`${article.file}\t${q.start}\t${q.kind}`, q);
  }
  return quotes;
}

const before = load(beforePath);
const after = load(afterPath);
const counts = { speaker: 0, gone: 0, new: 0, role: 0 };
const short = (text, n) => JSON.stringify(text.slice(0, n));
for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
  const [file, start] = key.split('\t');
  const where = `${file.split('/corpus/').pop()}@${start}`;
  const x = before.get(key);
  const y = after.get(key);
  if (x && !y) {
    counts.gone++;
    console.log(`GONE ${where} [${x.speaker}] ${short(x.text, 90)}`);
  } else if (y && !x) {
    counts.new++;
    console.log(`NEW  ${where} [${y.speaker}] ${short(y.text, 90)}`);
  } else if (x.speaker !== y.speaker) {
    counts.speaker++;
    console.log(`SPKR ${where} ${x.speaker} -> ${y.speaker} (${x.confidence} -> ${y.confidence}) ${short(y.text, 80)}`);
  } else if (showRoles && x.role !== y.role) {
    counts.role++;
    console.log(`ROLE ${where} ${x.speaker}: ${x.role} -> ${y.role}`);
  }
}
console.error(JSON.stringify(counts));
