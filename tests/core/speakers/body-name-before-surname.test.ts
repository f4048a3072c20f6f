import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Made-up people. A capitalised word that other speakers' roles hold only as a body's name ("Quillon" of "head of
// trading at Quillon") fits no other speaker's surname: typed before one, it is a given name of somebody else.
const registry = new SpeakerRegistry([
  storedSpeaker('Walter Brannock', ['former education secretary'], 3),
  storedSpeaker('Nadia Ferrell', ['head of trading at Quillon'], 2),
  storedSpeaker('Omar Haskett', ['Labour MP for Dunmere'], 2),
  storedSpeaker('Greta Solberg', ['Norwegian coach'], 2),
]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('a body\'s name from another speaker\'s role is no word before a surname', () => {
  it('"Quillon Brannock" is not Walter Brannock (Quillon is only the name of Nadia Ferrell\'s firm)', () => {
    expect(names('Quillon Brannock')).toEqual([]);
  });

  it('the speaker\'s own body still fits before the surname', () => {
    expect(names('Quillon Ferrell')).toEqual(['Nadia Ferrell']);
  });

  it('an office word another role writes in lower case still fits ("coach", "secretary")', () => {
    expect(names('coach Brannock')).toEqual(['Walter Brannock']);
    expect(names('secretary Haskett')).toEqual(['Omar Haskett']);
  });

  it('a nationality or party from another role still fits', () => {
    expect(names('Norwegian Brannock')).toEqual(['Walter Brannock']);
    expect(names('Labour Brannock')).toEqual(['Walter Brannock']);
  });
});
