import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { sameFirstName } from '../../../src/core/speakers/names.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import type { StoredSpeaker } from '../../../src/core/store/port.js';
import { storedSpeaker } from './stored-speaker.js';
import { coreOf } from '../answers/texts.js';

const speaker = (name: string, quotes = 1, roles: string[] = []): StoredSpeaker => storedSpeaker(name, roles, quotes);
const registry = new SpeakerRegistry([
  speaker('Bruce Boudreau', 5, ['Wild coach']),
  speaker('Brian Gammage'),
  speaker('William Gallas'),
  speaker('Ted Cruz', 9),
  speaker('Serena Williams', 20),
  speaker('Jennifer Williams', 2),
  speaker('Lee Zeldin'),
  speaker('Strauss Zelnick'),
  speaker('Sung Won Sohn'),
  speaker('Hori Parata'),
  speaker('Ozzy Osbourne'),
  speaker('Rusmik Oza'),
  { ...speaker('US Treasury Under-Secretary John Taylor'), id: 'org:treasury-taylor', isOrganisation: true },
  { ...speaker('Bank of England Deputy Governor Office'), id: 'org:boe', isOrganisation: true },
]);
const visible = () => true;
const names = (phrase: string) => resolveSpeaker(phrase, registry, visible, true, 3).matches.map((m) => m.speaker.name);

