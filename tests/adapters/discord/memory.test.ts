import { expect, test } from 'vitest';
import { QuestionMemory, type AskedQuestion } from '../../../src/adapters/discord/memory.js';
import type { ExpiringState } from '../../../src/core/index.js';

const q = (question: string): AskedQuestion => ({ kind: 'ask', question, guildId: '810000000000000001', userId: '840000000000000001', private: false });

/** A map standing in for the store's state table (its own behaviour is the store contract's business). */
function mapState(): ExpiringState & { rows: Map<string, string> } {
  const rows = new Map<string, string>();
  return {
    rows,
    putState: async (k, v) => void rows.set(k, v),
    getState: async (k) => rows.get(k) ?? null,
    deleteState: async (k) => rows.delete(k),
    claimState: async () => true,
  };
}

test('keys are short, unique and fit a button id', async () => {
  const m = new QuestionMemory();
  const keys = new Set(await Promise.all(Array.from({ length: 500 }, (_, i) => m.remember(q(`q${i}`)))));
  expect(keys.size).toBe(500);
  for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{12}$/);
});

test('forgets the oldest beyond its size, and anything older than its age', async () => {
  let now = 0;
  const m = new QuestionMemory(2, 1000, () => now);
  const a = await m.remember(q('a'));
  const b = await m.remember(q('b'));
  const c = await m.remember(q('c'));
  expect(await m.recall(a)).toBeUndefined();
  expect((await m.recall(b))?.question).toBe('b');
  now = 1001;
  expect(await m.recall(c)).toBeUndefined();
  expect(m.size).toBeLessThanOrEqual(2);
});

test('with a store, a new process (a restart) recalls what an earlier one remembered; a tampered row is refused', async () => {
  const state = mapState();
  const before = new QuestionMemory(2000, 1000, Date.now, state);
  const key = await before.remember({ ...q('what did Kirby say'), speakerId: 'john-kirby', private: true });
  const after = new QuestionMemory(2000, 1000, Date.now, state);
  expect(await after.recall(key)).toEqual({ ...q('what did Kirby say'), speakerId: 'john-kirby', private: true });
  state.rows.set('discord:q:forged', JSON.stringify({ kind: 'ask', question: 1, guildId: 'x' }));
  expect(await after.recall('forged')).toBeUndefined();
  expect(await after.recall('unknown')).toBeUndefined();
});

test('a store that fails is reported, and the question is still remembered in memory', async () => {
  const errors: unknown[] = [];
  const broken: ExpiringState = { putState: () => Promise.reject(new Error('down')), getState: () => Promise.reject(new Error('down')), deleteState: () => Promise.reject(new Error('down')), claimState: () => Promise.reject(new Error('down')) };
  const m = new QuestionMemory(2000, 1000, Date.now, broken, (err) => errors.push(err));
  const key = await m.remember(q('a'));
  expect((await m.recall(key))?.question).toBe('a');
  expect(await m.recall('other')).toBeUndefined();
  expect(errors).toHaveLength(2);
});
