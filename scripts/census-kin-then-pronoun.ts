/**
 * Census (session 39, h-attr103): a person introduced by kin ("His wife Sharon", "Sylvester Stallone's ex-wife Brigitte
 * Nielsen", "her son, Tom,") followed, in the same paragraph or the next, by a quote whose speaker came from a pronoun
 * of the kin word's gender ("..., she said"). Lists each such quote: the kin phrase, the name after it (a given name
 * alone or a full name), the speaker the extractor gives, its confidence, whether the kin person is among the pronoun's
 * candidates, and the context, for a reader to judge right / wrong. A developer tool; reads the corpus.
 *
 *   npx tsx scripts/census-kin-then-pronoun.ts FILES.txt [--list]
 * FILES.txt: one corpus path a line (as /work/notes-issues corpus-files.txt lists them); PolNeAR dev is skipped.
 */
import { corpusDocuments, tuningFiles } from './corpus-documents.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';

const argv = process.argv.slice(2);
const files = tuningFiles(argv[0]!);
const list = argv.includes('--list');

/** Kin words by the gender they state; the others (partner, friend, cousin) state none. */
const KIN_GENDER: Record<string, 'he' | 'she' | undefined> = {
  wife: 'she', 'ex-wife': 'she', widow: 'she', mother: 'she', sister: 'she', daughter: 'she', girlfriend: 'she', fiancee: 'she', grandmother: 'she', aunt: 'she', niece: 'she', stepmother: 'she', granddaughter: 'she', stepdaughter: 'she', mum: 'she', mom: 'she',
  husband: 'he', 'ex-husband': 'he', widower: 'he', father: 'he', brother: 'he', son: 'he', boyfriend: 'he', fiance: 'he', grandfather: 'he', uncle: 'he', nephew: 'he', stepfather: 'he', grandson: 'he', stepson: 'he', dad: 'he',
  partner: undefined, 'ex-partner': undefined, cousin: undefined, friend: undefined, spouse: undefined,
};
const KIN = Object.keys(KIN_GENDER).sort((a, b) => b.length - a.length).join('|');
const QUALIFIER = "(?:(?:ex-|late |former |new |estranged |eldest |youngest |elder |younger |older |oldest |twin |teenage |baby |little |big |then-|long-time |longtime |British |American )?)";
const NAME = "([A-Z][\\p{Ll}'’-]+(?:\\s+(?:[A-Z]\\.|[A-Z][\\p{Ll}'’-]+))*)";
const RE = new RegExp(`\\b([Hh]is|[Hh]er|[Tt]heir|[A-Z][\\p{L}.'’-]*(?:\\s[A-Z][\\p{L}.'’-]*)*['’]s)\\s+${QUALIFIER}(${KIN}),?\\s+${NAME}`, 'gu');

const counts = { articles: 0, kinPhrases: 0, kinPhrasesGiven: 0, quotes: 0, quotesGiven: 0, kinIsCandidate: 0, chosenKin: 0 };
const articles = new Set<string>();
for (const { file, doc } of corpusDocuments(files)) {
  const text = doc.text;
  const kins: { pos: number; end: number; possessor: string; kin: string; name: string; gender: 'he' | 'she' | undefined; para: number }[] = [];
  for (const m of text.matchAll(RE)) {
    const kin = m[2]!.toLowerCase();
    const name = m[3]!;
    const pos = m.index!;
    const para = doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
    kins.push({ pos, end: pos + m[0].length, possessor: m[1]!, kin, name, gender: KIN_GENDER[kin], para });
  }
  if (kins.length === 0) continue;
  counts.kinPhrases += kins.length;
  counts.kinPhrasesGiven += kins.filter((k) => !k.name.includes(' ')).length;
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.mention !== 'pronoun' || !q.speaker) return;
    const qpara = doc.paragraphs.findIndex((p) => p.start <= q.start && q.start < p.end);
    // The nearest kin phrase before the quote, in its paragraph or the one before.
    const k = [...kins].reverse().find((k) => k.end <= q.start && (k.para === qpara || k.para === qpara - 1));
    if (!k) return;
    // The pronoun of the cue: the first he/she/they after the quote or before it, as written near the quote.
    const after = /^[\s,.'"’”]*(?:\p{L}+\s+){0,3}?(he|she|they|it)\b/iu.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase();
    const before = /\b(he|she|they|it)\s+(?:\p{L}+\s+){0,2}$/iu.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1]?.toLowerCase();
    const pronoun = after ?? before ?? '?';
    if (k.gender && pronoun !== '?' && pronoun !== k.gender) return;
    if (!k.gender && pronoun !== 'he' && pronoun !== 'she') return;
    counts.quotes++;
    if (!k.name.includes(' ')) counts.quotesGiven++;
    articles.add(file);
    const cands = e.pronounCandidates ?? [];
    const first = k.name.split(/\s+/)[0]!.toLowerCase();
    const kinCand = cands.find((c) => c.name.toLowerCase() === k.name.toLowerCase() || c.name.toLowerCase().split(/\s+/)[0] === first);
    if (kinCand) counts.kinIsCandidate++;
    if (kinCand?.chosen) counts.chosenKin++;
    if (list) {
      const ctx = text.slice(k.pos, q.end + 30).replace(/\s+/g, ' ');
      console.log([file.replace(/^.*\/corpus\//, ''), q.start, e.how, pronoun, `${k.possessor} ${k.kin} ${k.name}`, `speaker=${q.speaker.name}`, (q.confidence ?? 0).toFixed(3), `cands=${cands.map((c) => (c.chosen ? '*' : '') + c.name).join('|')}`, kinCand ? (kinCand.chosen ? 'KIN-CHOSEN' : 'KIN-CAND') : 'KIN-ABSENT', JSON.stringify(ctx.length > 700 ? ctx.slice(0, 350) + ' ... ' + ctx.slice(-350) : ctx)].join('\t'));
    }
  });
}
counts.articles = articles.size;
console.log(JSON.stringify({ files: files.length, ...counts }));