describe('name repair', () => {
  it('repairs a surname two edits away that sounds the same (Double Metaphone): Boudrou -> Boudreau', () => {
    expect(names('Boudrou')).toEqual(['Bruce Boudreau']);
    expect(names('coach Boudrou')).toEqual(['Bruce Boudreau']);
  });

  it('repairs one-edit misspellings: Gamage, Galas, Crus, Zelnik', () => {
    expect(names('Gamage')).toEqual(['Brian Gammage']);
    expect(names('Galas')).toEqual(['William Gallas']);
    expect(names('Crus')).toContain('Ted Cruz');
    expect(names('Zelnik')).toContain('Strauss Zelnick');
  });

  it('keeps every speaker a common misspelt surname may mean, for the topic to choose (Wiliams)', () => {
    expect(names('Wiliams').sort()).toEqual(['Jennifer Williams', 'Serena Williams']);
  });

  it('never takes a first name that contradicts the speaker: Rishi Sunak is not Sung Won Sohn, Te Kaurinui Parata is not Hori Parata', () => {
    expect(names('Rishi Sunak')).toEqual([]);
    expect(names('Te Kaurinui Parata')).toEqual([]);
    expect(names('Jenny Wiliams')).toEqual(['Jennifer Williams']);
  });

  it('does not repair a short word by sound alone, and reads a bare first name when nobody has it as surname (Ozzy)', () => {
    expect(names('Ozzy')).toEqual(['Ozzy Osbourne']);
  });

  it('a person filed under their title as an organisation is still asked by surname (Tayler -> John Taylor)', () => {
    expect(names('Tayler')).toEqual(['US Treasury Under-Secretary John Taylor']);
    expect(names('John Taylor')).toEqual(['US Treasury Under-Secretary John Taylor']);
    expect(names('Office')).toEqual([]);
  });

  it('reads a misspelt full name as that person, never as an aide whose role names them (Dana Kellie is Dana Kelly)', () => {
    const aides = new SpeakerRegistry([speaker('Dana Kelly', 4), speaker('Piet Olsen', 2, ['press secretary for Dana Kelly\'s 2004 campaign'])]);
    const read = (phrase: string) => resolveSpeaker(phrase, aides, visible, true, 3).matches.map((m) => m.speaker.name);
    expect(read('Dana Kellie')).toEqual(['Dana Kelly']);
    expect(read('Dana Kelly')).toEqual(['Dana Kelly']);
    // The role is still a role when asked as one.
    expect(read('the press secretary')).toEqual(['Piet Olsen']);
  });

  it('reads a bare misspelt surname as the person, not a speaker whose role names them (Kellie); a body named otherwise stays the body', () => {
    const aides = new SpeakerRegistry([
      speaker('Dana Kelly', 4),
      speaker('Piet Olsen', 2, ["press secretary for Dana Kelly's 2004 campaign"]),
      speaker('Rolf Fiskar', 3, ['spokesman for Nordlink Telecom']),
      speaker('Ana Telecon', 1),
    ]);
    const read = (phrase: string) => resolveSpeaker(phrase, aides, visible, true, 3).matches.map((m) => m.speaker.name);
    expect(read('Kellie')).toEqual(['Dana Kelly']);
    expect(read('Telecom')).toEqual(['Rolf Fiskar']);
  });

  it('reads a word no quote uses, held by role bodies only through the stemmer, as a misspelt name (Phillis is Phillips, not "Philly")', () => {
    const bodies = new SpeakerRegistry([speaker('Tariq Phillips', 2), speaker('Asa Norland', 5, ['organiser with Vote Philly'])]);
    const read = (phrase: string, unknown: (w: string) => boolean) => resolveSpeaker(phrase, bodies, visible, true, 3, true, unknown).matches.map((m) => m.speaker.name);
    expect(read('Phillis', () => true)).toEqual(['Tariq Phillips']);
    // Typed as the body has it, or a word the quotes use: the body.
    expect(read('Philly', () => true)).toEqual(['Asa Norland']);
    expect(read('Phillis', () => false)).toEqual(['Asa Norland']);
  });

  it('after a first name of theirs, reads a surname that sounds the same two edits beyond the allowance ("eau" as "o"); bare, it does not', () => {
    const sounds = new SpeakerRegistry([speaker('Claude Thibodeau', 3), speaker('Marie Thibault', 3)]);
    const unknown = () => true;
    const read = (phrase: string) => resolveSpeaker(phrase, sounds, visible, true, 3, true, unknown).matches.map((m) => m.speaker.name);
    expect(read('Claude Thibodo')).toEqual(['Claude Thibodeau']);
    expect(read('Thibodo')).toEqual([]);
    // The first name must be theirs: another first name finds nobody.
    expect(read('Marie Thibodo')).toEqual([]);
  });

  it('reads a clipped first name as the opening of theirs ("Rafa" Benitez), unless the word is somebody else\'s first name', () => {
    const clipped = new SpeakerRegistry([speaker('Rafael Benitez', 6), speaker('Carlos Moya', 4), speaker('Carl Lewis', 2)]);
    const read = (phrase: string) => resolveSpeaker(phrase, clipped, visible, true, 3).matches.map((m) => m.speaker.name);
    expect(read('Rafa Benites')).toEqual(['Rafael Benitez']);
    expect(read('Rafa Benitez')).toEqual(['Rafael Benitez']);
    // "Carl" is Carl Lewis's own first name on record: no clipped "Carlos", so a misspelt Moya after it is nobody.
    expect(read('Carl Moyya')).toEqual([]);
    expect(read('Carlos Moyya')).toEqual(['Carlos Moya']);
  });

  it('knows first-name variants and initials', () => {
    expect(sameFirstName('bill', 'william')).toBe(true);
    expect(sameFirstName('phil', 'philip')).toBe(true);
    expect(sameFirstName('zach', 'zachary')).toBe(true);
    expect(sameFirstName('terry', 'terence')).toBe(true);
    expect(sameFirstName('phil', 'zachary')).toBe(false);
    expect(sameFirstName('j', 'jennifer')).toBe(true);
    expect(sameFirstName('rishi', 'sung')).toBe(false);
  });
});

