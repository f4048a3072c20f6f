/**
 * PolNeAR train's DIRECT quotes matched by span whose speaker is wrong, sorted by construction (session 40,
 * h-attr108). Reads the rows `classify-wrong-speakers.ts --json FILE` writes (PolNeAR dev is refused there) and the
 * article text, and puts each direct row in the first class that fits, scorer and gold conventions first:
 *   npx tsx scripts/classify-wrong-speakers.ts --sets polnear-train --examples 0 --json /tmp/wrong.jsonl
 *   node scripts/census-polnear-direct-wrong.mjs /tmp/wrong.jsonl [--list CLASS] [--shared ../shared]
 * Classes (heuristics: read the listed rows before trusting a count):
 *   scorer:possessive-only / scorer:dup / scorer:unjudgeable   classify-wrong-speakers' own scorer classes
 *   scorer:span-names-ours     the gold span holds our speaker's last word (a later comma part, a description
 *                              with a relative clause we cut: "another Twitter user, Johanna Bayer" -> Johanna Bayer)
 *   gold:description-span      the gold span is a description ("The senator from Vermont") of the person we name
 *   gold:medium-or-document    the gold names a document, a medium or a poll that carries the words ("according
 *                              to excerpts released by the White House", "reports USA Today", "a report for Oxfam")
 *   gold:title-of-a-work       the quoted words are a title (book, headline, editorial, slogan) we give nobody
 *   layout:transcript          a question-and-answer or transcript layout ("RAMOS: ...", "Transcript")
 *   ours:pronoun               our speaker came from "he"/"she" bound to somebody else
 *   ours:run-over-paragraphs   our speaker was carried from the quote before or after (a run of paragraphs)
 *   ours:title-body            our speaker is a body written in the span's own title ("X, of Body, said" -> Body)
 *   ours:org-vs-spokesperson   we give a body where the gold gives a person, or a person where it gives a body
 *   ours:named-after-quote     no speaker from us; the gold's name follows the quote within 250 characters
 *   ours:missing-other         no speaker from us, no name after the quote (fragments inside a clause, mostly)
 *   ours-or-gold:another-name  we give another person named nearby (mixed items matched to another span, mostly)
 */
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (k, d = '') => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) throw new Error('usage: census-polnear-direct-wrong.mjs WRONG.jsonl [--list CLASS] [--shared DIR]');
const textDir = path.join(opt('--shared', '../shared'), 'corpus', 'polnear', 'data', 'train', 'text');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((r) => r.set === 'polnear-train' && r.kind === 'direct');

const MEDIUM = /\b(?:times|post|news|journal|sun|today|examiner|cnn|reuters|associated press|ap|fox|nbc|abc|cbs|msnbc|breitbart|politico|tribune|herald|magazine|radio|blaze|watch|guardian|bbc|afp|upi|nielsen|pew|gallup)\b/i;
const DOCUMENT = /\b(?:transcript|statement|report|poll|survey|study|book|memoir|headline|editorial|letter|article|memo|tweet|website|excerpts?|audio|video|filing|document|documents|law|act|platform|plan|sign|message|email|e-mail|note|paper|release|interview|op-ed|column|ad|advertisement|analysis|words|page|biography|clause|opinion|rules?)\b/i;
const TITLE_BEFORE = /\b(?:book|memoir|biography|manifesto|headline|editorial|entitled|titled|called|novel|album|song|slogan|film|movie|show|program)\b[^.]{0,40}$/i;
const BODY = /\b(?:campaign|committee|party|department|house|office|commission|council|association|union|institute|university|center|foundation|administration|convention|group|agency|organization|bureau|court|senate|congress|ministry|government|company|corporation|inc|llc|pac|network|board|democrats|republicans)\b/i;
const SPOKES = /\b(?:spokesman|spokeswoman|spokesperson|press secretary|aide|adviser|representative|official)\b/i;

