import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { spyStore } from '../../support/spy-store.js';

/** A timed-out chat answer stops its work: the question's abort signal is checked at every store round-trip. */
const ARTICLE = `Council approves the new bridge

Council leader Mara Quist said the bridge would open next spring.

"The bridge will end years of traffic jams on the high street," Quist said.
`;

let calls: string[] = [];
/** The signal each store read was given (`ReadOptions`), by method name. */
let signals = new Map<string, AbortSignal | undefined>();
/** Called with the name of each store method as it is called; may abort the question in flight. */
let onCall: (name: string) => void = () => {};
let core: OnRecord;
beforeAll(async () => {
  const inner = new SqliteQuoteStore({ dir: ':memory:' });
  await inner.init();
  const store = spyStore(inner, (method, args) => {
    calls.push(method);
    const options = args.find((a): a is { signal?: AbortSignal } => typeof a === 'object' && a !== null && 'signal' in a);
    signals.set(method, options?.signal);
    onCall(method);
  });
  core = createOnRecord({ store, refreshMs: 0, now: () => new Date('2024-06-01T12:00:00Z') });
  await core.ingestDocument({ content: ARTICLE, source: 'bridge.txt' }, { collection: 'default' });
  await core.warm();
});
afterAll(() => core.close());

describe('an aborted question stops at its next store round-trip', () => {
  it('answers as usual with a live signal', async () => {
    const a = await core.ask('what did Quist say about the bridge', { signal: new AbortController().signal });
    expect(a.hits[0]?.text).toContain('traffic jams');
  });

  it('a signal already aborted reads nothing from the store', async () => {
    const c = new AbortController();
    c.abort();
    calls = [];
    await expect(core.ask('what did Quist say about the bridge', { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls.filter((n) => n !== 'revision')).toEqual([]);
  });

  it('aborted while the speaker\'s quotes are read: rejects, and the answers are never fetched', async () => {
    const c = new AbortController();
    calls = [];
    onCall = (name) => {
      if (name === 'rankRowsBySpeakers') c.abort();
    };
    await expect(core.ask('what did Quist say about the bridge', { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
    onCall = () => {};
    expect(calls).toContain('rankRowsBySpeakers');
    expect(calls).not.toContain('getQuotes');
    expect(calls).not.toContain('articlesWithFingerprints');
  });

  it('passes the signal on to every store read of the answer, so the store can stop a read already running', async () => {
    const c = new AbortController();
    signals = new Map();
    const a = await core.ask('what did Quist say about the bridge', { signal: c.signal });
    expect(a.hits[0]?.text).toContain('traffic jams');
    for (const read of ['rankRowsBySpeakers', 'getQuotes', 'articlesWithFingerprints']) expect(signals.get(read), read).toBe(c.signal);
    signals = new Map();
    await core.verify('The bridge will end years of traffic jams', { signal: c.signal });
    expect(signals.get('quotesWithAllTerms')).toBe(c.signal);
  });
});
