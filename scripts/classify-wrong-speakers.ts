/**
 * Sorts every wrong speaker of the tuning sets by cause, and prints counts and examples. A developer tool: it reads
 * ../shared (the app and the tests never do), runs the extractor in-process (scripts/tuning-data.ts) and judges each
 * gold quote the way ../shared/eval/score.mjs does (the best-covering predicted quote, or for mixed PolNeAR content
 * the one holding most of the quoted words).
 *   npx tsx scripts/classify-wrong-speakers.ts [--sets polnear-train,dev,dev2] [--examples 8] [--class NAME] [--json FILE]
 * Each row: gold kind (direct/indirect), our `how`, mention kind, cue and confidence; the table counts each class's
 * indirect items and those at >= 0.9. `--examples 1000 --class missing` lists a whole class.
 * PolNeAR dev is held out: this tool refuses it. The classes are heuristics (spot checks put them near 80% right):
 *   unwinnable   the scorer reads no name in a span it counts as named: only possessives carry the capitals
 *                ("Huckabee's campaign", "Mrs. Clinton's aides", "Rubio's"): no prediction can match it
 *   unjudgeable  our name stands in a later comma part of the source span, or the span has no name the scorer
 *                reads, or we give the span's own description: the scorer cannot tell right from wrong
 *   dup          another predicted quote of the same words has the right speaker (the scorer picked the other)
 *   missing      no speaker at all                                   } another helper's classes (h-attr9):
 *   carry        the speaker came from a neighbouring quote          } counted, not sorted further
 *   span-desc    the gold span is a description ("the Florida senator"): resolved means our surname is written
 *                within 8 words of the span's role words somewhere in the article (then probably right)
 *   our-desc     we give an unresolved description while the span names somebody ("the billionaire" for Trump)
 *   our-org      we give an organisation while the span names a person
 *   pronoun      our speaker came from a pronoun and is somebody else
 *   desc-bound   our speaker came from a description bound to the wrong person
 *   name-in-desc the span names a person inside a description ("the company's chief executive, John Ferriola")
 *                and we give somebody else
 *   nearby       the span is a plain name; our own cue gave another person named near it
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldSet, lcs, opt, polnear, speakerMatch, words, type ArticleRun, type GoldQuote, type Predicted } from './tuning-data.js';
import { isRole } from '../src/core/extraction/lexicon/index.js';

const sets = opt('--sets', 'polnear-train,dev,dev2').split(',');
if (sets.includes('polnear-dev')) throw new Error('polnear-dev is held out: score it with ../shared/eval/score.mjs, never read its wrong speakers');
const nExamples = Number(opt('--examples', '6'));
const only = opt('--class', '');
const jsonOut = opt('--json', '');

interface Wrong { set: string; file: string; cls: string; kind: string; gold: string; got: string | null; how: string; mention: string; cue: string; confidence: number; text: string; ctx: string }

const TITLES = new Set(('mr mrs ms miss mx dr sir dame lord lady baroness gen general sen senator rep representative gov governor ' +
  'president pres prof professor rev adm admiral col colonel lt capt captain sgt judge justice minister chancellor secretary ' +
  'chairman chairwoman chief mayor the jr sr st mp said spokesman spokeswoman spokesperson').split(' '));
const surnameOf = (name: string): string => words(name).filter((t) => !TITLES.has(t)).at(-1) ?? '';

/** Capitalised words of every comma part of a span, possessives left out (the scorer reads only the first part). */
const capsOf = (span: string): string[] => (span.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ').match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).flatMap((w) => words(w)).filter((t) => !TITLES.has(t));
function scorerNameTokens(span: string): string[] {
  for (const part of span.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ').split(',')) {
    const caps = (part.match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).flatMap((w) => words(w)).filter((t) => !TITLES.has(t) && !['a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'but', 'and'].includes(t));
    if (caps.length) return caps;
  }
  return [];
}
/** Lower-case content words of a span (role and description words: "chief executive", "senator"). */
const lowerWords = (span: string): string[] => (span.match(/(?<![\p{L}'’])\p{Ll}[\p{L}-]*/gu) ?? []).filter((w) => !['the', 'a', 'an', 'of', 'and', 'for', 'in', 'at', 'on', 'to', 'who', 'with', 'by', 's'].includes(w));

/** The span is a description around no person's name: its last word is lower-case ("the Florida senator"). */
function isDescriptionSpan(span: string): boolean {
  const ws = span.replace(/[,.]+$/, '').trim().split(/\s+/);
  const last = ws.at(-1) ?? '';
  return /^\p{Ll}/u.test(last) && !span.includes(',');
}
/** A name inside a description: role words (lower-case, a role noun among them) and a capitalised name run. */
function isNameInDescription(span: string): boolean {
  const lw = lowerWords(span);
  return lw.some((w) => isRole(w)) && /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(span);
}
/** The article writes our surname within 8 words of the span's role words (the description is ours, probably). */
function resolvedTo(text: string, span: string, ours: string): boolean {
  const role = lowerWords(span).filter((w) => w.length > 3);
  if (!role.length || !ours) return false;
  const toks = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i] !== ours) continue;
    for (let j = Math.max(0, i - 8); j < Math.min(toks.length, i + 9); j++) if (role.includes(toks[j]!)) return true;
  }
  return false;
}

function classify(run: ArticleRun, g: GoldQuote, p: Predicted, others: Predicted[], text: string): string {
  const got = p.quote.speaker;
  const match = g.match ?? speakerMatch;
  if (others.some((o) => o !== p && o.quote.speaker && match(o.quote.speaker.name, g.speaker))) return 'dup';
  // The scorer matches no speaker to this span, not even the span itself ("Huckabee's campaign", "Rubio's").
  if (!match(g.speaker, g.speaker)) return 'unwinnable';
  if (!got) return 'missing';
  const how = p.quote.how ?? 'none';
  if (how === 'prev-quote' || how === 'next-quote' || how === 'continuation') return 'carry';
  const polnearSpan = run.set.startsWith('polnear');
  const span = String(g.speaker);
  const ours = surnameOf(got.name);
  if (polnearSpan) {
    if (ours && capsOf(span).includes(ours)) return 'unjudgeable';
    if (!scorerNameTokens(span).length) return 'unjudgeable';
    if (got.anonymous && words(got.name).filter((w) => span.toLowerCase().includes(w)).length * 2 >= words(got.name).length) return 'unjudgeable';
    if (isDescriptionSpan(span)) return resolvedTo(text, span, ours) ? 'span-desc-resolved' : 'span-desc';
  }
  if (got.anonymous) return 'our-desc';
  if (got.isOrganisation) return 'our-org';
  if (p.quote.mention === 'pronoun') return 'pronoun';
  if (p.quote.mention === 'description') return 'desc-bound';
  if (polnearSpan && isNameInDescription(span)) return 'name-in-desc';
  return 'nearby';
}

const runs: ArticleRun[] = sets.flatMap((s) => (s.startsWith('polnear-') ? polnear(s.slice(8)) : goldSet(s)));
const wrongs: Wrong[] = [];
for (const run of runs) {
  const text = fs.readFileSync(run.file, 'utf8');
  const flat = text.replace(/''/g, '"');
  const P = run.pred.map((p) => ({ p, w: words(p.quote.text) })).filter((x) => x.w.length);
  for (const g of run.gold) {
    if (g.anonymous) continue;
    const gw = words(g.text);
    if (!gw.length) continue;
    const k = g.kind === 'indirect' ? 'indirect' : 'direct';
    let best = -1;
    let bestCov = 0;
    const cover: Predicted[] = [];
    for (const [i, x] of P.entries()) {
      const cov = lcs(gw, x.w) / gw.length;
      if (cov >= (k === 'direct' ? 0.8 : 0.6)) cover.push(x.p);
      if (cov > bestCov) { bestCov = cov; best = i; }
    }
    let found = bestCov >= (k === 'direct' ? 0.8 : 0.6);
    if (!found && g.quoted) {
      const q = words(g.quoted);
      let sum = 0;
      let most = 0;
      for (const [i, x] of P.entries()) { const o = lcs(q, x.w); sum += o; if (o > most) { most = o; best = i; } if (o / q.length >= 0.5) cover.push(x.p); }
      found = q.length > 0 && sum / q.length >= 0.8;
    }
    if (!found || best < 0) continue;
    const p = P[best]!.p;
    if ((g.match ?? speakerMatch)(p.quote.speaker?.name ?? null, g.speaker)) continue;
    const cls = classify(run, g, p, cover, text);
    const at = p.quote.start;
    const ctx = flat.slice(Math.max(0, at - 220), Math.min(flat.length, p.quote.end + 120)).replace(/\s+/g, ' ');
    wrongs.push({ set: run.set, file: path.basename(run.file), cls, kind: k, gold: typeof g.speaker === 'string' ? g.speaker : JSON.stringify(g.speaker), got: p.quote.speaker?.name ?? null, how: p.quote.how ?? 'none', mention: p.quote.mention ?? '-', cue: p.quote.cue ?? '-', confidence: Math.round(p.quote.confidence * 1000) / 1000, text: p.quote.text.slice(0, 80), ctx });
  }
}

const bySet = new Map<string, Map<string, Wrong[]>>();
for (const w of wrongs) {
  const m = bySet.get(w.set) ?? new Map<string, Wrong[]>();
  bySet.set(w.set, m);
  m.set(w.cls, [...(m.get(w.cls) ?? []), w]);
}
for (const [set, m] of bySet) {
  const total = [...m.values()].reduce((a, b) => a + b.length, 0);
  console.log(`\n## ${set}: ${total} wrong speakers`);
  for (const [cls, ws] of [...m].sort((a, b) => b[1].length - a[1].length)) {
    const indirect = ws.filter((w) => w.kind === 'indirect').length;
    const sure = ws.filter((w) => w.confidence >= 0.9).length;
    console.log(`  ${cls.padEnd(20)} ${String(ws.length).padStart(4)}  (indirect ${indirect}, at >= 0.9 ${sure})`);
  }
}
for (const [set, m] of bySet) {
  for (const [cls, ws] of m) {
    if (only && cls !== only) continue;
    console.log(`\n### ${set} ${cls} (${ws.length})`);
    for (const w of ws.slice(0, nExamples)) console.log(`- ${w.file} ${w.kind} [${w.how}/${w.mention} cue=${w.cue} conf=${w.confidence}] gold=${w.gold} got=${w.got}\n    ${w.ctx}`);
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, wrongs.map((w) => JSON.stringify(w)).join('\n') + '\n');
