import { describe, expect, it } from 'vitest';
import { firstNameVariants } from '../../../src/core/speakers/identity.js';
import { officeOfNone } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry, roleKey } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

const speaker = storedSpeaker;
const speakers = [
  // One person, two first-name forms, the same office in other words.
  speaker('Vince Harbottle', ['Green Party treasury spokesman'], 9),
  speaker('Vincent Harbottle', ['economics spokesman'], 3),
  // A middle initial on the formal form.
  speaker('Ed Quarrington', ['Ohio governor']),
  speaker('Edward T. Quarrington', ['former governor of Ohio']),
  // Two different people: offices with no word in common.
  speaker('Bob Pennyfeather', ['retired letter carrier']),
  speaker('Robert Pennyfeather', ['professor of geology']),
  // Two short forms of one formal name are two names people go by.
  speaker('Kate Marchbanks', ['charity director']),
  speaker('Katie Marchbanks', ['director of the allergy clinic']),
  // No stated role: nothing says they are one person.
  speaker('Charlie Fothergill'),
  speaker('Charles Fothergill', ['programme administrator']),
  // A shared word that tells nothing of the office.
  speaker('Tom Ashdown', ['former adviser']),
  speaker('Thomas Ashdown', ['former mayor']),
];
const registry = new SpeakerRegistry(speakers);
const visible = () => true;
const ids = (phrase: string) => registry.exactMatches(phrase, visible).map((m) => m.speaker.id).sort();

describe('one person under two first-name forms (Vince / Vincent)', () => {
  it('groups only the records a shared office word ties together', () => {
    const groups = firstNameVariants(speakers, (r) => roleKey(r).split(' ').filter(Boolean));
    expect(Object.fromEntries(groups)).toEqual({
      'vince-harbottle': ['vincent-harbottle'],
      'vincent-harbottle': ['vince-harbottle'],
      'ed-quarrington': ['edward-t-quarrington'],
      'edward-t-quarrington': ['ed-quarrington'],
    });
  });

  it('either name finds both records; a middle initial is not needed', () => {
    expect(ids('Vince Harbottle')).toEqual(['vince-harbottle', 'vincent-harbottle']);
    expect(ids('Vincent Harbottle')).toEqual(['vince-harbottle', 'vincent-harbottle']);
    expect(ids('Edward Quarrington')).toEqual(['ed-quarrington', 'edward-t-quarrington']);
    expect(registry.samePerson('vince-harbottle')).toEqual(['vincent-harbottle']);
  });

  it('one key per person: both records of one person share it, other people keep their own', () => {
    expect(registry.personKey('vincent-harbottle')).toBe('vince-harbottle');
    expect(registry.personKey('vince-harbottle')).toBe('vince-harbottle');
    expect(registry.personKey('edward-t-quarrington')).toBe('ed-quarrington');
    expect(registry.personKey('robert-pennyfeather')).toBe('robert-pennyfeather');
    expect(registry.personKey('bob-pennyfeather')).toBe('bob-pennyfeather');
  });

  it('a word before a surname that fits nobody counts people, not records (officeOfNone)', () => {
    // Two records of one person: "Duke Harbottle" is not read as somebody else for want of a second person.
    expect(officeOfNone(registry.exactMatches('harbottle', visible), ['duke'], registry)).toBe(false);
    // Two people: the word names neither, so the person typed is somebody else.
    expect(officeOfNone(registry.exactMatches('pennyfeather', visible), ['duke'], registry)).toBe(true);
    // A word of one of them (his given name) keeps them all.
    expect(officeOfNone(registry.exactMatches('pennyfeather', visible), ['bob'], registry)).toBe(false);
  });

  it('a role stated on one record finds the other too', () => {
    const byRole = registry.roleMatches('the Green Party treasury spokesman', visible).map((m) => m.speaker.id).sort();
    expect(byRole).toEqual(['vince-harbottle', 'vincent-harbottle']);
  });

  it('different people stay apart: other offices, two short forms, no stated role, only "former" in common', () => {
    expect(ids('Bob Pennyfeather')).toEqual(['bob-pennyfeather']);
    expect(ids('Robert Pennyfeather')).toEqual(['robert-pennyfeather']);
    expect(ids('Kate Marchbanks')).toEqual(['kate-marchbanks']);
    expect(ids('Charlie Fothergill')).toEqual(['charlie-fothergill']);
    expect(ids('Tom Ashdown')).toEqual(['tom-ashdown']);
    expect(registry.samePerson('charles-fothergill')).toEqual([]);
  });
});
