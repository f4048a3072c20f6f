import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies, places and song titles are invented (session 34, h-conf29).
describe('capitalised words after "and" or "the" that go on a name opened by "of" or "for" name no person', () => {
  it('"The MP for Dunmore and Kelty said" gives no person called "Kelty"; the MP named before keeps the words', () => {
    const text = 'Piet Armand has held the seat since 2004, and his father held it before him. Armand called the report "thin and late". Then the Labour MP for Dunmore and Kelty conceded the depot "will have to close".';
    const q = extract(text);
    expect(speakerOf(q, 'will have to close')).toBe('Piet Armand');
    const r = extract('Voters were restless on Monday. The MP for Dunmore and Kelty said the plan was "a costly mistake" for the town.');
    expect(speakerOf(r, 'a costly mistake')).toBe('MP for Dunmore and Kelty');
  });

  it('a person named after the place\'s tail keeps only the name ("The Tory MP for Dunmore and Kelty Rosa Quint"), with curly quotes too', () => {
    const q = extract('The Tory MP for Dunmore and Kelty Rosa Quint said the bill was “largely pointless”.');
    expect(speakerOf(q, 'largely pointless')).toBe('Rosa Quint');
  });

  it('a body\'s name opening the sentence stays whole ("Forum of Radio and Broadcast Regulators said")', () => {
    const q = extract('Forum of Radio and Broadcast Regulators said it would act on Monday.');
    expect(speakerOf(q, 'it would act')).toBe('Forum of Radio and Broadcast Regulators');
  });

  it('"the Western Union of Rail and Freight Operators" names no person for a later "she said"', () => {
    const text = 'A spokeswoman for Telcor said "the review is still open". The Western Union of Rail and Freight Operators (WURFO) has asked for more time. "We need the whole summer to reply," she said.';
    const q = extract(text);
    expect(speakerOf(q, 'We need the whole summer')).toBe('A spokeswoman for Telcor');
  });

  it('"The author of Because the Bridge told" gives the words to the author named before, not to "Bridge"', () => {
    const text = 'Novelist Ada Lind will open the new library in Porth next month. "Everyone is welcome," she said. The 61-year-old author of Because the Bridge told a radio station that the library would stay "free for children". "Books belong to everyone who walks in," she said.';
    const q = extract(text);
    expect(speakerOf(q, 'free for children')).toBe('Ada Lind');
    expect(speakerOf(q, 'Books belong to everyone')).toBe('Ada Lind');
  });

  it('a person after another person\'s name or after a title keeps the name ("of Vermont and Gov. Tom Hale")', () => {
    const q = extract('Two rivals, Sen. Ann Cole of Vermont and Gov. Tom Hale of Ohio, took questions at the dinner. "My budget closed every gap we had," Hale said.');
    expect(speakerOf(q, 'My budget closed every gap')).toBe('Tom Hale');
    const r = extract('Supporters of Ann Cole and Ben Ray gathered outside. "We will not move," said Ben Ray.');
    expect(speakerOf(r, 'We will not move')).toBe('Ben Ray');
  });
});

// Session 35, h-attr86: the place's tail read after an inverted verb, and a title that makes the run a person's.
describe('a name tail after "of ... and" read forward, and a titled person after a body\'s "and"', () => {
  it('"said the MP for Dunmore and Kelty." keeps the whole constituency in the description', () => {
    const q = extract('Voters were restless on Monday. "This is a costly mistake," said the MP for Dunmore and Kelty.');
    expect(speakerOf(q, 'This is a costly mistake')).toBe('MP for Dunmore and Kelty');
  });

  it('a name in apposition after such a description speaks ("said the Secretary of State for Rail and Ports, Vera Lusk.")', () => {
    const q = extract('"The line will reopen in spring," said the Secretary of State for Rail and Ports, Vera Lusk.');
    const quote = q.find((x) => x.kind === 'direct');
    expect(quote?.speaker?.name).toBe('Vera Lusk');
    expect(quote?.speaker?.role).toBe('Secretary of State for Rail and Ports');
  });

  it('a nationality and a title before a name after "the president of France and" name that person', () => {
    const text = 'The summit was hosted by the president of France and German Chancellor Lena Vogt. "It was a good start," Vogt said.';
    const quote = extract(text).find((x) => x.kind === 'direct');
    expect(quote?.speaker?.name).toBe('Lena Vogt');
    expect(quote?.speaker?.role).toBe('German Chancellor');
  });
});
