// Sums the held-out figure lines that `scripts/measure.sh WT OUT held` prints (one "<set>: {json}" line per half B)
// into counts per set - right at 1 / wrong speaker at 1 / "none" questions answered - and their total; with two
// groups of logs (BEFORE... -- AFTER...) it prints only the sets whose counts moved. Figures only: it never opens the
// verbose runs in /tmp/held-out-runs (the halves B stay unread).
//   node scripts/held-sum.mjs held.txt [more logs]
//   node scripts/held-sum.mjs before.txt -- after.txt
import fs from 'node:fs';

function counts(files) {
  const rows = new Map();
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = /^(\S+(?: B)?): (\{.*\})\s*$/.exec(line);
      if (!m) continue;
      const d = JSON.parse(m[2]);
      const none = d.no_answer_questions ?? 0;
      const answerable = d.questions - none;
      rows.set(m[1], [
        Math.round(d.answer_at_1 * answerable),
        Math.round(d.wrong_speaker_at_1 * answerable),
        none ? Math.round(none * (1 - (d.no_answer_right ?? 1))) : 0,
      ]);
    }
  }
  return rows;
}

const args = process.argv.slice(2);
const cut = args.indexOf('--');
if (args.length === 0 || cut === 0 || cut === args.length - 1) {
  console.error('usage: node scripts/held-sum.mjs LOG... [-- LOG...]');
  process.exit(2);
}
const show = (c) => (c ? c.join(' / ') : '-');
if (cut < 0) {
  const rows = counts(args);
  const total = [0, 0, 0];
  for (const [set, c] of [...rows].sort()) {
    console.log(`${set}\t${show(c)}`);
    c.forEach((n, i) => (total[i] += n));
  }
  console.log(`TOTAL right / wrong / none answered\t${show(total)}`);
} else {
  const before = counts(args.slice(0, cut));
  const after = counts(args.slice(cut + 1));
  for (const set of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (show(before.get(set)) !== show(after.get(set))) console.log(`${set}\t${show(before.get(set))} -> ${show(after.get(set))}`);
  }
}
