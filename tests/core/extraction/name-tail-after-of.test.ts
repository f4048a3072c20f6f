import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies, places and song titles are invented (session 34, h-conf29).
describe('capitalised words after "and" or "the" that go on a name opened by "of" or "for" name no person', () => {
  it('"The MP for Dunmore and Kelty said" gives no person called "Kelty"; the MP named before keeps the words', () => {
    const text = 'Former minister Rosa Quint, whose mother also sat in the house, said the bill was "largely pointless". But the Tory MP for Dunmore and Kelty admitted the old office "cannot be kept in amber".';
    const q = extract(text);
    expect(speakerOf(q, 'cannot be kept in amber')).toBe('Rosa Quint');
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

  it('"the Northern Conference of Postal and Telecommunications Administrations" names no person for a later "he said"', () => {
    const text = 'The spokesman for Ofstel said "we will decide soon". The Northern Conference of Postal and Telecommunications Administrations (NCPTA), is carrying out research. "We would want limits," he said.';
    const q = extract(text);
    expect(speakerOf(q, 'We would want limits')).toBe('The spokesman for Ofstel');
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
