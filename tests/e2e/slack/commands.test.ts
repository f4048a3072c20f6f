import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/api.js';
import { buttonsOf, limitViolations, linksOf, pings, textOf } from './harness/payload.js';
import { buildCore, startWorld, type World } from './harness/world.js';
import { LONG_TAIL } from './harness/articles.js';

/**
 * `/quote` end to end: signed slash commands to the real Bolt app over loopback, a real core over a SQLite
 * index of the seed and fixture articles, and answers read back from the response_url stand-in.
 */
describe('Slack /quote', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  it('answers a question privately with the quote, speaker, source link and buttons', async () => {
    const sent = await w.command('what did Adeyemi say about pensions');
    expect(sent.status).toBe(200);
    const msg = await w.api.responseFor(sent.responseId);
    expect(msg.response_type).toBe('ephemeral');
    const text = textOf(msg);
    // The exact words, escaped (& becomes &amp;), with the right speaker and role.
    expect(text).toContain('This agreement protects night-shift pay &amp; pensions for every crane operator');
    expect(text).toContain('*Grace Adeyemi*');
    expect(text).toMatch(/Union negotiator/i);
    expect(linksOf(msg)).toContain('https://wire.example.net/2024/04/port-strike');
    expect(text).toContain('Example Wire');
    expect(text).toContain('2024-04-18');
    const ids = buttonsOf(msg).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(['onrecord_share', 'onrecord_context', 'onrecord_open']));
    expect(limitViolations(msg)).toEqual([]);
    // The article link must not grow a preview card.
    expect(msg.unfurl_links).toBe(false);
    expect(msg.unfurl_media).toBe(false);
    // Nothing went to a channel: the answer is private.
    expect(w.api.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('explains the question styles with examples from the index, for help and for an empty command', async () => {
    const help = await w.command('help');
    const empty = await w.command('   ');
    const a = await w.api.responseFor(help.responseId);
    const b = await w.api.responseFor(empty.responseId);
    for (const msg of [a, b]) {
      const text = textOf(msg);
      expect(text).toContain('/quote what did &lt;speaker&gt; say about &lt;topic&gt;');
      expect(text).toContain('who said');
      expect(text).toContain('Try, from the current index');
    }
    // The examples come from the index: at least one names a speaker who is really in it.
    const examples = textOf(a).split('Try, from the current index')[1] ?? '';
    expect(examples).toMatch(/Kirby|Lindqvist|Adeyemi|Szabo|Lavrov/);
  });

  it('names the nearest speakers when nothing is found', async () => {
    const sent = await w.command('what did Kirbie say about dragons');
    const text = textOf(await w.api.responseFor(sent.responseId));
    expect(text).toContain('No quote found');
    expect(text).toContain('Nearest speakers');
    // Both real Kirbys are offered, each with who they are; no quote is shown as if it were an answer.
    expect(text).toContain('*Maria Kirby*');
    expect(text).toContain('*John Kirby*');
    expect(text).not.toContain('ferries would keep running');
    const none = await w.command('what did Zorblax say about the moon');
    const nothing = textOf(await w.api.responseFor(none.responseId));
    expect(nothing).toContain('No quote found');
    expect(nothing).toContain('Zorblax');
  });

  it('decodes HTML entities in the typed question before asking', async () => {
    // Slack sends "pay & pensions" as "pay &amp; pensions" and quotes typed as &lt; &gt; encoded.
    const sent = await w.command('who said &quot;protects night-shift pay &amp; pensions&quot;'.replace(/&quot;/g, '"'));
    const msg = await w.api.responseFor(sent.responseId);
    const text = textOf(msg);
    expect(text).toContain('Grace Adeyemi');
    expect(text).not.toContain('&amp;amp;');
    // The question echoed back is escaped once, not twice.
    const again = await w.command('what did Kirby say about &lt;ferries&gt;');
    const echoed = textOf(await w.api.responseFor(again.responseId));
    expect(echoed).not.toContain('&amp;lt;');
  });

  it('keeps hostile article text inert and within Block Kit limits', async () => {
    const sent = await w.command('what did Szabo say');
    const msg = await w.api.responseFor(sent.responseId);
    const text = textOf(msg);
    expect(text).toContain('Victor Szabo');
    // No special forms survive: they are shown escaped, as text.
    expect(pings(msg)).toEqual([]);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&lt;@U0BADBAD1&gt;');
    expect(linksOf(msg).some((l) => l.includes('evil.example'))).toBe(false);
    // The 700-word quote is cut at a word with an ellipsis; the full text waits behind the button.
    expect(text).not.toContain(LONG_TAIL);
    expect(text).toMatch(/budget\d+…/);
    expect(buttonsOf(msg).some((b) => b.label === 'Full quote')).toBe(true);
    expect(limitViolations(msg)).toEqual([]);
    expect(msg.link_names).toBeUndefined();
  });

  it('tells the user when the question is too long, without asking the core', async () => {
    const sent = await w.command(`what did Kirby say about ${'ferries '.repeat(200)}`);
    const text = textOf(await w.api.responseFor(sent.responseId));
    expect(text).toContain('limited to 1000');
  });

  it('writes one log line per request with its latency', async () => {
    const mine = () => w.logs.requests('command').filter((l) => l.user === 'U0LOGCHECK');
    const sent = await w.command('latest from Lindqvist', { user: 'U0LOGCHECK' });
    await w.api.responseFor(sent.responseId);
    await w.api.waitFor(() => mine().length > 0 || undefined, 5000, 'the log line');
    await new Promise((r) => setTimeout(r, 100));
    const lines = mine();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'command', team: 'T0NEWSROOM', channel: 'C0NEWSDESK', request: 'ask', status: 'found' });
    expect(typeof lines[0]!.ms).toBe('number');
    // The question itself stays out of the log.
    expect(JSON.stringify(lines[0])).not.toContain('Lindqvist');
  });
});

describe('Slack /quote while the core is slow', () => {
  let w: World;
  let release: () => void = () => {};
  beforeAll(async () => {
    const { core } = await buildCore();
    const gate = new Promise<void>((r) => (release = r));
    // The real core, held back until the test releases it: the ack must not wait for the answer.
    const slow: OnRecord = { ...core, ask: async (q, o) => (await gate, core.ask(q, o)) };
    w = await startWorld({}, slow);
  }, 60_000);
  afterAll(async () => {
    release();
    await w?.close();
  });

  it('acknowledges at once, then answers through response_url when the core is done', async () => {
    const sent = await w.command('what did Maria Kirby say about ferries');
    expect(sent.status).toBe(200);
    expect(w.api.responses.filter((r) => r.id === sent.responseId)).toHaveLength(0);
    release();
    const msg = await w.api.responseFor(sent.responseId);
    expect(textOf(msg)).toContain('Maria Kirby');
  });
});
