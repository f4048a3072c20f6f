import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions, MENU } from '../../../src/adapters/discord/commands.js';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { WORLD, apiUser, interactionBase, snowflake } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

/**
 * "Verify quote", the message context-menu command, end to end: the gateway stand-in dispatches the interaction
 * (type 2, command type 3 with the target message in `resolved.messages`, as Discord does) to the real discord.js
 * client, and the answer is read back from the REST stand-in.
 */
const SPORT = {
  source: 'fixtures/velodrome.md',
  collection: 'sport',
  content: `---
title: Velodrome reopens after roof repairs
url: https://sport.example.net/2024/05/velodrome
outlet: Example Sport
published: 2024-05-02
---
Track cycling coach Henrik Balogun welcomed the reopening of the velodrome on Friday.

"The velodrome roof no longer leaks onto the boards, so the juniors can train again," Balogun said.
`,
};

let w: World;
beforeAll(async () => {
  w = await World.start({
    articles: [SPORT],
    tenants: JSON.stringify({ [`discord:${WORLD.guildId}`]: { read: ['default'] }, [`discord:${WORLD.otherGuildId}`]: { read: ['sport'], write: 'sport' } }),
  });
}, 60_000);
afterAll(async () => {
  await w?.close();
});

interface Target {
  content: string;
  author?: ReturnType<typeof apiUser>;
  embeds?: unknown[];
}

