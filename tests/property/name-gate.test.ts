import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/core/articles/paragraphs.js';
import { rejectName } from '../../src/core/extraction/gate.js';
import { extractQuotes } from '../../src/core/extraction/index.js';

// Hostile attribution sentences: datelines, labels, numbers, prepositional phrases and titles placed where a
// speaker's name would go. Whatever the extractor attributes, a named speaker must pass the gate and carry
// no title in front of the name.
const leads = ['NEW YORK —', 'FULL TEXT:', 'UPDATE:', 'PARIS (Reuters) -', '', 'On Monday,', 'In a statement,'];
const subjects = [
  '73 percent', '000 people surveyed', 'for Witney', 'of Take-Two', 'and Manuel Vidal', 'Coach Ivo Rask gave his players',
  'Cmdr. Sean Vale', 'US Treasury Under-Secretary John Tay', 'Labour MP for Eastwick Dora Lund', 'Miner Highland Copper',
  'Republican Walter Brune', 'the spokesman', 'Dora Lund, chief executive of Kestrel-Nine,', 'Sen. Ada Roe (D-Ohio)',
  'Gen. Piet Ostrand', 'Former Carson adviser', 'Sixty-six percent of voters', 'IOWA POLLS',
];
const verbs = ['said', 'told reporters', 'added', 'says', 'warned'];
const quotes = ['"We will not move the port."', '"Rates will fall," ', 'the council would resign.', '"The tide is turning for us."'];

const TITLE_FIRST = /^(?:mr|mrs|ms|dr|gen|sen|rep|cmdr|capt|col|lt|sgt|adm|gov|coach|republican|democrat|labour|tory|former|miner|us treasury)\b\.?\s/i;

const sentence = fc.tuple(fc.constantFrom(...leads), fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...quotes), fc.boolean())
  .map(([lead, who, verb, quote, inverted]) => (inverted ? `${lead} ${quote} ${verb} ${who}.` : `${lead} ${who} ${verb} ${quote}`).trim());

describe('the name gate on hostile attribution sentences', () => {
  it('no named speaker is refused by the gate or keeps a title, rank or party label', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.boolean(), (sentences, oneParagraph) => {
        const text = sentences.join(oneParagraph ? ' ' : '\n\n');
        for (const q of extractQuotes(text, splitParagraphs(text), {})) {
          const s = q.speaker;
          if (!s || s.anonymous) continue;
          expect(rejectName(s.name, Boolean(s.isOrganisation)), `${s.name} in: ${text}`).toBeNull();
          expect(s.name, text).not.toMatch(TITLE_FIRST);
          expect(s.name, text).not.toMatch(/\d|percent/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
