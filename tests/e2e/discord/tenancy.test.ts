import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { postgresHarness } from '../../store/harness.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

// The newsroom guild reads and writes only the "desk" collection; every other guild falls back ("*") to
// "default". A quote in one must never appear in the other's answers, buttons included: on both stores.
const DESK_ARTICLE = {
  source: 'fixtures/desk-only.md',
  collection: 'desk',
  content: `---
title: Observatory director on the comet sighting
url: https://desk.example.org/comet
outlet: Desk Courier
published: 2024-02-02
---
Observatory director Priya Raman spoke to reporters on Friday about the comet.

"The comet will be visible to the naked eye for about ten days in March," Raman said.

"Amateur astronomers sent us the first photographs of the comet," Raman told the Desk Courier.
`,
};

// A real PostgreSQL from the global setup; '' only outside CI when none is installed (warned there).
const pgUrl = inject('pgUrl');
const stores = [
  { name: 'sqlite', skip: false, open: undefined },
  { name: 'postgres', skip: !pgUrl, open: () => postgresHarness(pgUrl) },
];

describe.each(stores)('tenancy through Discord on $name', ({ skip, open }) => {
  let w: World;
  beforeAll(async () => {
    if (skip) return;
    w = await World.start({
      articles: [DESK_ARTICLE],
      tenants: JSON.stringify({ [`discord:${WORLD.guildId}`]: { read: ['desk'], write: 'desk' }, '*': { read: ['default'] } }),
      ...(open ? { openStore: open } : {}),
    });
  });
  afterAll(async () => {
    await w?.close();
  });

  const ask = (value: string, guild?: string) =>
    w.callback(w.slash('quote', [{ name: 'question', type: 3, value }], guild ? { guild } : {})).then(messageOf);

  test.skipIf(skip)('the mapped guild answers from its own collection only', async () => {
    const desk = await ask('what did Raman say about the comet');
    expect(desk.embeds[0].title).toMatch(/^Priya Raman/);
    const elsewhere = await ask('what did Okafor say about grain exports');
    expect(elsewhere.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(elsewhere)).not.toContain('Okafor said');
  });

  test.skipIf(skip)('another guild never sees the desk collection, in answers, autocomplete or buttons', async () => {
    const other = await ask('what did Raman say about the comet', WORLD.otherGuildId);
    expect(JSON.stringify(other.embeds)).not.toContain('naked eye');
    expect(other.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(other.embeds[0].fields ?? [])).not.toContain('Raman');

    const ac = await w.callback(w.slash('quote', [{ name: 'question', type: 3, value: 'x' }, { name: 'speaker', type: 3, value: 'Raman', focused: true }], { type: 4, guild: WORLD.otherGuildId }));
    expect(JSON.stringify(ac.body.data.choices)).not.toContain('Raman');

    // A Show context button copied from the desk guild reveals nothing in another guild.
    const desk = await ask('what did Raman say about the comet');
    const ctx = desk.components.flatMap((r: any) => r.components).find((b: any) => decodeButton(b.custom_id)?.kind === 'ctx');
    const leaked = messageOf(await w.callback(w.click(ctx.custom_id, w.rest.message(WORLD.channelId, desk), { guild: WORLD.otherGuildId })));
    expect(leaked.embeds[0].description).toContain('no longer in this server');
    expect(JSON.stringify(leaked)).not.toContain('naked eye');

    // Remembered questions (paging, share) are bound to the guild that asked.
    const priv = messageOf(await w.callback(w.slash('quote', [{ name: 'question', type: 3, value: 'what did Raman say about the comet' }])));
    const share = priv.components.flatMap((r: any) => r.components).find((b: any) => decodeButton(b.custom_id)?.kind === 'share');
    const shared = messageOf(await w.callback(w.click(share.custom_id, w.rest.message(WORLD.channelId, priv), { guild: WORLD.otherGuildId })));
    expect(shared.embeds[0].description).toContain('Ask the question again');
    expect(JSON.stringify(shared)).not.toContain('naked eye');
  });

  test.skipIf(skip)('the other guild sees the default collection', async () => {
    const other = await ask('what did Okafor say about grain exports', WORLD.otherGuildId);
    expect(other.embeds[0].title).toMatch(/^Amara Okafor/);
  });
});

// Without a "*" entry a guild the configuration does not list gets nothing: a shared deployment never answers a
// server somebody else invited the bot into from another newsroom's collections.
describe('a guild not in the tenancy configuration', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ articles: [DESK_ARTICLE], tenants: JSON.stringify({ [`discord:${WORLD.guildId}`]: { read: ['desk', 'default'], write: 'desk' } }) });
  });
  afterAll(async () => {
    await w?.close();
  });

  test('is told it is not set up, for commands and buttons, and sees no quote', async () => {
    const refused = messageOf(await w.callback(w.slash('quote', [{ name: 'question', type: 3, value: 'what did Raman say about the comet' }], { guild: WORLD.otherGuildId })));
    expect(refused.embeds[0].description).toContain(`not set up for this Discord server`);
    expect(refused.embeds[0].description).toContain(`discord:${WORLD.otherGuildId}`);
    expect(JSON.stringify(refused)).not.toContain('naked eye');

    const desk = messageOf(await w.callback(w.slash('quote', [{ name: 'question', type: 3, value: 'what did Raman say about the comet' }])));
    expect(desk.embeds[0].title).toMatch(/^Priya Raman/);
    const ctx = desk.components.flatMap((r: any) => r.components).find((b: any) => decodeButton(b.custom_id)?.kind === 'ctx');
    const clicked = messageOf(await w.callback(w.click(ctx.custom_id, w.rest.message(WORLD.channelId, desk), { guild: WORLD.otherGuildId })));
    expect(clicked.embeds[0].description).toContain('not set up');
    expect(JSON.stringify(clicked)).not.toContain('naked eye');
    expect(w.logs.some((l) => l.outcome === 'refused_tenant')).toBe(true);
  });
});
