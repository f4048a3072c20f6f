import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A role question naming a body no holder's role states (session 20, h-qa40, `unstatedQualifierHolders`): "the
 * Orvan Telecom chief executive" where the extractor kept only "chief executive" for the telecom firm's head, and
 * the chief executive of Orvan Rail (a role stating "Orvan") took the first pool. Invented articles.
 */
const ARTICLES: Record<string, string> = {
  'rail.txt': `Orvan Rail fares rise\n\nTam Brisk, chief executive of Orvan Rail, defended the fares.\n\n"Fares pay for new trains," Mr Brisk said.\n\n"The timetable will improve in May," Mr Brisk said.\n\n"Our drivers are the best paid in the north," Mr Brisk said.\n`,
  'telecom.txt': `Orvan Telecom welcomes ruling\n\nOrvan Telecom said the regulator had made the right call on line rental.\n\n"The regulator has given us a level playing field at last," chief executive Ada Vell said.\n`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

const first = async (q: string) => (await core.ask(q)).hits[0]?.speaker?.name;

describe('a holder whose role leaves the asked body unstated', () => {
  it('answers when the article around the quote names the body', async () => {
    expect(await first('what did the Orvan Telecom chief executive say about a level playing field')).toBe('Ada Vell');
  });

  it('does not answer for another body the article around the quote never names', async () => {
    expect(await first('what did the Orvan Gas chief executive say about a level playing field')).toBeUndefined();
  });
});
