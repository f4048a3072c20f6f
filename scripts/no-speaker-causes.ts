/**
 * Sorts PolNeAR's wrong speakers of the kinds issue 13's eighth pass works on, by cause: gold quotes we find with
 * NO speaker where PolNeAR names one, quotes carried over from a neighbouring quote or paragraph to the wrong
 * speaker, and gold quotes the scorer matched to another predicted quote of the same words. A developer tool: it
 * reads ../shared (the corpus and PolNeAR's annotations; the app and the tests never do), runs the extractor
 * in-process and applies the scorer's gold-side matching as ../shared/eval/score.mjs does (reimplemented in
 * tuning-data.ts).
 *
 *   npx tsx scripts/no-speaker-causes.ts [--shared ../shared] [--split train] [--show bucket,...] [--limit N]
 *
 * PolNeAR dev is held out: this tool refuses it. Prints a count per bucket, then (with --show) each case of the
 * named buckets with its PolNeAR source, cue and the text around it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/core/articles/load.js';
import { extractQuotes, type ExtractedQuote } from '../src/core/extraction/index.js';
import { isSpeechVerb } from '../src/core/extraction/lexicon/index.js';
import { lcs, opt, words } from './tuning-data.js';

const shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? '../shared'));
const split = opt('--split', 'train');
if (split === 'dev') throw new Error('PolNeAR dev is held out: score it with ../shared/eval/score.mjs, never read its cases');
const show = new Set(opt('--show', '').split(',').filter(Boolean));
const limit = Number(opt('--limit', '1000'));

// ---------- PolNeAR annotations with their offsets ----------
interface Span { type: string; segs: [number, number][]; text: string }
interface Gold { content: Span; source?: Span; cue?: Span; text: string; quoted: string; kind: 'direct' | 'indirect'; anonymous: boolean }
const SPEECH = /^(said|says|say|saying|told|tell|tells|telling|added|adding|adds|stated|states|explained|argued|argues|insisted|insists|claimed|claims|warned|warns|announced|wrote|writes|tweeted|asked|asks|noted|notes|declared|replied|responded|acknowledged|conceded|admitted|denied|suggested|urged|called|described|according to|reported|reports|confirmed|predicted|promised|vowed|pledged|maintained|contended|stressed|emphasized|emphasised|recalled|testified|complained|cautioned|countered|continued|concluded|joked|quipped|pointed out|went on|told reporters|said in a statement)$/i;

function parse(text: string, ann: string): Gold[] {
  const spans = new Map<string, Span>();
  const out: Gold[] = [];
  const rels: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id[0] === 'T') {
      const [type, ...rest] = body.split(' ');
      const segs = rest.join(' ').split(';').map((s) => s.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, { type: type ?? '', segs, text: segs.map(([a, b]) => text.slice(a, b)).join(' ') });
    } else if (id[0] === 'E') rels.push(Object.fromEntries(body.split(' ').map((kv) => kv.split(':'))) as Record<string, string>);
  }
  for (const r of rels) {
    const content = spans.get(r.Content ?? '');
    if (!content) continue;
    const source = spans.get(r.Source ?? '');
    const cue = spans.get(r.Cue ?? '');
    const direct = /["“”]|''/.test(content.text);
    if (!direct && !SPEECH.test((cue?.text ?? '').trim())) continue;
    const named = /\b[A-Z][a-z]+/.test((source?.text ?? '').replace(/^(The|A|An|He|She|They|It|We|I)\b/, ''));
    const t = content.text.replace(/''/g, '"');
    const quoted = direct ? (t.match(/["“][^"“”]*["”]/g) ?? []).join(' ') : '';
    out.push({ content, source, cue, text: t, quoted, kind: direct ? 'direct' : 'indirect', anonymous: !named });
  }
  return out;
}

// ---------- the scorer's source match (score.mjs, sourceSpanMatch) ----------
const TITLES = new Set(('mr mrs ms miss mx dr sir dame lord lady baroness gen general sen senator rep representative gov governor ' +
  'president pres prof professor rev adm admiral col colonel lt capt captain sgt judge justice minister chancellor secretary ' +
  'chairman chairwoman chief mayor the jr sr st mp said spokesman spokeswoman spokesperson ' +
  'cmdr commander maj major brig brigadier det detective supt superintendent insp inspector cllr councillor rt hon').split(' '));
const nameTokens = (s: unknown): string[] => words(s).filter((t) => !TITLES.has(t) && t !== 's');
function sourceNameTokens(span: string): string[] {
  for (const part of span.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ').split(',')) {
    const caps = (part.match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).flatMap((w) => nameTokens(w)).filter((t) => !['a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'but', 'and'].includes(t));
    if (caps.length) return caps;
  }
  return [];
}
function sourceSpanMatch(pred: string | null, span: string): boolean {
  const p = nameTokens(pred);
  const g = sourceNameTokens(span);
  return p.length > 0 && g.length > 0 && (g.includes(p.at(-1)!) || g.every((t) => p.includes(t)));
}

// ---------- the cases ----------
interface Case { bucket: string; file: string; gold: Gold; pred: ExtractedQuote; raw: string }

/** Paragraph index (blank-line separated) of a character offset. */
function paragraphOf(raw: string, pos: number): number {
  let n = 0;
  for (let i = raw.indexOf('\n\n'); i >= 0 && i < pos; i = raw.indexOf('\n\n', i + 2)) n++;
  return n;
}

