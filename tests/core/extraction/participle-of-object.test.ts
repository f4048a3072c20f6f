import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 26 (h-attr58): a participle right after a name that "of", "by" or "about" governs has that name for its
 * subject ("footage of X saying", "an account of X telling"), never the sentence's subject or a fragment of it; the
 * cue gives no speaker (it abstains rather than moving the words to the name).
 */
describe('a participle after a name governed by "of", "by" or "about" gives no speaker', () => {
  it('"The ad then cuts to footage of NAME saying, "..."": not the fragment "The ad then cuts"', () => {
    const qs = extract(`The group has spent over $2 million on the campaign. The ad then cuts to footage of Mr Harlow saying, "we will build the bridge and the county will pay for every single part of it."`);
    expect(speakerOf(qs, 'build the bridge')).not.toBe('The ad then cuts');
    expect(speakerOf(qs, 'build the bridge') ?? null).toBeNull();
  });

  it('"A gives an account of B telling one aide to "...", while telling another to "..."": never A', () => {
    const qs = extract(`At one point in the memoir, Dorsey gives an account of Mr Harlow telling one aide to "Get out of here now!" while telling another to, "Leave this office and never come back here!"`);
    expect(speakerOf(qs, 'never come back')).not.toBe('Dorsey');
    expect(speakerOf(qs, 'Get out of here')).not.toBe('Dorsey');
  });

  it('"A will be interviewed about B calling C "..."": never A', () => {
    const qs = extract(`Radio host Mara Quill will be interviewed about Bishop Anton Ferrel calling the holiday "a sham and a disgrace".`);
    expect(speakerOf(qs, 'a sham and a disgrace')).not.toBe('Mara Quill');
  });

  it('"A wrote to B asking ...": the writer still speaks (a hearer after "to")', () => {
    const qs = extract(`Mayor Lena Ostrow wrote a letter to Attorney General Ruth Baylis asking the department to investigate the "complete and utter fiasco."`);
    expect(speakerOf(qs, 'utter fiasco')).toBe('Lena Ostrow');
  });

  it('"A vented about B vowing to fight on and said ...": the finite verb after the participle shares A', () => {
    const qs = extract(`At a meeting on Tuesday, Senator Hal Brandt vented about Tomas Rurik vowing to fight on and said that he had lost his patience with him.`);
    expect(speakerOf(qs, 'lost his patience')).toBe('Hal Brandt');
  });
});

describe('a participle after a noun a possessive owns gives no speaker', () => {
  it('"The news comes despite NAME\'s allies saying CLAUSE": never the opening words of the sentence', () => {
    const qs = extract(`Port Elm Herald. Sacked councillor Ada Vane's ward party has insisted she will not stand again. Ward agent Tom Reeve said Ms Vane was ineligible to stand. The news comes despite Ms Vane's allies saying they had enough support to force a new vote on her future.`);
    const s = speakerOf(qs, 'enough support to force');
    expect(s === undefined || s === null).toBe(true);
  });

  it('"not until after the paper\'s editorial telling him to leave his "..."": never the week or the subject', () => {
    const qs = extract(`The governor did visit the valley, but not until the week after the Courier's editorial telling him to leave his "quiet retreat for the rich and well-connected" behind.`);
    const s = speakerOf(qs, 'quiet retreat for the rich');
    expect(s === undefined || s === null || s === 'Courier').toBe(true);
  });

  it('"NAME issued a statement saying "..."": the issuer still speaks', () => {
    const qs = extract(`On Monday, Mayor Lena Ostrow issued a statement saying "the county will never forget what happened at the harbour this week."`);
    expect(speakerOf(qs, 'never forget what happened')).toBe('Lena Ostrow');
  });
});
