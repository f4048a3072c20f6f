/**
 * Measures `parseHtml` on the shared corpus (read in place, never copied):
 *   - readability/<name>/source.html vs expected-metadata.json: title and published-date hit rates;
 *   - article-extraction-benchmark/<id>/source.html vs body.txt: word-level recall and precision of the body.
 * Run: `npx tsx bench/html-extraction.ts [corpus dir]` (default ../shared/corpus). Prints one line per measure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../src/core/articles/html.js';

const corpus = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const verbose = process.argv.includes('--verbose');

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  return norm(s).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Multiset overlap of words: how many of `a`'s words also occur in `b` (counted with multiplicity). */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of a) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      hit++;
      counts.set(w, c - 1);
    }
  }
  return hit;
}

function readabilitySet(): void {
  const dir = path.join(corpus, 'readability');
  let n = 0;
  let titleHit = 0;
  let dateExpected = 0;
  let dateHit = 0;
  let dateExtra = 0;
  let bylineExpected = 0;
  let bylineHit = 0;
  let errors = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    const src = path.join(dir, name, 'source.html');
    if (!fs.existsSync(src)) continue;
    n++;
    const expected = JSON.parse(fs.readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8')) as { title?: string; publishedTime?: string | null; byline?: string | null };
    let meta;
    try {
      meta = parseHtml(fs.readFileSync(src, 'utf8'), `http://fakehost/test/${name}.html`).meta;
    } catch (err) {
      errors++;
      if (verbose) console.log(`  ${name}: ${(err as Error).message}`);
      continue;
    }
    const tOk = !!expected.title && !!meta.title && norm(meta.title) === norm(expected.title);
    if (tOk) titleHit++;
    else if (verbose) console.log(`  title ${name}: got ${JSON.stringify(meta.title)} want ${JSON.stringify(expected.title)}`);
    if (expected.publishedTime) {
      dateExpected++;
      const same = meta.published && Date.parse(meta.published) === Date.parse(expected.publishedTime);
      if (same) dateHit++;
      else if (verbose) console.log(`  date ${name}: got ${meta.published} want ${expected.publishedTime}`);
    } else if (meta.published) dateExtra++;
    if (expected.byline) {
      bylineExpected++;
      if (meta.byline && norm(meta.byline).includes(norm(expected.byline).replace(/^by /, ''))) bylineHit++;
    }
  }
  console.log(`readability: ${n} pages, ${errors} errors`);
  console.log(`  title exact (normalized) ${titleHit}/${n} = ${pct(titleHit, n)}`);
  console.log(`  published date same instant ${dateHit}/${dateExpected} = ${pct(dateHit, dateExpected)} (dates found where none expected: ${dateExtra})`);
  console.log(`  byline contains expected ${bylineHit}/${bylineExpected} = ${pct(bylineHit, bylineExpected)}`);
}

function benchmarkSet(): void {
  const dir = path.join(corpus, 'article-extraction-benchmark');
  let n = 0;
  let errors = 0;
  let sumR = 0;
  let sumP = 0;
  let totHit = 0;
  let totGold = 0;
  let totGot = 0;
  let ms = 0;
  const worst: { id: string; r: number; p: number }[] = [];
  for (const id of fs.readdirSync(dir).sort()) {
    const src = path.join(dir, id, 'source.html');
    if (!fs.existsSync(src)) continue;
    n++;
    const html = fs.readFileSync(src, 'utf8');
    const gold = words(fs.readFileSync(path.join(dir, id, 'body.txt'), 'utf8'));
    let text = '';
    const t0 = performance.now();
    try {
      const a = parseHtml(html, `https://example.org/${id}`);
      text = a.text;
    } catch {
      errors++;
    }
    ms += performance.now() - t0;
    const got = words(text);
    const hit = overlap(got, gold);
    const r = gold.length ? hit / gold.length : 1;
    const p = got.length ? hit / got.length : 0;
    sumR += r;
    sumP += p;
    totHit += hit;
    totGold += gold.length;
    totGot += got.length;
    worst.push({ id, r, p });
  }
  const mr = sumR / n;
  const mp = sumP / n;
  console.log(`article-extraction-benchmark: ${n} pages, ${errors} without text, ${(ms / n).toFixed(1)} ms/page`);
  console.log(`  word recall mean ${mr.toFixed(3)}, precision mean ${mp.toFixed(3)}, F1 of means ${((2 * mr * mp) / (mr + mp)).toFixed(3)}`);
  console.log(`  micro (all words) recall ${(totHit / totGold).toFixed(3)}, precision ${(totHit / totGot).toFixed(3)}`);
  const f1 = (x: { r: number; p: number }): number => (x.r + x.p ? (2 * x.r * x.p) / (x.r + x.p) : 0);
  console.log(`  pages with F1 >= 0.9: ${worst.filter((x) => f1(x) >= 0.9).length}/${n}; F1 < 0.5: ${worst.filter((x) => f1(x) < 0.5).length}`);
  if (verbose) {
    worst.sort((a, b) => f1(a) - f1(b));
    for (const w of worst.slice(0, 15)) console.log(`  worst ${w.id}: recall ${w.r.toFixed(2)} precision ${w.p.toFixed(2)}`);
  }
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a';
}

readabilitySet();
benchmarkSet();