function bucketOf(c: Case): string {
  const { gold: g, pred: p, raw } = c;
  const src = g.source;
  const at = g.content.segs[0]![0];
  // The scorer matched another predicted quote: ours sits elsewhere in the text.
  if (p.text.length > 10 && Math.abs(p.start - at) > 400 && !g.content.segs.some(([a, b]) => p.start >= a - 20 && p.start <= b)) return p.speaker ? 'same-words:speaker' : 'same-words:none';
  if (p.speaker) return `carry:${p.how}`;
  if (!src) return 'none:no-source';
  const cueWords = (g.cue?.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const known = cueWords.some((w) => isSpeechVerb(w.replace(/[^a-z-]/g, '')) || w === 'according');
  const sp = src.segs[0]![0];
  const sPara = paragraphOf(raw, sp);
  const cPara = paragraphOf(raw, at);
  if (/\band\b|&/.test(src.text) && !/^(?:and|but)\b/i.test(src.text)) return 'none:coordinated';
  if (sPara < cPara) {
    const between = raw.slice(src.segs.at(-1)![1], at).trim();
    if (/:\s*$/.test(raw.slice(0, raw.lastIndexOf('\n\n', at)).trimEnd())) return 'none:colon-prev-paragraph';
    return between.length < 400 ? 'none:source-prev-paragraph' : 'none:source-far-before';
  }
  if (sPara > cPara) return 'none:source-later-paragraph';
  if (!known) return `none:cue-unknown`;
  return sp < at ? 'none:known-cue-before' : 'none:known-cue-after';
}

const base = path.join(shared, 'corpus', 'polnear', 'data', split);
const texts = fs.readdirSync(path.join(base, 'text')).filter((f) => f.endsWith('.txt')).sort();
const anns = fs.readdirSync(path.join(base, 'attributions')).sort();
const cases: Case[] = [];
const cueCounts = new Map<string, number>();
for (const t of texts) {
  const a = anns.find((f) => f.startsWith(t.replace(/\.txt$/, '_')));
  if (!a) continue;
  const file = path.join(base, 'text', t);
  const raw = fs.readFileSync(file, 'utf8');
  const doc = parseDocument({ content: raw, source: file });
  const P = extractQuotes(doc.text, doc.paragraphs, doc.meta).map((q) => ({ q, w: words(q.text) })).filter((p) => p.w.length);
  for (const g of parse(raw, fs.readFileSync(path.join(base, 'attributions', a), 'utf8'))) {
    const gw = words(g.text);
    if (!gw.length || g.anonymous) continue;
    let best = -1;
    let bestCov = 0;
    for (const [pi, p] of P.entries()) { const cov = lcs(gw, p.w) / gw.length; if (cov > bestCov) { bestCov = cov; best = pi; } }
    let found = bestCov >= (g.kind === 'direct' ? 0.8 : 0.6);
    const q = g.quoted ? words(g.quoted) : [];
    if (!found && q.length) {
      let sum = 0;
      let most = 0;
      for (const [pi, p] of P.entries()) { const o = lcs(q, p.w); sum += o; if (o > most) { most = o; best = pi; } }
      found = sum / q.length >= 0.8;
    }
    if (!found || best < 0) continue;
    const pred = P[best]!.q;
    if (sourceSpanMatch(pred.speaker?.name ?? null, g.source?.text ?? '')) continue;
    const c: Case = { bucket: '', file: t, gold: g, pred, raw };
    c.bucket = bucketOf(c);
    // Only the classes of this pass: no speaker, carried over, same words.
    if (!c.bucket.startsWith('none') && !c.bucket.startsWith('same-words') && !['carry:continuation', 'carry:prev-quote', 'carry:next-quote', 'carry:subject-before'].includes(c.bucket)) continue;
    cases.push(c);
    if (c.bucket === 'none:cue-unknown' || c.bucket.startsWith('none:known')) {
      const k = (g.cue?.text ?? '').toLowerCase();
      cueCounts.set(k, (cueCounts.get(k) ?? 0) + 1);
    }
  }
}

const counts = new Map<string, number>();
for (const c of cases) counts.set(c.bucket, (counts.get(c.bucket) ?? 0) + 1);
console.log(`PolNeAR ${split}: ${cases.length} cases`);
for (const [b, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${b}`);
console.log('cues of the same-paragraph no-speaker cases:', [...cueCounts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', '));
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const b of show) {
  console.log(`\n=== ${b}`);
  for (const c of cases.filter((x) => x.bucket === b).slice(0, limit)) {
    const at = c.gold.content.segs[0]![0];
    const from = Math.min(at, c.gold.source?.segs[0]![0] ?? at) - 150;
    console.log(`- ${c.file} | source "${c.gold.source?.text ?? ''}" | cue "${c.gold.cue?.text ?? ''}" | got ${c.pred.speaker?.name ?? 'null'} (${c.pred.how}) at ${c.pred.start} vs ${at}`);
    console.log(`    ${flat(c.raw.slice(Math.max(0, from), Math.min(c.raw.length, at + 200)))}`);
  }
}
