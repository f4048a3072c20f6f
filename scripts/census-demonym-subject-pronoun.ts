/**
 * Census (session 40, h-attr105): a person written as a nationality noun ("The Australian has suffered ...", "but the
 * Kiwi said he ...": `isDemonym`) as a clause's subject, followed in the same paragraph or the next by a quote whose
 * speaker came from "he" / "she" (the cue's own or carried on). Lists each such quote with the description, the speaker
 * the extractor gives, its confidence, the pronoun's candidates (chosen one starred) and the context, for a reader to
 * judge who the nationality noun stands for and whether the pronoun should be that person. A developer tool; reads
 * the corpus.
 *
 *   npx tsx scripts/census-demonym-subject-pronoun.ts FILES.txt [--list]
 * FILES.txt: one corpus path a line (as /work/notes-issues corpus-files.txt lists them); PolNeAR dev is skipped.
 */
import { corpusDocuments, tuningFiles } from './corpus-documents.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { isDemonym } from '../src/core/extraction/lexicon/index.js';

const argv = process.argv.slice(2);
const files = tuningFiles(argv[0]!);
const list = argv.includes('--list');

// "The Australian has", ", but the Kiwi said", "The Swiss, who ...": the nationality noun then a lower-case word or a comma.
const RE = /(?:^|[.!?]["'”’]?\s+|\b(?:but|and|while|as|when|where|after|before|although|though)\s+|,\s+)(?:(?:But|And|Yet|Now|Then)\s+)?([Tt]he)\s+(\p{L}+)(?=\s+\p{Ll}|\s*,)/gu;

const counts = { articles: 0, descriptions: 0, quotes: 0 };
const articles = new Set<string>();
for (const { file, doc } of corpusDocuments(files)) {
  const text = doc.text;
  const descs: { pos: number; end: number; noun: string; next: string; para: number }[] = [];
  for (const m of text.matchAll(RE)) {
    const noun = m[2]!;
    if (!/^\p{Lu}/u.test(noun) || !isDemonym(noun.toLowerCase())) continue;
    const pos = m.index! + m[0].indexOf(m[1]!);
    const end = pos + m[1]!.length + 1 + noun.length;
    const para = doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
    descs.push({ pos, end, noun, next: /^\s*(,|\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '', para });
  }
  if (descs.length === 0) continue;
  counts.descriptions += descs.length;
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.mention !== 'pronoun' || !q.speaker) return;
    const qpara = doc.paragraphs.findIndex((p) => p.start <= q.start && q.start < p.end);
    // The nearest description before the quote (or before its cue when the cue opens the sentence), its paragraph or the one before.
    const d = [...descs].reverse().find((d) => d.end <= q.start + 1 && (d.para === qpara || d.para === qpara - 1));
    if (!d) return;
    const after = /^[\s,.'"’”]*(?:\p{L}+\s+){0,3}?(he|she|they|it)\b/iu.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase();
    const before = /\b(he|she|they|it)\s+(?:\p{L}+\s+){0,2}$/iu.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1]?.toLowerCase();
    const pronoun = after ?? before ?? '?';
    if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== '?') return;
    counts.quotes++;
    articles.add(file);
    if (list) {
      const cands = e.pronounCandidates ?? [];
      const ctx = text.slice(Math.max(0, d.pos - 200), q.end + 30).replace(/\s+/g, ' ');
      console.log([file.replace(/^.*\/corpus\//, ''), q.start, q.kind, e.how, pronoun, `${d.noun} ${d.next}`, `speaker=${q.speaker.name}`, (q.confidence ?? 0).toFixed(3), `cands=${cands.map((c) => (c.chosen ? '*' : '') + c.name).join('|')}`, JSON.stringify(ctx.length > 900 ? ctx.slice(0, 450) + ' ... ' + ctx.slice(-450) : ctx)].join('\t'));
    }
  });
}
counts.articles = articles.size;
console.log(JSON.stringify({ files: files.length, ...counts }));
