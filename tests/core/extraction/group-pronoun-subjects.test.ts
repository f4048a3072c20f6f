import { describe, expect, it } from 'vitest';
import { extract, quoteStarting as quoteAt } from './helpers.js';

// Session 34 (h-attr84). Every text is written for these tests; names and places are invented. A lone indefinite
// pronoun of people ("Some said", "Several said", "Many in the crowd said") or a party or nation placed by "in"/"at"
// ("Democrats in Lisk who watched the debate said") is an unnamed group that reports the clause, as "one fan said" is.
describe('unnamed groups as the subject of a speech verb', () => {
  it('"Some said", "Several said": the clause is reported speech of an anonymous group', () => {
    const qs = extract('The dockers met the mayor on Monday. Some said they had cringed as the mayor likened the port to a museum.');
    const q = quoteAt(qs, 'they had cringed');
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker?.name).toBe('Some');
    expect(q?.speaker?.anonymous).toBe(true);
    const qs2 = extract('Farmers gathered outside the hall. Several said they would rather the council paid the grants directly.');
    expect(quoteAt(qs2, 'they would rather')?.speaker?.name).toBe('Several');
  });

  it('"Many in the crowd said": the pronoun placed by a preposition speaks', () => {
    const qs = extract('The rally ran late into the night. Many in the crowd said Ada Holt was the only candidate they trusted.');
    expect(quoteAt(qs, 'Ada Holt was the only')?.speaker?.anonymous).toBe(true);
    expect(quoteAt(qs, 'Ada Holt was the only')?.speaker?.name).toBe('Many in the crowd');
  });

  it('"Democrats in Lisk who watched the debate said": the party placed by "in" speaks', () => {
    const qs = extract('Democrats in Lisk who watched the Saturday debate said they were unfazed by the flap over the port.');
    expect(quoteAt(qs, 'they were unfazed')?.speaker?.name).toBe('Democrats');
  });

  it('not "Some reports claim" (a noun after the pronoun) nor a modal\'s guess ("Few would argue")', () => {
    const qs = extract('Some reports claim Ada Holt first wanted another coach for the harbour team.');
    expect(quoteAt(qs, 'claim Ada Holt')).toBeUndefined();
    expect(quoteAt(qs, 'Ada Holt first wanted')?.speaker?.name).not.toBe('Some');
    const qs2 = extract('Few would argue against the use of such records to catch smugglers in the port.');
    expect(quoteAt(qs2, 'against the use')).toBeUndefined();
  });

  it('"Another said" is another person; "Another notes ..." after a list of posts is no speaker', () => {
    const qs = extract('One dock worker said the port was finished. Another said he hoped the mayor would resign before the vote.');
    expect(quoteAt(qs, 'he hoped the mayor')?.speaker?.name).toBe('Another');
    const qs2 = extract('One video shows the mayor at the harbour. Another notes her summer job on a fishing boat in the north.');
    expect(quoteAt(qs2, 'her summer job')).toBeUndefined();
  });

  it('leaves a placed plural that is no party or nation, and "Most of the ..." read whole', () => {
    const qs = extract('Sales in Lisk said little about the harbour plan, the report found.');
    expect(quoteAt(qs, 'little about')).toBeUndefined();
    const qs2 = extract('Most of the vulnerable harbour councillors have said they would back the plan.');
    expect(quoteAt(qs2, 'they would back')?.speaker?.name).not.toBe('Most');
  });
});
