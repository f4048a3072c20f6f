import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { hostileArticle } from './harness/articles.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

// One bot, one index for the whole file: the real core over fixture articles and the seed, the real
// discord.js client, and the REST and gateway stand-ins on loopback.
let w: World;
beforeAll(async () => {
  w = await World.start({ articles: [hostileArticle()] });
}, 60_000);
afterAll(async () => {
  await w?.close();
});

const STRING = 3;
const BOOLEAN = 5;
const q = (value: string) => ({ name: 'question', type: STRING, value });

/** Every custom_id on a message, decoded. */
const buttonsOf = (msg: any) => (msg.components ?? []).flatMap((r: any) => r.components.map((b: any) => ({ label: b.label, id: b.custom_id, action: decodeButton(b.custom_id) })));

/** Discord's limits on one sent message. */
function expectWithinLimits(msg: any) {
  expect(msg.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect((msg.content ?? '').length).toBeLessThanOrEqual(2000);
  let total = 0;
  for (const e of msg.embeds ?? []) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const b of buttonsOf(msg)) expect(b.id.length).toBeLessThanOrEqual(100);
}

describe('slash commands', () => {
  test('/quote answers with the quote, the speaker and role, and the linked source, and logs one line with latency', async () => {
    const token = w.slash('quote', [q('what did Dunford say about sharing intelligence with the Russians')]);
    const call = await w.callback(token);
    expect(call.body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE: answered directly, well within 3 s
    const msg = messageOf(call);
    // Private by default: a question can give away a story in progress.
    expect(msg.flags).toBe(64);
    const first = msg.embeds[0];
    expect(first.title).toMatch(/^Joseph Dunford — /);
    expect(first.description).toMatch(/intelligence/i);
    expect(JSON.stringify(msg.embeds)).not.toContain('/work/');
    const source = first.fields.find((f: any) => f.name === 'Source').value;
    expect(source).toContain('](https://news.example.org/2016/09/dunford-intel-sharing)');
    expect(source).toContain('Example Wire');
    expectWithinLimits(msg);
    const log = await w.logFor((l) => l.event === 'interaction' && l.name === '/quote' && l.outcome === 'found');
    expect(log.latencyMs).toBeGreaterThanOrEqual(0);
    expect(log.guild).toBe(WORLD.guildId);
    expect(log.deferred).toBe(false);
  });

  test('an ambiguous surname answers with the best speaker and names the other one', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('what did Dunford say about intelligence')])));
    expect(msg.embeds[0].title).toMatch(/^Joseph Dunford/);
    expect(msg.content).toContain('Other speakers with that name:');
    expect(msg.content).toContain('Ellen Dunford');
  });

  test('public: true posts the answer for the whole channel, with no Share button', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('what did Okafor say about grain exports'), { name: 'public', type: BOOLEAN, value: true }])));
    expect(msg.flags ?? 0).toBe(0);
    expect(msg.embeds[0].title).toMatch(/^Amara Okafor/);
    expect(buttonsOf(msg).some((b: any) => b.label === 'Share')).toBe(false);
  });

  test('answers are ephemeral by default, with a Share button that posts them for everyone (asker only)', async () => {
    const token = w.slash('quote', [q('what did Okafor say about grain exports')]);
    const msg = messageOf(await w.callback(token));
    expect(msg.flags).toBe(64);
    const share = buttonsOf(msg).find((b: any) => b.label === 'Share');
    expect(share.action.kind).toBe('share');

    const original = w.rest.originals.get(token);
    const bobTry = messageOf(await w.callback(w.click(share.id, original, { user: WORLD.bob })));
    expect(bobTry.flags).toBe(64);
    expect(bobTry.embeds[0].description).toContain('Only the person who asked');

    const click = w.click(share.id, original);
    // The click is acknowledged as an update of the private answer; the shared copy is a follow-up for everyone.
    expect((await w.callback(click)).body.type).toBe(6);
    const shared = messageOf(await w.followUp(click));
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.content).toContain(`Shared by <@${WORLD.alice}>`);
    expect(shared.allowed_mentions.parse).toEqual([]);
    expect(shared.embeds[0].title).toBe(msg.embeds[0].title);
    expect(shared.embeds[0].description).toBe(msg.embeds[0].description);
    expect(buttonsOf(shared).some((b: any) => b.label === 'Share')).toBe(false);
  });

  test('speaker autocomplete offers fuzzy matches (at most 25), and the picked id restricts the answer', async () => {
    const token = w.slash('quote', [q('budget'), { name: 'speaker', type: STRING, value: 'dunfor', focused: true }], { type: 4 });
    const call = await w.callback(token);
    expect(call.body.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    const choices = call.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name).join('\n')).toMatch(/Joseph Dunford[\s\S]*|Ellen Dunford/);
    const ellen = choices.find((c) => c.name.startsWith('Ellen Dunford'))!;
    expect(ellen).toBeDefined();
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);

    const msg = messageOf(await w.callback(w.slash('quote', [q('what did she say'), { name: 'speaker', type: STRING, value: ellen.value }])));
    expect(msg.embeds.length).toBeGreaterThan(0);
    for (const e of msg.embeds) expect(e.title).toMatch(/^Ellen Dunford/);
  });

  test('a speaker typed but not picked is refused rather than guessed', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('intelligence'), { name: 'speaker', type: STRING, value: 'Nobody Atall' }])));
    expect(msg.flags).toBe(64);
    expect(msg.embeds[0].description).toContain('No speaker in the index is');
  });

  test('/quote-who finds the real quote, its speaker, and shows how the pasted words differ', async () => {
    const token = w.slash('quote-who', [{ name: 'text', type: STRING, value: 'the new terminal cranes tripled our loading speed' }]);
    const msg = messageOf(await w.callback(token));
    expect(msg.content).toMatch(/Closest real quote:.*Amara Okafor/);
    const diff = msg.embeds[0].fields.find((f: any) => f.name === 'How your words differ').value;
    expect(diff).toContain('~~tripled~~');
    expect(diff).toContain('__doubled__');
    expect(msg.embeds[0].description).toContain('The new terminal cranes doubled our loading speed');
  });

  test('/quote-help explains the commands with examples from the index, privately', async () => {
    const msg = messageOf(await w.callback(w.slash('quote-help')));
    expect(msg.flags).toBe(64);
    expect(msg.embeds[0].title).toBe('How to ask OnRecord');
    expect(msg.embeds[0].description).toContain('/quote-who');
    const tryField = msg.embeds[0].fields.find((f: any) => f.name === 'Try');
    expect(tryField?.value).toMatch(/\/quote question: /);
  });

  test('no result says so and names the nearest speakers', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('what did Okafur say about volcanoes')])));
    const e = msg.embeds[0];
    expect(e.title).toBe('No quote found');
    const nearest = e.fields.find((f: any) => f.name === 'Nearest speakers');
    expect(nearest?.value).toContain('Amara Okafor');
    expectWithinLimits(msg);
  });
});

