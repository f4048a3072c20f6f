/**
 * Census (session 39, h-attr104): quotes whose speaker came from "he" / "she" (a cue's own pronoun or a pronoun
 * speaker carried to the next quote) read as a name that may be a body: a club, a competition, a station, a company.
 * A speaker is listed when no word of its name is a given name the lexicon knows, it has no title, role or stated
 * gender, and the article shows at least one body signal for the name:
 *   its      "NAME's ... its" / "NAME ... its" in one sentence, or "NAME said it/they"
 *   orgword  a known organisation word or company suffix in the name (lexicon ORG_WORDS, COMPANY_SUFFIXES, GENERIC_ORG)
 *   kind     "the club" / "the station" / "the company" ... (lexicon GENERIC_ORG, ORG_KINDS) within 200 characters of a mention
 *   plural   "NAME are / have / were" (a plural verb after the name)
 *   fixture  "NAME v X" / "X v NAME" / "NAME vs X"
 *   object   "for / at / against / with / join(ed) / beat / signed by NAME"
 *   single   a one-word name
 * A developer tool; reads the corpus. Every listed quote is then read against its article by hand.
 *
 *   npx tsx scripts/census-body-pronoun.ts FILES.txt [--list] [--all]
 * --all: list also the speakers with no given name and no body signal (to read for bodies the signals miss).
 */
import { corpusDocuments, tuningFiles } from './corpus-documents.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { genderOfGivenName } from '../src/core/extraction/lexicon/given-names.js';
import { COMPANY_SUFFIXES, GENERIC_ORG, ORG_WORDS, isOrgKind } from '../src/core/extraction/lexicon/organisations.js';
import { isCommonGivenName } from '../src/core/speakers/names.js';

const argv = process.argv.slice(2);
const files = tuningFiles(argv[0]!);
const list = argv.includes('--list');
const all = argv.includes('--all');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const counts = { pronounQuotes: 0, noGivenName: 0, flagged: 0 };

function signals(text: string, name: string): string[] {
  const n = esc(name);
  const out: string[] = [];
  const words = name.split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()) || COMPANY_SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')) || GENERIC_ORG.has(w.toLowerCase()))) out.push('orgword');
  if (new RegExp(`${n}(?:['’]s)?\\b[^.!?]{0,120}\\bits\\b|${n} (?:said|says|added|told)(?: that)? (?:it|they)\\b`).test(text)) out.push('its');
  const kind = new RegExp(`${n}[^]{0,200}\\bthe (\\w+)\\b|\\bthe (\\w+)\\b[^]{0,200}${n}`, 'g');
  for (const m of text.matchAll(kind)) {
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    if (GENERIC_ORG.has(w) || isOrgKind(w) || ['station', 'team', 'side', 'tournament', 'championship', 'competition', 'league'].includes(w)) { out.push(`kind:${w}`); break; }
  }
  if (new RegExp(`${n} (?:are|have|were)\\b`).test(text)) out.push('plural');
  if (new RegExp(`${n} (?:v|vs)\\.? \\p{Lu}|\\p{L} (?:v|vs)\\.? ${n}\\b`, 'u').test(text)) out.push('fixture');
  if (new RegExp(`\\b(?:for|at|against|joined|join|beat|by|with) ${n}\\b`).test(text)) out.push('object');
  if (words.length === 1) out.push('single');
  return out;
}

for (const { file, doc } of corpusDocuments(files)) {
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.mention !== 'pronoun' || e.speaker !== 'person' || !q.speaker) return;
    // The pronoun itself, at the mention's distance before or after the quote: only "he" / "she" here.
    const d = e.mentionDistance ?? 0;
    const around = `${doc.text.slice(Math.max(0, q.start - d - 12), q.start - d + 12)} ${doc.text.slice(q.end + d - 12, q.end + d + 12)}`;
    if (!/\b(?:he|she|He|She)\b/.test(around)) return;
    counts.pronounQuotes++;
    const sp = q.speaker;
    if (sp.role) return;
    const words = sp.name.split(/\s+/).map((w) => w.replace(/[.,]/g, ''));
    if (words.some((w) => genderOfGivenName(w) !== undefined || isCommonGivenName(w))) return;
    counts.noGivenName++;
    const sig = signals(doc.text, sp.name);
    const flagged = !(sig.length === 0 || (sig.length === 1 && sig[0] === 'single'));
    if (flagged) counts.flagged++;
    if (list && (flagged || all)) {
      const ctx = doc.text.slice(Math.max(0, q.start - 250), q.start).replace(/\s+/g, ' ');
      console.log([file.replace(/^.*\/corpus\//, ''), q.start, e.how, (q.confidence ?? 0).toFixed(3), sp.name, sig.join(','), JSON.stringify(ctx), JSON.stringify(q.text.slice(0, 70))].join('\t'));
    }
  });
}
console.log(JSON.stringify({ files: files.length, ...counts }));
