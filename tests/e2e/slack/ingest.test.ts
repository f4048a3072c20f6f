import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { pageServer, SPORT_TEAM, startWorld, type World } from './harness/world.js';

type Pages = Awaited<ReturnType<typeof pageServer>>;

/** Adding articles from Slack: `/quote add`, who may add, and links posted in auto-ingest channels. */
describe('Slack: adding articles', () => {
  let w: World;
  let pages: Pages;
  beforeAll(async () => {
    pages = await pageServer({
      '/moorings': pageHtml('New moorings open at the fishing quay', 'Ingrid Solberg', 'Every boat that lands fish here will have a berth by August, whatever its size,'),
      '/pier': pageHtml('Pier lights replaced before the festival', 'Ingrid Solberg', 'The new pier lights use a third of the power the old lamps did,'),
      '/sport-pool': pageHtml('Swimming pool reopens for the winter league', 'Oskar Mbeki', 'The pool heating finally works, so the winter league can start on time,'),
    });
    w = await startWorld({ addUsergroups: ['S0EDITORS'], addUsers: ['U0DESKHEAD'], autoIngestChannels: ['C0LINKS'] });
    w.api.usergroups = { S0EDITORS: ['U0EDITOR'] };
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await pages?.close();
  });

  it('/quote add by a member of an allowed user group ingests the page and lists what it found', async () => {
    const sent = await w.command(`add <${pages.url('/moorings')}>`, { user: 'U0EDITOR' });
    const msg = await w.api.responseFor(sent.responseId, 1, 20_000);
    const text = textOf(msg);
    expect(text).toContain('Added:');
    expect(text).toContain('New moorings open at the fishing quay');
    expect(text).toMatch(/[1-9]\d* quotes? found/);
    expect(text).toContain('Ingrid Solberg');
    expect(w.api.callsOf('usergroups.users.list')[0]?.args.usergroup).toBe('S0EDITORS');
    // And the quote is now answerable in this workspace.
    const asked = await w.command('what did Solberg say about berths');
    expect(textOf(await w.api.responseFor(asked.responseId))).toContain('whatever its size');
  });

  it('/quote add by someone not allowed is refused and fetches nothing', async () => {
    const before = pages.hits.length;
    const sent = await w.command(`add <${pages.url('/pier')}>`, { user: 'U0REPORTER' });
    const text = textOf(await w.api.responseFor(sent.responseId));
    expect(text).toContain('limited to named people');
    expect(pages.hits.length).toBe(before);
  });

  it('a named user may add; an address on the private network is refused by the fetch policy', async () => {
    const sent = await w.command('add <http://169.254.169.254/latest/meta-data>', { user: 'U0DESKHEAD' });
    const text = textOf(await w.api.responseFor(sent.responseId));
    expect(text).toContain('cannot be fetched');
    const bare = await w.command('add', { user: 'U0DESKHEAD' });
    expect(textOf(await w.api.responseFor(bare.responseId))).toContain('give its link');
  });

  it('links posted in an auto-ingest channel are ingested, with a reaction when done', async () => {
    await w.event({ type: 'message', channel_type: 'channel', channel: 'C0LINKS', user: 'U0EDITOR', ts: '1700001000.000100', text: `Story is up: <${pages.url('/pier')}|pier lights>` });
    const reaction = await w.api.waitFor(() => w.api.callsOf('reactions.add').find((c) => c.args.timestamp === '1700001000.000100'), 20_000, 'the reaction');
    expect(reaction.args).toMatchObject({ channel: 'C0LINKS', name: 'white_check_mark' });
    const asked = await w.command('what did Solberg say about the pier lights');
    expect(textOf(await w.api.responseFor(asked.responseId))).toContain('a third of the power');
  });

  it('a link that fails gets a warning reaction and a private note to the poster; other channels are ignored', async () => {
    await w.event({ type: 'message', channel_type: 'channel', channel: 'C0LINKS', user: 'U0EDITOR', ts: '1700001100.000100', text: `<${pages.url('/missing')}>` });
    const reaction = await w.api.waitFor(() => w.api.callsOf('reactions.add').find((c) => c.args.timestamp === '1700001100.000100'), 20_000, 'the reaction');
    expect(reaction.args.name).toBe('warning');
    const note = await w.api.waitFor(() => w.api.callsOf('chat.postEphemeral').find((c) => c.args.channel === 'C0LINKS'), 5000, 'the note');
    expect(note.args.user).toBe('U0EDITOR');
    expect(textOf(note.args)).toContain('Could not add a link');
    const before = pages.hits.length;
    await w.event({ type: 'message', channel_type: 'channel', channel: 'C0CHATTER', user: 'U0EDITOR', ts: '1700001200.000100', text: `<${pages.url('/pier')}>` });
    await w.event({ type: 'message', channel_type: 'channel', channel: 'C0LINKS', user: 'U0REPORTER', ts: '1700001300.000100', text: `<${pages.url('/pier')}>` });
    await new Promise((r) => setTimeout(r, 500));
    expect(pages.hits.length).toBe(before);
    expect(w.api.callsOf('reactions.add').filter((c) => ['1700001200.000100', '1700001300.000100'].includes(String(c.args.timestamp)))).toHaveLength(0);
  });

  it('refuses a workspace the tenancy configuration does not list: commands, mentions, buttons, links', async () => {
    const STRANGER = 'T0STRANGER';
    const asked = await w.command('what did Adeyemi say about pensions', { team: STRANGER });
    const text = textOf(await w.api.responseFor(asked.responseId));
    expect(text).toContain('not set up for this Slack workspace');
    expect(text).toContain(`slack:${STRANGER}`);
    expect(text).not.toContain('night-shift');
    const id = (await w.core.ask('what did Adeyemi say about pensions')).hits[0]!.id;
    const click = await w.click('onrecord_context', id, { team: STRANGER });
    expect(textOf(await w.api.responseFor(click.responseId))).toContain('not set up');
    await w.event({ type: 'app_mention', channel: 'C0STRANGE', user: 'U0VISITOR', ts: '1700009000.000100', text: `<@${w.api.botUserId}> what did Adeyemi say about pensions` }, { team: STRANGER });
    const note = await w.api.waitFor(() => w.api.callsOf('chat.postEphemeral').find((c) => c.args.channel === 'C0STRANGE'), 10_000, 'the refusal');
    expect(textOf(note.args)).toContain('not set up');
    expect(w.api.callsOf('chat.postMessage').some((c) => c.args.channel === 'C0STRANGE')).toBe(false);
  });

  it('each workspace reads and writes only its own collections (tenancy by team id)', async () => {
    // The sports desk reads the sport collection only.
    const sport = await w.command('what did Balogun say about the velodrome', { team: SPORT_TEAM });
    expect(textOf(await w.api.responseFor(sport.responseId))).toContain('Henrik Balogun');
    const news = await w.command('what did Balogun say about the velodrome');
    const newsText = textOf(await w.api.responseFor(news.responseId));
    expect(newsText).toContain('No quote found');
    expect(newsText).not.toContain('roof no longer leaks');
    const cross = await w.command('what did Adeyemi say about pensions', { team: SPORT_TEAM });
    expect(textOf(await w.api.responseFor(cross.responseId))).not.toContain('night-shift');
    // What the sports desk adds goes to its collection, invisible to the newsroom.
    const add = await w.command(`add <${pages.url('/sport-pool')}>`, { team: SPORT_TEAM, user: 'U0DESKHEAD' });
    expect(textOf(await w.api.responseFor(add.responseId, 1, 20_000))).toContain('Added:');
    const mine = await w.command('what did Mbeki say about the pool', { team: SPORT_TEAM });
    expect(textOf(await w.api.responseFor(mine.responseId))).toContain('heating finally works');
    const theirs = await w.command('what did Mbeki say about the pool');
    expect(textOf(await w.api.responseFor(theirs.responseId))).not.toContain('heating finally works');
  });
});
