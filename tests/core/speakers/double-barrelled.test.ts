import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry, doubleBarrelHalves } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Invented people: a reporter shortens a double-barrelled surname to one half ("Kilroy" for Robert Kilroy-Silk).
const registry = new SpeakerRegistry([
  storedSpeaker('Harriet Pemberton-Fawkes', ['Green MEP'], 6),
  storedSpeaker('Owen Marsh-Tollard', [], 2),
  storedSpeaker('Dora Tollard', [], 3),
  storedSpeaker('Glenn Hardy', [], 2),
  storedSpeaker('Nina Glenn-Oakes', [], 2),
  storedSpeaker('Park Min-jae', [], 2),
]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('double-barrelled surnames', () => {
  it('finds the person by either half of the surname', () => {
    expect(names('Pemberton')).toEqual(['Harriet Pemberton-Fawkes']);
    expect(names('Fawkes')).toEqual(['Harriet Pemberton-Fawkes']);
  });

  it('leaves a half that is somebody else\'s own surname to them', () => {
    expect(names('Tollard')).toEqual(['Dora Tollard']);
  });

  it('never makes a half that is a first name on record a surname key', () => {
    expect(names('Glenn')).not.toContain('Nina Glenn-Oakes');
  });

  it('reads no halves in a Korean given name, a particle or a one-word record', () => {
    expect(doubleBarrelHalves('Park Min-jae')).toEqual([]);
    expect(doubleBarrelHalves('Bashar Al-Assad')).toEqual([]);
    expect(doubleBarrelHalves('London-Based')).toEqual([]);
    expect(doubleBarrelHalves('Harriet Pemberton-Fawkes')).toEqual(['pemberton', 'fawkes']);
  });
});
