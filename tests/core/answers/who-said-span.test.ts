import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { contractionTerms } from '../../../src/core/search/tokenize.js';
import { coreOf } from './texts.js';

/**
 * "who said" a half-remembered line on articles nobody tuned to: the closest real quote is one whose words, where
 * the paste stands in it, are the pasted ones, said by somebody; over articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'rates.txt': `Pound firm as traders weigh rate outlook

Economist Hilda Marsh of Carrow Bank said the currency had held up well.

"The suggestion from the money markets is that the next move is now more likely to be upward, though the data will decide the timing of any change," Marsh said.
`,
  'treasury.txt': `Treasury holds its line on the currency

Treasury Secretary Owen Talbot said the government would not set a target for the currency.

"Markets are driven by fundamentals and towards fundamentals," Talbot said.
`,
  'poll.txt': `Voters weigh the late entrant

Small-business owner Beth Rowan said she left the meeting intrigued by the candidate.

"I want to see how she would turn that into policy," Rowan said.

Retired banker Nora Vance was less sure. "But I'd like to turn her loose, and she'd do well," Vance said.
`,
  'levy.txt': `Festival called off after sponsor pulls out

Organiser Wendell Crane said the summer festival at Harbury would not go ahead.

"The grant could not be raised before the regatta committee met in Harbury," Crane said.
`,
  'saying.txt': `Old saying returns to the trading floor

The city was quiet on Monday.

"In economic assessment, there is safety in numbers."

Shares closed little changed.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said" a half-remembered line: where it stands in the quote, the quote says the pasted words', () => {
  it('a short line whose few words lie far apart in a long quote about something else is not that quote', async () => {
    const a = await core.ask('who said "markets move with the fundamentals"');
    expect(a.hits[0]?.speaker?.name).toBe('Owen Talbot');
    expect(a.hits.some((h) => h.speaker?.name === 'Hilda Marsh')).toBe(false);
  });

  it('a contraction ("I\'d") is no rare word to match a quote on', async () => {
    const a = await core.ask('who said "I\'d like to see how she\'d turn that into policy"');
    expect(a.hits[0]?.speaker?.name).toBe('Beth Rowan');
    expect(a.hits.some((h) => h.speaker?.name === 'Nora Vance')).toBe(false);
  });

  it('a line close to words nobody can be named for is "not on record": the closest quote must be somebody\'s', async () => {
    const a = await core.ask("who said when you're assessing the economy there's safety in numbers");
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });

  it('the same words pasted verbatim are still found, whoever said them', async () => {
    const a = await core.ask('who said "In economic assessment, there is safety in numbers"');
    expect(a.hits[0]?.text).toContain('safety in numbers');
  });

  it('contraction stubs are the index terms of "I\'d", "we\'ll", "don\'t", never of a plain word or a possessive', () => {
    expect([...contractionTerms("I'd say we'll go, but don't wait; Rowan's plan is mine")].sort()).toEqual(['dont', 'id', 'well'].sort());
  });
});

describe('"who said" among many quotes sharing the same common words', () => {
  const FIRST = ['Alma', 'Bryn', 'Cora', 'Dale', 'Edda', 'Finn', 'Gwen', 'Hale'];
  const LAST = ['Quarry', 'Rendle', 'Sallow', 'Tamsin', 'Umber', 'Vickery', 'Wrenfield', 'Yarrow'];
  // 64 commuters who would like to see more buses: each shares "like" and "see" with the pasted line, as the
  // real quote shares "see" and "policy"; by overlap alone they tie, and a tie must not cut the real quote.
  const letters = FIRST.flatMap((f, i) => LAST.map((l, j) => `"I would like to see more buses on the ${['north', 'south', 'east', 'west'][(i + j) % 4]} route and a new depot by the river near stop ${i * 8 + j + 1}," said commuter ${f} ${l}.`));
  // And 192 quotes on other things, so that "like" and "see" are words of a few quotes, as in a real archive.
  const fair = FIRST.flatMap((f, i) => LAST.flatMap((l, j) => [0, 1, 2].map((k) => `"The ${['harbour', 'orchard', 'library', 'market'][(i + j + k) % 4]} will open on day ${i * 24 + j * 3 + k + 1} with music and food," said organiser ${f} ${l}${'son'.repeat(k + 1)}.`)));
  let many: OnRecord;
  beforeAll(async () => {
    many = await coreOf({
      'buses.txt': `Commuters ask for more buses\n\n${letters.join('\n\n')}\n`,
      'fair.txt': `Town fair plans\n\n${fair.join('\n\n')}\n`,
      'voter.txt': `Candidate drops in on owners\n\nSmall-business owner Beth Rowan said she left the meeting intrigued.\n\n"I want to see how she translates that into policy," Rowan said.\n`,
    });
  });
  afterAll(() => many.close());

  it('the quote that is mostly the pasted words is compared before long ones that share as many of them', async () => {
    const a = await many.ask('who said "I\'d like to see how she turns that into policy"');
    expect(a.hits[0]?.speaker?.name).toBe('Beth Rowan');
  });

  it('a line with one content word is not matched by half its small words around that word', async () => {
    // "the grant is not there" holds one content word, "grant": "The grant could not be raised before..." holds it
    // and "the grant ... not" in order (3 of 5), yet is another statement.
    const a = await core.ask('who said "the grant is not there"');
    expect(a.hits.some((h) => h.speaker?.name === 'Wendell Crane')).toBe(false);
    const b = await core.ask('who said "the grant could not be raised"');
    expect(b.hits[0]?.speaker?.name).toBe('Wendell Crane');
  });
});