describe('buttons', () => {
  test('More results pages through the answers in place, and Previous comes back', async () => {
    const token = w.slash('quote', [q('what did Okafor say')]);
    const first = messageOf(await w.callback(token));
    expect(first.embeds[0].footer.text).toMatch(/^Result 1 of (\d+)/);
    const total = Number(/of (\d+)/.exec(first.embeds[0].footer.text)![1]);
    expect(total).toBeGreaterThan(3);
    const more = buttonsOf(first).find((b: any) => b.label === 'More results');
    expect(more.action).toMatchObject({ kind: 'more', offset: 3 });

    const page2Call = await w.callback(w.click(more.id, w.rest.originals.get(token)));
    expect(page2Call.body.type).toBe(7); // UPDATE_MESSAGE: the asker's message is edited in place
    const page2 = messageOf(page2Call);
    expect(page2.embeds[0].footer.text).toMatch(new RegExp(`^Result 4 of ${total}`));
    const seen = new Set(first.embeds.map((e: any) => e.description));
    for (const e of page2.embeds) expect(seen.has(e.description)).toBe(false);
    const prev = buttonsOf(page2).find((b: any) => b.label === 'Previous');
    const back = messageOf(await w.callback(w.click(prev.id, w.rest.originals.get(token))));
    expect(back.embeds.map((e: any) => e.description)).toEqual(first.embeds.map((e: any) => e.description));
  });

  test('someone else pressing More results gets the page privately and the asker’s message is untouched', async () => {
    const token = w.slash('quote', [q('what did Okafor say'), { name: 'public', type: BOOLEAN, value: true }]);
    const first = messageOf(await w.callback(token));
    const more = buttonsOf(first).find((b: any) => b.label === 'More results');
    const call = await w.callback(w.click(more.id, w.rest.originals.get(token), { user: WORLD.bob }));
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.embeds[0].footer.text).toMatch(/^Result 4 of/);
  });

  test('Show context shows the whole paragraph with the quote in bold, privately', async () => {
    const token = w.slash('quote', [q('what did Okafor say about barley')]);
    const first = messageOf(await w.callback(token));
    const ctx = buttonsOf(first).find((b: any) => b.action?.kind === 'ctx');
    const shown = messageOf(await w.callback(w.click(ctx.id, w.rest.originals.get(token))));
    expect(shown.flags).toBe(64);
    expect(shown.embeds[0].description).toMatch(/\*\*.*barley.*\*\*/);
    expect(shown.embeds[0].description).toContain('Okafor said.');
    expect(shown.embeds[0].footer.text).toContain('Context');
  });

  test('an unknown or forged button is answered politely, never crashes', async () => {
    const msg = messageOf(await w.callback(w.click('onr|more|doesnotexist|3', { ...w.rest.message(WORLD.channelId, {}) })));
    expect(msg.flags).toBe(64);
    expect(msg.embeds[0].description).toContain('Ask the question again');
    const forged = messageOf(await w.callback(w.click('evil|<@everyone>', { ...w.rest.message(WORLD.channelId, {}) })));
    expect(forged.embeds[0].description).toContain('not one of OnRecord');
  });
});

