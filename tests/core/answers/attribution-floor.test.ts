import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { extractQuotes } from '../../../src/core/extraction/index.js';
import type { Extractor } from '../../../src/core/extraction/model.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

/**
 * Honesty rule: a question that names a person (or asks only for a topic) is never answered with a quote whose
 * speaker the extractor could hardly name. Such a quote is left out ("no quote found", saying why); a quote
 * the extractor is unsure of but not lost on is shown marked "attribution uncertain".
 */
const ARTICLE = `Harbour plan splits the council

Councillor Maria Ostrova said the harbour plan would bring new jobs to the town.

"The harbour plan will bring a thousand jobs within five years," Ostrova said.

Opponents gathered outside the hall. "Nobody asked the fishermen about the harbour dredging at all," one man shouted.

"The ferry timetable must change before the summer," Ostrova said later.
`;

/** The built-in extractor, with chosen quotes filed under Ostrova at the confidence the test needs (an extraction guess). */
function extractorWith(confidences: Record<string, number>): Extractor {
  return (text, paragraphs, meta) =>
    extractQuotes(text, paragraphs, meta).map((q) => {
      const key = Object.keys(confidences).find((k) => q.text.includes(k));
      return key ? { ...q, speaker: { name: 'Maria Ostrova' }, confidence: confidences[key] as number } : q;
    });
}

async function coreWith(confidences: Record<string, number>): Promise<OnRecord> {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 0, now: () => new Date('2024-06-01T12:00:00Z'), extract: extractorWith(confidences) });
  await core.ingestDocument({ content: ARTICLE, source: 'harbour.txt' }, { collection: 'default' });
  return core;
}

describe('attribution floor: no answer under a name the extractor could hardly give', () => {
  let guessed: OnRecord;
  let unsure: OnRecord;
  beforeAll(async () => {
    // The shouted line filed under Ostrova at 0.1 (right about one time in ten); the ferry line at 0.45.
    guessed = await coreWith({ fishermen: 0.1, ferry: 0.45 });
    unsure = await coreWith({ fishermen: 0.45 });
  });
  afterAll(async () => {
    await guessed.close();
    await unsure.close();
  });

  it('a named speaker\'s question is not answered with a quote attributed to them at 0.1: no quote found, and why', async () => {
    const a = await guessed.ask('what did Ostrova say about the fishermen and the dredging');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.note).toMatch(/1 matching quote was left out: who said it is too uncertain/);
  });

  it('a topic-only question is not answered with that quote either', async () => {
    const a = await guessed.ask('quote on fishermen and dredging');
    expect(a.status).toBe('not_found');
    // At 0.45 the same line answers the topic (marked uncertain): the floor, not the topic, left it out above.
    const b = await unsure.ask('quote on fishermen and dredging');
    expect(b.hits[0]?.text).toContain('fishermen');
  });

  it('the same quote at 0.45 is an answer, marked attribution uncertain', async () => {
    const a = await unsure.ask('what did Ostrova say about the fishermen and the dredging');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('fishermen');
    expect(a.hits[0]?.attributionUncertain).toBe(true);
  });

  it('the speaker\'s surer quotes still answer, and a pasted line finds its words whatever the attribution', async () => {
    const jobs = await guessed.ask('what did Ostrova say about jobs');
    expect(jobs.hits[0]?.text).toContain('thousand jobs');
    expect(jobs.hits[0]?.attributionUncertain).toBe(false);
    const ferry = await guessed.ask('what did Ostrova say about the ferry timetable');
    expect(ferry.hits[0]?.attributionUncertain).toBe(true);
    const pasted = await guessed.ask('who said "Nobody asked the fishermen about the harbour dredging at all"');
    expect(pasted.hits[0]?.text).toContain('fishermen');
    expect(pasted.hits[0]?.attributionUncertain).toBe(true);
  });
});
