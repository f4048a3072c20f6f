import { describe, expect, it } from 'vitest';
import { knightedGivenName, resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Invented people: "Sir Paul" is a knight called Paul, never somebody whose surname is Paul.
const registry = new SpeakerRegistry([
  storedSpeaker('Tobias Paul', ['state senator'], 9),
  storedSpeaker('Paul Ashcombe', ['composer'], 2),
  storedSpeaker('Wendell Orme', [], 2),
]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('a knight\'s title and one word', () => {
  it('reads the word as a given name, not as a surname', () => {
    expect(names('Sir Paul')).toEqual(['Paul Ashcombe']);
    expect(names('Paul')).toEqual(['Tobias Paul']);
  });

  it('finds nobody when no speaker has that given name', () => {
    expect(names('Dame Orme')).toEqual([]);
  });

  it('leaves a knight typed with the full name alone', () => {
    expect(knightedGivenName('Sir Paul Ashcombe')).toBeUndefined();
    expect(names('Sir Paul Ashcombe')).toEqual(['Paul Ashcombe']);
  });
});
