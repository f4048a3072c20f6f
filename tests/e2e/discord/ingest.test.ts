import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WORLD } from './harness/ids.js';
import { PageServer, articlePage } from './harness/pages.js';
import { World, messageOf } from './harness/world.js';

const STRING = 3;
const MESSAGE_CONTENT = 1 << 15;

let site: PageServer;
let base = '';
beforeAll(async () => {
  site = new PageServer({
    '/bridge': articlePage({
      title: 'River bridge to close for repairs',
      speaker: 'Marta Lindqvist',
      role: 'Transport commissioner',
      published: '2023-04-03T09:00:00Z',
      quotes: ['The bridge will close for six weeks so the cables can be replaced safely', 'Buses will run a free shuttle across the lower crossing while the work goes on'],
    }),
    '/tram': articlePage({
      title: 'Tram line extension approved',
      speaker: 'Jonas Berg',
      role: 'Planning director',
      published: '2023-05-10T09:00:00Z',
      quotes: ['The extension brings the tram to the hospital for the first time', 'Construction starts in the autumn and should take two years'],
    }),
    '/ferry': articlePage({
      title: 'Ferry timetable changes for summer',
      speaker: 'Ines Moreau',
      role: 'Harbour master',
      published: '2023-06-01T09:00:00Z',
      quotes: ['Summer sailings will start an hour earlier to cope with the tourist traffic', 'The night ferry returns on Fridays and Saturdays from June'],
    }),
  });
  base = await site.listen();
});
afterAll(async () => {
  await site?.close();
});

describe('/quote-add, limited to a role', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ env: { DISCORD_ADD_ROLES: WORLD.editorRoleId } });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('an editor adds a link: deferred, then the headline, the quote count and the speakers; the quotes are answerable', async () => {
    const token = w.slash('quote-add', [{ name: 'url', type: STRING, value: `${base}/bridge` }], { roles: [WORLD.editorRoleId] });
    // Deferred privately: what a newsroom adds is nobody else's business.
    expect((await w.callback(token)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const done = (await w.edit(token)).body;
    expect(done.embeds[0].title).toBe('Added: River bridge to close for repairs');
    expect(done.embeds[0].description).toMatch(/^2 quotes found, from 1 speaker\.$/);
    expect(done.embeds[0].fields[0].value).toContain('Marta Lindqvist');

    const answer = messageOf(await w.callback(w.slash('quote', [{ name: 'question', type: STRING, value: 'what did Lindqvist say about the bridge' }])));
    expect(answer.embeds[0].title).toMatch(/^Marta Lindqvist/);
    expect(answer.embeds[0].fields.find((f: any) => f.name === 'Source').value).toContain(`(${base}/bridge)`);
  });

  test('adding the same link again says it is unchanged', async () => {
    const token = w.slash('quote-add', [{ name: 'url', type: STRING, value: `${base}/bridge` }], { roles: [WORLD.editorRoleId] });
    const done = (await w.edit(token)).body;
    expect(done.embeds[0].title).toMatch(/^Already indexed, unchanged/);
  });

  test('a member without the role is refused, privately, and nothing is fetched', async () => {
    const before = site.hits.length;
    const msg = messageOf(await w.callback(w.slash('quote-add', [{ name: 'url', type: STRING, value: `${base}/tram` }], { user: WORLD.bob })));
    expect(msg.flags).toBe(64);
    expect(msg.embeds[0].description).toContain('limited to certain roles');
    expect(site.hits.length).toBe(before);
  });

  test('not a link, or a link to a private address, is refused with a clear reason', async () => {
    const bad = messageOf(await w.callback(w.slash('quote-add', [{ name: 'url', type: STRING, value: 'javascript:alert(1)' }], { roles: [WORLD.editorRoleId] })));
    expect(bad.embeds[0].description).toContain('http:// or https://');
    const token = w.slash('quote-add', [{ name: 'url', type: STRING, value: 'http://10.1.2.3/internal' }], { roles: [WORLD.editorRoleId] });
    const refused = (await w.edit(token)).body;
    expect(refused.embeds[0].description).toMatch(/will not be fetched/);
  });
});

describe('auto-ingest of links in a configured channel (opt-in)', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ env: { DISCORD_AUTO_INGEST_CHANNELS: WORLD.newsChannelId } });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const reactions = (messageId: string) => w.rest.calls.filter((c) => c.method === 'PUT' && c.path.startsWith(`/channels/`) && c.path.includes(`/messages/${messageId}/reactions/`));

  test('asks for the privileged MessageContent intent only because auto-ingest is on', () => {
    expect(w.gateway.lastIdentify.intents & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
  });

  test('a link posted in the channel is ingested and marked with a reaction; the same link again gets the unchanged mark', async () => {
    const id = w.post(`New story: ${base}/tram`, { channel: WORLD.newsChannelId });
    const r = await w.rest.waitFor((c) => c.method === 'PUT' && c.path.includes(`/messages/${id}/reactions/`));
    expect(r.path).toBe(`/channels/${WORLD.newsChannelId}/messages/${id}/reactions/✅/@me`);
    const answer = messageOf(await w.callback(w.slash('quote', [{ name: 'question', type: STRING, value: 'what did Berg say about the tram' }])));
    expect(answer.embeds[0].title).toMatch(/^Jonas Berg/);

    const again = w.post(`<${base}/tram>`, { channel: WORLD.newsChannelId });
    const r2 = await w.rest.waitFor((c) => c.method === 'PUT' && c.path.includes(`/messages/${again}/reactions/`));
    expect(r2.path).toContain('/reactions/♻️/@me');
  });

  test('a link that cannot be fetched gets the warning mark; links elsewhere are left alone', async () => {
    const bad = w.post('look http://169.254.169.254/latest/meta-data', { channel: WORLD.newsChannelId });
    const r = await w.rest.waitFor((c) => c.method === 'PUT' && c.path.includes(`/messages/${bad}/reactions/`));
    expect(r.path).toContain('/reactions/⚠️/@me');

    const before = site.hits.length;
    const elsewhere = w.post(`${base}/ferry`, { channel: WORLD.channelId });
    // A mention after it is answered; by then the plain link in #general must have caused nothing.
    const probe = w.post(`<@${WORLD.botId}> help`, { channel: WORLD.channelId });
    await w.rest.waitFor((c) => c.body?.message_reference?.message_id === probe);
    expect(reactions(elsewhere)).toHaveLength(0);
    expect(site.hits.length).toBe(before);
  });
});