const norm = (s) => (s ?? '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
const texts = new Map();
function article(f) {
  if (!texts.has(f)) { try { texts.set(f, fs.readFileSync(path.join(textDir, f), 'utf8')); } catch { texts.set(f, ''); } }
  return texts.get(f);
}
/** The text before and after our quote in its article (our quote text is the row's `text`, cut to 80 characters). */
function around(r) {
  const t = article(r.file);
  const at = t.indexOf(r.text.slice(0, 40));
  if (at < 0) return { before: '', after: '' };
  const end = t.indexOf(r.text.slice(-20), at) + 20;
  // the quote's end: the next closing mark after the text we hold
  const close = t.slice(end).search(/[”"]|''/);
  const stop = close < 0 ? end : end + close;
  return { before: t.slice(Math.max(0, at - 250), at), after: t.slice(stop, stop + 250) };
}
const surname = (s) => norm(s).split(' ').filter((w) => w.length > 2 && !['the', 'and', 'who', 'his', 'her', 'mr', 'mrs', 'ms'].includes(w)).at(-1) ?? '';

function classOf(r) {
  const gold = r.gold ?? '', got = r.got ?? '';
  if (r.cls === 'unwinnable') return 'scorer:possessive-only';
  if (r.cls === 'dup') return 'scorer:dup';
  if (r.cls === 'unjudgeable') return 'scorer:unjudgeable';
  if (r.cls === 'span-desc' || r.cls === 'span-desc-resolved') return 'gold:description-span';
  if (got && norm(gold).split(' ').includes(norm(got).split(' ').at(-1)) && r.mention !== 'org') return 'scorer:span-names-ours';
  const { before, after } = around(r);
  if (/^\s*[\p{Lu}.' -]{3,}:/u.test(r.text) || /transcript/i.test(gold)) return 'layout:transcript';
  if ((MEDIUM.test(gold) && !/\bsaid\b/.test(gold)) || (DOCUMENT.test(gold) && !/^[\p{Lu}]/u.test(gold.replace(/^(?:the|a|an) /i, '')))) {
    if (!/\b(?:spokes|senator|president|governor|secretary|director|candidate|nominee)\b/i.test(gold)) return 'gold:medium-or-document';
  }
  if (!got && TITLE_BEFORE.test(before.replace(/[“"']+\s*$/, ''))) return 'gold:title-of-a-work';
  if (r.mention === 'pronoun' && r.how !== 'prev-quote' && r.how !== 'next-quote') return 'ours:pronoun';
  if (['prev-quote', 'next-quote', 'continuation'].includes(r.how)) return 'ours:run-over-paragraphs';
  if (got && r.mention === 'org' && norm(gold).includes(norm(got).split(' ').at(-1))) return 'ours:title-body';
  if (got && ((r.mention === 'org' || BODY.test(got)) !== (BODY.test(gold) && !SPOKES.test(gold)))) {
    if (r.mention === 'org' || SPOKES.test(gold) || BODY.test(gold)) return 'ours:org-vs-spokesperson';
  }
  if (!got) {
    const s = surname(gold);
    return s && norm(after).split(' ').includes(s) ? 'ours:named-after-quote' : 'ours:missing-other';
  }
  return 'ours-or-gold:another-name';
}

const counts = new Map();
for (const r of rows) {
  const c = classOf(r);
  const e = counts.get(c) ?? { n: 0, files: new Set(), sure: 0, rows: [] };
  e.n++; e.files.add(r.file); if (r.confidence >= 0.9) e.sure++; e.rows.push(r);
  counts.set(c, e);
}
console.log(`PolNeAR train: ${rows.length} direct quotes matched by span with a wrong speaker, in ${new Set(rows.map((r) => r.file)).size} articles`);
console.log('| class | quotes | articles | at >= 0.9 |\n|---|---|---|---|');
for (const [c, e] of [...counts].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${c} | ${e.n} | ${e.files.size} | ${e.sure} |`);
const list = opt('--list');
for (const r of counts.get(list)?.rows ?? []) {
  const { before, after } = around(r);
  console.log(`- ${r.file} [${r.how}/${r.mention} cue=${r.cue} ${r.confidence}] gold=${r.gold} | got=${r.got}\n    ${before.slice(-160).replace(/\s+/g, ' ')} ⟦${r.text.slice(0, 50)}…⟧ ${after.slice(0, 160).replace(/\s+/g, ' ')}`);
}
