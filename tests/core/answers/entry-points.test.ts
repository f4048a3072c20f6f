import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyQuestion, type Answer, type OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';
import { FERRY, LIBRARY } from '../../support/verify-articles.js';

/**
 * `verify` and `help` are typed entry points of the core: the pasted words go straight to the "who said" handler
 * and help to its own, with no question built to be parsed again. They answer exactly as the questions
 * "who said "<words>"" and "help" do.
 */

/** An answer without its timing, which differs from run to run. */
const facts = (a: Answer) => ({ ...a, tookMs: 0 });

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'library.txt': LIBRARY, 'ferry.txt': FERRY });
});
afterAll(() => core.close());

describe('verify: the pasted words go straight to the "who said" handler', () => {
  const pastes = [
    'We will stay open until ten on weeknights from March',
    '"Reading rooms were full every evening last term"',
    '“the ferry subsidy costs less than a new bridge”',
    'it serves more people today".',
    'We will stay open\nuntil ten on weeknights',
    'latest from Lindqvist',
    'help',
    `${'Reading rooms were full every evening last term. '.repeat(15)}`,
    '"',
    'Nobody on record ever said these particular words about tramways',
  ];

  it('answers exactly as the question "who said "<words>"" does, for every kind of paste', async () => {
    for (const pasted of pastes) {
      const typed = await core.verify(pasted);
      const asked = await core.ask(verifyQuestion(pasted));
      expect(facts(typed), pasted).toEqual(facts(asked));
    }
  });

  it('finds the quote and marks the differences; the answer shows the "who said" question it answered', async () => {
    const a = await core.verify('We will stay open until eleven on weeknights from March');
    expect(a.question).toBe('who said "We will stay open until eleven on weeknights from March"');
    expect(a.understood).toMatchObject({ intent: 'verify', quoted: 'We will stay open until eleven on weeknights from March' });
    expect(a.hits[0]?.speaker?.name).toBe('Tomas Lindqvist');
    expect(a.verification?.exact).toBe(false);
    expect(a.verification?.diff.some((d) => d.op !== 'same')).toBe(true);
  });

  it('words that read like another question are still words to check, never a question', async () => {
    const a = await core.verify('latest from Lindqvist');
    expect(a.understood).toMatchObject({ intent: 'verify', quoted: 'latest from Lindqvist' });
    expect(a.hits).toEqual([]);
  });

  it('time words in the paste are the quote\'s own, never a time window', async () => {
    const a = await core.verify('it serves more people today');
    expect(a.understood.time).toBeUndefined();
    expect(a.hits[0]?.speaker?.name).toBe('Maria Kirby');
  });

  it('a paste longer than a question is read only to the question limit', async () => {
    const long = 'Reading rooms were full every evening last term. '.repeat(15);
    const a = await core.verify(long);
    expect(a.question.length).toBe(500);
    expect(long.startsWith(a.understood.quoted ?? '-')).toBe(true);
    expect(a.understood.quoted?.length).toBeLessThan(long.trim().length);
  });

  it('an empty paste asks for the words (a verification, not a search)', async () => {
    const a = await core.verify('  \n ');
    expect(a.understood.intent).toBe('verify');
    expect(a.status).toBe('not_found');
    expect(a.note).toBe('Paste the words to check after "who said".');
    expect(a.speakers).toEqual([]);
  });
});

describe('help: a typed entry point', () => {
  it('answers as the question "help" does, with examples from the index', async () => {
    const typed = await core.help();
    expect(facts(typed)).toEqual(facts(await core.ask('help')));
    expect(typed.status).toBe('help');
    expect(typed.examples.some((e) => e.includes('Lindqvist') || e.includes('Kirby'))).toBe(true);
  });

  it('honours the abort signal like every question', async () => {
    const c = new AbortController();
    c.abort();
    await expect(core.verify('Reading rooms were full', { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
