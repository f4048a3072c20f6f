import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Made-up people (session 33, h-qa81): a hyphenated given name typed as two words, with the surname misspelt too.
const registry = new SpeakerRegistry([storedSpeaker('Per-Anders Lindqvist', [], 4), storedSpeaker('Marie-Claire Dubonnet', [], 3), storedSpeaker('Anders Lindgren', [], 2)]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('a hyphenated given name typed without its hyphen, before a misspelt surname', () => {
  it('"Per Anders Lindkvist" is Per-Anders Lindqvist', () => {
    expect(names('Per Anders Lindkvist')).toEqual(['Per-Anders Lindqvist']);
    expect(names('Marie Claire Dubonet')).toEqual(['Marie-Claire Dubonnet']);
  });

  it('the name as written still resolves, and a part alone of another person\'s name is no fit', () => {
    expect(names('Per-Anders Lindqvist')).toEqual(['Per-Anders Lindqvist']);
    expect(names('Per Anders Lindgren')).not.toContain('Per-Anders Lindqvist');
    expect(names('Claire Lindqvist')).not.toContain('Marie-Claire Dubonnet');
  });
});
