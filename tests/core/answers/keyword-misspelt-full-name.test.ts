import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Keywords that lead with a full name whose surname is misspelt ("tim rener zombie german music industry"): the
 * first name alone is too short to be read as a misspelling, so a later word that is somebody's surname
 * ("German"), or a typed word that alone is somebody else's surname ("Martin"), was taken as the speaker.
 * Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'labels.txt': `Record labels in a slump

Nils Hartmann, who ran the Delta Records label until last year, said the business had lost its way.

"The record business in its current form is pretty much a ghost ship with no crew," Hartmann said.
`,
  'assembly.txt': `Assembly leader on council funding

"The councils deserve a fair share of the money and they will get it," said Peter English, leader of the Liberal group in the assembly.
`,
  'football.txt': `Coach says his side were robbed

"The referee already wears an earpiece, so why can nobody tell him the ball was a metre over the line?" said Rovers coach Martin Voss.
`,
  'budget.txt': `Minister defends the budget

"This budget keeps the promises we made on schools," said finance minister Helen Martin.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('keywords leading with a full name, surname misspelt', () => {
  it('are that speaker, though a later word is somebody else\'s surname', async () => {
    const a = await core.ask('nils hartman ghost ship english record business');
    expect(a.hits[0]?.speaker?.name).toBe('Nils Hartmann');
  });

  it('are that speaker, though the first name typed is somebody else\'s surname', async () => {
    const a = await core.ask('martin vos earpiece referee');
    expect(a.hits[0]?.speaker?.name).toBe('Martin Voss');
    expect(a.hits.some((h) => h.speaker?.name === 'Helen Martin')).toBe(false);
    // The surname alone typed first stays the exact speaker.
    const b = await core.ask('martin budget schools');
    expect(b.hits[0]?.speaker?.name).toBe('Helen Martin');
  });
});
