import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { FERRY, LIBRARY } from '../../support/verify-articles.js';

/**
 * `verifyMessage`: the core's entry point for "Verify quote" on a chat message. Articles written here; one
 * collection per newsroom.
 */
const SPORT = `Velodrome reopens

"The velodrome roof no longer leaks onto the boards, so the juniors can train again," coach Henrik Balogun said.
`;

let core: OnRecord;
beforeAll(async () => {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  core = createOnRecord({ store, refreshMs: 0, now: () => new Date('2024-06-01T12:00:00Z') });
  await core.ingestDocument({ source: 'library.txt', content: LIBRARY });
  await core.ingestDocument({ source: 'ferry.txt', content: FERRY });
  await core.ingestDocument({ source: 'sport.txt', content: SPORT }, { collection: 'sport' });
});
afterAll(() => core.close());

describe('verifyMessage', () => {
  it('verifies each quoted passage: exact, misquoted, not on record', async () => {
    const v = await core.verifyMessage('Lindqvist said “Reading rooms were full every evening last term” and “we will stay open until eleven on weekdays from March”, and the mayor said “every bridge will be painted purple”.');
    expect(v.from).toBe('quoted');
    expect(v.checks.map((c) => c.passage)).toEqual(['Reading rooms were full every evening last term', 'we will stay open until eleven on weekdays from March', 'every bridge will be painted purple']);
    const [exact, misquote, none] = v.checks.map((c) => c.answer);
    expect(exact!.status).toBe('found');
    expect(exact!.verification?.exact).toBe(true);
    expect(exact!.hits[0]?.speaker?.name).toBe('Tomas Lindqvist');
    expect(misquote!.status).toBe('found');
    expect(misquote!.verification?.exact).toBe(false);
    expect(misquote!.hits[0]?.text).toBe('We will stay open until ten on weeknights from March,');
    // "added": the pasted words put in; "removed": the quote's words they left out.
    expect(misquote!.verification?.diff).toEqual(expect.arrayContaining([{ op: 'added', text: 'eleven' }, { op: 'removed', text: 'ten' }, { op: 'added', text: 'weekdays' }, { op: 'removed', text: 'weeknights' }]));
    expect(none!.status).toBe('not_found');
    expect(none!.hits).toEqual([]);
  });

  it('time words inside the pasted words are the quote\'s, never a time window that hides it', async () => {
    for (const words of ['We will stay open until ten on weeknights from March', 'The ferry subsidy costs less than one new bridge would, and it serves more people today']) {
      const a = await core.verify(words);
      expect(a.status, words).toBe('found');
      expect(a.verification?.exact, words).toBe(true);
      expect(a.understood.time).toBeUndefined();
    }
  });

  it('reads only the collections it is given', async () => {
    const line = '“The velodrome roof no longer leaks onto the boards, so the juniors can train again”';
    const here = await core.verifyMessage(line, { collections: ['default'] });
    expect(here.checks[0]!.answer.status).toBe('not_found');
    expect(JSON.stringify(here)).not.toContain('Balogun');
    const there = await core.verifyMessage(line, { collections: ['sport'] });
    expect(there.checks[0]!.answer.hits[0]?.speaker?.name).toBe('Henrik Balogun');
    await expect(core.verifyMessage(line, { collections: ['../etc'] })).rejects.toThrow(/invalid collection/);
  });

  it('says when there is nothing to check, and stops when asked to', async () => {
    expect(await core.verifyMessage('  \n ')).toMatchObject({ from: 'empty', checks: [], skipped: 0, truncated: false });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(core.verifyMessage('“Reading rooms were full every evening last term”', { signal: controller.signal })).rejects.toThrow('stop');
  });
});
