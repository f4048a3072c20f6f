import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreWith } from '../../support/core.js';

/**
 * Named answer cases over articles the team wrote plus the seed. Each asserts who is answered and the words
 * of the first quote (order, not scores), with the reason in the test name.
 */
let core: OnRecord;
beforeAll(async () => {
  core = await coreWith({ now: new Date('2024-06-01T12:00:00Z') });
});
afterAll(() => core.close());

const first = async (q: string) => {
  const a = await core.ask(q);
  return { a, hit: a.hits[0] };
};

describe('what did X say (about Y)', () => {
  it('finds the quote by surname and topic, with role, audience and source', async () => {
    const { a, hit } = await first('what did Dunford say about intel sharing');
    expect(a.status).toBe('found');
    expect(hit?.speaker?.name).toBe('Joseph Dunford');
    expect(hit?.speaker?.role).toBe('Chairman of the Joint Chiefs of Staff');
    expect(hit?.text).toContain('intelligence sharing agreement');
    expect(hit?.audience).toBe('lawmakers');
    expect(hit?.saidOn?.date).toBe('--09-20');
    expect(hit?.article.path).toBe('data/articles/syria-nusra.txt');
    expect(hit?.context).toContain('told the lawmakers on September 20');
  });

  it('repairs a misspelt surname (one transposition)', async () => {
    const { hit } = await first('what did Dunfrod say about intel sharing');
    expect(hit?.speaker?.name).toBe('Joseph Dunford');
  });

  it('repairs a misspelt surname in bare keywords and ranks by the topic', async () => {
    const { hit } = await first('okafr blank cheque');
    expect(hit?.speaker?.name).toBe('Helen Okafor');
    expect(hit?.text).toContain('blank cheque');
  });

  it('expands newsroom abbreviations: govt, PM, intel, econ', async () => {
    expect((await first('what did the PM say about the govt and nurses')).hit?.text).toContain('This government will not cut');
    expect((await first('Lindqvist on intel')).hit?.text).toContain('intelligence services');
    expect((await first('Lindqvist econ')).hit?.text).toContain('Our economy grew');
  });

  it('matches inflections: "priced" for "pricing"', async () => {
    expect((await first('what did Okafor say about pricing the bridge')).hit?.text).toContain('priced properly');
  });

  it('resolves a role to the person who holds it', async () => {
    const { hit } = await first('what did the state dept spokesman say about assad');
    expect(hit?.speaker?.name).toBe('John Kirby');
    expect(hit?.text).toContain('Bashar al-Assad');
  });

  it('answers an organisation as speaker', async () => {
    const { hit } = await first('what did the Harbour Engineers Association say about steel');
    expect(hit?.speaker?.name).toBe('Harbour Engineers Association');
  });
});

describe('honesty', () => {
  it('says no quote found, with the speaker asked, when the topic is not on record', async () => {
    const { a } = await first('what did Okafor say about cricket');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.speakers.map((s) => s.name)).toContain('Helen Okafor');
    expect(a.note).toMatch(/cricket/);
  });

  it('never answers with another speaker when the named one is unknown', async () => {
    const { a } = await first('what did Smithers say about the harbour bridge');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.speakers.length).toBeGreaterThan(0);
  });

  it('keeps two people of one surname apart and names the other', async () => {
    const coach = await first('Reyes on young players learning');
    expect(coach.hit?.speaker?.name).toBe('Mark Reyes');
    expect(coach.a.alternatives.map((s) => s.name)).toContain('David Reyes');
    const minister = await first('Reyes on the harbour bridge transport project');
    expect(minister.hit?.speaker?.name).toBe('David Reyes');
  });
});

