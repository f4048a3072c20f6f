import { describe, expect, it } from 'vitest';
import { directWithEvidence } from './helpers.js';

// Every text here is written for these tests; names are invented (issue 13).
// Session 40 (h-attr109): a name with no trait of a person whose only turns were citations of a relayed source
// ("according to Dunmore Ledger", "Quillfeather Watch first reported") is an outlet, never a later "he" / "she",
// though a citation is a turn by name (session 39's bar, `namesNoPerson`, passed it over).

describe('a source cited by "according to" or "first reported" is not read as "he" / "she"', () => {
  it('passes over an outlet cited with "according to" to the man who took a turn by name', () => {
    const text = 'Senator Ruford Klane spoke to supporters in Ardwell on Monday.\n\n'
      + 'His campaign hired a former aide of his rival last week, according to Dunmore Ledger.\n\n'
      + '"Nobody on that stage is ready for the job," he said.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.evidence.mention).toBe('pronoun');
    expect(q?.speaker).toBe('Ruford Klane');
  });

  it('passes over an outlet that "first reported" the story', () => {
    const text = 'Pastor Alwin Merrow attacked the scouting club on his weekly show, Quillfeather Watch first reported.\n\n'
      + '"Read what the book says and apply it to your family," he said.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker).toBe('Alwin Merrow');
  });

  it('still reads a cited source that also took a turn of its own ("Tavish said ... according to Tavish ... he said")', () => {
    const text = 'Tavish said the shares had been bought last month.\n\n'
      + 'The price was fair, according to Tavish.\n\n'
      + '"We think the board agreed," he added.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker).toBe('Tavish');
  });
});
