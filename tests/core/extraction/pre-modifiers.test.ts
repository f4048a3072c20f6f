import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; the people are invented (docs/EXTRACTION.md, "Issue 13, thirteenth
// pass", h-attr22).

describe('words before a name that describe the person are no part of the name', () => {
  it('a plural demonym before two people ("Top-seeded Americans Andy Rook and ...") leaves the name', () => {
    const q = extract('Top-seeded Americans Andy Rook and Sam Pellan survived minor scares on Tuesday. "I am not playing great," said Rook.');
    expect(speakerOf(q, 'I am not playing great')).toBe('Andy Rook');
  });

  it('"Marine John Tarlow": an office that is also a given name, before a common given name', () => {
    const q = extract('Former CIA operative and Marine John Tarlow found both issues disqualifying. "She goes home. That is it," Tarlow stated.');
    expect(speakerOf(q, 'She goes home')).toBe('John Tarlow');
  });

  // Guard: passes without this pass too.
  it('"Marine" as a given name ("Marine Le Varre") stays the name', () => {
    const q = extract('"We will win this fight," Marine Le Varre told supporters in Lyon.');
    expect(speakerOf(q, 'We will win this fight')).toBe('Marine Le Varre');
  });
});
