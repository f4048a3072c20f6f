import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names are invented.
describe('attribution patterns', () => {
  it('X said after the quote', () => {
    const q = extract('Maria Lopez runs the port authority.\n"The cranes are back in service," Lopez said.');
    expect(speakerOf(q, 'cranes are back')).toBe('Maria Lopez');
    expect(quoteWith(q, 'cranes')?.cue).toBe('said');
  });

  it('said X after the quote, with the role that follows the name', () => {
    const q = extract('"We expect a rise in exports," said Tomas Berg, an economist at Nordbank.');
    expect(speakerOf(q, 'rise in exports')).toBe('Tomas Berg');
    expect(quoteWith(q, 'rise in exports')?.speaker?.role).toMatch(/economist at Nordbank/);
  });

  it('X, ROLE, said and ROLE X said', () => {
    const q = extract(
      'Helen Park, the county health officer, said the clinic would reopen.\n' +
        'Transport minister Olu Adeyemi said "every bridge will be inspected" by spring.',
    );
    expect(speakerOf(q, 'clinic would reopen')).toBe('Helen Park');
    expect(quoteWith(q, 'clinic would reopen')?.speaker?.role).toBe('the county health officer'.replace(/^the /, ''));
    expect(speakerOf(q, 'every bridge')).toBe('Olu Adeyemi');
    expect(quoteWith(q, 'every bridge')?.speaker?.role).toMatch(/minister/);
  });

  it('keeps initials and abbreviations in a name, but not a sentence ending in an acronym', () => {
    const q = extract(
      'Readers were split over the rift within the NFTU. Mara Ilves could still unite it, one wrote.\n' +
        'Former union chief Mara Ilves said "the members deserve better" on Monday.\n' +
        '"We will appeal," said Gen. Piet J. Ostrand.',
    );
    expect(speakerOf(q, 'members deserve better')).toBe('Mara Ilves');
    expect(speakerOf(q, 'We will appeal')).toBe('Piet J. Ostrand');
  });

  it('takes no role from a clause before a courtesy title, and drops the title from a role', () => {
    const q = extract(
      'Farmers oppose the levy but Mr Okonjo said the fund was "vital for rural roads".\n' +
        'Finance minister Mr Tal Erez said the levy "will be reviewed".\n' +
        '"Hold the line," said Gen. Ada Moravec.',
    );
    expect(speakerOf(q, 'vital for rural roads')).toBe('Okonjo');
    expect(quoteWith(q, 'vital for rural roads')?.speaker?.role).toBeUndefined();
    expect(quoteWith(q, 'will be reviewed')?.speaker?.role).toBe('Finance minister');
    expect(speakerOf(q, 'Hold the line')).toBe('Ada Moravec');
  });

  it('ROLE, NAME, told AUDIENCE on DATE (the seed shape)', () => {
    const q = extract('"We have no plan to share data with them," Chief of the Naval Staff, Admiral Rosa Quint, told the lawmakers on March 3.');
    const x = quoteWith(q, 'no plan to share');
    expect(x?.speaker?.name).toBe('Rosa Quint');
    expect(x?.speaker?.role).toBe('Chief of the Naval Staff');
    expect(x?.audience).toBe('lawmakers');
    expect(x?.saidOn).toEqual({ text: 'March 3', date: '--03-03' });
  });

  it('X said: lead-in, and the second half of a split quote', () => {
    const q = extract('Dana Whitfield said: "The vote was close. "We will try again next year."\n"First," said Ivo Petrov. "Second."');
    expect(speakerOf(q, 'vote was close')).toBe('Dana Whitfield');
    expect(speakerOf(q, 'try again')).toBe('Dana Whitfield');
    expect(speakerOf(q, 'Second')).toBe('Ivo Petrov');
  });

  it('according to X, for quotes and reported speech', () => {
    const q = extract('The plant will close in May, according to Lena Ortiz, the union secretary.');
    const x = quoteWith(q, 'plant will close');
    expect(x?.kind).toBe('indirect');
    expect(x?.speaker?.name).toBe('Lena Ortiz');
  });

  it('in an interview with Z is kept as the setting', () => {
    const q = extract('"I am not running again," Senator Ada Moss said in an interview with Radio North.');
    expect(quoteWith(q, 'not running')?.setting).toBe('in an interview with Radio North');
    expect(speakerOf(q, 'not running')).toBe('Ada Moss');
  });
});

