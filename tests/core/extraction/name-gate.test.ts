import { describe, expect, it } from 'vitest';
import { gateSpeaker, rejectName, splitTitle } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names and places are invented.
describe('the name gate on whole articles', () => {
  it('a dateline or a section label never speaks', () => {
    const q = extract(
      'PORT ELLIS — The harbour will close for a week, officials said.\n' +
        'FULL TEXT: "We have reviewed every berth and every crane in the yard."\n' +
        'NEW HAVEN: "The tide tables are wrong this year and the pilots know it."',
    );
    for (const x of q) {
      expect(x.speaker?.name ?? '').not.toMatch(/^(?:FULL TEXT|NEW HAVEN|PORT ELLIS)$/);
    }
  });

  it('a number or a share never speaks', () => {
    const q = extract('73 percent said the council should resign. About 4,000 people surveyed said rents were too high.');
    for (const x of q) expect(x.speaker === null || !/\d/.test(x.speaker.name)).toBe(true);
  });

  it('a role after "of" or "for" is a role: the person is the name that follows or comes before', () => {
    const q = extract(
      'Harbour MP for Eastwick Dora Lund said the ferries were late.\n' +
        '"The timetable is a fiction," Piet Albers, chief executive of Kestrel-Nine, added.\n' +
        'Party Chief of Staff Nadia Orren said the vote would be close.',
    );
    expect(speakerOf(q, 'ferries were late')).toBe('Dora Lund');
    expect(quoteWith(q, 'ferries were late')?.speaker?.role).toMatch(/MP for Eastwick/);
    expect(speakerOf(q, 'timetable is a fiction')).toBe('Piet Albers');
    expect(speakerOf(q, 'vote would be close')).toBe('Nadia Orren');
  });

  it('an appositive party label does not replace the person', () => {
    const q = extract('"The budget is a mess," Representative Lena Moss, Democrat of Ohio, told reporters.');
    expect(speakerOf(q, 'budget is a mess')).toBe('Lena Moss');
  });

  it('ranks, honorifics, party labels and role words go to the role, not the name', () => {
    const q = extract(
      'Cmdr. Joel Ferris said the ship was sound.\n' +
        'Treasury Under-Secretary Anna Kell said the figures were final.\n' +
        'Republican Walter Brune said the bill would pass.\n' +
        'Sir Edmund Hale opened the plant. Sir Edmund said the jobs would stay.',
    );
    expect(speakerOf(q, 'ship was sound')).toBe('Joel Ferris');
    expect(speakerOf(q, 'figures were final')).toBe('Anna Kell');
    expect(quoteWith(q, 'figures were final')?.speaker?.role).toMatch(/Under-Secretary/);
    expect(speakerOf(q, 'bill would pass')).toBe('Walter Brune');
    expect(speakerOf(q, 'jobs would stay')).toBe('Edmund Hale');
  });

  it('a coordinated name loses the conjunction, a clause fragment is no speaker', () => {
    const q = extract('Coach Ivo Rask gave his players a talk on Tuesday, telling them to "believe in the plan we wrote together".');
    const s = quoteWith(q, 'believe in the plan')?.speaker?.name;
    expect(s === undefined || s === 'Ivo Rask').toBe(true);
  });
});

