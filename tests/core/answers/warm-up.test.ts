import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpQuestions } from '../../../src/core/answers/warm-up.js';
import { IndexCache } from '../../../src/core/engine.js';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import type { Answer } from '../../../src/core/answers/model.js';
import type { QuoteStore } from '../../../src/core/store/port.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { spyStore } from '../../support/spy-store.js';

/** The start-up warm-up asks a question of every answer path, built from the index, and changes no answer. */
const ARTICLES = [
  `Council approves the new bridge

Council leader Mara Quist said the bridge would open next spring.

"The bridge will end years of traffic jams on the high street," Quist said.

"We have waited for this bridge for a very long time," Quist added.

Opposition councillor Tomas Brandvold said the bridge cost too much.

"Nobody asked the ferry workers what the bridge means for their jobs," Brandvold said.
`,
  `Ferry service to close after the bridge opens

The harbour ferry will stop running once the bridge opens, council leader Mara Quist said on Monday.

"The ferry served this town well for a hundred years and the bridge will do the same," Quist said.

"The ferry workers deserve new jobs at the harbour, not a thank-you letter," Brandvold said.
`,
];

const NOW = () => new Date('2024-06-01T12:00:00Z');
const QUESTIONS = [
  'what did Quist say about the bridge',
  'Brandvold on the ferry workers',
  'who said "the bridge will end years of traffic jams"',
  'latest from Quist',
  'which speakers talked about the ferry',
  'what did the council leader say about the ferry',
  'what did Qiust say about the bridge',
  'what did Ingrid Sommerfeld say about the bridge',
  'what did the woman who runs the harbour say about jobs',
  'ferry jobs',
];

async function open(): Promise<{ core: OnRecord; store: QuoteStore; calls: string[] }> {
  const inner = new SqliteQuoteStore({ dir: ':memory:' });
  await inner.init();
  const calls: string[] = [];
  const store = spyStore(inner, (method) => calls.push(method));
  const core = createOnRecord({ store, refreshMs: 0, now: NOW });
  for (const [i, content] of ARTICLES.entries()) await core.ingestDocument({ content, source: `bridge-${i}.txt` }, { collection: 'default' });
  return { core, store, calls };
}

const withoutTime = (a: Answer) => JSON.stringify({ ...a, tookMs: 0 });

let warmed: Awaited<ReturnType<typeof open>>;
let cold: Awaited<ReturnType<typeof open>>;
beforeAll(async () => {
  warmed = await open();
  cold = await open();
});
afterAll(async () => {
  await warmed.core.close();
  await cold.core.close();
});

describe('warm-up questions', () => {
  it('are built from the index and reach every answer path', async () => {
    const { registry } = await new IndexCache(warmed.store, 0).current(['default']);
    const help = await warmed.core.help({});
    const questions = warmUpQuestions(help, registry, ['default']);
    // Only the index's own names and words: the two speakers, nobody invented but the reversed "nobody" name.
    expect(questions.join(' ')).toMatch(/Quist/);
    expect(questions.join(' ')).toMatch(/Brandvold/);
    const answers = await Promise.all(questions.map((q) => warmed.core.ask(q, {})));
    const intents = new Set(answers.map((a) => a.understood.intent));
    expect([...intents].sort()).toEqual(['latest', 'quote', 'speakers', 'verify']);
    const notes = answers.map((a) => a.note ?? '');
    expect(notes.some((n) => /^Read “\w+” as/.test(n))).toBe(true); // a misspelt surname
    expect(notes.some((n) => /^No speaker called/.test(n))).toBe(true); // a name nobody on record has
    expect(notes.some((n) => /No speaker on record has the role “the guy who/.test(n))).toBe(true); // a description
    expect(answers.some((a) => a.understood.speaker === undefined && a.understood.intent === 'quote')).toBe(true); // a topic alone
    const office = answers.find((_, i) => /^what did the council leader/i.test(questions[i]!));
    expect(office?.hits[0]?.speaker?.name).toBe('Mara Quist');
    expect(answers.filter((a) => a.status === 'found').length).toBeGreaterThanOrEqual(8);
  });

  it('runs once per process: a second call reads nothing', async () => {
    await warmed.core.warm();
    warmed.calls.length = 0;
    await warmed.core.warm();
    expect(warmed.calls).toEqual([]);
  });

  it('on an empty index asks only the help examples, and warms without failing', async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    const core = createOnRecord({ store, refreshMs: 0, now: NOW });
    const { registry } = await new IndexCache(store, 0).current(['default']);
    const help = await core.help({});
    expect(warmUpQuestions(help, registry, ['default'])).toEqual(help.examples);
    await expect(core.warm()).resolves.toBeUndefined();
    await core.close();
  });

  it('changes no answer', async () => {
    await warmed.core.warm();
    for (const q of QUESTIONS) {
      const [a, b] = [await warmed.core.ask(q, {}), await cold.core.ask(q, {})];
      expect(withoutTime(a), q).toBe(withoutTime(b));
    }
  });
});
