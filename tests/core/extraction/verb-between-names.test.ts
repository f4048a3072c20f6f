import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 28 (h-attr61): "Morgan Freeman beat actors including Clive Owen ..." read "beat actors including" as role words
// before a name (as "State Department spokesman John Kirby"), so the object was the sentence's subject and the "he
// said" after it went to him. A finite verb that takes an object, or a possessive determiner, ends the role words.
// Texts and names are invented.
describe('a verb between two names: the first name is the subject', () => {
  const lead = 'Ona Velt won best actress. "I am lucky," she told the audience.\n';
  it('"NAME beat NAME to the prize" then "he said"', () => {
    const q = extract(`${lead}Oskar Brandt beat Tomas Reil to the prize for best supporting actor. Backstage, he said: "People say you are due."`);
    expect(speakerOf(q, 'People say you are due')).toBe('Oskar Brandt');
  });

  it('"NAME beat actors including NAME, NAME and NAME" too', () => {
    const q = extract(`${lead}Oskar Brandt beat actors including Tomas Reil, Aldo Fenn and Piet Moor to the prize. He thanked the director. Backstage, he said: "People say you are due."`);
    expect(speakerOf(q, 'People say you are due')).toBe('Oskar Brandt');
  });

  it('"NAME believes NAME will ..." then "he said"', () => {
    const q = extract(`Coach Mark Dallow spoke first. "We were unlucky," said Dallow.\nIvan Greer believes Karl Vost will be the biggest threat this summer. "There is always someone else coming," he said.`);
    expect(speakerOf(q, 'always someone else coming')).toBe('Ivan Greer');
  });

  it('role words stopped by such a verb describe the subject ("the French international defender believes NAME")', () => {
    const q = extract(`Chelsea were top. Pierre Gallon has been given extra confidence by manager Jose Munro.\nAnd the French international defender believes Munro is suited to the job. "He is the icing on the cake at the club," he said.`);
    expect(speakerOf(q, 'icing on the cake')).toBe('Pierre Gallon');
  });

  it('role words before a name stay role words ("Coldplay lead singer NAME said")', () => {
    const q = extract(`${lead}Band lead singer Oskar Brandt thanked the crowd. "People say you are due," he said.`);
    expect(speakerOf(q, 'People say you are due')).toBe('Oskar Brandt');
  });
});
