import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Made-up people: a woman an article only mentions must never be repaired to a man whose name is a few edits off.
const registry = new SpeakerRegistry([storedSpeaker('Mark Tolliver', [], 4), storedSpeaker('Joan Pettigrew', [], 2), storedSpeaker('Katie Dunmore', [], 3)]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('a given name of the other sex is another person, not a misspelt first name', () => {
  it('"Mary Toliver" is not Mark Tolliver (a woman\'s and a man\'s given name, one edit apart)', () => {
    expect(names('Mary Toliver')).toEqual([]);
    expect(names('Mary Tolliver')).toEqual([]);
  });

  it('"John Pettigrew" is not Joan Pettigrew', () => {
    expect(names('John Pettigrew')).not.toContain('Joan Pettigrew');
  });

  it('a misspelt first name of the same sex, or one the lexicon does not know, is still repaired', () => {
    expect(names('Katy Dunmore')).toEqual(['Katie Dunmore']);
    expect(names('Marc Toliver')).toEqual(['Mark Tolliver']);
    expect(names('Mark Toliver')).toEqual(['Mark Tolliver']);
  });
});
