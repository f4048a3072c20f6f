import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { postgresHarness } from '../../store/harness.js';
import { CARVER_METRO, CARVER_SPORT, CARVER_SPORT_LATER, leaked, SPORT_ONLY } from '../../support/carver.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

// Two newsrooms quote two different men called John Carver: the metro guild reads "metro", the sports guild
// "sport". What metro says of its Carver (role, organisation, words) and the metro-only Dana Whitlow must never
// reach the sports guild: in answers, help, speaker lists or the speaker autocomplete. On both stores.
const pgUrl = inject('pgUrl');
const stores = [
  { name: 'sqlite', skip: false, open: undefined },
  { name: 'postgres', skip: !pgUrl, open: () => postgresHarness(pgUrl) },
];
const METRO_GUILD = WORLD.guildId;
const SPORT_GUILD = WORLD.otherGuildId;

describe.each(stores)('speaker roles per newsroom through Discord on $name', ({ skip, open }) => {
  let w: World;
  beforeAll(async () => {
    if (skip) return;
    w = await World.start({
      articles: [
        { ...CARVER_METRO, collection: 'metro' },
        { ...CARVER_SPORT, collection: 'sport' },
        { ...CARVER_SPORT_LATER, collection: 'sport' },
      ],
      tenants: JSON.stringify({ [`discord:${METRO_GUILD}`]: { read: ['metro'], write: 'metro' }, [`discord:${SPORT_GUILD}`]: { read: ['sport'], write: 'sport' } }),
      ...(open ? { openStore: open } : {}),
    });
  });
  afterAll(async () => {
    await w?.close();
  });

  const ask = (value: string, guild: string) => w.callback(w.slash('quote', [{ name: 'question', type: 3, value }], { guild })).then(messageOf);
  const suggest = (value: string, guild: string) =>
    w.callback(w.slash('quote', [{ name: 'question', type: 3, value: 'x' }, { name: 'speaker', type: 3, value, focused: true }], { type: 4, guild })).then((c) => c.body.data.choices as { name: string; value: string }[]);

  test.skipIf(skip)("the sports guild's answer shows its own John Carver, with nothing of metro's", async () => {
    const sport = await ask('what did John Carver say', SPORT_GUILD);
    const shown = JSON.stringify(sport.embeds);
    expect(shown).toContain('The second goal came from a move');
    expect(shown).toContain('Riverside Rovers striker');
    expect(leaked(sport)).toEqual([]);
    // Its article states no role: the sports desk's own is shown, never metro's.
    const league = JSON.stringify((await ask('what did John Carver say about the league', SPORT_GUILD)).embeds);
    expect(league).toContain('keep our nerve');
    expect(league).toContain('Riverside Rovers striker');
    expect(leaked(league)).toEqual([]);
    // The metro guild gets its Carver, with the role metro states, and nothing of sport's.
    const metro = await ask('what did John Carver say', METRO_GUILD);
    expect(JSON.stringify(metro.embeds)).toContain('head of the confidential acquisitions unit at Acme Holdings');
    expect(leaked(metro, SPORT_ONLY)).toEqual([]);
  });

  test.skipIf(skip)('a role or organisation only metro states finds nothing for the sports guild', async () => {
    const org = await ask('latest from Acme Holdings', SPORT_GUILD);
    expect(org.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(org)).not.toContain('acquisitions');
    expect(JSON.stringify(org)).not.toContain('Every acquisition');
    const role = await ask('what did the head of the acquisitions unit say', SPORT_GUILD);
    expect(role.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(role)).not.toContain('Acme');
    expect((await ask('latest from Acme Holdings', METRO_GUILD)).embeds[0].title).toMatch(/^John Carver/);
  });

  test.skipIf(skip)('help, speaker lists and the autocomplete of the sports guild name nobody and nothing of metro', async () => {
    const help = messageOf(await w.callback(w.slash('quote-help', [], { guild: SPORT_GUILD })));
    expect(JSON.stringify(help)).toContain('Carver');
    expect(leaked(help)).toEqual([]);
    const list = await ask('which speakers talked about the goal', SPORT_GUILD);
    expect(JSON.stringify(list)).toContain('Riverside Rovers striker');
    expect(leaked(list)).toEqual([]);
    const all = await suggest('', SPORT_GUILD);
    expect(all.map((c) => c.value)).toEqual(['john-carver']);
    expect(leaked(all)).toEqual([]);
    expect(await suggest('Whitlow', SPORT_GUILD)).toEqual([]);
    expect(leaked(await suggest('Carv', SPORT_GUILD))).toEqual([]);
    expect((await suggest('Whitlow', METRO_GUILD)).map((c) => c.value)).toEqual(['dana-whitlow']);
    // "No quote found" names the sports guild's nearest speakers only.
    const weather = await ask('what did Carver say about the weather', SPORT_GUILD);
    expect(weather.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(weather)).toContain('Riverside Rovers striker');
    expect(leaked(weather)).toEqual([]);
    const none = await ask('what did Whitlo say about demolition', SPORT_GUILD);
    expect(none.embeds[0].title).toBe('No quote found');
    expect(JSON.stringify(none)).not.toContain('Dana');
    expect(JSON.stringify(none)).not.toContain('planning officer');
  });
});
