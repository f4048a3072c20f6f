import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { isAbbreviatedOffice, readRole, roleFit } from '../../../src/core/speakers/roles.js';
import { coreOf } from './texts.js';

/**
 * Offices and bodies typed by their short forms (session 19, h-qa38). "The PM insisted ..." files a quote under a
 * body called "PM", whose exact name took "the PM" away from the prime ministers on record; "T&G" was read as the
 * words "t" and "g", so the union's general secretary (whose role lost the union's name) matched nobody. Invented
 * articles.
 */
const ARTICLES: Record<string, string> = {
  'pm.txt': `Benton defends rail plan

The PM insisted the cabinet was united behind him.

Prime Minister Harold Benton said the rival plan for ferry subsidies would leave island families stranded. "Cutting the ferry subsidies will leave island families stranded," Harold Benton said.
`,
  'carworks.txt': `Union fears for car plant jobs

Transport & General Workers' Union general secretary Ray Cobbold said he would fight for every job at the Longbridge plant. "Our members at the Longbridge plant need new models, not redundancy notices," he said.

Transport Secretary Mary Quist said the new road to Longbridge would go ahead. "The Longbridge road will be finished next year," Mary Quist said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"the PM" is the office, not a body named "PM"', () => {
  it('a name that is only an abbreviated office is one', () => {
    expect(isAbbreviatedOffice('PM')).toBe(true);
    expect(isAbbreviatedOffice('VP')).toBe(true);
    expect(isAbbreviatedOffice('BT')).toBe(false);
    expect(isAbbreviatedOffice('PM Group')).toBe(false);
  });

  it('"what did the PM say about ferry subsidies" is the prime minister\'s quote', async () => {
    const a = await core.ask('what did the PM say about ferry subsidies');
    expect(a.hits[0]?.speaker?.name).toBe('Harold Benton');
  });
});

describe('a union typed by its short form', () => {
  it('"T&G" reads as the union\'s name; a role holding "union" fits, one holding only "transport" does not', () => {
    const asked = readRole('T&G general secretary')!;
    expect(roleFit(asked, readRole('Union general secretary')!)).toBeGreaterThan(0);
    expect(roleFit(asked, readRole('Transport Secretary')!)).toBe(0);
    expect(roleFit(asked, readRole('TUC general secretary')!)).toBe(0);
  });

  it('"what did the T&G general secretary say about Longbridge" is the union\'s general secretary', async () => {
    const a = await core.ask('what did the T&G general secretary say about the Longbridge plant');
    expect(a.hits[0]?.speaker?.name).toBe('Ray Cobbold');
  });
});
