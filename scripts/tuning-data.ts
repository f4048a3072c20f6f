/**
 * The tuning data of the fitting scripts (fit-confidence.ts, fit-pronouns.ts): runs the extractor in-process (the
 * same parse and extractor as `onrecord extract --json`) over gold dev, dev2 and PolNeAR, and labels each
 * predicted quote the way ../shared/eval/score.mjs judges it. The question-fitting scripts (fit-rank, fit-loose-verify,
 * fit-named-coverage, topic-misses, abstain-data) read their question sets and judge answers with it too. A developer tool: it reads ../shared (the app and
 * the tests never do).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from '../src/core/articles/load.js';
import { MIN_ATTRIBUTION, MIN_OWN_COVERAGE, NAMED_RULES, enoughWords } from '../src/core/answers/intents/quote.js';
import { confidenceFeatures, type QuoteEvidence } from '../src/core/extraction/confidence.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import type { ExtractedQuote } from '../src/core/extraction/model.js';
import { countToken, type QueryGroup } from '../src/core/search/bm25.js';
import type { RankRow } from '../src/core/store/port.js';

export const args = process.argv.slice(2);
export const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? (args[i + 1] ?? dflt) : dflt; };
const shared = path.resolve(opt('--shared', process.env.ONRECORD_SHARED ?? '../shared'));
export const corpus = path.join(shared, 'corpus');

export type Match = (pred: unknown, gold: unknown) => boolean;
const scorer = (await import(pathToFileURL(path.join(shared, 'eval', 'score.mjs')).href)) as { speakerMatch: Match };
export const speakerMatch: Match = scorer.speakerMatch;

// ---------- the scorer's matching, reimplemented exactly (score.mjs does not export these) ----------
export const words = (s: unknown): string[] => String((s && typeof s === 'object' ? (s as { name?: unknown }).name : s) ?? '').toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
export function lcs(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
const TITLES = new Set(('mr mrs ms miss mx dr sir dame lord lady baroness gen general sen senator rep representative gov governor ' +
  'president pres prof professor rev adm admiral col colonel lt capt captain sgt judge justice minister chancellor secretary ' +
  'chairman chairwoman chief mayor the jr sr st mp said spokesman spokeswoman spokesperson ' +
  'cmdr commander maj major brig brigadier det detective supt superintendent insp inspector cllr councillor rt hon').split(' '));
const nameTokens = (s: unknown): string[] => words(s).filter((t) => !TITLES.has(t) && t !== 's');
const SPEECH = /^(said|says|say|saying|told|tell|tells|telling|added|adding|adds|stated|states|explained|argued|argues|insisted|insists|claimed|claims|warned|warns|announced|wrote|writes|tweeted|asked|asks|noted|notes|declared|replied|responded|acknowledged|conceded|admitted|denied|suggested|urged|called|described|according to|reported|reports|confirmed|predicted|promised|vowed|pledged|maintained|contended|stressed|emphasized|emphasised|recalled|testified|complained|cautioned|countered|continued|concluded|joked|quipped|pointed out|went on|told reporters|said in a statement)$/i;
function sourceNameTokens(span: string): string[] {
  const parts = span.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ').split(',');
  for (const part of parts) {
    const caps = (part.match(/\b\p{Lu}[\p{L}.'’-]*/gu) ?? []).flatMap((w) => nameTokens(w)).filter((t) => !['a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'but', 'and'].includes(t));
    if (caps.length) return caps;
  }
  return [];
}
/** A shown answer, as the question scorer reads it: its speaker's name and its words. */
export interface Shown { speaker: string | null; text: string }

/** What a ranked candidate of a named speaker's answer holds, as the floors read it. */
export interface FloorFeatures { quote: { confidence: number }; coverage: number; coord: number; ownCoverage: number; matched: string[] }

/**
 * The floors of a named speaker's answer (`answers/intents/quote.ts`'s own constants and `enoughWords`: attribution,
 * coverage, enough words, own coverage, the required words) a candidate fails, by name; what `fit-rank.ts --named` and `role-misses.ts` sort by.
 */
export function namedFloorsFailed(w: FloorFeatures, required: readonly string[]): string[] {
  const fails: string[] = [];
  if (w.quote.confidence < MIN_ATTRIBUTION) fails.push(`attribution<${MIN_ATTRIBUTION}`);
  if (w.coverage < NAMED_RULES.minCoverage) fails.push(`coverage<${NAMED_RULES.minCoverage}`);
  if (!enoughWords(w, true)) fails.push('words');
  if (w.ownCoverage < MIN_OWN_COVERAGE) fails.push(`own<${MIN_OWN_COVERAGE}`);
  if (!required.every((x) => w.matched.includes(x))) fails.push('required');
  return fails;
}
/**
 * Where one topic word (a question group) stands for a quote: its own words, its sentence, its lead-in, the paragraphs
 * either side, only the headline, only elsewhere in the article, or nowhere; "~" marks a word met only by another
 * reading than the typed one (a word form, a synonym).
 */
