import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Three-letter words are indexed as written ("axe", "sue") while their longer forms stem to two letters ("axing" ->
 * "ax", "sued" -> "su"): the question's longer form must still find the quote's short word. Invented article.
 */
const ARTICLES: Record<string, string> = {
  'trains.txt': `Rail firm to cut night services

Brindle Rail managing director Nora Vance said the night trains cost too much to run.

"We will axe the night trains from May," Vance said.

"Students like them, but too few people travel after midnight," she added.

Passenger group chair Olu Harte said: "We may sue the company if the trains go."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a short word asked by a longer form of it', () => {
  it('"axing" finds the quote that says "axe"', async () => {
    const a = await core.ask('what did Nora Vance say about axing');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('We will axe the night trains');
  });

  it('"suing" finds the quote that says "sue", and only its speaker\'s', async () => {
    const a = await core.ask('what did Olu Harte say about suing');
    expect(a.hits[0]?.text).toContain('We may sue the company');
    expect((await core.ask('what did Nora Vance say about suing')).status).not.toBe('found');
  });
});
