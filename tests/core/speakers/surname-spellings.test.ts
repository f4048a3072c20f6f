import { describe, expect, it } from 'vitest';
import { roleAmbiguityNote } from '../../../src/core/answers/role-note.js';
import { firstNameVariants } from '../../../src/core/speakers/identity.js';
import { SpeakerRegistry, roleKey } from '../../../src/core/speakers/registry.js';
import { storedSpeaker as speaker } from './stored-speaker.js';

// One person whose surname one article spells a letter off, and look-alike pairs that are two people.
const speakers = [
  // The same office, the surname a doubled letter apart: one person.
  speaker('Oswin Pelletier', ['regional fire chief'], 5),
  speaker('Oswin Peletier', ['fire chief']),
  // A vowel typed as another ("Vanstone"/"Venstone" sound alike), the same body: one person.
  speaker('Greta Vanstone', ['Harbour Trust chairwoman'], 3),
  speaker('Greta Venstone', ['chairwoman of the Harbour Trust']),
  // One letter apart and alike in sound, but no office word in common: two people (a club's and a state's heads).
  speaker('Linus Carraway', ['football club chief executive']),
  speaker('Linus Caraway', ['state governor']),
  // One letter apart with an office in common, but not alike in sound: two people.
  speaker('Hilda Brandt', ['district judge']),
  speaker('Hilda Grandt', ['appeals judge']),
  // Short surnames sound like too many others: never grouped by spelling.
  speaker('Mila Ross', ['swimming coach']),
  speaker('Mila Rose', ['rowing coach']),
  // Another person holding the same office.
  speaker('Pavel Okonkwo', ['fire chief']),
];
const registry = new SpeakerRegistry(speakers);
const visible = () => true;
const ids = (phrase: string) => registry.exactMatches(phrase, visible).map((m) => m.speaker.id).sort();

describe('one person under two spellings of the surname (Pelletier / Peletier)', () => {
  it('groups the same given name with a surname one edit off that sounds alike and shares an office word', () => {
    const groups = firstNameVariants(speakers, (r) => roleKey(r).split(' ').filter(Boolean));
    expect(Object.fromEntries(groups)).toEqual({
      'oswin-pelletier': ['oswin-peletier'],
      'oswin-peletier': ['oswin-pelletier'],
      'greta-vanstone': ['greta-venstone'],
      'greta-venstone': ['greta-vanstone'],
    });
  });

  it('either spelling finds both records', () => {
    expect(ids('Oswin Peletier')).toEqual(['oswin-peletier', 'oswin-pelletier']);
    expect(ids('Greta Vanstone')).toEqual(['greta-vanstone', 'greta-venstone']);
    expect(registry.personKey('oswin-peletier')).toBe(registry.personKey('oswin-pelletier'));
  });

  it('keeps apart look-alike names with no office in common, unlike in sound, or too short to tell', () => {
    expect(ids('Linus Carraway')).toEqual(['linus-carraway']);
    expect(ids('Hilda Brandt')).toEqual(['hilda-brandt']);
    expect(ids('Mila Ross')).toEqual(['mila-ross']);
    expect(registry.samePerson('linus-caraway')).toEqual([]);
  });

  it('a role both records hold is one person, not two equally good readings; another holder still is', () => {
    const asRole = (id: string) => ({ speaker: registry.get(id)!, kind: 'role' as const, score: 0.8 });
    const shown = 'oswin-pelletier';
    const onePerson = [asRole(shown), asRole('oswin-peletier')];
    expect(roleAmbiguityNote('the fire chief', onePerson, shown, registry.personRecords(shown))).toBeUndefined();
    const note = roleAmbiguityNote('the fire chief', [...onePerson, asRole('pavel-okonkwo')], shown, registry.personRecords(shown));
    expect(note).toContain('Pavel Okonkwo');
    expect(note).not.toContain('Oswin Peletier');
    // Without the grouping the other spelling reads as another speaker (what the note said before).
    expect(roleAmbiguityNote('the fire chief', onePerson, shown)).toContain('Oswin Peletier');
  });
});
