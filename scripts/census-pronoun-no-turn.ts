/**
 * Census (session 39, h-conf40): quotes whose speaker came from a pronoun ("he said") read as a person who, before the
 * pronoun, never took a turn as a sentence's subject or as a speaker under its own name (the pronoun model's `no_turn_by_name`
 * is 1 for the one chosen; a turn through an earlier pronoun read as it does not count): a person met only as a third party (an object, a possessor, "against NAME", "NAME's side", inside another's
 * words). bbc/sport/122 is the judges' case: its paragraphs' opening names were lost, so every "he said" went to the
 * one manager named before, as a possessor. Lists each such quote with its confidence, whether the chosen one is met
 * only as a possessor, whether any other candidate took a turn by name, and whether the quote's paragraph opens with a
 * lower-case word (a sentence whose subject was lost). Counts: `nobodyTurned` (no candidate took a turn by name),
 * of those `nobodyTurnedWithRole` (the speaker has a stated role), and `capped` (confidence.ts `pronoun_no_named_turn`:
 * nobody turned, no role). A developer tool; reads the corpus.
 *
 *   npx tsx scripts/census-pronoun-no-turn.ts FILES.txt [--list] [--all]
 * FILES.txt: one corpus path a line (as /work/notes-issues corpus-files.txt lists them); PolNeAR dev is skipped.
 * --all: also inherited quotes (a pronoun speaker carried to the next quote), not only the cue's own.
 */
import { corpusDocuments, tuningFiles } from './corpus-documents.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';

const argv = process.argv.slice(2);
const files = tuningFiles(argv[0]!);
const list = argv.includes('--list');
const all = argv.includes('--all');
const counts = { pronounQuotes: 0, noTurn: 0, noTurnAt09: 0, noTurnPossessor: 0, noTurnOtherTurn: 0, noTurnAlone: 0, noTurnHeadless: 0, nobodyTurned: 0, nobodyTurnedWithRole: 0, capped: 0 };
for (const { file, doc } of corpusDocuments(files)) {
  extractWithEvidence(doc.text, doc.paragraphs, doc.meta, (q, e) => {
    if (e.mention !== 'pronoun' || e.speaker !== 'person' || !q.speaker) return;
    if (!all && e.how !== 'cue-after' && e.how !== 'cue-before') return;
    const cands = e.pronounCandidates ?? [];
    const chosen = cands.find((c) => c.chosen);
    if (!chosen) return;
    counts.pronounQuotes++;
    if (!chosen.x.no_turn_by_name) return;
    counts.noTurn++;
    const conf = q.confidence ?? 0;
    if (conf >= 0.9) counts.noTurnAt09++;
    const possessor = chosen.x.possessor_only === 1;
    const otherTurn = cands.some((c) => !c.chosen && !c.x.no_turn_by_name);
    const para = doc.paragraphs.find((p) => p.start <= q.start && q.start < p.end);
    const headless = para !== undefined && /^\s*\p{Ll}/u.test(doc.text.slice(para.start, para.start + 3));
    if (headless) counts.noTurnHeadless++;
    if (!otherTurn) { counts.nobodyTurned++; if (q.speaker.role) counts.nobodyTurnedWithRole++; }
    if (e.pronounNoNamedTurn) counts.capped++;
    if (possessor) counts.noTurnPossessor++;
    if (otherTurn) counts.noTurnOtherTurn++;
    if (cands.length === 1) counts.noTurnAlone++;
    if (list) {
      const ctx = doc.text.slice(Math.max(0, q.start - 300), q.start).replace(/\s+/g, ' ');
      console.log([file.replace(/^.*\/corpus\//, ''), q.start, e.how, `role=${q.speaker.role ?? '-'}`, conf.toFixed(3), q.speaker.name, `cands=${cands.length}`, possessor ? 'POSSESSOR' : '-', otherTurn ? 'OTHER-TURN' : '-', headless ? 'HEADLESS' : '-', e.pronounNoNamedTurn ? 'CAPPED' : '-',
        `near=${chosen.x.named_near} intro=${chosen.x.introduced} dist=${Math.round(100 * Math.expm1(chosen.x.distance ?? 0))}`, JSON.stringify(ctx), JSON.stringify(q.text.slice(0, 80))].join('\t'));
    }
  });
}
console.log(JSON.stringify({ files: files.length, ...counts }));