describe('gateSpeaker', () => {
  it('rejects each class of phrase that is plainly no name', () => {
    for (const n of ['FULL TEXT', 'NEW YORK', '73 percent', '000 people surveyed', 'for Witney', 'of Kestrel-Nine', 'Boudreau gave his players', 'AP asked Bennett']) {
      expect(gateSpeaker({ name: n }), n).toBeNull();
    }
  });

  it('keeps names, organisations and party names', () => {
    for (const n of ['Dora Lund', 'Liberal Democrats', 'Labour', 'Harry B. Harris Jr.', 'Sophie in \'t Veld', 'Bashar al-Assad', 'Formula 1', 'Lord Hale']) {
      expect(gateSpeaker({ name: n })?.name, n).toBe(n);
    }
    expect(gateSpeaker({ name: 'Trump campaign', isOrganisation: true })?.name).toBe('Trump campaign');
  });

  it('moves leading titles to the role and drops a kind noun before an organisation', () => {
    expect(gateSpeaker({ name: 'Cmdr. Sean Vale' })).toEqual({ name: 'Sean Vale', role: 'Cmdr.' });
    expect(splitTitle('US Treasury Under-Secretary John Tay')).toEqual({ name: 'John Tay', role: 'US Treasury Under-Secretary' });
    expect(gateSpeaker({ name: 'Miner Highland Copper', isOrganisation: true })?.name).toBe('Highland Copper');
    expect(gateSpeaker({ name: 'and Manuel Vidal' })?.name).toBe('Manuel Vidal');
  });

  it('shows a possessive description as an unnamed source, never as a name', () => {
    // (A body's description is an unnamed organisation: session 32, h-attr76.)
    expect(gateSpeaker({ name: 'His campaign' })).toEqual({ name: 'His campaign', anonymous: true, isOrganisation: true });
    expect(gateSpeaker({ name: 'His aide' })).toEqual({ name: 'His aide', anonymous: true });
    expect(gateSpeaker({ name: '40 percent of voters', anonymous: true })).toBeNull();
    expect(gateSpeaker({ name: 'a spokeswoman for the council', anonymous: true })?.anonymous).toBe(true);
  });

  it("an organisation's name ending in a lower-case word: a body's head stays, a document is an unnamed source, anything else is no speaker", () => {
    for (const n of ['Harlow campaign', 'Tarn Valley police', 'Vellmore Times newspaper', 'Kestrel Air management']) {
      expect(gateSpeaker({ name: n, isOrganisation: true }), n).toEqual({ name: n, isOrganisation: true });
    }
    for (const n of ['Court documents', 'Ministry figures', 'Harbour Board data']) {
      expect(gateSpeaker({ name: n, isOrganisation: true }), n).toEqual({ name: n, anonymous: true, isOrganisation: true });
    }
    for (const n of ['Coastal Navy ships', 'Brightline Foods plans', 'Harbour Board less', "Vellmore's big"]) {
      expect(gateSpeaker({ name: n, isOrganisation: true }), n).toBeNull();
    }
    const q = extract('Coastal Navy ships have joined the search and the minister has said the state could pay for the repairs.');
    expect(quoteWith(q, 'the state could pay')).toBeDefined();
    for (const x of q) expect(x.speaker?.name ?? '').not.toMatch(/ships/);
  });

  it('a single letter names nobody: a brand cut at its "!", a party tag, a pronoun of another script', () => {
    for (const n of ['E', 'R', 'Я', 'Q.']) expect(gateSpeaker({ name: n }), n).toBeNull();
    expect(gateSpeaker({ name: 'E', isOrganisation: true })).toBeNull();
    expect(gateSpeaker({ name: 'J. Tay' })?.name).toBe('J. Tay');
    const q = extract(
      'The singer is unhappy with the label, according to a new report by Z! Daily.\n' +
        '"At no time did we agree to a new contract," the label said in a statement.',
    );
    for (const x of q) expect(x.speaker?.name ?? '').not.toBe('Z');
  });

  it('a sentence adverb before a name is no part of it ("Interestingly Harmon", "Initially Kestrel Radio")', () => {
    const q = extract(
      'Ada Harmon, the harbour master, spoke first. Interestingly Harmon said: "The tide tables were never wrong."\n' +
        'Initially Kestrel Radio said: "We will start with the shipping forecast."',
    );
    expect(q.map((x) => x.speaker?.name)).toEqual(['Ada Harmon', 'Kestrel Radio']);
  });

  it('says why a phrase is refused', () => {
    expect(rejectName('for Witney')).toMatch(/prepositional/);
    expect(rejectName('NEW YORK')).toMatch(/dateline/);
    expect(rejectName('Dora Lund')).toBeNull();
  });
});

