import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { narration, quotedRuns } from '../../../src/core/answers/described.js';
import { coreOf } from './texts.js';

/**
 * A description that stands inside another quote's words ("'Maya's father, Rolf, was the headmaster of Larchfield
 * Primary,' Senator Vance said") is about whom that quote speaks of, never the speaker of a quote in its paragraphs:
 * `narration` in answers/described.ts. Articles written for this test; the people and places are invented.
 */
const RALLY = `Senator Vance meets flood families

Senator Edith Vance spoke at a rally in Dunmore on Saturday, where she introduced Maya Okafor, who lost her father in the flood.

"Maya's father, Rolf, was the headmaster of Larchfield Primary School," Vance said, as the hall fell silent. "And he died carrying his pupils to the roof."

"She has turned her grief into a campaign for flood defences, and her father would be proud," Vance continued.
`;
const HARBOUR = `Harbour school reopens

The headmaster of Kestrel Bay Primary School, Tomas Lind, said the new roof was finished. "The children will be back in their classrooms on Monday, and the flood defences are finally built," he said.
`;

let core: OnRecord;
afterAll(async () => { await core?.close(); });

describe('a description inside another quote is no description of the speaker', () => {
  it('blanks a run of terms another quote says, keeping the narration and the row’s own words', () => {
    const quoted = quotedRuns(['maya father rolf headmaster larchfield primary school die carri pupil roof', 'turn grief campaign flood defenc father proud']);
    expect(narration('maya father rolf headmaster larchfield primary school vance said hall fell silent', quoted, 'turn grief campaign flood defenc father proud')).toBe('. . . . . . . vance said hall fell silent');
    // The row's own words stay, and a phrase narration merely shares with a quote is not blanked.
    expect(narration('turn grief campaign flood defenc father proud vance continu', quoted, 'turn grief campaign flood defenc father proud')).toBe('turn grief campaign flood defenc father proud vance continu');
    expect(narration('headmaster larchfield primary tomas lind said', quoted, 'roof finish')).toBe('headmaster larchfield primary tomas lind said');
  });

  it('refuses a speaker whose paragraphs hold the description only inside a quote about somebody else', async () => {
    core = await coreOf({ 'rally.txt': RALLY, 'harbour.txt': HARBOUR });
    const a = await core.ask('what did the Larchfield Primary headmaster say about her father');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Edith Vance');
  });

  it('still answers a speaker the narration describes', async () => {
    const a = await core.ask('what did the Kestrel Bay Primary headmaster say about the flood defences');
    expect(a.hits[0]?.speaker?.name).toBe('Tomas Lind');
  });
});
