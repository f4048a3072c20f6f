#!/usr/bin/env node
/**
 * The candidate census of a new hand judge (scripts/confidence-data/README.md, "A twenty-third judge"): per BBC
 * section, and for the article-extraction-benchmark and readability texts, the articles no gold set, question set or
 * judge uses (eval/held-out/used-articles.sh) and that are in no near-duplicate pair with a used one
 * (../shared/corpus/NEAR_DUPLICATES.tsv), in the order of SHA-1(SALT + ":" + path), with their direct quotes on the
 * built extractor's run (`extract --json`) and their hash half (SHA-1 of the path: 0-7 or 8-f). Eligible: >= --min
 * direct quotes. A developer tool: it reads ../shared/corpus and prints counts and paths, never a text.
 *
 *   node scripts/judge-candidates.mjs SALT [--min 2] [--used FILE] [--list] [--source NAME] [--pick]
 *
 * --used FILE: the used list to start from (default: run used-articles.sh now). --list: every eligible path in order,
 * with its direct-quote count, hash half and near-duplicate partners (a later one of a pair is skipped when taking).
 * --source NAME: only the sources whose name holds NAME (`benchmark`, `bbc/business`). --pick (with --list): each
 * line also gives the one direct quote a judge takes from the page (scripts/judge-pick.mjs: its index in the run's
 * order and its start offset, `pick=INDEX@START`) and the page's language guess where it has a meta.json (`lang=en`);
 * the twenty-eighth judge took one quote per benchmark page this way. Without these two options the output is as
 * before.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickQuoteIndex } from './judge-pick.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const salt = args[0];
if (!salt || salt.startsWith('--')) { console.error('usage: judge-candidates.mjs SALT [--min 2] [--used FILE] [--list]'); process.exit(2); }
const min = Number(opt('--min', '2'));
const shared = process.env.ONRECORD_SHARED ?? path.resolve(repo, '../../shared');
const corpus = fs.existsSync(path.join(shared, 'corpus')) ? path.join(shared, 'corpus') : '/work/shared/corpus';

const usedText = opt('--used') ? fs.readFileSync(opt('--used'), 'utf8') : execFileSync('bash', [path.join(repo, 'eval/held-out/used-articles.sh')], { encoding: 'utf8' });
const used = new Set(usedText.split('\n').filter(Boolean));
const partners = new Map();
for (const line of fs.readFileSync(path.join(corpus, 'NEAR_DUPLICATES.tsv'), 'utf8').split('\n')) {
  const [a, b] = line.split('\t');
  if (!b || line.startsWith('#') || a === 'path_a') continue;
  for (const [x, y] of [[a, b], [b, a]]) partners.set(x, [...(partners.get(x) ?? []), y]);
}
const sha1 = (s) => crypto.createHash('sha1').update(s).digest('hex');
const hashHalf = (p) => (sha1(p)[0] < '8' ? '0-7' : '8-f');

/** Each source's article paths as used-articles.sh prints them. */
const sources = {
  ...Object.fromEntries(['business', 'entertainment', 'politics', 'sport', 'tech'].map((s) => [`bbc/${s}`, fs.readdirSync(path.join(corpus, 'bbc', s)).filter((f) => f.endsWith('.txt')).map((f) => `bbc/${s}/${f}`)])),
  'article-extraction-benchmark': fs.readdirSync(path.join(corpus, 'article-extraction-benchmark')).map((d) => `article-extraction-benchmark/${d}/body.txt`),
  readability: fs.readdirSync(path.join(corpus, 'readability')).map((d) => `readability/${d}/expected.txt`),
};

const only = opt('--source');
const pick = args.includes('--pick');
/** The --pick columns of a listed path: the direct quote a judge takes, and the language guess of its meta.json. */
const pickColumns = (p, directQuotes) => {
  const i = pickQuoteIndex(salt, p, directQuotes.length);
  const meta = path.join(corpus, path.dirname(p), 'meta.json');
  const lang = fs.existsSync(meta) ? JSON.parse(fs.readFileSync(meta, 'utf8')).lang_guess ?? '?' : '-';
  return `\tpick=${i}@${directQuotes[i]?.start}\tlang=${lang}`;
};

for (const [source, all] of Object.entries(sources)) {
  if (only && !source.includes(only)) continue;
  const present = all.filter((p) => fs.existsSync(path.join(corpus, p)));
  const unused = present.filter((p) => !used.has(p));
  const pairedWithUsed = unused.filter((p) => (partners.get(p) ?? []).some((q) => used.has(q)));
  const candidates = unused.filter((p) => !pairedWithUsed.includes(p)).sort((a, b) => (sha1(`${salt}:${a}`) < sha1(`${salt}:${b}`) ? -1 : 1));
  const runs = candidates.length === 0 ? [] : execFileSync('node', [path.join(repo, 'dist/adapters/cli/main.js'), 'extract', '--json', ...candidates.map((p) => path.join(corpus, p))], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const directQuotes = new Map(runs.map((r) => [path.relative(corpus, r.file), r.quotes.filter((q) => q.kind === 'direct')]));
  const direct = new Map([...directQuotes].map(([p, qs]) => [p, qs.length]));
  const eligible = candidates.filter((p) => (direct.get(p) ?? 0) >= min);
  const byHalf = (list) => ['0-7', '8-f'].map((h) => list.filter((p) => hashHalf(p) === h).length).join(' / ');
  const fewer = [...Array(min).keys()].map((n) => `${n}: ${candidates.filter((p) => (direct.get(p) ?? 0) === n).length}`).join(', ');
  console.log(`${source}: ${present.length} articles, ${unused.length} unused, ${pairedWithUsed.length} in a pair with a used one; candidates ${candidates.length} (0-7 / 8-f ${byHalf(candidates)}), eligible with >= ${min} direct quotes ${eligible.length} (${byHalf(eligible)}); fewer (direct quotes: articles) ${fewer}`);
  if (args.includes('--list')) for (const p of eligible) console.log(`  ${p}\t${direct.get(p)}\t${hashHalf(p)}\t${(partners.get(p) ?? []).join(',')}${pick ? pickColumns(p, directQuotes.get(p)) : ''}`);
}