describe('the subject the cue governs, not the last name before it', () => {
  it('skips an age, a relative clause and prepositional asides back to the name', () => {
    const q = extract(
      'Mr Obuya, 32, from Kibera, Nairobi, said he was held for a week.\n' +
        'Dr Lorna Pike, who was a GP in Tarnby, in the Upper Vale, before becoming mayor, said the clinics "need a period of calm".\n' +
        'Dr Ivo Brandt, on his first day in the job after Carla Menzel was sacked, admitted the waiting lists were too long.',
    );
    expect(speakerOf(q, 'held for a week')).toBe('Obuya');
    expect(speakerOf(q, 'need a period of calm')).toBe('Lorna Pike');
    expect(speakerOf(q, 'waiting lists were too long')).toBe('Ivo Brandt');
  });

  it('a clause before ", said X" is what X said, not its subject', () => {
    const q = extract('Trade, energy and security would be the themes when the city took over the chair in July, said Mr Harlan.');
    expect(speakerOf(q, 'Trade, energy and security')).toBe('Harlan');
  });
});

describe('descriptions bind to the person the article is talking about', () => {
  it('a definite description of one person refers back to the person just named', () => {
    const q = extract(
      'Talia Brooke has sued her former coach for defamation.\n' +
        'The Oslo marathon medallist says the coach damaged her reputation and she is seeking damages.\n' +
        'A document filed on Monday said the sprinter had passed every test.',
    );
    expect(speakerOf(q, 'damaged her reputation')).toBe('Talia Brooke');
  });

  it('a document stays a marked unnamed source', () => {
    const q = extract('Talia Brooke won again. The report said the track was too short for a record.');
    const s = quoteWith(q, 'track was too short')?.speaker;
    expect(s === null || s === undefined || s.anonymous === true).toBe(true);
  });
});

describe('documents and their authors', () => {
  it('a document by, from or of a named author is the author speaking', () => {
    const q = extract(
      '"Prices are already pricing in a recovery," said a report from Halden Capital Group.\n' +
        'The book by Evening Star journalist Nora Vance said the two men had "a deep mutual distrust".\n' +
        'Pieter Voss presented his findings to the council. His report said the targets had been missed.\n' +
        "Voss's report said the budget was far too small for the plan.",
    );
    expect(speakerOf(q, 'pricing in a recovery')).toBe('Halden Capital Group');
    expect(speakerOf(q, 'a deep mutual distrust')).toBe('Nora Vance');
    expect(speakerOf(q, 'targets had been missed')).toBe('Pieter Voss');
    expect(speakerOf(q, 'budget was far too small')).toBe('Pieter Voss');
  });
});

describe('speech verbs declared as base forms', () => {
  it('generates the inflections of a declared base', async () => {
    const { inflect, SPEECH_VERBS } = await import('../../../src/core/extraction/lexicon/index.js');
    expect(inflect('scoff')).toEqual(['scoff', 'scoffs', 'scoffed', 'scoffing']);
    expect(inflect('quip+')).toEqual(['quip', 'quips', 'quipped', 'quipping']);
    expect(inflect('clarify')).toEqual(['clarify', 'clarifies', 'clarified', 'clarifying']);
    expect(inflect('chide')).toEqual(['chide', 'chides', 'chided', 'chiding']);
    expect(SPEECH_VERBS.has('scoffed')).toBe(true);
  });

  it('an expressive verb attributes the quote beside it', () => {
    const q = extract('"Silly boys acting like they run the park," scoffed Arla Gim, 22, who founded the group.');
    expect(speakerOf(q, 'Silly boys')).toBe('Arla Gim');
  });
});

describe('a clause read as a subject', () => {
  it('gives the name that opens it, not the clause', () => {
    const q = extract('Coach Bram Kessel runs the club.\nKessel gave his players a talk on Tuesday, telling them to "believe in the plan we wrote".');
    expect(speakerOf(q, 'believe in the plan')).toBe('Bram Kessel');
  });
});

