import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('"went on to say": an infinitive that goes on with the subject\'s words', () => {
  it('attributes a quote after "went on to say,"', () => {
    const q = extract('Councillor Peter Hobbs spoke on Monday.\nHobbs went on to say, "From the bottom of my heart, I know this plan will fail the town."');
    expect(speakerOf(q, 'bottom of my heart')).toBe('Peter Hobbs');
  });

  it('reads the clause after "went on to say" and "continued to say" as reported speech', () => {
    const q = extract('Mayor Janet Alvarez spoke on Tuesday. Alvarez went on to say that the ferry would run again by June.\nShe continued to say that the harbour fees would stay as they were.');
    const went = quoteWith(q, 'the ferry would run again by June');
    expect(went?.kind).toBe('indirect');
    expect(went?.speaker?.name).toBe('Janet Alvarez');
    expect(speakerOf(q, 'the harbour fees would stay')).toBe('Janet Alvarez');
  });

  it('"declined to say" and "wanted to say" report no words', () => {
    const q = extract('Mayor Janet Alvarez spoke on Tuesday. Alvarez declined to say whether the ferry would run again by June. She wanted to say the harbour fees would stay.');
    expect(quoteWith(q, 'the ferry would run again')).toBeUndefined();
    expect(quoteWith(q, 'the harbour fees would stay')).toBeUndefined();
  });
});

describe('"issued a statement": a verb that puts out the subject\'s words', () => {
  it('attributes the quote that follows "issued a statement,"', () => {
    const q = extract('Mayor Janet Alvarez lost the vote on Monday.\nImmediately after the vote, Alvarez issued a statement, "Last night our town made a mistake and we will fix it."');
    expect(speakerOf(q, 'made a mistake')).toBe('Janet Alvarez');
  });

  it('attributes the quote a statement "condemns" and the clause it is "saying"', () => {
    const q = extract(
      'Councillor Peter Hobbs released a statement Thursday night condemning "what looks like a reckless plan by the mayor."\n' +
        'On Saturday, the harbour trust put out a short statement saying that the mayor was "a remarkable person".',
    );
    expect(speakerOf(q, 'reckless plan')).toBe('Peter Hobbs');
    expect(speakerOf(q, 'remarkable person')).toMatch(/harbour trust/i);
  });

  it('issuing anything but a statement reports nothing', () => {
    const q = extract('Mayor Janet Alvarez read the papers on Monday. Alvarez issued new permits saying that the harbour could open at dawn.');
    expect(quoteWith(q, 'the harbour could open')).toBeUndefined();
  });
});

describe('speech verbs the table was missing', () => {
  it('"charged", "proclaimed", "answered", "echoed" beside a quote attribute it to their subject', () => {
    const q = extract(
      'Councillor Peter Hobbs and Mayor Janet Alvarez met the press on Monday.\n' +
        '"We will not give in to this kind of pressure," Hobbs charged in his speech.\n' +
        'Alvarez emphatically proclaimed at the meeting, "I did not approve any of this spending."\n' +
        '"Nobody asked the harbour workers what they wanted," Hobbs answered.\n' +
        'Harbour worker Kit Morrow echoed: "The budget ignores us all."',
    );
    expect(speakerOf(q, 'kind of pressure')).toBe('Peter Hobbs');
    expect(speakerOf(q, 'did not approve')).toBe('Janet Alvarez');
    expect(speakerOf(q, 'harbour workers what they wanted')).toBe('Peter Hobbs');
    expect(speakerOf(q, 'ignores us all')).toBe('Kit Morrow');
  });

  it('"confided that" and "assured reporters that" report a clause', () => {
    const q = extract('Councillor Peter Hobbs confided that the council had panicked about the vote. Mayor Janet Alvarez assured reporters that the ferry would run by June.');
    expect(quoteWith(q, 'the council had panicked')?.speaker?.name).toBe('Peter Hobbs');
    expect(quoteWith(q, 'the ferry would run by June')?.speaker?.name).toBe('Janet Alvarez');
  });

  it('"charged with" and "answered the phone" are no speech', () => {
    const q = extract('Councillor Peter Hobbs was charged with fraud that the auditors found in March. Mayor Janet Alvarez answered the phone that rang all night.');
    expect(quoteWith(q, 'the auditors found')).toBeUndefined();
    expect(quoteWith(q, 'rang all night')).toBeUndefined();
  });
});

describe('a round-up line: "LEAD - Name: "...""', () => {
  it('the name between a dash and the colon introduces the quote', () => {
    const q = extract(
      'Polls in the north had been wrong before.\n' +
        'FERRY VOTERS STAY LOYAL - Dana Whitfield: "Most people who took the ferry last year still want it back."\n' +
        'The interplay has been important for the council - Rhys Tanner and Mia Lorne: "Turnout fell in every ward but one."',
    );
    expect(speakerOf(q, 'still want it back')).toBe('Dana Whitfield');
    expect(speakerOf(q, 'Turnout fell')).toBe('Rhys Tanner');
  });
});

describe('a quote that ends in "!" or "." and the attribution right after it', () => {
  it('"...Rock!," Name said Tuesday: the comma after the mark keeps the sentence going', () => {
    const q = extract('The gala ran late.\n"Thank you all for making sure the whole town knows that the harbour choir rocks!," Alvarez said Tuesday.');
    expect(speakerOf(q, 'harbour choir rocks')).toBe('Alvarez');
  });

  it('"Stop now." Name said Tuesday: a day after the verb opens no clause', () => {
    const q = extract('The gala ran late.\n"We will open the harbour to every boat in the spring." Alvarez said Tuesday.');
    expect(speakerOf(q, 'every boat in the spring')).toBe('Alvarez');
  });
});

describe('a short adverbial before the subject: "Here in Ostrava,", "Later that night,"', () => {
  it('the participle after the clause shares the subject that follows the adverbial', () => {
    const q = extract(
      'Here in Ostrava, Pelt stepped up his attacks on the harbour board, saying, "We have to reach the day when every boat can land."\n' +
        'Later that night, Greta Lind posted a long defence of the plan, saying that it was "a fair one".',
    );
    expect(speakerOf(q, 'every boat can land')).toBe('Pelt');
    expect(speakerOf(q, 'a fair one')).toBe('Greta Lind');
  });
});

describe('thanks, praise and blame with a quoted reason', () => {
  it('"thanked X for "..."", "credited X to "..."": the reason is the subject\'s words', () => {
    const q = extract(
      'The council met on Monday.\n' +
        'Ruth Okafor, head of the harbour trust, thanked the mayor for "taking these steps to keep every boat safe."\n' +
        'Pelt credited the defeat to "a closed vote that nobody in the town asked for."',
    );
    expect(speakerOf(q, 'keep every boat safe')).toBe('Ruth Okafor');
    expect(speakerOf(q, 'a closed vote')).toBe('Pelt');
  });

  it('a quote after "for" that no such verb governs is not claimed by it', () => {
    const q = extract('Ruth Okafor visited the mayor for "Harbour Day," the festival the town holds every May.');
    expect(speakerOf(q, 'Harbour Day')).not.toBe('Ruth Okafor');
  });
});
