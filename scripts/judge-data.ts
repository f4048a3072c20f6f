/**
 * The hand-judged calibration sets (eval/held-out/attrset-*.tar.gz: direct quotes of fresh articles whose speakers
 * were judged by reading them; scripts/confidence-data/README.md) as labelled quotes with the extractor's evidence,
 * for scripts/fit-confidence.ts `--judges`. A developer tool: it reads the packed sets and ../shared/corpus.
 *
 * Each judged article is extracted in-process (the same parse and extractor as `onrecord extract --json`), and each
 * judged row labels the direct quote that `scoreJudged` (judge-calibration.ts) matches to it: same article, same
 * opening, nearest start; `right` 1 and `wrong` 0 only while the speaker is the one judged (labelOf).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/core/articles/load.js';
import { confidenceFeatures, type QuoteEvidence } from '../src/core/extraction/confidence.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { labelOf, matchJudged, parseJudged, type JudgedRow } from './judge-calibration.js';

/** One judged direct quote with the evidence of the run that labels it. */
export interface JudgedExample {
  x: Record<string, number>;
  y: 0 | 1;
  evidence: QuoteEvidence;
  kind: string;
  /** The packed set it comes from (its file name) and its half (A for choosing, B for reporting). */
  judge: string;
  half: string;
  /** Index of its article among every judged article (for folds by article). */
  articleKey: string;
  text: string;
  speaker: string | null;
}

/** The judged rows of a packed set (the one `.tsv` inside the tarball), read without unpacking it. */
export function readPackedJudge(tarball: string): JudgedRow[] {
  const names = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter((n) => n.endsWith('.tsv'));
  if (names.length !== 1) throw new Error(`${tarball}: expected one .tsv inside, found ${names.length}`);
  return parseJudged(execFileSync('tar', ['xzOf', tarball, names[0]!], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** Packed judges in `held` (file names) whose half A may be read: the set's README line does not say "NEITHER half". */
export function readableJudges(held: string): string[] {
  const readme = fs.readFileSync(path.join(held, 'README.md'), 'utf8').split('\n');
  return fs.readdirSync(held).filter((f) => /^attrset-.*\.tar\.gz$/.test(f)).sort().filter((f) => {
    const line = readme.find((l) => l.startsWith(`- \`${f}\``));
    return line !== undefined && !line.includes('NEITHER half');
  });
}

/** A direct quote of a judged article as the extractor gives it, with the evidence behind its confidence. */
export interface DirectQuote { text: string; start: number; end: number; speaker: string | null; confidence: number; evidence: QuoteEvidence }

/** A corpus article's text and its direct quotes, extracted in-process (the same parse and extractor as `onrecord extract --json`). */
export function directQuotesOf(corpus: string, article: string): { text: string; direct: DirectQuote[] } {
  const file = path.join(corpus, article);
  const doc = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file });
  const direct: DirectQuote[] = [];
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, evidence) => {
    if (q.kind === 'direct') direct.push({ text: q.text, start: q.start, end: q.end, speaker: q.speaker?.name ?? null, confidence: q.confidence, evidence });
  });
  return { text: doc.text, direct };
}

/**
 * Labelled direct quotes of the judged rows (only rows of `halves`), each article extracted from `corpus`. Also
 * counts how the rows fared (verdicts kept, speaker changed, not found).
 */
export function judgedExamples(judge: string, rows: readonly JudgedRow[], corpus: string, halves: readonly string[]): { examples: JudgedExample[]; counts: Map<string, number> } {
  const examples: JudgedExample[] = [];
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const wanted = rows.filter((r) => halves.includes(r.half));
  for (const article of [...new Set(wanted.map((r) => r.article))].sort()) {
    const { direct } = directQuotesOf(corpus, article);
    const taken = new Set<DirectQuote>();
    for (const row of wanted.filter((r) => r.article === article)) {
      const q = matchJudged(row, direct, taken);
      if (!q) { bump('quote not found'); continue; }
      const { y, why } = labelOf(row, q.speaker);
      bump(why);
      if (y === null) continue;
      examples.push({ x: confidenceFeatures(q.evidence), y, evidence: q.evidence, kind: 'direct', judge, half: row.half, articleKey: `${judge}:${article}`, text: q.text, speaker: q.speaker });
    }
  }
  return { examples, counts };
}