describe('organisations and their acronyms are one speaker', () => {
  it('an acronym defined in brackets or spelled by the initials names the same body', () => {
    const q = extract(
      'The Northern Ports Authority (NPA) warned that traffic would fall by a third.\n' +
        'The NPA said dredging "must start this winter".\n' +
        'Separately, the Association of Harbour Pilots said the pilots were ready to strike again.\n' +
        'The AHP said the talks were "going nowhere at all".',
    );
    expect(speakerOf(q, 'must start this winter')).toBe('Northern Ports Authority');
    expect(speakerOf(q, 'going nowhere')).toBe('Association of Harbour Pilots');
  });
});

describe('a label or dateline is nobody a pronoun can point to', () => {
  it('"he" after a section label goes to the person named before it', () => {
    const q = extract(
      'Adm. Piet Ostrand, who leads the fleet, makes no apologies for his warnings.\n' +
        'FULL TEXT.\n' +
        'He has called the plan "reckless and expansionist" in every hearing this year.',
    );
    expect(speakerOf(q, 'reckless and expansionist')).toBe('Piet Ostrand');
  });
});

describe('a quote that opens the clause a final cue reports', () => {
  it('goes to the subject of that cue', () => {
    const q = extract('Mara Velt runs the port board.\n"Now it is hard to see what could persuade the pilots" to drop the strike, Velt said.');
    expect(speakerOf(q, 'persuade the pilots')).toBe('Mara Velt');
  });
});

// Session 22 (h-attr43): classes found by auditing every distinct speaker of the whole corpus.
describe('a word before a name that says what or where the person is', () => {
  it('a demonym, a hyphenated epithet, a party label or a possessive body goes to the role', () => {
    const q = extract(
      'Russian Dmitriy Volkov won the race last week and then claimed the title "would be his again".\n' +
        '"I was desperate to score myself but the result is the important thing," said Man-of-the-match Rask.\n' +
        'But Lib Dem Nora Brandt accused ministers of turning the port into "a scrapyard".\n' +
        'Harbour Gazette\'s Piet Albers said the ferries were "a fiction".\n' +
        'German Holt said the plan was "sound and fair".',
    );
    expect(speakerOf(q, 'would be his again')).toBe('Dmitriy Volkov');
    expect(speakerOf(q, 'desperate to score')).toBe('Rask');
    expect(speakerOf(q, 'a scrapyard')).toBe('Nora Brandt');
    expect(quoteWith(q, 'a scrapyard')?.speaker?.role).toMatch(/Lib Dem/);
    expect(speakerOf(q, 'a fiction')).toBe('Piet Albers');
    expect(speakerOf(q, 'sound and fair')).toBe('German Holt');
  });
});

describe('an organisation read on into its clause is no name', () => {
  it('refuses a name holding an adverb, a finite verb, a negated auxiliary or a clause\'s "the"', () => {
    for (const n of ['Changes the board', 'Left the harbour', 'That the Brandt campaign', 'Harbour Office significantly', 'Port Radio didn\'t', 'News of the merger came']) {
      expect(gateSpeaker({ name: n, isOrganisation: true }), n).toBeNull();
    }
    expect(gateSpeaker({ name: 'Harbour Office publicly', isOrganisation: true })?.name).toBe('Harbour Office');
    for (const n of ['Friends of the Harbour', 'Elect the Pilots Campaign', 'Association of Harbour Pilots', 'Kestrel Assembly']) {
      expect(gateSpeaker({ name: n, isOrganisation: true })?.name, n).toBe(n);
    }
  });

  it('a sentence opening with a noun before the subject gives no speaker rather than that phrase', () => {
    const q = extract('Even without changes the board does urge pilots to "keep the harbour open at night".');
    // (The quote itself stays: a dropped quote would pass the check on its speaker too.)
    expect(quoteWith(q, 'keep the harbour open')).toBeDefined();
    expect(quoteWith(q, 'keep the harbour open')?.speaker?.name ?? '').not.toMatch(/Changes/);
  });
});

