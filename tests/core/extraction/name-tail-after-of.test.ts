import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies, places and song titles are invented (session 34, h-conf29).
describe('capitalised words after "and" or "the" that go on a name opened by "of" or "for" name no person', () => {
  it('"The MP for Dunmore and Kelty said" gives no person called "Kelty"; the MP named before keeps the words', () => {
    const text = 'Former minister Rosa Quint, whose mother also sat in the house, said the bill was "largely pointless". But the Tory MP for Dunmore and Kelty admitted the old office "cannot be kept in amber".';
    const q = extract(text);
    expect(speakerOf(q, 'cannot be kept in amber')).toBe('Rosa Quint');
    const r = extract('Voters were restless on Monday. The MP for Dunmore and Kelty said the plan was "a costly mistake" for the town.');
    expect(speakerOf(r, 'a costly mistake')).not.toBe('Kelty');
  });

  it('"the Forum of Radio and Broadcast Regulators" gives no person "Broadcast Regulators" for a later "he said"', () => {
    const text = 'Bands are tightly licensed. "We are asking the industry whether to open the band," said a spokesman for Ofstel.\n\nThe cross-border body, the Forum of Radio and Broadcast Regulators (FRBR), is studying the band. The Ofstel spokesman said it was weighing limits. "We would want very strict limits on power," he said.';
    const q = extract(text);
    expect(speakerOf(q, 'We would want very strict limits')).toBe('a spokesman for Ofstel');
    expect(speakerOf(q, 'We are asking the industry')).toBe('a spokesman for Ofstel');
  });

  it('"The singer of Because the Bridge told" gives the words to the singer named before, not to "Bridge"', () => {
    const text = 'Rock star Lena Varga has been made director of the Harbour festival. "I want readings and films," she said. The 58-year-old singer of Because the Bridge told a newspaper that the festival would answer these "greedy times". "We should salute the best art there is," she said.';
    const q = extract(text);
    expect(speakerOf(q, 'greedy times')).toBe('Lena Varga');
    expect(speakerOf(q, 'We should salute the best art')).toBe('Lena Varga');
  });

  it('a person after another person\'s name or after a title keeps the name ("of Texas and Gov. Tom Hale")', () => {
    const q = extract('Two rivals, Sen. Ann Cole of Texas and Gov. Tom Hale of Ohio, spoke at the dinner. "I have lived these matters for decades," Hale said.');
    expect(speakerOf(q, 'I have lived these matters')).toBe('Tom Hale');
    const r = extract('Supporters of Ann Cole and Ben Ray gathered outside. "We will not move," said Ben Ray.');
    expect(speakerOf(r, 'We will not move')).toBe('Ben Ray');
  });
});
