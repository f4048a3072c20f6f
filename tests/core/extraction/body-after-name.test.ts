import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (issue 14, session 26 h-qa59): a person
// written with a body by "of" right after the name and no office ("NAME of the CBI") speaks for that body. Before,
// the body was kept nowhere (a quote's `organisation` was never set), so "latest from BODY" or "BODY on Y" could not
// reach the person when the body itself is not quoted.
const orgOf = (text: string, words: string) => {
  const speaker = quoteWith(extract(text), words)?.speaker;
  expect(speaker?.name, words).toBeTruthy();
  return speaker?.organisation;
};

describe('"NAME of BODY": the body a person speaks for', () => {
  it('reads a body with an organisation word, after "said NAME" and before "said"', () => {
    expect(orgOf('"We are worried about the frost," said Rob Tanner of the Marsh Growers Association.', 'worried about the frost')).toBe('Marsh Growers Association');
    expect(orgOf('Ann Hale of the Fenwick Society said: "This is long overdue."', 'long overdue')).toBe('Fenwick Society');
  });

  it('reads an acronym of three to six capitals', () => {
    expect(orgOf('"Business wants certainty," said Jim Oakes of the MBCI.', 'Business wants certainty')).toBe('MBCI');
  });

  it('a place, or a run no organisation word makes a body, is no organisation', () => {
    expect(orgOf('"The county is ready," said Dana Pell of Arkansas.', 'county is ready')).toBeUndefined();
    expect(orgOf('"The town is ready," said Dana Pell of Little Harwick.', 'town is ready')).toBeUndefined();
  });

  it('a body followed by more lower-case words is not read ("of the Fenwick Society newsletter")', () => {
    expect(orgOf('"It is a start," said Lee Fox of the Fenwick Society newsletter team.', 'It is a start')).toBeUndefined();
  });
});

describe('the body reaches the person through the index', () => {
  let core: OnRecord;
  beforeAll(async () => {
    core = await coreOf({
      'frost.txt': 'Growers count frost damage\n\n"We are worried the frost has cost a third of the apple crop," said Rob Tanner of the Marsh Growers Association.\n',
      'rain.txt': 'Rain delays the harvest\n\n"The rain has cost us two weeks," said Ida Lorne, a farmer near Fenwick.\n',
    });
  });
  afterAll(() => core.close());

  it('"latest from the Marsh Growers Association" is its member, never the other grower', async () => {
    const a = await core.ask('latest from the Marsh Growers Association');
    expect(a.hits[0]?.speaker?.name).toBe('Rob Tanner');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Ida Lorne');
  });
});