describe('a capitalised office between a name and the verb', () => {
  it('describes the person named before it; the office is the role, not the speaker', () => {
    const q = extract(
      'Earlier, Ivo Rask, Chief Executive of Kestrel Harbour NHS Trust, had said: "It is with real regret that we have taken this step."\n' +
        'Nora Lind, Vice President of Halden Securities Japan, asks: "Who is going to fund the pension fund for the next generation?"',
    );
    expect(speakerOf(q, 'real regret')).toBe('Ivo Rask');
    expect(quoteWith(q, 'real regret')?.speaker?.role).toMatch(/Chief Executive of Kestrel Harbour/);
    expect(speakerOf(q, 'fund the pension fund')).toBe('Nora Lind');
  });
});

describe('an indefinite body read as an organisation', () => {
  it('is a marked unnamed source; a time phrase or a name cut after its article is no speaker', () => {
    expect(gateSpeaker({ name: 'A party of pilots', isOrganisation: true })).toEqual({ name: 'A party of pilots', anonymous: true, isOrganisation: true });
    expect(gateSpeaker({ name: 'One harbour company', isOrganisation: true })?.anonymous).toBe(true);
    expect(gateSpeaker({ name: 'A day ahead of the council', isOrganisation: true })).toBeNull();
    expect(gateSpeaker({ name: 'A Harbour Gazette', isOrganisation: true })).toBeNull();
    const q = extract('A party of pilots from Eastwick agreed that there was nothing wrong with the plan.');
    expect(quoteWith(q, 'nothing wrong with the plan')?.speaker).toMatchObject({ name: 'A party of pilots', anonymous: true });
  });
});

describe('a state and a party member', () => {
  it('describe someone; they are a marked unnamed source, not a name', () => {
    expect(gateSpeaker({ name: 'New Hampshire Republican' })).toEqual({ name: 'New Hampshire Republican', anonymous: true });
    expect(gateSpeaker({ name: 'Ohio Democrat' })?.anonymous).toBe(true);
    expect(gateSpeaker({ name: 'Liberal Democrats' })?.anonymous).toBeUndefined();
    const q = extract('"We will appeal the ruling," said a Vermont Republican, who asked not to be named.');
    expect(quoteWith(q, 'appeal the ruling')?.speaker).toMatchObject({ name: 'Vermont Republican', anonymous: true });
  });
});

describe('a kind of person before a given name and a surname (session 23)', () => {
  it('goes to the role; the word stays a name where it is one', () => {
    expect(gateSpeaker({ name: 'Farmer Ann Cole' })).toMatchObject({ name: 'Ann Cole', role: 'Farmer' });
    expect(gateSpeaker({ name: 'Wing Luc Marais' })).toMatchObject({ name: 'Luc Marais', role: 'Wing' });
    expect(gateSpeaker({ name: 'Paul Farmer' })?.name).toBe('Paul Farmer');
    expect(gateSpeaker({ name: 'Wing Ho' })?.name).toBe('Wing Ho');
    expect(gateSpeaker({ name: 'Right Wing Watch' })?.name).toBe('Right Wing Watch');
    const q = extract('Farmer Ann Cole, who keeps sheep near Eastwick, said the ban was "badly drafted".');
    expect(speakerOf(q, 'badly drafted')).toBe('Ann Cole');
  });
});

describe('a demonym of a state or city before a name (session 23)', () => {
  it('goes to the role, "New Yorker" as one demonym', () => {
    expect(gateSpeaker({ name: 'New Yorker Ivo Rask' })).toMatchObject({ name: 'Ivo Rask', role: 'New Yorker' });
    expect(gateSpeaker({ name: 'Vermonter Nora Lind' })).toMatchObject({ name: 'Nora Lind', role: 'Vermonter' });
    expect(gateSpeaker({ name: 'New Yorker', isOrganisation: true })?.name).toBe('New Yorker');
    expect(gateSpeaker({ name: 'New Haven Pilots Association', isOrganisation: true })?.name).toBe('New Haven Pilots Association');
  });
});

