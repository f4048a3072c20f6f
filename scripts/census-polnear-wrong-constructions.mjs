/**
 * PolNeAR train's wrong speakers by construction (session 40, h-attr106): reads the rows that
 * `classify-wrong-speakers.ts --json FILE` writes (PolNeAR dev is refused there) and sorts each by the shape of the
 * attribution, in order: the scorer's own reading first (it cannot be won), then the gold's conventions, then ours.
 *   npx tsx scripts/classify-wrong-speakers.ts --sets polnear-train --examples 0 --json /tmp/wrong.jsonl
 *   node scripts/census-polnear-wrong-constructions.mjs /tmp/wrong.jsonl [--kind indirect] [--list CLASS]
 * Classes (heuristics on the gold span, our speaker, our cue and `how`; read the listed rows before trusting a count):
 *   scorer:possessive-only   the span's only capitals are possessives ("Huckabee's campaign"): nothing can match it
 *   scorer:dup               another prediction of the same words has the gold speaker
 *   scorer:later-comma-part  we give the person the span names after a comma ("One hopeful, Carly Fiorina,")
 *   scorer:date-capital      the span's only capitals the scorer reads are a weekday or month ("data released Friday")
 *   gold:poll-share          the span is a share of a poll's respondents ("Sixty-six percent"): no speaker by our rules
 *   gold:description-span    the span is a description of a person we name ("The Ohio governor" -> John Kasich)
 *   ours:description-cut     our description is the span cut before its post-modifier ("Legislative leaders" of
 *                            "Legislative leaders in North Carolina"); split by whether the cut part holds a name
 *   ours:according-to        an "according to X" source other than the above (a relayed medium, a nested source)
 *   ours:pronoun             our speaker came from a pronoun bound to somebody else
 *   ours:noun-phrase-subject our speaker came from a description subject bound or read wrong ("the campaign said")
 *   ours:named-after-verb    our cue is after the quote ('"...," said X') and names somebody else
 *   ours:carry               the speaker came from a neighbouring quote
 *   ours:missing             no speaker at all
 *   ours:nearest-name        our cue's subject is another person's name (appositions, clauses between, mixed items)
 */
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : ''; };
if (!file) throw new Error('usage: census-polnear-wrong-constructions.mjs WRONG.jsonl [--kind indirect] [--list CLASS]');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.set === 'polnear-train');

const DATES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const norm = (s) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
const dropDet = (s) => s.replace(/^(?:the|a|an) /, '');
/** Capitalised words of the first comma part that has any, possessives left out (the scorer's reading of a span). */
function scorerCaps(span) {
  for (const part of span.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ').split(',')) {
    const caps = (part.match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).map((w) => w.toLowerCase()).filter((t) => !['a', 'an', 'the', 'he', 'she', 'they', 'it', 'we', 'i', 'but', 'and'].includes(t));
    if (caps.length) return caps;
  }
  return [];
}
const isShare = (span) => /\b(?:percent|per cent|majority|majorities|half|quarter|third|respondents|in 10|out of)\b|%|^\s*(?:about |some |only |just )?\d/i.test(span);

function classOf(r) {
  const span = r.gold;
  const got = r.got ?? '';
  if (r.cls === 'unwinnable') return 'scorer:possessive-only';
  if (r.cls === 'dup') return 'scorer:dup';
  if (r.cls === 'unjudgeable' && got && r.mention !== 'description' && norm(span).split(' ').includes(norm(got).split(' ').at(-1))) return 'scorer:later-comma-part';
  const caps = scorerCaps(span);
  if (caps.length && caps.every((c) => DATES.has(c.replace(/[.]/g, '')))) return 'scorer:date-capital';
  if (isShare(span) && (!got || r.mention === 'description')) return 'gold:poll-share';
  if (r.cls === 'span-desc' || r.cls === 'span-desc-resolved') return 'gold:description-span';
  if (got && r.mention === 'description' || r.mention === 'org') {
    const g = dropDet(norm(span)), o = dropDet(norm(got));
    if (o && g !== o && (g.startsWith(o + ' ') || g.includes(' ' + o + ' ') || g.startsWith(o))) {
      const rest = g.slice(g.indexOf(o) + o.length);
      const restCaps = span.slice(Math.max(0, span.toLowerCase().indexOf(got.toLowerCase().split(' ').at(-1)) + 1)).match(/\b\p{Lu}\p{Ll}/gu);
      return rest.trim() && restCaps ? 'ours:description-cut (name after the cut)' : 'ours:description-cut (no name after it)';
    }
  }
  if (r.cue === 'according to') return 'ours:according-to';
  if (r.cls === 'carry') return 'ours:carry';
  if (!got) return 'ours:missing';
  if (r.mention === 'pronoun') return 'ours:pronoun';
  if (r.mention === 'description' || r.mention === 'org') return 'ours:noun-phrase-subject';
  if (r.how === 'cue-after') return 'ours:named-after-verb';
  return 'ours:nearest-name';
}

const kind = opt('--kind');
const list = opt('--list');
const counts = new Map();
for (const r of rows) {
  const c = classOf(r);
  const e = counts.get(c) ?? { n: 0, indirect: 0, sure: 0, rows: [] };
  e.n++; if (r.kind === 'indirect') e.indirect++; if (r.confidence >= 0.9) e.sure++;
  e.rows.push(r);
  counts.set(c, e);
}
console.log(`PolNeAR train: ${rows.length} wrong speakers (indirect ${rows.filter((r) => r.kind === 'indirect').length})`);
console.log('| class | all | indirect | at >= 0.9 |\n|---|---|---|---|');
for (const [c, e] of [...counts].sort((a, b) => (kind === 'indirect' ? b[1].indirect - a[1].indirect : b[1].n - a[1].n))) console.log(`| ${c} | ${e.n} | ${e.indirect} | ${e.sure} |`);
if (list) {
  for (const r of counts.get(list)?.rows ?? []) {
    if (kind && r.kind !== kind) continue;
    console.log(`- ${r.file} ${r.kind} [${r.how}/${r.mention} cue=${r.cue} ${r.confidence}] gold=${r.gold} | got=${r.got}\n    ${r.ctx}`);
  }
}
