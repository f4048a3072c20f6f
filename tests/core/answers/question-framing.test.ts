import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * How reporters frame a question around its topic ("quote on whether X might Y", "when he was asked if he'd...",
 * "the Atlantic City mayor", "the director of the Centre for ..."), over articles written for these tests. Each
 * failure class found in the answer figures has one test; the worst outcome is somebody else's quote.
 */
const ARTICLES: Record<string, string> = {
  'water.txt': `Drinks group weighs its options

Brightwater Foods is considering the sale of its troubled mineral water brand Glenspring, which has lost money for three years.

"The option of selling Glenspring is still on the table," chief executive Hanna Lindqvist said on Thursday.

Lindqvist added: "Our dairy business had an exceptional year."
`,
  'harbour.txt': `Harbour town counts the cost

Portmere mayor Owen Castell said the harbour's decline had taken decades.

"You could write a whole history book on how the harbour fell apart," Castell said.

Local trader Nia Mayer said: "Footfall is down again this winter."

"The boats still come in every morning," said Ed Rowe, the harbour master.
`,
  'peanuts.txt': `Early peanuts cut allergy risk

Giving babies peanut early sharply cut their risk of allergy, a study found.

"This study is astounding and groundbreaking," said Katrin Holm, director of the Centre for Infant Allergy Studies.

"We now have advice that parents can follow," said Tomas Reyes, director of research at a children's charity.
`,
  'unnamed.txt': `Glenspring sale talk grows

The sale of Glenspring was debated at the meeting on Monday.

"Selling Glenspring would end a proud chapter for the valley."

The board will decide next week.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a question that opens with "quote on ..." is a topic-only question', () => {
  it('"quote on whether Brightwater might sell Glenspring" finds the quote: framing words are no topic, the company no speaker', async () => {
    const a = await core.ask('quote on whether Brightwater might sell off Glenspring');
    expect(a.understood.speaker).toBeUndefined();
    expect(a.understood.topic).not.toContain('whether');
    expect(a.understood.topic).not.toContain('might');
    expect(a.hits[0]?.speaker?.name).toBe('Hanna Lindqvist');
    expect(a.hits[0]?.text).toContain('still on the table');
  });

  it('"before", "after", "during" place the topic in time; they are not words the quote must hold', async () => {
    const a = await core.ask('what did Lindqvist say about selling Glenspring before the results');
    expect(a.understood.topic).not.toContain('before');
    expect(a.hits[0]?.text).toContain('still on the table');
  });

  it('the core reads a question as typed: "quote" opening a question is a word of it, never a command to drop', async () => {
    // A command word typed in front ("/quote ...", "!quote ...") is the platform's syntax: the adapters drop it
    // (tests/adapters/command-word.test.ts), so the core has nothing to strip.
    const a = await core.ask('quote on whether Brightwater might sell off Glenspring');
    expect(a.question).toBe('quote on whether Brightwater might sell off Glenspring');
    expect(a.hits[0]?.text).toContain('still on the table');
  });

  it('a topic-only answer is somebody\'s quote: words the extractor could not attribute are never the answer', async () => {
    const a = await core.ask('quotes about selling Glenspring');
    expect(a.hits.length).toBeGreaterThan(0);
    for (const h of a.hits) expect(h.speaker).not.toBeNull();
  });

  it('a contraction ("if he\'d") leaves no made-up topic word behind', async () => {
    const a = await core.ask("what did Lindqvist say when she was asked if she'd sell Glenspring");
    expect(a.understood.topic).not.toContain('shed');
    expect(a.understood.topic).not.toContain('asked');
    expect(a.hits[0]?.text).toContain('still on the table');
  });
});

describe('a description in the speaker\'s place is a role, never a misspelt surname', () => {
  it('"the harbour mayor", a mayor nobody on record is, does not become Nia Mayer, one letter from "mayor"', async () => {
    const a = await core.ask('what did the harbour mayor say about footfall');
    expect(a.hits).toEqual([]);
    expect(a.understood.speaker?.resolved.map((s) => s.name) ?? []).not.toContain('Nia Mayer');
    // The mayor who is on record is found by his role.
    expect((await core.ask('what did the Portmere mayor say about the harbour')).hits[0]?.speaker?.name).toBe('Owen Castell');
  });

  it('a long description ("the director of the Centre for Infant Allergy Studies") is read whole, and a director of something else is not it', async () => {
    const a = await core.ask('what did the director of the Centre for Infant Allergy Studies think of the early peanut study');
    expect(a.understood.speaker?.query).toBe('the director of the Centre for Infant Allergy Studies');
    for (const h of a.hits) expect(h.speaker?.name).not.toBe('Tomas Reyes');
  });
});