export function whereHeld(r: RankRow, g: QueryGroup, headline: Set<string>, article: Set<string>): string {
  // The neighbourhood holds the paragraph before, the quote's own and the one after, in order: split at its sentence.
  const at = r.contextTerms ? r.nearTerms.indexOf(r.contextTerms) : -1;
  const before = at >= 0 ? r.nearTerms.slice(0, at) : '';
  const after = at >= 0 ? r.nearTerms.slice(at + r.contextTerms.length) : r.nearTerms;
  const fields: [string, string][] = [['quote', r.terms], ['sentence', r.contextTerms], ['lead', r.leadTerms ?? ''], ['before', before], ['after', after]];
  const holds = (terms: string, alt: string[]) => alt.every((t) => countToken(terms, t) > 0);
  for (const [name, terms] of fields) {
    const at = g.alternatives.findIndex((alt) => holds(terms, alt));
    if (at >= 0) return at === 0 ? name : `${name}~`;
  }
  if (g.alternatives.some((alt) => alt.every((t) => headline.has(t)))) return 'headline';
  if (g.alternatives.some((alt) => alt.every((t) => article.has(t)))) return 'article';
  return 'absent';
}

/** What a gold question expects of its first answer (the fields of ../shared/eval/gold question files). */
export interface ExpectedAnswer { speaker?: string; expect?: string; answer_text?: string }

/**
 * The question scorer's answer check: the right speaker, and the expected words in the answer or 60% of the gold
 * answer's words in order. One copy for the fitting scripts (fit-rank, fit-loose-verify, fit-named-coverage,
 * topic-misses, abstain-data), which each carried their own.
 */
export function answerOk(ans: Shown | undefined, q: ExpectedAnswer): boolean {
  if (!ans || !speakerMatch(ans.speaker, q.speaker)) return false;
  if (words(ans.text).join(' ').includes(words(q.expect).join(' '))) return true;
  const a = words(q.answer_text);
  return lcs(a, words(ans.text)) / a.length >= 0.6;
}

/** The folders named by each `--gold DIR` of the command line, in order. */
export function givenGoldDirs(): string[] {
  return args.flatMap((a, i) => (a === '--gold' && args[i + 1] ? [path.resolve(args[i + 1] as string)] : []));
}

/** The gold question folders of the question-fitting scripts: dev, dev2, dev-questions, then each `--gold DIR`. */
export function questionDirs(): string[] {
  return [...['dev', 'dev2', 'dev-questions'].map((d) => path.join(shared, 'eval', 'gold', d)), ...givenGoldDirs()];
}

/** The packed question set a gold folder belongs to (".../qaset-s13-h-qa19/gold/A": "qaset-s13-h-qa19"); undefined for others. */
export function packedSetName(dir: string): string | undefined {
  return /(qaset-[^/]+)\/gold\//.exec(dir)?.[1];
}

/**
 * The question files of a gold folder, in name order: each file's article and its questions (the fields of
 * ../shared/eval/gold question files), each question's text on one line.
 */
export function goldQuestionFiles<Q extends { q: string }>(dir: string): { article: string | null; questions: Q[] }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { article: string | null; questions?: Q[] };
    return { article: g.article, questions: (g.questions ?? []).map((q) => ({ ...q, q: q.q.replace(/\n/g, ' ') })) };
  });
}

/** A gold question of an article, with the article and the gold folder it came from. */
export interface ArticleQuestion extends ExpectedAnswer { q: string; style: string; none?: boolean; article: string; set: string }

/** The questions of the given styles that have an answer on record (not "none"), from every `--gold DIR`. */
export function answerableQuestions(styles: readonly string[]): ArticleQuestion[] {
  const out: ArticleQuestion[] = [];
  for (const dir of givenGoldDirs()) {
    for (const g of goldQuestionFiles<Omit<ArticleQuestion, 'article' | 'set'>>(dir)) {
      for (const q of g.questions) if (styles.includes(q.style) && !q.none && g.article) out.push({ ...q, article: g.article, set: dir });
    }
  }
  return out;
}

export const sourceSpanMatch: Match = (pred, span) => {
  const p = nameTokens(pred);
  const g = sourceNameTokens(String(span));
  if (!p.length || !g.length) return false;
  return g.includes(p.at(-1)!) || g.every((t) => p.includes(t));
};

