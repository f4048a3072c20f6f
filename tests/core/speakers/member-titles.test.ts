import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { nameWords } from '../../../src/core/speakers/names.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// A member of an elected body asked by title and surname ("Congressman Orchard"): the title is no part of the name.
const registry = new SpeakerRegistry([
  storedSpeaker('Dana Orchard', ['New York congressman'], 4),
  storedSpeaker('Miriam Talbot-Reyes', ['city councillor'], 2),
  { ...storedSpeaker('Orchard Council'), id: 'org:orchard-council', isOrganisation: true },
]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 3).matches.map((m) => m.speaker.name);

describe('a member title before a surname', () => {
  it('drops congressman, congresswoman, councillor, councilman and councilwoman from a name', () => {
    expect(nameWords('Congressman Dana Orchard')).toEqual(['dana', 'orchard']);
    expect(nameWords('congresswoman Orchard')).toEqual(['orchard']);
    expect(nameWords('Councillor Talbot-Reyes')).toEqual(['talbot-reyes']);
    expect(nameWords('Councilman Orchard')).toEqual(['orchard']);
    expect(nameWords('councilwoman Orchard')).toEqual(['orchard']);
  });

  it('finds the member by surname after the title, as "Rep." does', () => {
    expect(names('Congressman Orchard')).toContain('Dana Orchard');
    expect(names('Congresswoman Orchard')).toContain('Dana Orchard');
    expect(names('Rep. Orchard')).toContain('Dana Orchard');
    expect(names('Councillor Talbot-Reyes')).toEqual(['Miriam Talbot-Reyes']);
  });

  it('a title before a surname nobody on record has finds nobody', () => {
    expect(names('Congressman Pemberton')).toEqual([]);
  });
});
