import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';
import { coreOf } from './texts.js';

/**
 * "quote that <clause>" and "quote asking whether <clause>" (session 38, h-qa95): the clause is the gist of the words,
 * as after "quote saying". Read as before, a name in the gist was taken for the speaker: "quote that the Harbour
 * Board expects ..." asked the Harbour Board, whose own line is on something else, and the analyst whose words the
 * question paraphrases was never looked at. A "that" clause with a verb of saying or of giving a quote ("the quote that
 * Keane gave on ...") is a relative clause naming the speaker and reads as before. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'fees.txt': `Harbour fees to be reviewed

The Tarnmouth Harbour Board will review mooring fees for next season, it confirmed on Monday.

"Our moorings are among the busiest on the coast and we are investing in new pontoons," the Harbour Board said in
a statement.

"We will publish our own figures in the spring," Tarnmouth Council said in a statement.

Orla Keane, an analyst at Calder Marine, said the two bodies disagreed.

"Mooring fees will rise a little, while Tarnmouth Council expects them to fall slightly," Keane said.

Councillor Ned Brannock said the review was overdue. "Nobody in this town trusts a review that the board runs on
its own," Brannock said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"quote that ..." names nobody', () => {
  it.each([
    ['quote that the Harbour Board expects fees to rise while the council expects a fall', 'the Harbour Board expects fees to rise while the council expects a fall'],
    ['a line that mooring fees will rise next year', 'mooring fees will rise next year'],
    ['quote asking whether anyone trusts the board to review itself', 'anyone trusts the board to review itself'],
    ['the quote wondering if the review is overdue', 'the review is overdue'],
  ])('"%s" is the gist', (q, rest) => {
    const s = shapeQuestion(q);
    expect(s).toMatchObject({ intent: 'quote', rest, topicOnly: true });
    expect(s.speakerPhrase).toBeUndefined();
  });

  it.each([
    ['the quote that Orla Keane gave on harbour fees', 'the quote that Orla Keane gave'],
    ['quote that Keane said about the fees', 'quote that Keane'],
    ['the line that Keane keeps using about the fees', 'the line that Keane keeps using'],
    ['quote that Orla Keane had about the fees', 'quote that Orla Keane had'],
  ])('"%s" still names its speaker (a relative clause)', (q, speaker) => {
    const s = shapeQuestion(q);
    expect(s.topicOnly).toBeFalsy();
    expect(s.speakerPhrase).toBe(speaker);
  });

  it('answers with the speaker who said the gist, not a body the gist names', async () => {
    const a = await core.ask('quote that Tarnmouth Council expects mooring fees to fall while they rise');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Keane');
    expect(a.hits[0]?.text).toContain('Tarnmouth Council expects them to fall');
  });
});

/**
 * A relative clause that is no gist though it holds no verb of giving (session 38, h-rev38): the quote is its subject
 * ("the quote that got Keane in trouble") or what the speaker is known for. Read as the gist, each asked for any quote
 * naming Keane and answered with the councillor's line about her. Article written for this test.
 */
describe('"quote that" with the quote as the subject, or the speaker known for it, still asks for the speaker', () => {
  let trouble: OnRecord;
  beforeAll(async () => {
    trouble = await coreOf({
      'moorings.txt': `Mooring row deepens

"Mooring fees will rise a little, and the council has got this badly wrong," said Orla Keane, an analyst at Calder Marine.

Councillor Ned Brannock was unmoved. "Orla Keane got herself in trouble with that line, and Keane is known for lines like it," Brannock said.
`,
    });
  });
  afterAll(() => trouble.close());

  it.each([
    'the quote that got Keane in trouble',
    'the quote that got Orla Keane in trouble',
    'quote that Orla Keane had about the fees',
  ])('"%s" is not answered with the councillor\'s words about her', async (q) => {
    expect(shapeQuestion(q).topicOnly).toBeFalsy();
    const a = await trouble.ask(q);
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ned Brannock');
    expect(a.hits[0]?.speaker?.name).toBe('Orla Keane');
  });

  it('"quote that Keane is known for" names her, not a gist about her', () => {
    expect(shapeQuestion('quote that Keane is known for').topicOnly).toBeFalsy();
  });
});