export interface GoldQuote { text: string; speaker: unknown; kind: string; anonymous?: boolean; quoted?: string; match?: Match }
function parseAnn(text: string, ann: string): GoldQuote[] {
  const spans = new Map<string, { type: string; text: string }>();
  const rel: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id[0] === 'T') {
      const [type, ...rest] = body.split(' ');
      const segs = rest.join(' ').split(';').map((s) => s.trim().split(' ').map(Number));
      spans.set(id, { type: type ?? '', text: segs.map(([a, b]) => text.slice(a, b)).join(' ') });
    } else if (id[0] === 'E') {
      rel.push(Object.fromEntries(body.split(' ').map((kv) => kv.split(':'))) as Record<string, string>);
    }
  }
  const gold: GoldQuote[] = [];
  for (const r of rel) {
    const content = spans.get(r.Content ?? '')?.text;
    const source = spans.get(r.Source ?? '')?.text ?? '';
    const cue = spans.get(r.Cue ?? '')?.text ?? '';
    if (!content) continue;
    const direct = /["“”]|''/.test(content);
    if (!direct && !SPEECH.test(cue.trim())) continue;
    const named = /\b[A-Z][a-z]+/.test(source.replace(/^(The|A|An|He|She|They|It|We|I)\b/, ''));
    const quoted = direct ? (content.replace(/''/g, '"').match(/["“][^"“”]*["”]/g) ?? []).join(' ') : '';
    gold.push({ text: content.replace(/''/g, '"'), quoted, speaker: source, kind: direct ? 'direct' : 'indirect', anonymous: !named, match: sourceSpanMatch });
  }
  return gold;
}

// ---------- data ----------
export interface Predicted { quote: ExtractedQuote; evidence: QuoteEvidence }
export interface ArticleRun { set: string; file: string; gold: GoldQuote[]; pred: Predicted[] }

function extractFile(file: string): Predicted[] {
  const article = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file });
  const pred: Predicted[] = [];
  extractWithEvidence(article.text, article.paragraphs, article.meta, (quote, evidence) => pred.push({ quote, evidence }));
  return pred;
}

export function goldSet(name: string): ArticleRun[] {
  const dir = path.join(shared, 'eval', 'gold', name);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { article: string; quotes: GoldQuote[] };
    const file = path.join(corpus, g.article);
    return { set: name, file, gold: g.quotes, pred: extractFile(file) };
  });
}

export function polnear(split: string): ArticleRun[] {
  const base = path.join(corpus, 'polnear', 'data', split);
  const texts = fs.readdirSync(path.join(base, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = fs.readdirSync(path.join(base, 'attributions')).sort();
  const out: ArticleRun[] = [];
  for (const t of texts) {
    const a = anns.find((f) => f.startsWith(t.replace(/\.txt$/, '_')));
    if (!a) continue;
    const file = path.join(base, 'text', t);
    const text = fs.readFileSync(file, 'utf8');
    out.push({ set: `polnear-${split}`, file, gold: parseAnn(text, fs.readFileSync(path.join(base, 'attributions', a), 'utf8')), pred: extractFile(file) });
  }
  return out;
}

/** One PolNeAR attribution of an article as text: what was said, its cue and its source (empty when not annotated). */
export interface PolnearAttribution { content: string; cue: string; source: string }

/** Every PolNeAR attribution of an article (`file` under polnear/data/SPLIT/text), speech cue or not. */
export function polnearAttributions(file: string): PolnearAttribution[] {
  const annDir = path.join(path.dirname(path.dirname(file)), 'attributions');
  if (!fs.existsSync(annDir)) return [];
  const ann = fs.readdirSync(annDir).find((f) => f.startsWith(path.basename(file).replace(/\.txt$/, '_')));
  if (!ann) return [];
  const text = fs.readFileSync(file, 'utf8');
  const spans = new Map<string, string>();
  const out: PolnearAttribution[] = [];
  for (const line of fs.readFileSync(path.join(annDir, ann), 'utf8').split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id[0] === 'T') {
      const [, ...rest] = body.split(' ');
      const segs = rest.join(' ').split(';').map((x) => x.trim().split(' ').map(Number));
      spans.set(id, segs.map(([a, b]) => text.slice(a, b)).join(' '));
    } else if (id[0] === 'E') {
      const o = Object.fromEntries(body.split(' ').map((kv) => kv.split(':'))) as Record<string, string>;
      out.push({ content: spans.get(o.Content ?? '') ?? '', cue: spans.get(o.Cue ?? '') ?? '', source: spans.get(o.Source ?? '') ?? '' });
    }
  }
  return out;
}

// ---------- labels (the scorer's judgement of a predicted quote) ----------
export interface Example { x: Record<string, number>; y: 0 | 1; article: number; kind: string; evidence: QuoteEvidence; text: string; speaker: string | null; gold: unknown; match: Match }

export function label(run: ArticleRun, article: number): Example[] {
  const G = run.gold.map((g) => ({ ...g, w: words(g.text) })).filter((g) => g.w.length);
  const out: Example[] = [];
  for (const p of run.pred) {
    const pw = words(p.quote.text);
    if (!pw.length) continue;
    let covered = 0;
    let best = -1;
    let bestO = 0;
    for (const [gi, g] of G.entries()) { const o = lcs(g.w, pw); covered += o; if (o > bestO) { bestO = o; best = gi; } }
    if (covered / pw.length < 0.5 || best < 0) continue;
    const g = G[best]!;
    if (g.anonymous) continue;
    const ok = (g.match ?? speakerMatch)(p.quote.speaker?.name ?? null, g.speaker);
    out.push({ x: confidenceFeatures(p.evidence), y: ok ? 1 : 0, article, kind: p.quote.kind, evidence: p.evidence, text: p.quote.text, speaker: p.quote.speaker?.name ?? null, gold: g.speaker, match: g.match ?? speakerMatch });
  }
  return out;
}

