/**
 * Census (session 40, h-conf42): quotes whose speaker is left as a description ("the top seed", "a spokesman", "the
 * report") at a confidence of at least --min (0.8), by why the description stays unnamed:
 * - `ambiguous`: described-holder.ts answered 'ambiguous' (someone was introduced with the description's noun and the
 *   description fits several or none of them: "seventh seed NAME ... said the top seed"); evidence `descriptionAmbiguous`;
 * - `person-unbound`: a definite description of a person ("the 22-year-old", "the Irishman", "the presenter") that no
 *   binder tied to a named person (no fitting holder near before it);
 * - `source`: an indefinite unnamed source ("a spokesman", "an officer", "one trader"): unnamed by design;
 * - `document-or-body`: anything else ("the report", "the company", "the magazine", "the statement").
 * Prints per class the count at >= min and >= 0.9, and with --list each quote with 240 characters before it.
 * A developer tool; reads the corpus (PolNeAR dev skipped).
 *
 *   npx tsx scripts/census-description-speakers.ts FILES.txt [--min 0.8] [--list]
 */
import { corpusDocuments, tuningFiles } from './corpus-documents.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { DESCRIBED_PERSON_NOUNS, isAgeWord, isDemonym, isRole } from '../src/core/extraction/lexicon/index.js';

const argv = process.argv.slice(2);
const files = tuningFiles(argv[0]!);
const list = argv.includes('--list');
const min = argv.includes('--min') ? Number(argv[argv.indexOf('--min') + 1]) : 0.8;

/** "the 22-year-old", "the Irishman", "the presenter": a definite description whose head names a person. */
function personDescription(d: string): boolean {
  const words = d.toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length < 2) return false;
  const head = words[words.length - 1]!.replace(/[^a-z-]/g, '');
  return isAgeWord(head) || isDemonym(head) || isRole(head) || DESCRIBED_PERSON_NOUNS.has(head) || /(?:man|woman|er|ist|or|ee)$/.test(head);
}

const counts: Record<string, { n: number; at09: number }> = {};
const rows: string[] = [];
for (const { file, doc } of corpusDocuments(files)) {
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.speaker !== 'anonymous' || !q.speaker) return;
    const conf = q.confidence ?? 0;
    if (conf < min) return;
    const d = q.speaker.name;
    const cls = e.descriptionAmbiguous ? 'ambiguous' : /^(?:a|an|one|some|two|three|several)\s/i.test(d) ? 'source' : personDescription(d) ? 'person-unbound' : 'document-or-body';
    const c = (counts[cls] ??= { n: 0, at09: 0 });
    c.n++;
    if (conf >= 0.9) c.at09++;
    if (list) rows.push([cls, file.replace(/^.*\/corpus\//, ''), q.start, conf.toFixed(3), d, e.how, JSON.stringify(doc.text.slice(Math.max(0, q.start - 240), q.start).replace(/\s+/g, ' ')), JSON.stringify(q.text.slice(0, 70))].join('\t'));
  });
}
rows.sort();
for (const r of rows) console.log(r);
console.log(JSON.stringify({ files: files.length, min, ...counts }));
