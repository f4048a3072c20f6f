import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/answers/model.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/*
 * Issue 14 item 5: one handler per intent, each returning its Answer (answerer.ts HANDLERS, a Record over every
 * Intent, so a new intent without a handler does not compile). Here each intent's question reaches its own handler:
 * the answer says which intent it understood and carries the part only that handler fills in.
 */
const ARTICLE = `Brightwater weighs the sale of Glenspring

"Selling Glenspring is still on the table, but nothing is decided," said Hanna Lindqvist, Brightwater's chief executive.

"We will keep the bottling plant at Glenspring open," Lindqvist added.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'brightwater.txt': ARTICLE });
});
afterAll(() => core.close());

describe('one handler per intent, each returning its own Answer', () => {
  const cases: [Intent, string][] = [
    ['quote', 'what did Lindqvist say about the bottling plant'],
    ['latest', 'latest from Lindqvist'],
    ['verify', 'who said "selling Glenspring is still on the table"'],
    ['speakers', 'which speakers talked about Glenspring'],
    ['help', 'help'],
  ];
  it.each(cases)('%s: "%s"', async (intent, question) => {
    const a = await core.ask(question);
    expect(a.understood.intent).toBe(intent);
    if (intent === 'help') expect(a.status === 'help' && a.examples.length > 0).toBe(true);
    else if (intent === 'speakers') expect(a.speakers.map((s) => s.name)).toContain('Hanna Lindqvist');
    else if (intent === 'verify') expect(a.verification).toBeDefined();
    else expect(a.hits[0]?.speaker?.name).toBe('Hanna Lindqvist');
    if (intent === 'quote') expect(a.hits[0]?.text).toContain('bottling plant');
  });
});
