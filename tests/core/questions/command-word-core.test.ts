import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { cleanQuestion } from '../../../src/core/questions/clean.js';
import { coreOf } from '../answers/texts.js';

/*
 * Issue 14 item 5: "/quote" prefix stripping in the adapters, not the core. tests/adapters/command-word.test.ts shows
 * each adapter drops the command word; this shows the core does not: it reads what it is given as typed, so a
 * second stripping in the core (which would eat "quote on Y", a topic-only question) fails here.
 */
const ARTICLE = `Brightwater weighs the sale of Glenspring

"Selling Glenspring is still on the table, but nothing is decided," said Hanna Lindqvist, Brightwater's chief executive.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'brightwater.txt': ARTICLE });
});
afterAll(() => core.close());

describe('the core reads a command word as typed: dropping it is the adapter\'s job', () => {
  it('cleaning a question keeps "/quote", "!quote" and "onrecord" in front', () => {
    for (const q of ['/quote latest from Lindqvist', '!quote latest from Lindqvist', 'onrecord latest from Lindqvist']) expect(cleanQuestion(q)).toBe(q);
  });

  it('the answer shows the question as the core was given it', async () => {
    expect((await core.ask('/quote latest from Lindqvist')).question).toContain('/quote');
    expect((await core.ask('latest from Lindqvist')).hits[0]?.text).toContain('still on the table');
  });
});
