import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, eighth pass).
describe('a quote inside a sentence with no speech cue is its named subject\'s', () => {
  it('"X worried that ... "...""; "Gov. X (R) blamed the court\'s "..."": the sentence\'s named subject', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'In the depths of the slump, Nolan Quist worried that the harbour fund was becoming “a hammock that lulls able-bodied towns to lives of dependency.”\n\n' +
        'After the court refused to restore the levy, Gov. Ada Brenner (R) blamed the court’s “three activist judges who blocked the sensible harbour rules we passed.”',
    );
    expect(speakerOf(q, 'a hammock that lulls')).toBe('Nolan Quist');
    expect(speakerOf(q, 'three activist judges')).toBe('Ada Brenner');
  });

  it('a passive subject is not the speaker, nor is the author of a title in title case', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'In an interview with the Coast Gazette published on Wednesday, Nolan Quist was asked, “What is the most dangerous harbour in the world you have sailed into?”\n\n' +
        'In 2001, Ada Brenner, who ran the harbour board for three years, published “Levied! The Inside Story of the Real Harbour Board.”',
    );
    expect(speakerOf(q, 'most dangerous harbour')).toBeNull();
    expect(speakerOf(q, 'The Inside Story')).not.toBe('Ada Brenner');
  });

  it('no possessive subject, no complement of "is", no label, no speech verb of somebody else before the quote', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'Nolan Quist, who was sent from the touchline, has been “reminded of his responsibilities to the game and the harbour.”\n\n' +
        'Ada Brenner is the 18th winner of the Sawyer Prize, which is “presented to a person whose work has brought credit to the harbour.”\n\n' +
        'Gov. Mira Holt defended the launch of a campaign with the tagline “Levy, we are on it, every single day of the week.”\n\n' +
        'Comedy duo Ivo Rand and Tom Pell handed the prize to Ben Sallow, leading him to quip he was “always the talented man of the whole harbour band.”',
    );
    expect(speakerOf(q, 'reminded of his responsibilities')).not.toBe('Nolan Quist');
    expect(speakerOf(q, 'presented to a person')).not.toBe('Ada Brenner');
    expect(speakerOf(q, 'every single day')).not.toBe('Mira Holt');
    expect(speakerOf(q, 'talented man')).not.toBe('Ivo Rand');
  });
});

describe('a verb the lexicon lacks, right after the quote, with a named subject', () => {
  it('"...?" X questioned. / "...," he surmised. / "...?" Mr X pressed.', () => {
    const q = extract(
      'Nolan Beck left the harbour party in May, and Mira Holt said the party would survive it. “We will,” Holt said.\n\n' +
        '“What was the massive pivot point to make him change so fundamentally?” Beck questioned.\n\n' +
        'Ada Brenner told the board the levy was safe. Ivo Rand, a ferry pilot, was not so sure.\n\n' +
        '“People are afraid of wasting their votes on the harbour,” he surmised.',
    );
    expect(speakerOf(q, 'massive pivot point')).toBe('Nolan Beck');
    expect(speakerOf(q, 'afraid of wasting')).toBe('Ivo Rand');
  });

  it('not a title, and not "it"', () => {
    const q = extract(
      'Nolan Beck spoke to the harbour board.\n\n' +
        'In an interview with “Harbour Mornings With Friends,” Nolan Beck pointed to the ferry pier as the culprit.\n\n' +
        'The Harbour Council of Westbay opposed an increase. “Keep the harbour levy in place at the current level for the decade,” it recommended.',
    );
    expect(speakerOf(q, 'Harbour Mornings')).not.toBe('Nolan Beck');
    expect(speakerOf(q, 'Keep the harbour levy')).not.toBe('Nolan Beck');
  });
});

describe('a reported question after a form of "ask"', () => {
  it('"X asked Y whether ...", "X asked if ...": the question is X\'s reported speech', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'Last month, the Coast Gazette’s Ada Brenner asked Nolan Beck whether questions about his health and age were fair game in the campaign. ' +
        'Then Ivo Rand asked the students if they were always so serious about the harbour.',
    );
    const question = q.find((x) => x.kind === 'indirect' && x.text.startsWith('whether questions about his health'));
    expect(question?.speaker?.name).toBe('Ada Brenner');
    expect(q.find((x) => x.kind === 'indirect' && x.text.startsWith('if they were always'))?.speaker?.name).toBe('Ivo Rand');
  });

  it('not "when asked whether", not "asked anyone who ...", and the asker speaks no quote after the question', () => {
    const q = extract(
      'Nolan Beck met the harbour board.\n\n' +
        'The singer did not want to talk but when asked whether he would do the same again replied with a shrug.\n\n' +
        'The harbour master Ivo Rand was also asked whether he thought the new levy had made the town less safe.\n\n' +
        'Westbay Police asked anyone who spots Ivo Rand to contact the harbour station on the quay.\n\n' +
        'When one pupil asked Mr Beck how the board proposed to tackle under-age drinking, began his response with the quip: “I am sure there is no under-age drinking in the harbour.”',
    );
    expect(q.some((x) => x.kind === 'indirect' && x.text.startsWith('whether he would do'))).toBe(false);
    expect(q.some((x) => x.kind === 'indirect' && x.text.startsWith('whether he thought the new levy'))).toBe(false);
    expect(q.some((x) => x.kind === 'indirect' && x.text.startsWith('who spots'))).toBe(false);
    expect(q.find((x) => x.kind === 'direct' && x.text.includes('no under-age drinking'))?.speaker?.name).not.toBe('one pupil');
    expect(q.find((x) => x.kind === 'indirect' && x.text.startsWith('how the board'))?.text).toBe('how the board proposed to tackle under-age drinking');
  });
});

describe('the answer after a reported question', () => {
  it('"X asked Y whether ..." then "...," he said: he is the one asked', () => {
    const q = extract(
      'Nolan Beck spoke at the harbour.\n\n' +
        'Last month, the Coast Gazette’s Ada Brenner asked Beck whether questions about his health were fair game in the campaign.\n\n' +
        '“Sure it is. I would not have run if I was not blessed, and I am very thankful for it,” he said.',
    );
    expect(speakerOf(q, 'Sure it is')).toBe('Nolan Beck');
  });
});
