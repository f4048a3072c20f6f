import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { distinctiveWord } from '../../../src/core/speakers/registry.js';
import { coreOf } from './texts.js';

/**
 * Bare keywords name an organisation by the word it is known by ("brookings iraq unemployment" for the Brookings
 * Institution), unless that word is a topic the quotes use ("harbour" is no name for the Harbour Trust). Articles
 * written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'pensions.txt': `Think tank warns on pension gap

"We estimate the pension gap at between four and six percent of output," The Calloway Institution said in a report.

Economist Rhoda Fenwick said the gap would close slowly. "Pensions are a slow ship to turn," Fenwick said.
`,
  'harbour.txt': `Harbour dredging row

"The harbour will silt up within a decade without dredging," the Harbour Trust said.

"Every harbour on this coast has the same problem," said skipper Aled Morgan. "The harbour master knows it and the harbour board knows it."

"We dredged the harbour mouth in 2019," said harbour engineer Ines Quarrie. "A harbour needs dredging every five years," she said. "No harbour can wait."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the word an organisation is known by', () => {
  it('is the capitalised word before what kind of body it is', () => {
    expect(distinctiveWord('Brookings Institution')).toBe('brookings');
    expect(distinctiveWord('Heritage Foundation')).toBe('heritage');
    expect(distinctiveWord('The Brookings Institution')).toBe('brookings');
    expect(distinctiveWord('Bank of England')).toBeUndefined();
    expect(distinctiveWord('Pew Research Center')).toBeUndefined();
    expect(distinctiveWord('Reuters')).toBeUndefined();
  });

  it('names the organisation in bare keywords', async () => {
    const a = await core.ask('calloway pension gap estimate');
    expect(a.hits[0]?.speaker?.name).toBe('Calloway Institution');
    expect(a.hits[0]?.text).toContain('between four and six percent');
  });

  it('is a topic, not a speaker, when the quotes use it', async () => {
    const a = await core.ask('harbour silt dredging decade');
    expect(a.understood.speaker).toBeUndefined();
    // The Trust is a speaker on record, by its whole name.
    expect((await core.ask('harbour trust silt decade')).understood.speaker?.resolved[0]?.name).toBe('Harbour Trust');
  });
});
