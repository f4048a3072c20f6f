import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OnRecord } from '../../../src/core/api.js';
import { createOnRecord } from '../../../src/core/index.js';
import type { StoreHarness } from '../../store/contract.js';
import { postgresHarness } from '../../store/harness.js';
import { CARVER_METRO, CARVER_SPORT, CARVER_SPORT_LATER, leaked, SPORT_ONLY } from '../../support/carver.js';
import type { Fixture } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { buildCore, SPORT_TEAM, startWorld, type World } from './harness/world.js';

// Two newsrooms quote two different men called John Carver: the newsroom workspace reads "default" (the metro
// desk's Carver, head of a confidential unit at Acme Holdings), the sports desk's workspace reads "sport" (a
// footballer). Nothing metro says of its Carver, and not the metro-only Dana Whitlow, may reach the sports desk
// through the real Bolt app: answers, help, speaker lists, "no quote found". On SQLite and PostgreSQL.
const FIXTURES: Fixture[] = [
  { ...CARVER_METRO },
  { ...CARVER_SPORT, collection: 'sport' },
  { ...CARVER_SPORT_LATER, collection: 'sport' },
];
const pgUrl = inject('pgUrl');

async function sqliteCore(): Promise<{ core: OnRecord; dispose: () => Promise<void> }> {
  const { core } = await buildCore(FIXTURES);
  return { core, dispose: async () => undefined };
}

async function postgresCore(): Promise<{ core: OnRecord; dispose: () => Promise<void> }> {
  const pg: StoreHarness = await postgresHarness(pgUrl);
  const core = createOnRecord({ store: pg.store, refreshMs: 50 });
  for (const f of FIXTURES) await core.ingestDocument({ source: f.source, content: f.content }, f.collection ? { collection: f.collection } : {});
  return { core, dispose: () => pg.dispose() };
}

const stores = [
  { name: 'sqlite', skip: false, open: sqliteCore },
  { name: 'postgres', skip: !pgUrl, open: postgresCore },
];

describe.each(stores)('speaker roles per newsroom through Slack on $name', ({ skip, open }) => {
  let w: World;
  let dispose: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    if (skip) return;
    const opened = await open();
    dispose = opened.dispose;
    w = await startWorld({}, opened.core);
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await dispose();
  });

  const ask = async (text: string, team?: string) => {
    const sent = await w.command(text, team ? { team } : {});
    return w.api.responseFor(sent.responseId);
  };

  it.skipIf(skip)("the sports desk's answers show its own John Carver, with nothing of metro's", async () => {
    const sport = await ask('what did John Carver say', SPORT_TEAM);
    expect(textOf(sport)).toContain('The second goal came from a move');
    expect(textOf(sport)).toContain('Riverside Rovers striker');
    expect(leaked(sport)).toEqual([]);
    // Its article states no role: the sports desk's own is shown, never metro's.
    const league = await ask('what did John Carver say about the league', SPORT_TEAM);
    expect(textOf(league)).toContain('keep our nerve');
    expect(textOf(league)).toContain('Riverside Rovers striker');
    expect(leaked(league)).toEqual([]);
    // The newsroom gets its own Carver with the role metro states, and nothing of sport's.
    const metro = await ask('what did John Carver say');
    expect(textOf(metro)).toContain('head of the confidential acquisitions unit at Acme Holdings');
    expect(leaked(metro, SPORT_ONLY)).toEqual([]);
  });

  it.skipIf(skip)('a role or organisation only metro states finds nothing for the sports desk', async () => {
    const org = textOf(await ask('latest from Acme Holdings', SPORT_TEAM));
    expect(org).toContain('No quote found');
    expect(org).not.toContain('acquisitions');
    expect(org).not.toContain('Every acquisition');
    const role = textOf(await ask('what did the head of the acquisitions unit say', SPORT_TEAM));
    expect(role).toContain('No quote found');
    expect(role).not.toContain('Acme');
    expect(textOf(await ask('latest from Acme Holdings'))).toContain('Every acquisition we made this quarter');
  });

  it.skipIf(skip)('help, speaker lists and "no quote found" of the sports desk name nobody and nothing of metro', async () => {
    const help = await ask('help', SPORT_TEAM);
    expect(textOf(help)).toContain('Carver');
    expect(leaked(help)).toEqual([]);
    const list = await ask('which speakers talked about the goal', SPORT_TEAM);
    expect(textOf(list)).toContain('Riverside Rovers striker');
    expect(leaked(list)).toEqual([]);
    // "No quote found" lists the nearest speakers with their roles: the sports desk's own.
    const weather = await ask('what did Carver say about the weather', SPORT_TEAM);
    expect(textOf(weather)).toContain('No quote found');
    expect(textOf(weather)).toContain('Riverside Rovers striker');
    expect(leaked(weather)).toEqual([]);
    const none = textOf(await ask('what did Whitlo say about demolition', SPORT_TEAM));
    expect(none).toContain('No quote found');
    expect(none).not.toContain('Dana');
    expect(none).not.toContain('planning officer');
    // The newsroom does see her.
    expect(textOf(await ask('what did Whitlow say'))).toContain('Dana Whitlow');
  });
});
