/**
 * Run inside a copy of src/ at an old commit (scripts/judge-packing-replay.sh puts it there): prints, for each corpus
 * article named on stdin, the direct quotes of that commit's extractor with the attribution evidence behind each
 * (how, mention kind, cue subject place, distance), as one JSON line per article. Uses only APIs that have stood
 * since session 15 (parseDocument, extractWithEvidence).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/core/articles/load.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';

const corpus = process.argv[2]!;
const articles = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const article of articles) {
  const file = path.join(corpus, article);
  const doc = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file });
  const quotes: object[] = [];
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (q.kind !== 'direct') return;
    quotes.push({ text: q.text, start: q.start, speaker: q.speaker?.name ?? null, confidence: q.confidence, how: e.how, mention: e.mention ?? null, cueVia: e.cueVia ?? null, mentionDistance: e.mentionDistance, pronounChoices: e.pronounChoices ?? null });
  });
  console.log(JSON.stringify({ article, quotes }));
}