describe('a title the extracted name still carries is a role of that person', () => {
  const withTitles = new SpeakerRegistry([
    { ...speaker('Portmere Harbour Mayor Owen Castell', 6), id: 'org:castell', isOrganisation: true },
    speaker('Nia Mayer', 3),
    speaker('Ellen Brook', 2, ['Riverside mayor']),
  ]);
  const resolved = (phrase: string) => resolveSpeaker(phrase, withTitles, visible, true, 3).matches.map((m) => m.speaker.name);

  it('"the Portmere Harbour mayor" is the person filed as "Portmere Harbour Mayor Owen Castell", not Nia Mayer', () => {
    expect(resolved('the Portmere Harbour mayor')).toEqual(['Portmere Harbour Mayor Owen Castell']);
    expect(resolved('the Riverside mayor')).toEqual(['Ellen Brook']);
  });
});

describe('a description no office fits matches a stated role loosely, only where the phrasing names a speaker', () => {
  const described = new SpeakerRegistry([
    speaker('Vera Hale', 4, ['Navy veteran herself and the wife of an active-duty Navy member']),
    speaker('Tom Reed', 2, ['climate change adviser']),
    speaker('Ivy Moss', 3, ['editor of gadget magazine Widget']),
  ]);
  const resolved = (phrase: string, explicit: boolean) => resolveSpeaker(phrase, described, visible, true, 3, explicit).matches.map((m) => m.speaker.name);

  it('"the Navy veteran photographer" is the Navy veteran on record: her role holds all its words but one', () => {
    expect(resolved('the Navy veteran photographer', true)).toEqual(['Vera Hale']);
  });

  it('not in "X on Y" (a topic may read so), not for two words, and not with two words missing', () => {
    expect(resolved('the Navy veteran photographer', false)).toEqual([]);
    expect(resolved('the veteran photographer', true)).toEqual([]);
    expect(resolved('the Army veteran portrait photographer', true)).toEqual([]);
    expect(resolved('the climate change debate', false)).toEqual([]);
  });

  it('"the Widget magazine publisher" is not the Widget editor: the word missing is the office, and hers is another trade', () => {
    expect(resolved('the Widget magazine publisher', true)).toEqual([]);
    expect(resolved('the Widget gadget magazine', true)).toEqual(['Ivy Moss']);
  });
});

describe('the words before a surname: which fit, and how well', () => {
  const reg = new SpeakerRegistry([
    speaker('George Ashdown', 3),
    speaker('Marta Penwick', 4),
    speaker('Ivo Brandt', 1, ['professor at George Mason University']),
    speaker('Linus Farrow', 9),
    speaker('Lena Farrow', 2, ['Harbour City coach']),
    speaker('Wendell Orrick', 3),
    speaker('Wanda Orrick', 3),
    speaker('Zachary Orrick', 1),
    speaker('Jennifer Williams', 2),
    speaker('Serena Williams', 20),
    speaker('Corin T. Vale', 5),
    speaker('Ada Corin', 2),
    speaker('Nils Ormond', 2),
    speaker('Ula Penn', 1, ['British ambassador']),
    speaker('Kai Lund', 1, ['British consul']),
    speaker('British Trade Council', 1),
    speaker('Noor K. Halvorsen', 4),
    { ...speaker('Noor Halvorsen', 2), id: 'noor-halvorsen-2' },
  ]);
  const unknown = (w: string) => !['kerran'].includes(w);
  const resolved = (phrase: string, isUnknown: (w: string) => boolean = unknown) =>
    resolveSpeaker(phrase, reg, visible, true, 3, true, isUnknown).matches.map((m) => m.speaker.name);

  it('a given name that is only a word of somebody else\'s role does not fit ("George" of "George Mason University")', () => {
    expect(resolved('George Penwik')).toEqual([]);
    expect(resolved('Marta Penwik')).toEqual(['Marta Penwick']);
  });

  it('a word of many roles fits as a qualifier even if a mis-extracted name starts with it ("British")', () => {
    expect(resolved('British Ormand')).toEqual(['Nils Ormond']);
  });

  it('ranks the speaker whose own name or role the leading word is first', () => {
    expect(resolved('Linus Farow')[0]).toBe('Linus Farrow');
    expect(resolved('coach Farow')[0]).toBe('Lena Farrow');
  });

  it('reads a surname two edits off after a first name of theirs, when the typed word is in no quote (Wendel Orikc)', () => {
    expect(resolved('Wendel Orikc')).toEqual(['Wendell Orrick']);
    // not after an initial alone, not after somebody else's first name, not a word the archive knows
    expect(resolved('W Orikc')).toEqual([]);
    expect(resolved('Linus Orikc')).toEqual([]);
    expect(resolved('Wendel Orikc', () => false)).toEqual([]);
  });

  it('a short form of the first name fits: Zach Orick is Zachary Orrick, not Wendell or Wanda', () => {
    expect(resolved('Zach Orick')).toEqual(['Zachary Orrick']);
  });

  it('a misspelt first name still fits: Jenifer Wilyams is Jennifer Williams, not Serena', () => {
    expect(resolved('Jenifer Wilyams')).toEqual(['Jennifer Williams']);
  });

  it('a middle initial is no East Asian family-name order: "Corin" is Ada Corin, not Corin T. Vale', () => {
    expect(resolved('Corin')).toEqual(['Ada Corin']);
  });

  it('a name asked without its middle initial finds both records of the person', () => {
    expect(resolved('Noor Halvorsen').sort()).toEqual(['Noor Halvorsen', 'Noor K. Halvorsen']);
    expect(resolved('Noor Halverson').sort()).toEqual(['Noor Halvorsen', 'Noor K. Halvorsen']);
  });
});

