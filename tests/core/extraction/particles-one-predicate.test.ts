import { describe, expect, it } from 'vitest';
import { isNameShaped } from '../../../src/core/extraction/confidence.js';
import { rejectName } from '../../../src/core/extraction/gate.js';
import { droppedParticle, GLUED_PARTICLES, gluedParticle, isGluedParticleName, isNameParticle, isSurnameParticle } from '../../../src/core/extraction/lexicon/function-words.js';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from '../speakers/stored-speaker.js';
import { extract, speakerOf } from './helpers.js';

// Session 20 review: the name gate, the confidence model's name shape, the tokenizer's capital, the registry's and
// the cast's surname keys read one set of particle predicates from the lexicon instead of five hand-typed patterns.
// The names are invented.
describe('surname particles, one predicate', () => {
  it('knows the particles of a family name, alone or stacked, and the words that join a name', () => {
    for (const w of ['von', 'der', 'bin', 'da', 'ten', 'ter', 'el', 'abu']) expect(isSurnameParticle(w)).toBe(true);
    for (const w of ['of', 'the', 'said', 'Von']) expect(isSurnameParticle(w)).toBe(false);
    for (const w of ['of', 'and', 'y', 'st.', 'van']) expect(isNameParticle(w)).toBe(true);
    expect(isNameParticle('with')).toBe(false);
  });

  it('reads a particle glued to a capitalised name by a hyphen or an apostrophe', () => {
    expect(gluedParticle('al-Harazi')).toBe(3);
    expect(gluedParticle("d'Avrenne")).toBe(2);
    expect(isGluedParticleName('bin-Rashed')).toBe(true);
    expect(isGluedParticleName('al-')).toBe(false);
    expect(isGluedParticleName('de-facto')).toBe(false);
    expect(isGluedParticleName('alHarazi')).toBe(false);
  });

  it('keeps glued particles to three letters, the lengths the tokenizer\'s quick test looks past (tokens.ts isCap)', () => {
    for (const p of GLUED_PARTICLES) expect(p.length).toBeLessThanOrEqual(3);
  });

  it('drops an article or patronymic from a surname key, never an elided "d\'" or "O\'"', () => {
    expect(droppedParticle('al-harazi')).toBe(3);
    expect(droppedParticle('bin-rashed')).toBe(4);
    expect(droppedParticle("o'dwyerson")).toBe(0);
    expect(droppedParticle("d'avrenne")).toBe(0);
  });
});

describe('the readers of the particle predicates', () => {
  it('the name gate lets particles through inside a name and at its start', () => {
    expect(rejectName('Marta von der Weyde')).toBeNull();
    expect(rejectName('Joris ten Hove')).toBeNull();
    expect(rejectName('van Oosterzee')).toBeNull();
    expect(rejectName('al-Harazi')).toBeNull();
    expect(rejectName('for Dunmere')).not.toBeNull();
    expect(rejectName('the spokesman')).not.toBeNull();
  });

  it('a name with particles is name-shaped for the confidence model', () => {
    expect(isNameShaped('Karim ibn Salem')).toBe(true);
    expect(isNameShaped('Ana dos Reis')).toBe(true);
    expect(isNameShaped('Karim said that')).toBe(false);
  });

  it('the registry files a surname also asked without its particle, but not an elided one', () => {
    const registry = new SpeakerRegistry([storedSpeaker('Nabil al-Harazi', [], 3), storedSpeaker("Fergal O'Dwyerson", [], 2)]);
    const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);
    expect(names('Harazi')).toEqual(['Nabil al-Harazi']);
    // (A misspelling away, "Dwyerson" may still find him by name repair; it is no surname of his on record.)
    expect(registry.exactMatches('Dwyerson', () => true)).toEqual([]);
    expect(registry.exactMatches('Harazi', () => true).map((m) => m.kind)).toEqual(['surname']);
  });
});

describe('Dutch "ten" and "ter" inside a name (session 20: NAME_PARTICLES)', () => {
  it('keeps the whole name as the speaker, not the given name alone', () => {
    const quotes = extract('Harbour plan backed\n\n"We will rebuild the quay before winter," said Joris ten Hove, the harbour master.\n\n"The dredging starts in May," said Anneke ter Laan of the port authority.');
    expect(speakerOf(quotes, 'rebuild the quay')).toBe('Joris ten Hove');
    expect(speakerOf(quotes, 'dredging starts')).toBe('Anneke ter Laan');
  });
});
