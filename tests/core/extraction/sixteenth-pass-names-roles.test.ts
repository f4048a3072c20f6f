import { describe, expect, it } from 'vitest';
import { gateRole } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Issue 13, items 1-2 (session 16, h-attr28): names that are the person's own, roles that are offices. Every text
// here is invented; people, clubs and firms are made up.

describe('a courtesy title goes with a surname, never a first name', () => {
  it('"Mr Howard" is not Howard Pellow when nobody of that surname is named in full', () => {
    const q = extract(
      'Sacked MP Howard Pellow says he will fight on.\n\n' +
        'At a news conference, Mr Howard insisted he had followed the party\'s rules. "We keep our promises to voters," Mr Howard said.',
    );
    expect(speakerOf(q, 'We keep our promises')).toBe('Howard');
  });

  it('a family name written first keeps its title ("Mr Lou" is Lou Jiwen)', () => {
    const q = extract('Finance minister Lou Jiwen spoke in Tianjin on Monday. "Growth will be steady this year," Mr Lou said.');
    expect(speakerOf(q, 'Growth will be steady')).toBe('Lou Jiwen');
  });
});

describe('a nationality before a name is no part of the name', () => {
  it('"Australian Brenton Marsh ... Mr Marsh" is Brenton Marsh, role Australian', () => {
    const q = extract(
      'The paper said Australian Brenton Marsh told the party leader to aim higher. But Mr Marsh said in a statement: "I never said any such thing to anyone."',
    );
    const x = quoteWith(q, 'I never said any such thing');
    expect(x?.speaker?.name).toBe('Brenton Marsh');
    expect(x?.speaker?.role).toBe('Australian');
  });

  it('"American Dellow" after "Corey Dellow" is that player', () => {
    const q = extract(
      'Sweden\'s Nils Arvid beat Corey Dellow 6-3 6-4 in the final.\n\n' +
        'Afterwards, American Dellow said: "He served better than anyone I have faced this year."',
    );
    expect(speakerOf(q, 'He served better')).toBe('Corey Dellow');
  });

  it('a body keeps its demonym ("British Ferry Consortium"), and so does a given name ("German Grell")', () => {
    const q = extract('"Sales fell sharply in March," the British Ferry Consortium said. "We expect a recovery," said German Grell, the minister.');
    expect(speakerOf(q, 'Sales fell sharply')).toBe('British Ferry Consortium');
    expect(speakerOf(q, 'We expect a recovery')).toBe('German Grell');
  });
});

describe('a relative clause as a role: the office it states, or none', () => {
  it('reads an office from a verb of office and its object', () => {
    expect(gateRole('who heads the Velmar Centre')).toBe('head of the Velmar Centre');
    expect(gateRole('who now runs the Corran Boxing Gym')).toBe('head of the Corran Boxing Gym');
    expect(gateRole('who helmed the Harbour Board from 1995 to 1997')).toBe('former head of the Harbour Board from 1995 to 1997');
    expect(gateRole('who teaches maritime law')).toBe('teacher of maritime law');
    expect(gateRole('who served as transport secretary')).toBe('former transport secretary');
    expect(gateRole('who founded Tolver Books')).toBe('founder of Tolver Books');
  });

  it('gives no role when the clause states no office', () => {
    expect(gateRole('who races in Corran on Friday')).toBeUndefined();
    expect(gateRole('who emphasized')).toBeUndefined();
    expect(gateRole('who wrote about the inquiry')).toBeUndefined();
    expect(gateRole('who follows Velmar as a')).toBeUndefined();
    expect(gateRole('who served as Pellow')).toBeUndefined();
  });

  it('an extracted speaker carries the office, not the clause', () => {
    const q = extract('"The ruling changes everything," said Ada Brewer, who teaches constitutional law at Corran University.');
    const x = quoteWith(q, 'The ruling changes everything');
    expect(x?.speaker?.name).toBe('Ada Brewer');
    expect(x?.speaker?.role).not.toMatch(/^who /);
  });
});

describe('a kind of body right before a name in a role makes the name the body\'s', () => {
  it('"Noor Vale, chief executive of mobile content firm Quillo, said" is Noor Vale, not the firm', () => {
    const q = extract('Noor Vale, chief executive of mobile content firm Quillo, said: "The rules must apply to the whole industry."');
    expect(speakerOf(q, 'The rules must apply')).toBe('Noor Vale');
  });

  it('"Noor Vale, partnership manager of mobile content firm Quillo, said that ..." is Noor Vale: a noun before the role noun still opens the appositive', () => {
    const q = extract('Noor Vale, partnership manager of mobile content firm Quillo, said the new code was essential for trust.');
    const x = quoteWith(q, 'the new code was essential');
    expect(x?.speaker?.name).toBe('Noor Vale');
    expect(x?.speaker?.role).toBe('partnership manager of mobile content firm Quillo');
  });

  it('a person named after the kind noun stays a person ("the Tarn consultancy Jeanne-Claire Ombert")', () => {
    const q = extract('Founder of the Tarn consultancy Jeanne-Claire Ombert said: "Foreign groups should move in now."');
    expect(speakerOf(q, 'Foreign groups should move')).toBe('Jeanne-Claire Ombert');
  });
});

describe('a clause read as an appositive is no role', () => {
  it('drops roles opening with a conjunction or a pronoun', () => {
    expect(gateRole('but he')).toBeUndefined();
    expect(gateRole('so it')).toBeUndefined();
    expect(gateRole('and War on Want')).toBeUndefined();
    expect(gateRole('head of the Velmar Centre')).toBe('head of the Velmar Centre');
  });
});