describe('a repaired name is shown as a repair, never as if typed', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf({
      'dredging.txt': `Harbour dredging to start in spring

Port director Orla Quennell said the channel would be dredged before the ferry season.

"The dredging cannot wait another winter, the silt is already at the berths," Quennell said.

"Dara Quinlan has been told the nets can go back in May," Quennell added.

Local fisherman Dara Quinlan said: "Nobody asked us when the nets go back in the water."
`,
      'ferries.txt': `Ferry timetable cut

Councillor Tomas Davis said the winter ferry timetable would lose two sailings.

"Two sailings fewer is the price of keeping the route at all," Davis said.

Harbour engineer Ruth Davies said: "The breakwater repairs come before any dredging of the inner basin."
`,
    });
  });
  afterAll(() => core.close());

  it('one edit off: the answer says which name was read', async () => {
    const a = await core.ask('what did Quennel say about the dredging');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quennell');
    expect(a.note).toBe('Read “Quennel” as Orla Quennell.');
  });

  it('further off (two edits that sound the same): the answer asks "did you mean"', async () => {
    const a = await core.ask('what did Quenel say about the dredging');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quennell');
    expect(a.note).toContain('Did you mean Orla Quennell?');
    expect(a.note).toContain('“Quenel”');
  });

  it('a misspelt name typed first in keywords is the speaker, a later name the topic', async () => {
    const a = await core.ask('quennel quinlan nets');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quennell');
    expect(a.hits[0]?.text).toContain('Dara Quinlan has been told');
  });

  it('"X quote on Y": the word after the name is not part of it', async () => {
    const a = await core.ask('Quennel quote on Quinlan');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quennell');
    expect(a.note).toBe('Read “Quennel” as Orla Quennell.');
  });

  it('a near miss used because the exact speaker had nothing on the topic says so (Davis -> Davies)', async () => {
    const a = await core.ask('what did Davis say about the breakwater');
    expect(a.hits[0]?.speaker?.name).toBe('Ruth Davies');
    expect(a.note).toBe('“Davis” has no quote on this on record; showing Ruth Davies, a name spelt close to it.');
  });

  it('the name as typed carries no such line', async () => {
    const a = await core.ask('what did Quennell say about the dredging');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Quennell');
    expect(a.note).toBeUndefined();
  });
});