describe('mentions', () => {
  test('a mention in a channel is answered as a reply to that message', async () => {
    const id = w.post(`<@${WORLD.botId}> Okafor on grain exports`);
    const call = await w.rest.waitFor((c) => c.method === 'POST' && c.path === `/channels/${WORLD.channelId}/messages` && c.body?.message_reference?.message_id === id);
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call.body.embeds[0].title).toMatch(/^Amara Okafor/);
    // The direct words right after "grain exports reached a record" answer what that summary answers.
    expect(call.body.embeds[0].description).toMatch(/grain|wheat|terminal cranes/i);
  });

  test('a mention in a thread is answered in the thread', async () => {
    const id = w.post(`<@${WORLD.botId}> what did Kirby say about Nusra`, { channel: WORLD.threadId });
    const call = await w.rest.waitFor((c) => c.method === 'POST' && c.path === `/channels/${WORLD.threadId}/messages` && c.body?.message_reference?.message_id === id);
    expect(call.body.embeds[0].title).toMatch(/Kirby/);
    expect(w.rest.callsTo(`/channels/${WORLD.channelId}/messages`).some((c) => c.body?.message_reference?.message_id === id)).toBe(false);
  });

  test('a mention of the bot’s own role counts as a mention', async () => {
    const id = w.post(`<@&${WORLD.botRoleId}> what did Okafor say about barley`);
    const call = await w.rest.waitFor((c) => c.method === 'POST' && c.body?.message_reference?.message_id === id);
    expect(call.body.embeds[0].title).toMatch(/^Amara Okafor/);
    expect(call.body.embeds[0].description).toMatch(/barley/i);
  });

  test('messages that do not mention the bot are ignored (no MessageContent needed)', async () => {
    const before = w.rest.calls.length;
    w.post('what did Okafor say about grain', { mentionsBot: false });
    // A mention posted after it is answered; the plain message before it must have produced nothing.
    const id = w.post(`<@${WORLD.botId}> Okafor`);
    await w.rest.waitFor((c) => c.body?.message_reference?.message_id === id);
    const replies = w.rest.calls.slice(before).filter((c) => c.path.startsWith('/channels/'));
    expect(replies.map((c) => c.body?.message_reference?.message_id)).toEqual([id]);
  });
});

describe('hostile text', () => {
  test('quotes and questions full of mentions and markdown ping nobody and keep every limit', async () => {
    const token = w.slash('quote', [q('what did Zelenko say @everyone <@123456789012345678> **x**')]);
    const msg = messageOf(await w.callback(token));
    expectWithinLimits(msg);
    const text = JSON.stringify([msg.content, msg.embeds]);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(?<!\\\\)<@/);
    expect(msg.embeds[0].title).toMatch(/Zelenko/);

    const id = w.post(`<@${WORLD.botId}> Zelenko @everyone <@${WORLD.bob}> ||x||`);
    const reply = await w.rest.waitFor((c) => c.body?.message_reference?.message_id === id);
    expectWithinLimits(reply.body);
    expect(JSON.stringify(reply.body)).not.toMatch(/@(everyone|here)/);
  });

  test('the longest quote is cut at a word behind Show context, which holds all of it', async () => {
    const token = w.slash('quote', [q('what did Zelenko say about secret')]);
    const msg = messageOf(await w.callback(token));
    const long = msg.embeds.find((e: any) => /word1\b/.test(e.description ?? ''));
    expect(long).toBeDefined();
    expect(long.description).toMatch(/word\d+…”$/);
    const at = msg.embeds.indexOf(long);
    const ctx = buttonsOf(msg).filter((b: any) => b.action?.kind === 'ctx')[at];
    const shown = messageOf(await w.callback(w.click(ctx.id, w.rest.originals.get(token))));
    expect(shown.embeds[0].description).toContain('word259');
    expectWithinLimits(shown);
  });
});
