import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/questions/understand.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from '../speakers/stored-speaker.js';

/**
 * A role question whose body only one holder's role states (issue 14, session 22, h-qa46; invented people and
 * bodies): "the Truecheck chief executive" is the person stated "chief executive of the fact-checking charity
 * Truecheck", never the much-quoted chief executives of other firms with "Truecheck" left for their quotes'
 * surroundings to bear out.
 */
const registry = new SpeakerRegistry([
  storedSpeaker('Wil Morrow', ['chief executive of the London-based fact-checking charity Truecheck'], 1),
  ...Array.from({ length: 60 }, (_, i) => storedSpeaker(`Exec Person${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, ['chief executive'], 40)),
  storedSpeaker('Ada Brightwell', ['Ostland chief executive'], 30),
]);
const vocab = new Vocabulary({ quotes: 1000, avgLength: 8, df: new Map([['truecheck', 2], ['rebrand', 3], ['ostland', 9]]) });
const ask = (q: string) => understand(q, registry, vocab, () => true, new Date('2026-01-01'));

describe('role questions: a holder stating every asked word', () => {
  it('is the only holder asked for, however rarely on record', () => {
    const p = ask('Truecheck chief executive on the rebrand');
    expect(p.speakers.map((m) => m.speaker.name)).toEqual(['Wil Morrow']);
    expect(p.required).toEqual([]);
  });

  it('without one, the holders leaving the body unstated stay, the body required around their quotes', () => {
    const p = ask('Nordcheck chief executive on the rebrand');
    expect(p.speakers.length).toBeGreaterThan(1);
    expect(p.speakers.every((m) => m.unstated?.length)).toBe(true);
  });
});
