import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 26 (h-attr58 rule 3): a participle right after a noun a possessive owns ("Trump's tweet saying", "the
 * paper's editorial telling him") speaks for the owner, never for the sentence's subject or a fragment of it; the cue
 * gives no speaker (it abstains rather than moving the words). Its rule 1 (a name governed by of/by/about before the
 * participle) was withdrawn at merge: on an unseen half B it alone added a wrong speaker at 1.
 */
describe('a participle after a noun a possessive owns gives no speaker', () => {
  it('"The news comes despite NAME\'s allies saying CLAUSE": never the opening words of the sentence', () => {
    const qs = extract(`Port Elm Herald. Sacked councillor Ada Vane's ward party has insisted she will not stand again. Ward agent Tom Reeve said Ms Vane was ineligible to stand. The news comes despite Ms Vane's allies saying they had enough support to force a new vote on her future.`);
    const s = speakerOf(qs, 'enough support to force');
    expect(s === undefined || s === null).toBe(true);
    // (The text was read: the agent's words before keep their speaker.)
    expect(speakerOf(qs, 'ineligible to stand')).toBe('Tom Reeve');
  });

  it('"not until after the paper\'s editorial telling him to leave his "..."": never the week or the subject', () => {
    const qs = extract(`The governor did visit the valley, but not until the week after the Courier's editorial telling him to leave his "quiet retreat for the rich and well-connected" behind.`);
    // Found, with no speaker (or the paper that owns the editorial).
    expect([null, 'Courier']).toContain(speakerOf(qs, 'quiet retreat for the rich'));
  });

  it('"NAME issued a statement saying "..."": the issuer still speaks', () => {
    const qs = extract(`On Monday, Mayor Lena Ostrow issued a statement saying "the county will never forget what happened at the harbour this week."`);
    expect(speakerOf(qs, 'never forget what happened')).toBe('Lena Ostrow');
  });
});