/** Right-click > Apps > Verify quote on a message; returns the interaction token. */
function verifyOn(target: Target, as: { guild?: string; user?: string; name?: string } = {}): string {
  const token = `tok${snowflake()}`;
  const id = snowflake();
  const guild = as.guild ?? WORLD.guildId;
  const message = {
    id,
    channel_id: WORLD.channelId,
    author: target.author ?? apiUser(WORLD.bob, 'bob'),
    content: target.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: target.embeds ?? [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
  w.gateway.dispatch('INTERACTION_CREATE', {
    ...interactionBase(token, { ...(as.user ? { user: as.user } : {}), guild }),
    type: 2,
    data: { id: snowflake(), name: as.name ?? MENU.verify, type: 3, target_id: id, resolved: { messages: { [id]: message } }, guild_id: guild },
  });
  return token;
}

async function answerTo(token: string): Promise<any> {
  const call = await w.callback(token);
  // Answered at once (type 4) or deferred (type 5) and edited: either way privately.
  if (call.body.type === 5) {
    expect(call.body.data?.flags).toBe(64);
    return (await w.edit(token)).body;
  }
  expect(call.body.type).toBe(4);
  const msg = messageOf(call);
  expect(msg.flags).toBe(64);
  return msg;
}

const textOf = (msg: any) => JSON.stringify([msg.content ?? '', msg.embeds ?? []]);

function expectSafe(msg: any) {
  expect(msg.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect((msg.content ?? '').length).toBeLessThanOrEqual(2000);
  expect((msg.embeds ?? []).length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of msg.embeds ?? []) {
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length + (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  // Nothing that pings or renders as a mention reaches the message unescaped.
  expect(msg.content ?? '').not.toMatch(/(^|[^\\])<@|@everyone|@here/);
}

describe('Discord "Verify quote" message command', () => {
  test('is registered by deploy-commands as a message command, guild only, with no permission needed', () => {
    const menu = commandDefinitions.find((c) => c.name === MENU.verify) as any;
    expect(menu).toMatchObject({ name: 'Verify quote', type: 3, contexts: [0] });
    expect(menu.description).toBeUndefined();
    expect(menu.default_member_permissions).toBeUndefined();
  });

  test('a misquote: privately, the real words, the speaker, the source and how the words differ', async () => {
    const msg = await answerTo(verifyOn({ content: '<@840000000000000001> did Okafor really say **“Exports of wheat rose by a half compared with last summer”**? <:think:123456789012345678>' }));
    const first = msg.embeds[0];
    expect(msg.content).toContain('Verify quote');
    expect(msg.content).toContain('**Closest real quote:** Amara Okafor');
    expect(first.title).toMatch(/^Amara Okafor/);
    expect(first.description).toContain('Exports of wheat rose by a third compared with last spring');
    const diff = first.fields.find((f: any) => f.name === 'How your words differ').value;
    expect(diff).toContain('Exports of wheat rose by a ~~half~~ __third__ compared with last ~~summer~~ __spring__');
    expect(first.fields.find((f: any) => f.name === 'Source').value).toContain('Example Business');
    expectSafe(msg);
    // The usual buttons: Share posts this verification for the channel.
    const share = msg.components.flatMap((r: any) => r.components).find((b: any) => b.label === 'Share');
    expect(decodeButton(share.custom_id)).toMatchObject({ kind: 'share' });
    const log = await w.logFor((l) => l.event === 'interaction' && l.name === 'menu:Verify quote' && l.outcome === 'quoted:1_passages:1_found');
    expect(log.guild).toBe(WORLD.guildId);
  });

  test('an exact quote from a block quote: who said it, in exactly these words', async () => {
    const msg = await answerTo(verifyOn({ content: 'seen on another server:\n> The harbour dredging finished two weeks ahead of schedule' }));
    expect(msg.content).toContain('**Who said it:** Amara Okafor');
    expect(msg.content).toContain('in exactly these words');
    // An exact quote has no differences to show.
    expect(msg.embeds[0].fields?.find((f: any) => f.name === 'How your words differ')).toBeUndefined();
  });

  test('words nobody on record said: not on record, nobody named', async () => {
    const msg = await answerTo(verifyOn({ content: 'the mayor said "we will paint every bridge in the city purple by the spring"' }));
    expect(msg.embeds[0].title).toBe('No quote found');
    expect(msg.embeds[0].description).toContain('not on record');
    expect(textOf(msg)).not.toMatch(/Okafor|Dunford|Balogun/);
  });

  test("another server's quote never answers: collections come from the guild, not the message", async () => {
    const line = { content: '“The velodrome roof no longer leaks onto the boards, so the juniors can train again”' };
    const here = await answerTo(verifyOn(line));
    expect(here.embeds[0].title).toBe('No quote found');
    expect(textOf(here)).not.toContain('Balogun');
    expect(textOf(here)).not.toContain('sport.example.net');
    // From the server whose collection it is, the same message finds it: the refusal above is tenancy.
    const there = await answerTo(verifyOn(line, { guild: WORLD.otherGuildId }));
    expect(there.embeds[0].title).toMatch(/^Henrik Balogun/);
  });

  test('several passages: each labelled, each with its closest real quote or not on record', async () => {
    const msg = await answerTo(verifyOn({ content: 'Okafor: "The new terminal cranes doubled our loading speed" and also "we will paint every bridge purple by the spring"' }));
    expect(msg.content).toContain('the 2 quoted passages');
    expect(msg.content).toContain('**1.** **Who said it:** Amara Okafor');
    expect(msg.content).toContain('**2.** Not on record.');
    expect(msg.embeds.map((e: any) => e.author?.name)).toEqual(['1. “The new terminal cranes doubled our loading speed”', '2. “we will paint every bridge purple by the spring”']);
    expectSafe(msg);
  });

  test('several passages: each found passage gets its Share, Copy citation and Wrong speaker?; Share posts that passage only and keeps the others', async () => {
    const token = verifyOn({ content: 'Okafor: "The new terminal cranes doubled our loading speed", "we will paint every bridge purple by the spring" and "Exports of wheat rose by a half compared with last summer"' });
    const msg = await answerTo(token);
    const rows = msg.components.map((r: any) => r.components.map((b: any) => b.label));
    // Passage 2 is not on record: no row of its own.
    expect(rows).toEqual([
      ['Share 1', 'Copy citation 1', 'Wrong speaker? 1'],
      ['Share 3', 'Copy citation 3', 'Wrong speaker? 3'],
    ]);
    const byLabel = (m: any, label: string) => m.components.flatMap((r: any) => r.components).find((b: any) => b.label === label);
    const ids = msg.components.flatMap((r: any) => r.components.map((b: any) => b.custom_id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(decodeButton(byLabel(msg, 'Wrong speaker? 3').custom_id)).toMatchObject({ kind: 'fix', quoteIds: [expect.any(String)] });

    // Copy citation 1 cites passage 1's quote, not passage 3's.
    const cite = w.click(byLabel(msg, 'Copy citation 1').custom_id, msg);
    const cited = JSON.stringify(await answerTo(cite));
    expect(cited).toContain('The new terminal cranes doubled our loading speed');
    expect(cited).not.toContain('Exports of wheat');

    // Share 3 posts passage 3's verification for the channel; the private answer keeps every passage, Share 3 spent.
    const share = w.click(byLabel(msg, 'Share 3').custom_id, msg);
    expect((await w.callback(share)).body.type).toBe(6);
    const posted = messageOf(await w.followUp(share));
    expect(posted.flags ?? 0).toBe(0);
    expect(posted.content).toContain(`Shared by <@${WORLD.alice}>`);
    expect(JSON.stringify(posted)).toContain('Exports of wheat rose by a third compared with last spring');
    expect(JSON.stringify(posted)).not.toContain('terminal cranes');
    expect(posted.allowed_mentions.parse).toEqual([]);
    const copy = (await w.edit(share)).body;
    expect(copy.embeds).toBeUndefined();
    const spent = copy.components.flatMap((r: any) => r.components);
    expect(spent.find((b: any) => b.label === 'Shared 3')).toMatchObject({ disabled: true });
    expect(spent.find((b: any) => b.label === 'Share 1')).toBeDefined();

    // Wrong speaker? from a member without Manage Messages is refused.
    const fix = w.click(byLabel(msg, 'Wrong speaker? 1').custom_id, msg, { permissions: '0' });
    expect(JSON.stringify(messageOf(await w.callback(fix)))).toMatch(/Manage Messages/);
  });

  test('hostile messages: mentions and markdown never ping or break, huge text is capped, empty text is told so', async () => {
    const marked = await answerTo(verifyOn({ content: '@everyone <@&830000000000000001> ||“we will paint @here every bridge [purple](https://evil.example) by spring”|| `x`' }));
    expectSafe(marked);
    expect(textOf(marked)).not.toContain('evil.example');

    const huge = await answerTo(verifyOn({ content: `“The harbour dredging finished two weeks ahead of schedule” ${'more words '.repeat(700)}` }));
    expect(huge.content).toContain('only its first 4,000 characters were read');
    expect(huge.content).toContain('Amara Okafor');
    expectSafe(huge);

    for (const content of ['', '   ', '“ ”', '<@840000000000000002> <:wave:123456789012345678>']) {
      const empty = await answerTo(verifyOn({ content }));
      expect(empty.embeds[0].description).toContain('That message has no words to check');
    }
  });

  test("a bot's message is read from its embeds; OnRecord's own answer is not checked again", async () => {
    const wire = await answerTo(
      verifyOn({ content: '', author: apiUser('870000000000000001', 'WireBot', true), embeds: [{ type: 'rich', title: 'Port figures', description: 'Okafor: “Exports of wheat rose by a third compared with last spring”' }] }),
    );
    expect(wire.content).toContain('**Who said it:** Amara Okafor');
    const own = await answerTo(verifyOn({ content: 'x', author: apiUser(WORLD.botId, 'OnRecord', true) }));
    expect(own.embeds[0].description).toContain('That is an OnRecord answer');
  });

  test('a server not set up is refused, whatever the message says', async () => {
    const msg = await answerTo(verifyOn({ content: '“The harbour dredging finished two weeks ahead of schedule”' }, { guild: '819999999999999999' }));
    expect(msg.embeds[0].description).toContain('discord:819999999999999999');
  });
});
