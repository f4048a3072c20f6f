import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { repairNote } from '../../../src/core/speakers/repair.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// Invented names: "Lleyvor" typed by ear as "Layvor" is two edits (the doubled opening "Ll", "ey" heard as "ay")
// that sound the same; the first two letters differ, so `soundAlikeGivenNames` alone does not read it.
const visible = () => true;
const resolve = (registry: SpeakerRegistry, phrase: string) => resolveSpeaker(phrase, registry, visible, true, 3, true);
const names = (registry: SpeakerRegistry, phrase: string) => resolve(registry, phrase).matches.map((m) => m.speaker.name);

describe('a given name typed by ear before a surname typed exactly', () => {
  const registry = new SpeakerRegistry([
    storedSpeaker('Lleyvor Quennick', ['tennis player'], 6),
    storedSpeaker('Marigold Quennick', ['health secretary'], 9),
    storedSpeaker('Tim Brantwell', ['councillor'], 2),
  ]);

  it('reads the holder whose given name it spells by sound, and says so (a misspelling, not as typed)', () => {
    const { matches } = resolve(registry, 'Layvor Quennick');
    expect(matches.map((m) => m.speaker.name)).toEqual(['Lleyvor Quennick']);
    expect(matches[0]?.kind).toBe('fuzzy');
    expect(repairNote('Layvor Quennick', matches, matches[0]?.speaker.id)).toMatch(/^Did you mean Lleyvor Quennick\?/);
  });

  it('never reads a given name the lexicon knows as another one: "Tom Brantwell" is not Tim Brantwell', () => {
    expect(names(registry, 'Tom Brantwell')).toEqual([]);
  });

  it('never guesses on both words: a misspelt surname after a given name typed by ear is nobody', () => {
    expect(names(registry, 'Layvor Quenick')).toEqual([]);
  });

  it('needs the same first letter and the same sound: "Bayvor Quennick" and "Lanvor Quennick" are nobody', () => {
    expect(names(registry, 'Bayvor Quennick')).toEqual([]);
    expect(names(registry, 'Lanvor Quennick')).toEqual([]);
  });
});

describe('a typed given name that is somebody else\'s on record', () => {
  it('is that person or nobody: "Layvor Quennick" with a Layvor Dunmore on record is nobody', () => {
    const registry = new SpeakerRegistry([
      storedSpeaker('Lleyvor Quennick', ['tennis player'], 6),
      storedSpeaker('Layvor Dunmore', ['farmer'], 1),
    ]);
    expect(names(registry, 'Layvor Quennick')).toEqual([]);
  });
});
