import { describe, expect, it } from 'vitest';
import { commandDefinitions, COMMAND } from '../../src/adapters/discord/commands.js';
import { renderDiscordDigest, renderDiscordFollow } from '../../src/adapters/discord/render-follows.js';
import { readRequest } from '../../src/adapters/slack/incoming.js';
import { renderSlackDigest, renderSlackFollow } from '../../src/adapters/slack/render-follows.js';
import type { FollowDigest, QuoteHit } from '../../src/core/index.js';

/** A quote whose words, speaker and topic are built to ping, link and break markup. */
const HOSTILE: QuoteHit = {
  id: 'q1',
  text: 'Everyone <!channel> <@U0BOSS> @everyone **bold** [link](https://evil.example) `code` must read this',
  kind: 'direct',
  speaker: { id: 'x', name: 'Mal <!here> Ory', role: '@here spokesman', organisation: '<https://evil.example|Org>' },
  article: { articleId: 'a', title: 'Story <!channel>', url: 'https://news.example/story', outlet: 'Wire', published: '2024-05-01' },
  alsoIn: [{ articleId: 'b', title: 'Copy', url: 'https://paper.example/copy', outlet: 'Paper' }],
  context: '',
  score: 0,
  confidence: 0.9,
  attributionUncertain: false,
  matched: [],
};

const digest = (n: number, more = 0): FollowDigest => ({
  platform: 'x',
  tenant: 'T',
  channel: 'C',
  items: Array.from({ length: n }, (_, i) => ({ hit: { ...HOSTILE, id: `q${i}` }, follows: [{ speakerName: 'Mal <!here> Ory', topic: '<@U1> @everyone' }] })),
  more,
  moreFrom: more ? ['Someone <!channel>'] : [],
});

describe('follow messages in Slack', () => {
  it('reads follow, unfollow and following from /quote text', () => {
    expect(readRequest('follow Lavrov about Aleppo')).toEqual({ kind: 'follow', speaker: 'Lavrov', topic: 'Aleppo' });
    expect(readRequest('FOLLOW the state dept spokesman on Syria')).toEqual({ kind: 'follow', speaker: 'the state dept spokesman', topic: 'Syria' });
    expect(readRequest('unfollow Sergey Lavrov')).toEqual({ kind: 'unfollow', speaker: 'Sergey Lavrov' });
    expect(readRequest('following')).toEqual({ kind: 'following' });
    expect(readRequest('follow')).toMatchObject({ kind: 'invalid' });
    // A question that merely starts with the word is still a question.
    expect(readRequest('followers of Kirby')).toEqual({ kind: 'ask', question: 'followers of Kirby' });
    expect(readRequest('follow <@U0BOSS|boss> about x')).toEqual({ kind: 'follow', speaker: '@boss', topic: 'x' });
  });

  it('renders a digest that cannot ping, link or break markup, within Block Kit limits', () => {
    const m = renderSlackDigest(digest(30, 4));
    const all = JSON.stringify(m);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U|<https:\/\/evil/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    for (const b of m.blocks) if ('text' in b && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(renderSlackDigest(digest(1)).text).toMatch(/^A new quote from/);
    expect(JSON.stringify(renderSlackDigest(digest(2, 3)))).toContain('…and 3 more new quotes');
  });

  it('refuses an unknown speaker with the nearest, escaped', () => {
    const m = renderSlackFollow({ status: 'unknown_speaker', speaker: '<!channel> Putin', suggestions: [{ id: 'k', name: 'John Kirby', isOrganisation: false, quotes: 3 }] as never }, '/quote');
    const text = JSON.stringify(m);
    expect(text).toContain('Nearest speakers on record');
    expect(text).toContain('John Kirby');
    expect(text).not.toContain('<!channel>');
  });
});

describe('follow messages in Discord', () => {
  it('registers /quote-follow with add, remove and list, speaker autocomplete', () => {
    const def = commandDefinitions.find((c) => c.name === COMMAND.follow) as { options?: { name: string; options?: unknown }[] };
    expect(def.options?.map((o) => o.name)).toEqual(['add', 'remove', 'list']);
    const add = def.options![0] as unknown as { options: { name: string; autocomplete?: boolean; required?: boolean }[] };
    expect(add.options).toMatchObject([{ name: 'speaker', autocomplete: true, required: true }, { name: 'topic' }]);
  });

  it('renders a digest that cannot ping or format, with mentions off and within limits', () => {
    const p = renderDiscordDigest(digest(12, 2));
    expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(p.flags).toBeUndefined();
    expect(p.embeds.length).toBeLessThanOrEqual(10);
    const all = JSON.stringify(p);
    // Discord mention forms (Slack-only forms such as <!here> mean nothing there).
    expect(all).not.toMatch(/[^\\\u200b]<@U|@everyone|@here/);
    expect(p.content).toContain('…and 2 more new quotes');
    const size = p.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0), 0);
    expect(size).toBeLessThanOrEqual(6000);
  });

  it('answers a follow privately', () => {
    const p = renderDiscordFollow({ status: 'followed', follow: { id: 'f', speakerId: 's', speakerName: 'Sergey **Lavrov**', topic: 'aleppo', createdBy: 'u', createdAt: '' } });
    expect(p.flags).toBe(64);
    expect(p.embeds[0]!.description).toContain('**Sergey \\*\\*Lavrov\\*\\***');
  });
});
