import { expect, test } from 'vitest';
import { QuestionMemory, type AskedQuestion } from '../../../src/adapters/discord/memory.js';

const q = (question: string): AskedQuestion => ({ kind: 'ask', question, guildId: '810000000000000001', userId: '840000000000000001', private: false });

test('keys are short, unique and fit a button id', () => {
  const m = new QuestionMemory();
  const keys = new Set(Array.from({ length: 500 }, (_, i) => m.remember(q(`q${i}`))));
  expect(keys.size).toBe(500);
  for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{12}$/);
});

test('forgets the oldest beyond its size, and anything older than its age', () => {
  let now = 0;
  const m = new QuestionMemory(2, 1000, () => now);
  const a = m.remember(q('a'));
  const b = m.remember(q('b'));
  const c = m.remember(q('c'));
  expect(m.recall(a)).toBeUndefined();
  expect(m.recall(b)?.question).toBe('b');
  now = 1001;
  expect(m.recall(c)).toBeUndefined();
  expect(m.size).toBeLessThanOrEqual(2);
});