describe('offices the lexicon lacked before a name (session 23)', () => {
  it('"Recorder" and "Exchequer" go to the role', () => {
    expect(gateSpeaker({ name: 'Halden County Recorder Nora Lind' })).toMatchObject({ name: 'Nora Lind', role: 'Halden County Recorder' });
    expect(gateSpeaker({ name: 'Exchequer Ivo Rask' })).toMatchObject({ name: 'Ivo Rask', role: 'Exchequer' });
    const q = extract('"We made mistakes and I am sorry," Halden County Recorder Nora Lind said on Tuesday.');
    expect(speakerOf(q, 'We made mistakes')).toBe('Nora Lind');
  });
});

describe('a body owned by a common noun (session 23)', () => {
  it('is a marked description, never a name "City\'s police"; a named owner\'s body stays a name', () => {
    const q = extract(
      'Protests spread across Eastwick on Sunday. The city\'s police said they had "shown restraint at every march".\n' +
        'Halden Pilots Union said the talks had failed. Brandt\'s campaign said it would "take the fight to every harbour".',
    );
    const police = quoteWith(q, 'shown restraint')?.speaker;
    expect(police?.anonymous).toBe(true);
    expect(police?.name).toBe("the city's police");
    expect(speakerOf(q, 'take the fight')).toBe("Brandt's campaign");
  });
});

describe('a body named by common nouns only (session 23)', () => {
  it('is a marked description, not a name "Harbour select committee"; a clause fragment stays no speaker', () => {
    const q = extract(
      'The pilots have been warned. The rules could leave crews facing court, the harbour select committee said on Friday.\n' +
        'The film-maker recently sued film company said it had "lost every penny of the profits".',
    );
    const c = quoteWith(q, 'leave crews facing court')?.speaker;
    expect(c?.anonymous).toBe(true);
    expect(c?.name).toBe('the harbour select committee');
    expect(quoteWith(q, 'lost every penny')).toBeDefined();
    expect(quoteWith(q, 'lost every penny')?.speaker?.name ?? '').not.toMatch(/recently/i);
  });
});

describe('words before a body or a name that belong elsewhere (session 33)', () => {
  it('"Rival Kestrel Audio" loses its relation word; a kind noun with "of" still heads the name', () => {
    expect(gateSpeaker({ name: 'Rival Kestrel Audio', isOrganisation: true })?.name).toBe('Kestrel Audio');
    expect(gateSpeaker({ name: 'Rival Brannock', isOrganisation: true })?.name).toBe('Brannock');
  });

  it('"Part of the Harbour Transit Department" is no speaker; "That of the Dunmore Rights Centre" is the centre', () => {
    expect(gateSpeaker({ name: 'Part of the Harbour Transit Department', isOrganisation: true })).toBeNull();
    expect(gateSpeaker({ name: 'That of the Dunmore Rights Centre', isOrganisation: true })?.name).toBe('Dunmore Rights Centre');
    expect(gateSpeaker({ name: 'That of the', isOrganisation: true })).toBeNull();
    // A body whose own name opens with a kind noun and "of" is left whole.
    expect(gateSpeaker({ name: 'Office of Harbour Trading', isOrganisation: true })?.name).toBe('Office of Harbour Trading');
  });

  it('a plural nationality before a name speaks for several: "Irishmen Seamus Kerrigan" is no one speaker', () => {
    expect(gateSpeaker({ name: 'Irishmen Seamus Kerrigan' })).toBeNull();
    expect(gateSpeaker({ name: 'Americans Dale Fenwick' })).toBeNull();
    // A given name that is also a nationality stays a name; a singular nationality moves to the role.
    expect(gateSpeaker({ name: 'German Volkov' })?.name).toBe('German Volkov');
    expect(gateSpeaker({ name: 'Russian Ilya Brodsky' })?.name).toBe('Ilya Brodsky');
  });
});