describe('speaker resolution', () => {
  it('resolves he and she to the nearest compatible earlier speaker', () => {
    const q = extract(
      'Mr Karl Jansen chairs the board. Ms Ruth Okafor runs the fund.\n' +
        '"We disagree on the timing," Jansen said.\n' +
        '"The money is ready," she said. "It has been for months," he added.',
    );
    expect(speakerOf(q, 'money is ready')).toBe('Ruth Okafor');
    expect(speakerOf(q, 'for months')).toBe('Karl Jansen');
  });

  it('resolves honorifics and surnames to the fullest name', () => {
    const q = extract('Gen Peter Holm commands the northern group.\n"We are ready," Gen Holm said.\n"Fully ready," Mr Holm added.');
    expect(speakerOf(q, 'We are ready')).toBe('Peter Holm');
    expect(speakerOf(q, 'Fully ready')).toBe('Peter Holm');
  });

  it('keeps two people who share a surname apart', () => {
    const q = extract(
      'Anna Varga is the mayor and her brother Mikl Varga leads the opposition.\n' +
        '"The budget is balanced," Anna Varga said.\n' +
        '"It is not," said Mikl Varga. "Not even close," Varga added.',
    );
    expect(speakerOf(q, 'budget is balanced')).toBe('Anna Varga');
    expect(speakerOf(q, 'It is not')).toBe('Mikl Varga');
    expect(speakerOf(q, 'Not even close')).toBe('Mikl Varga');
  });

  it('resolves a role description to the person who holds it', () => {
    const q = extract(
      'Port spokesman Ivan Dries said the strike was over.\n' +
        'The spokesman also said "ships will dock tonight" at the east quay.',
    );
    expect(speakerOf(q, 'ships will dock')).toBe('Ivan Dries');
  });

  it('binds a description to the person named just after it', () => {
    const q = extract(
      'Meanwhile, the top navy official testifying before the committee said the fleet was ready.\n' +
        '"We can sail within a week," Commander of the Fleet, Admiral Joan Reyes, told the senators.',
    );
    expect(speakerOf(q, 'fleet was ready')).toBe('Joan Reyes');
  });

  it('lets organisations speak and finds "the ministry" from the minister', () => {
    const q = extract(
      'Foreign Minister Ola Brandt met her counterpart on Monday.\n' +
        '"Talks were useful," the ministry said in a statement.\n' +
        'Exports fell sharply last year, the Central Statistics Office said.',
    );
    expect(speakerOf(q, 'Talks were useful')).toBe('Foreign Ministry');
    expect(quoteWith(q, 'Talks were useful')?.speaker?.isOrganisation).toBe(true);
    expect(quoteWith(q, 'Talks were useful')?.setting).toBe('in a statement');
    expect(speakerOf(q, 'Exports fell sharply')).toBe('Central Statistics Office');
  });

  it('gives an unattributed quote paragraph to the previous speaker (continuation)', () => {
    const q = extract('"We will appeal," said lawyer Nina Sato.\n"The ruling ignores the evidence and we will say so in court."');
    expect(speakerOf(q, 'ruling ignores')).toBe('Nina Sato');
  });

  it('marks a never-named speaker as anonymous', () => {
    const q = extract('"We were not told anything," a spokeswoman for the council said.');
    const x = quoteWith(q, 'not told anything');
    expect(x?.speaker?.anonymous).toBe(true);
    expect(x?.speaker?.name).toMatch(/spokeswoman/);
  });
});

describe('not speech', () => {
  it('drops scare quotes, titles and nicknames', () => {
    const q = extract(
      'The so-called "reform package" stalled. Critics read "The Long Road Home" and the player known as "The Rocket" retired.\n' +
        'The plan, dubbed "Project Blue", was shelved.',
    );
    expect(q.filter((x) => x.kind === 'direct')).toEqual([]);
  });

  it('keeps a short quoted phrase only when it is attributed', () => {
    const q = extract('Aid groups called the deal "a disgrace" on Monday. The "new normal" is here.');
    expect(speakerOf(q, 'a disgrace')).toBe('Aid groups');
    expect(quoteWith(q, 'new normal')).toBeUndefined();
  });
});

describe('reported speech', () => {
  it('takes the clause after a speech verb, without "that"', () => {
    const q = extract('Finance chief Omar Haddad said that the company would cut 200 jobs.');
    const x = quoteWith(q, 'company would cut');
    expect(x?.kind).toBe('indirect');
    expect(x?.text).toBe('the company would cut 200 jobs');
    expect(x?.speaker?.name).toBe('Omar Haddad');
  });

  it('takes the clause before a final attribution', () => {
    const q = extract('Rail fares will rise by 3% in January, the Transport Department said.');
    expect(quoteWith(q, 'Rail fares will rise')?.speaker?.name).toBe('Transport Department');
  });

  it('takes the hearer of told as the audience and the clause after it', () => {
    const q = extract('Coach Bea Lind told reporters that the team would play on.');
    const x = quoteWith(q, 'team would play on');
    expect(x?.audience).toBe('reporters');
    expect(x?.speaker?.name).toBe('Bea Lind');
  });

  it('does not treat beliefs as speech', () => {
    const q = extract('Ken Aldo thinks the market will recover. He hopes prices rise.');
    expect(q).toEqual([]);
  });
});

describe('when it was said', () => {
  it('resolves weekdays and dates against the published date', () => {
    const meta = { published: '2024-03-15' }; // a Friday
    const q = extract('"We won," Mayor Eva Stone said on Tuesday.\n"Again," Stone said on March 2.', meta);
    expect(quoteWith(q, 'We won')?.saidOn).toEqual({ text: 'Tuesday', date: '2024-03-12' });
    expect(quoteWith(q, 'Again')?.saidOn).toEqual({ text: 'March 2', date: '2024-03-02' });
  });

  it('keeps the words and no date when the article has no published date', () => {
    const q = extract('"We won," Mayor Eva Stone said on Tuesday.');
    expect(quoteWith(q, 'We won')?.saidOn).toEqual({ text: 'Tuesday' });
  });
});
