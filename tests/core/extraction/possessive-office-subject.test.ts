import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 26 (h-attr57): "Spain's minister of sport Jaime Lissavetzky was quick to back ..." was no subject read, so
// the "he said" after it went to the coach quoted before. The possessor's office in lower case, then a full name and
// its verb, is the sentence's subject for the pronouns after. Texts and names are invented.
describe('a possessor, its office, then a name: the subject of a plain sentence', () => {
  const lead = 'Coach Luis Ferrandez said he meant no offence. "I never intended to offend anyone," he said at the time.\nBut the storm grew. ';
  it('"BODY\'s office of X NAME was ..." then "he said"', () => {
    const q = extract(`${lead}Spain's minister of sport Jaime Lissano was quick to back the decision. "Everyone who has a public function has to be careful," he said.`);
    expect(speakerOf(q, 'has to be careful')).toBe('Jaime Lissano');
  });

  it('"BODY\'s sports minister NAME was ..." too', () => {
    const q = extract(`${lead}Spain's sports minister Jaime Lissano was quick to back the decision. "Everyone who has a public function has to be careful," he said.`);
    expect(speakerOf(q, 'has to be careful')).toBe('Jaime Lissano');
  });

  it('a coordinated subject ("NAME and two other executives were fired") is no one person', () => {
    const q = extract(`${lead}Spain's sports minister Jaime Lissano and two aides were fired. "Everyone who has a public function has to be careful," he said.`);
    expect(speakerOf(q, 'has to be careful')).not.toBe('Jaime Lissano');
    // (Found, with the speaker the pronoun has today: the coach quoted before.)
    expect(speakerOf(q, 'has to be careful')).toBe('Luis Ferrandez');
  });
});
