import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, ninth pass).
describe('a question or exclamation closing before "X told Y" / "X asks" stays in the attribution\'s sentence', () => {
  it('"...?" X asked the hearer / told a station / writes to a person / asks as ...: X, not the speaker before', () => {
    const q = extract(
      'Mayor Dana Holt met the harbour council on Monday. “We will rebuild the old bridge by the spring,” Holt said.\n\n' +
        '“Who can remember how many bridges this town has lost? Is it two? Three?” Carla Benning asks as a ferryman walks past.\n\n' +
        '“Did you know the river had moved its bed by then?” Benning asked the harbour engineer.\n\n' +
        '“It looks like we will not have a very good summer, who knows?” Benning told Coast Radio in an interview aired on Monday.\n\n' +
        '“Remind me, did we not open the first ferry line?” Benning writes to Holt.',
    );
    expect(speakerOf(q, 'how many bridges')).toBe('Carla Benning');
    expect(speakerOf(q, 'moved its bed')).toBe('Carla Benning');
    expect(speakerOf(q, 'very good summer')).toBe('Carla Benning');
    expect(speakerOf(q, 'first ferry line')).toBe('Carla Benning');
  });

  it('a verb with a clause of its own after the hearer still opens a new sentence', () => {
    const q = extract(
      'Mayor Dana Holt met the harbour council on Monday. “We will rebuild the old bridge by the spring,” Holt said.\n\n' +
        '“The old bridge is closed for good now!” Carla Benning told the crowd it was over for the season.',
    );
    expect(speakerOf(q, 'closed for good')).not.toBe('Carla Benning');
  });
});

describe('a quote, an aside that goes on with its words, then the sentence\'s final ", said X"', () => {
  it('"...," like ..., said X / "...," since ..., says X: X, not the speaker of the paragraph before', () => {
    const q = extract(
      'Mayor Dana Holt met the harbour council on Monday. “We will rebuild the old bridge by the spring,” Holt said.\n\n' +
        '“The most striking thing has been a new patience among residents over a host of delays,” like the closure of the ferry, said Rupert Vane, the chief planner for the Harbour Survey.\n\n' +
        '“To see the number of crossings that could close with this budget is stunning,” since so many of the crossings were built in one decade, says Tomas Riel, a historian at the University of Lowmoor.',
    );
    expect(speakerOf(q, 'new patience')).toBe('Rupert Vane');
    expect(speakerOf(q, 'number of crossings')).toBe('Tomas Riel');
  });
});

describe('a name that is the object of a clause before ", said X" is not its subject', () => {
  it('"..." that Quill can catch Holt, said X: X speaks, and Holt says nothing', () => {
    const q = extract(
      'Mayor Dana Holt met the harbour council on Monday. “We will rebuild the old bridge by the spring,” Holt said. Engineers are more sceptical.\n\n' +
        '“She can promise it, but it seems extremely unlikely” that Marta Quill can catch Holt, said Elena Brightwater, an engineer at the county office.\n\n' +
        'Holt, later claiming that the council wanted to admit 250 new ferrymen, said he would close the old pier.',
    );
    expect(speakerOf(q, 'extremely unlikely')).toBe('Elena Brightwater');
    expect(q.some((x) => x.speaker?.name === 'Dana Holt' && x.text.includes('Elena Brightwater'))).toBe(false);
    expect(speakerOf(q, 'close the old pier')).toBe('Dana Holt');
  });
});

describe('"X ... , but now said" / "X ... and later said": the coordinated verb keeps the sentence\'s subject', () => {
  it('not the person named right before the "but" or "and"', () => {
    const q = extract(
      'The harbour board met in Lowmoor on Monday.\n\n' +
        'Harbour Republican Tomas Riel used to support fellow islander Dana Holt, but now said Marta Quill had “the chance and the duty to bring us all together.”\n\n' +
        'Councillor Elena Brightwater backed fellow islander Rupert Vane and later told the board the ferry would “run again before the first storms of the winter.”',
    );
    expect(speakerOf(q, 'the chance and the duty')).toBe('Tomas Riel');
    expect(speakerOf(q, 'run again before')).toBe('Elena Brightwater');
  });
});

describe('a fronted time phrase ("Last year,", "Back in 1999,", "Even so,") is no subject', () => {
  it('the participle after the main clause shares the subject that follows the time phrase', () => {
    const q = extract(
      'The harbour board met Dana Holt and Tomas Riel on Monday.\n\n' +
        'Back in 1999, Mr. Holt expressed admiration for Mr. Riel’s retail political skills, telling the Gazette: “I wish I could be like that. I just cannot.”\n\n' +
        'Last year, Mr. Riel rejected a takeover offer from the ferry company, claiming that it undervalued the harbour.\n\n' +
        'Even so, Mr. Holt praised the ferry crews, telling the Gazette: “They kept the island alive through the whole winter.”',
    );
    expect(speakerOf(q, 'I wish I could')).toBe('Dana Holt');
    expect(speakerOf(q, 'undervalued the harbour')).toBe('Tomas Riel');
    expect(speakerOf(q, 'kept the island alive')).toBe('Dana Holt');
  });
});

describe('doubled straight marks closing on an inner single mark (\'\'...\'x,\'\'\' said X)', () => {
  it('the double mark is the last two of three, so the attribution after it is found', () => {
    const text =
      'The harbour board met Dana Holt and Tomas Riel on Monday.\n\n' +
      "''Most voters will not be satisfied with 'We will pump the river dry,''' said Senator Marta Quill of Lowmoor, referring to Mr. Holt.";
    const q = extract(text);
    expect(speakerOf(q, 'Most voters will not')).toBe('Marta Quill');
    const quote = q.find((x) => x.text.includes('Most voters'))!;
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.text.endsWith("dry,'")).toBe(true);
  });
});

describe('"said much of X was ...", "said nothing had changed": a reported clause whose subject is a quantity word', () => {
  it('is reported speech, while "said nothing" and "said little of the plan" are not', () => {
    const q = extract(
      'The harbour board met Dana Holt and Tomas Riel on Monday.\n\n' +
        'Holt said much of his discussion with Riel was about the old ferry.\n\n' +
        'Riel said nothing had changed in his work for the harbour board.\n\n' +
        'Asked about the levy, Holt said nothing. Riel said little of the plan.',
    );
    expect(q.find((x) => x.kind === 'indirect' && x.text.startsWith('much of his discussion'))?.speaker?.name).toBe('Dana Holt');
    expect(q.find((x) => x.kind === 'indirect' && x.text.startsWith('nothing had changed'))?.speaker?.name).toBe('Tomas Riel');
    expect(q.some((x) => x.text.includes('little of the plan'))).toBe(false);
  });
});
