import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

/**
 * Role questions whose answer depends on how the article states the role (issue 14, h-qa5; texts written for
 * these tests): the body written after the name ("analyst NAME of BODY"), an office opened by an -ing word
 * ("managing director of BODY"), and an office before the name without an article. Two analysts of different
 * firms quoted in one article: the question naming one firm is never answered with the other firm's analyst.
 */
const ARTICLES: { source: string; content: string }[] = [
  {
    source: 'airline.txt',
    content: `Fuel costs hit Skyline profits

Skyline Air has blamed high fuel prices for a 40% drop in profits.

Yet aviation analyst Piet Marsh of Orvan Kleinhout Securities says the fuel surcharge revenues will still be way short of the extra fuel costs.

Aviation analyst Nick Van den Berk of Westmark Bank described the quarterly results as "pretty modest". "It shows the impact of fuel surcharges on the revenue side," he said.
`,
  },
  {
    source: 'trains.txt',
    content: `Trains to get wireless links

Commuter trains will carry wireless links from next year.

Lena Horvik, managing director of Orvan Rail in the UK, said: "We see a growing trend for commuters needing e-mail on the move."
`,
  },
  {
    source: 'judge.txt',
    content: `Judge criticised over sentencing remarks

The judge said prison was not always the answer for burglars.

But director of the Harbour Victims Trust, Ansel Brandt, accused the judge of "open contempt for the victims of burglary".
`,
  },
  {
    source: 'television.txt',
    content: `Comedy stars attack dumbed-down television

Comedy stars have joined in attacking the standards of television programmes.

And last week Only Cats and Dogs star Mara Quist criticised television for being "too safe and too cheap". "We've got to be careful not to dumb down for the audience," she said.
`,
  },
  {
    source: 'band.txt',
    content: `Rock group Glass Harbour's guitarist quits

The guitarist with rock band Glass Harbour has quit the music business after a religious awakening.

"Anger is a good thing, but there is happiness after the anger," Glass Harbour said in a statement about their guitarist.
`,
  },
];

let core: OnRecord;
beforeAll(async () => {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  core = createOnRecord({ store, refreshMs: 0 });
  for (const a of ARTICLES) await core.ingestDocument({ content: a.content, source: a.source }, { collection: 'default' });
});
afterAll(() => core.close());

describe('role questions: the body a role is held at', () => {
  it('the analyst of the firm asked answers, not the other firm\'s analyst quoted in the same article', async () => {
    const a = await core.ask('what did the Westmark Bank aviation analyst say about the quarterly results');
    expect(a.hits[0]?.speaker?.name).toBe('Nick Van den Berk');
    expect(a.hits.every((h) => h.speaker?.name !== 'Piet Marsh')).toBe(true);
  });

  it('the other firm\'s analyst answers when that firm is asked', async () => {
    const a = await core.ask('what did the Orvan Kleinhout Securities analyst say about fuel surcharge revenues');
    expect(a.hits[0]?.speaker?.name).toBe('Piet Marsh');
  });

  it('"Orvan Rail\'s UK managing director" is the person stated as "managing director of Orvan Rail in the UK"', async () => {
    const a = await core.ask("what did Orvan Rail's UK managing director say about e-mail on the move");
    expect(a.hits[0]?.speaker?.name).toBe('Lena Horvik');
  });

  it('"the director of the Harbour Victims Trust" is the person the article introduces so, before the name', async () => {
    const a = await core.ask('what did the director of the Harbour Victims Trust say about the judge');
    expect(a.hits[0]?.speaker?.name).toBe('Ansel Brandt');
  });
});

describe('role questions: the qualifiers a held role does not state', () => {
  it('a stop word among them ("Only" of a show\'s title) is not required around the quote', async () => {
    const a = await core.ask('what did the Only Cats and Dogs star say about dumbing down');
    expect(a.hits[0]?.speaker?.name).toBe('Mara Quist');
    expect(a.hits[0]?.text).toContain('careful not to dumb down');
  });

  it('a qualifier the quote\'s surroundings do not bear out still refuses the holder', async () => {
    const a = await core.ask('what did the Only Horses and Mules star say about dumbing down');
    expect(a.hits.some((h) => h.speaker?.name === 'Mara Quist')).toBe(false);
  });
});

describe('role questions: a description owned by somebody ("X\'s guitarist")', () => {
  it('is never answered with the owner\'s own quotes, however well the words around them fit', async () => {
    const a = await core.ask("what did Glass Harbour's guitarist say about anger");
    expect(a.hits.some((h) => h.speaker?.name === 'Glass Harbour')).toBe(false);
  });
});