describe('who said "..."', () => {
  it('finds the real quote and shows how a misquote differs', async () => {
    const a = await core.ask('who said "we will not sign a blank check for a bridge nobody has costed"');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Helen Okafor');
    expect(a.verification?.exact).toBe(false);
    const changes = a.verification?.diff.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text}`) ?? [];
    expect(changes).toContain('added:check');
    expect(changes.some((c) => c.startsWith('removed:') && c.includes('cheque'))).toBe(true);
  });

  it('tells an exact excerpt of a longer quote from a misquote', async () => {
    const part = await core.ask('who said "a bridge that nobody has priced properly"');
    expect(part.hits[0]?.speaker?.name).toBe('Helen Okafor');
    expect(part.verification).toMatchObject({ exact: false, excerpt: true, coverage: 1 });
    expect(part.verification!.similarity).toBeLessThan(1);
    const mis = await core.ask('who said "a bridge that nobody has costed properly"');
    expect(mis.verification).toMatchObject({ exact: false, excerpt: false });
    expect(mis.verification!.coverage).toBeLessThan(1);
  });

  it('merges syndicated copies into one answer with several sources', async () => {
    const a = await core.ask('who said "we will not sign a blank cheque for a bridge"');
    const okafor = a.hits.filter((h) => h.speaker?.name === 'Helen Okafor');
    expect(okafor).toHaveLength(1);
    const outlets = [okafor[0]?.article.outlet, ...(okafor[0]?.alsoIn.map((s) => s.outlet) ?? [])].sort();
    expect(outlets).toEqual(['Example Gazette', 'Example Wire']);
  });

  it('says nobody is on record for words never quoted', async () => {
    const a = await core.verify('the moon is made of green cheese and always was');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
  });
});

describe('latest, speakers, help and time', () => {
  it('latest from X puts the newest quote first', async () => {
    const a = await core.ask('latest from Reyes', { limit: 5 });
    expect(a.understood.intent).toBe('latest');
    const dates = a.hits.map((h) => h.article.published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('says what a named speaker is on record about when nothing matches the topic', async () => {
    const a = await core.ask('what did Okafor say about football');
    expect(a.status).toBe('not_found');
    expect(a.topics).toEqual(expect.arrayContaining(['cheque', 'priced']));
    expect(a.topics).not.toContain('football');
    expect((await core.ask('what did Okafor say about the bridge')).topics).toBeUndefined();
    expect((await core.ask('quotes about zeppelins')).topics).toBeUndefined();
  });

  it('takes a name in "quotes about Y" as a topic, never as the speaker asked for', async () => {
    const a = await core.ask('quotes about Reyes');
    expect(a.understood.speaker).toBeUndefined();
    expect(a.understood.topic).toEqual(['reyes']);
    // No quote has "Reyes" in its own words: none is found, rather than Reyes's own quotes on other topics.
    expect(a.status).toBe('not_found');
    const b = await core.ask('which speakers talked about Okafor');
    expect(b.understood.intent).toBe('speakers');
    expect(b.understood.topic).toEqual(['okafor']);
  });

  it('lists the speakers who talked about a topic', async () => {
    const a = await core.ask('which speakers talked about the harbour bridge');
    expect(a.understood.intent).toBe('speakers');
    expect(a.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Helen Okafor', 'David Reyes']));
  });

  it('filters on when it was said', async () => {
    const inMay = await core.ask('Lindqvist on the economy in May 2024');
    expect(inMay.status).toBe('found');
    const inMarch = await core.ask('Lindqvist on the economy in March 2024');
    expect(inMarch.status).toBe('not_found');
  });

  it('explains itself with examples from the index', async () => {
    const a = await core.help();
    expect(a.status).toBe('help');
    expect(a.examples.length).toBeGreaterThanOrEqual(4);
    const names = a.speakers.map((s) => s.name.split(' ').at(-1) as string);
    expect(a.examples.some((e) => names.some((n) => e.includes(n)))).toBe(true);
  });
});

describe('any question gets a clear answer, never a crash', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['punctuation', '?!?!...,,,;;'],
    ['emoji', '🙂🔥🚀'],
    ['another language', '¿qué dijo el ministro sobre el puente?'],
    ['right-to-left', 'ماذا قال الوزير عن الجسر'],
    ['control characters', 'what\u0000 did\u001b Kirby say'],
    ['10,000 characters', 'bridge '.repeat(1430)],
  ])('%s', async (_name, q) => {
    const a = await core.ask(q);
    expect(['found', 'not_found', 'help']).toContain(a.status);
    expect(a.tookMs).toBeGreaterThanOrEqual(0);
  });
});

describe('tenancy', () => {
  it('answers only from the asker\'s collections', async () => {
    const other = await core.ask('what did Dunford say about intel sharing', { collections: ['another-newsroom'] });
    expect(other.status).toBe('not_found');
    expect(other.hits).toEqual([]);
    expect(other.speakers.map((s) => s.name)).not.toContain('Joseph Dunford');
  });
});
