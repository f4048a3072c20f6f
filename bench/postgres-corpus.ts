import { createHash } from 'node:crypto';
import { indexTerms, words } from '../src/core/search/tokenize.js';
import { speakerIdFor } from '../src/core/speakers/names.js';
import type { StoredArticle, StoredQuote } from '../src/core/store/port.js';

/**
 * A deterministic synthetic corpus for store benchmarks: pronounceable made-up words with a Zipf-like
 * frequency, 5,000 speakers quoted with a skew (a few very often), ten quotes per article, dates over
 * three years. Every quote carries two rare words, so questions built from it have one right answer.
 */
export interface BenchCorpus {
  articles: { article: StoredArticle; quotes: StoredQuote[] }[];
  speakers: string[];
}

const SYL = ['ka', 'ro', 'vin', 'tel', 'mar', 'os', 'li', 'den', 'sa', 'bru', 'ne', 'tor', 'ga', 'phi', 'lu', 'mek', 'ar', 'zo', 'quin', 'pa', 'rel', 'dus', 'ti', 'von'];
const FIRST = ['John', 'Maria', 'Sergey', 'Aisha', 'Wei', 'Pedro', 'Fatima', 'Olga', 'James', 'Amina', 'Lars', 'Priya', 'Tomas', 'Yuki', 'Kofi', 'Elena'];
const ROLES = ['spokesman', 'minister', 'senator', 'general', 'mayor', 'chief executive', 'ambassador', 'professor'];

/** A small seeded generator (LCG): the same corpus on every run and machine. */
export function prng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

function word(i: number): string {
  let w = '';
  let x = i + 24;
  while (x > 0) {
    w += SYL[x % SYL.length];
    x = Math.floor(x / SYL.length);
  }
  return w;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 20);

/** Builds `quotes` quotes (rounded down to whole articles of ten). */
export function buildCorpus(quotes: number, seed = 42): BenchCorpus {
  const rnd = prng(seed);
  const common = Array.from({ length: 3000 }, (_, i) => word(i));
  const rare = (i: number) => word(10_000 + i);
  const speakers = Array.from({ length: 5000 }, (_, i) => `${FIRST[i % FIRST.length]} ${word(500_000 + i * 7).replace(/^./, (c) => c.toUpperCase())}`);
  // Zipf-like picks: squaring a uniform draw favours low indexes.
  const zipf = (n: number) => Math.floor(((rnd(1_000_000) / 1_000_000) ** 2) * n);
  const articles: BenchCorpus['articles'] = [];
  for (let a = 0; a < Math.floor(quotes / 10); a++) {
    const id = `bench-${a}`;
    const published = `20${14 + (a % 3)}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`;
    const article: StoredArticle = { id, collection: a % 10 === 0 ? 'other' : 'default', contentHash: sha(id), bodyHash: sha(`${id}b`), meta: { title: `Story ${a}`, published }, ingestedAt: '2024-01-01T00:00:00.000Z' };
    const qs: StoredQuote[] = [];
    for (let k = 0; k < 10; k++) {
      const n = a * 10 + k;
      const body = Array.from({ length: 8 + rnd(16) }, () => common[zipf(common.length)]);
      body.splice(rnd(body.length), 0, rare(n * 2), rare(n * 2 + 1));
      const text = `${body.join(' ')}.`;
      const name = speakers[zipf(speakers.length)]!;
      const context = `${text} ${common.slice(0, 5).join(' ')}`;
      qs.push({
        id: sha(`${id}|${k}`), articleId: id, collection: article.collection, text, kind: 'direct',
        speakerId: speakerIdFor(name, false), speakerName: name, role: ROLES[rnd(ROLES.length)]!,
        paragraph: k, context, start: 0, end: text.length, confidence: 0.9, fingerprint: sha(words(text).join(' ')),
        terms: indexTerms(text).join(' '), contextTerms: indexTerms(context).join(' '), nearTerms: '', sortDate: published,
      });
    }
    articles.push({ article, quotes: qs });
  }
  return { articles, speakers };
}

/** A question with the quote that should answer it first. */
export interface BenchQuestion {
  kind: 'speaker+topic' | 'speaker typo+topic' | 'topic' | 'who said' | 'latest';
  question: string;
  expect?: string;
}

/** A mix of reporters' questions over quotes of the default collection (some with a misspelt surname). */
export function questionMix(corpus: BenchCorpus, count: number, seed = 7): BenchQuestion[] {
  const rnd = prng(seed);
  const out: BenchQuestion[] = [];
  const defaults = corpus.articles.filter((a) => a.article.collection === 'default');
  for (let i = 0; i < count; i++) {
    const q = defaults[rnd(defaults.length)]!.quotes[rnd(10)]!;
    const ws = q.text.replace(/\.$/, '').split(' ');
    const rareWords = ws.filter((w) => w.length > 0).sort((a, b) => b.length - a.length).slice(0, 2);
    const surname = q.speakerName!.split(' ').at(-1)!;
    const typo = surname.length > 5 ? surname.slice(0, 2) + surname[3] + surname[2] + surname.slice(4) : surname;
    switch (i % 5) {
      case 0: out.push({ kind: 'speaker+topic', question: `what did ${surname} say about ${rareWords[0]}`, expect: q.id }); break;
      case 1: out.push({ kind: 'speaker typo+topic', question: `what did ${typo} say about ${rareWords[0]}`, expect: q.id }); break;
      case 2: out.push({ kind: 'topic', question: `quotes about ${rareWords.join(' ')}`, expect: q.id }); break;
      case 3: out.push({ kind: 'who said', question: `who said "${ws.slice(0, 8).join(' ')}"`, expect: q.id }); break;
      default: out.push({ kind: 'latest', question: `latest from ${surname}` });
    }
  }
  return out;
}
