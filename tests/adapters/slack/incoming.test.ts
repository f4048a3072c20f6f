import { describe, expect, it } from 'vitest';
import { SeenSet } from '../../../src/adapters/slack/dedupe.js';
import { decodeEntities, linksIn, plainText, readRequest } from '../../../src/adapters/slack/incoming.js';
import { cutAtWord, escapeMrkdwn, fitMrkdwn, mrkdwnLink } from '../../../src/adapters/slack/mrkdwn.js';
import { AddPermission } from '../../../src/adapters/slack/permissions.js';

describe('incoming Slack text', () => {
  it('decodes entities once, in the right order', () => {
    expect(decodeEntities('pay &amp; pensions &lt;b&gt;')).toBe('pay & pensions <b>');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('drops the bot mention and special mentions, keeps labels of links, channels and groups', () => {
    expect(plainText('<@UBOT> what did <@U0X|maria> say in <#C0X|harbour> <!here> see <https://a.example/x?a=1&amp;b=2|story>', 'UBOT')).toBe('what did @maria say in #harbour see story');
    expect(plainText('<!subteam^S0ED|@editors> ask')).toBe('@editors ask');
  });

  it('reads links with entities decoded, once each', () => {
    expect(linksIn('<https://a.example/x?a=1&amp;b=2> and <http://b.example|b> and <https://a.example/x?a=1&amp;b=2> <mailto:x@y.z|x>')).toEqual(['https://a.example/x?a=1&b=2', 'http://b.example']);
  });

  it('reads help, add, questions and misuse', () => {
    expect(readRequest('')).toEqual({ kind: 'help' });
    expect(readRequest(' HELP ')).toEqual({ kind: 'help' });
    expect(readRequest('<@UBOT>', 'UBOT')).toEqual({ kind: 'help' });
    expect(readRequest('add <https://news.example/a&amp;b>')).toEqual({ kind: 'add', url: 'https://news.example/a&b' });
    expect(readRequest('add https://news.example/plain')).toEqual({ kind: 'add', url: 'https://news.example/plain' });
    expect(readRequest('<@UBOT> add <https://news.example/m>', 'UBOT')).toEqual({ kind: 'add', url: 'https://news.example/m' });
    expect(readRequest('add').kind).toBe('invalid');
    expect(readRequest('add nonsense').kind).toBe('invalid');
    expect(readRequest('what did Kirby say &amp; why')).toEqual({ kind: 'ask', question: 'what did Kirby say & why' });
    expect(readRequest('x'.repeat(1001))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('limited to 1000') });
  });
});

describe('mrkdwn safety', () => {
  it('escapes the three control characters and drops control codes', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>\u0007')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('fits the escaped form, never splitting an entity', () => {
    const r = fitMrkdwn('a & b & c & d & e & f', 12);
    expect(r.text.length).toBeLessThanOrEqual(12);
    expect(r.cut).toBe(true);
    expect(r.text).not.toMatch(/&[a-z]*$|&[a-z]*…/);
    expect(cutAtWord('alpha beta gamma', 12)).toEqual({ text: 'alpha beta…', cut: true });
  });

  it('links only web addresses, with the label escaped', () => {
    expect(mrkdwnLink('https://a.example/x?a=1&b=2', 'A & B')).toBe('<https://a.example/x?a=1&amp;b=2|A &amp; B>');
    expect(mrkdwnLink('javascript:alert(1)', 'click')).toBe('click');
    // A URL carrying markup is not linked at all; a bare pipe would end the link early, so it is encoded.
    expect(mrkdwnLink('https://a.example/|<!here>', 'x')).toBe('x');
    expect(mrkdwnLink('https://a.example/a|b', 'x')).toBe('<https://a.example/a%7Cb|x>');
  });
});

describe('SeenSet', () => {
  it('says first only once per key within the window, and forgets after it', () => {
    let now = 0;
    const seen = new SeenSet(1000, 100, () => now);
    expect(seen.first('a')).toBe(true);
    expect(seen.first('a')).toBe(false);
    now = 1500;
    expect(seen.first('a')).toBe(true);
  });

  it('stays bounded', () => {
    const seen = new SeenSet(60_000, 50);
    for (let i = 0; i < 500; i++) seen.first(`k${i}`);
    expect(seen.size).toBeLessThanOrEqual(51);
  });
});

describe('AddPermission', () => {
  const api = (groups: Record<string, string[]>, calls: string[] = []) => ({
    usergroups: { users: { list: async ({ usergroup }: { usergroup: string }) => (calls.push(usergroup), groups[usergroup] ? { ok: true, users: groups[usergroup] } : { ok: false }) } },
  });

  it('lets everyone add when nobody is named', async () => {
    expect(await new AddPermission({ users: [], usergroups: [] }).check('U1', api({}))).toEqual({ allowed: true });
  });

  it('allows named users and group members, caches groups, and fails closed', async () => {
    const calls: string[] = [];
    const p = new AddPermission({ users: ['U0BOSS'], usergroups: ['S0ED'] });
    const a = api({ S0ED: ['U0ED'] }, calls);
    expect((await p.check('U0BOSS', a)).allowed).toBe(true);
    expect((await p.check('U0ED', a)).allowed).toBe(true);
    expect((await p.check('U0OTHER', a)).allowed).toBe(false);
    expect(calls).toEqual(['S0ED']);
    const broken = new AddPermission({ users: [], usergroups: ['S0GONE'] });
    expect(await broken.check('U0ED', api({}))).toMatchObject({ allowed: false, reason: expect.stringContaining('Could not check') });
  });
});
