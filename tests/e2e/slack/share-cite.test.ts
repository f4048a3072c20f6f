import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CITATION_TEMPLATE, citationText, parseCitationTemplate } from '../../../src/core/index.js';
import { escapeMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';
import { buttonsOf, limitViolations, pings, textOf, type Json } from './harness/payload.js';
import { startWorld, SPORT_TEAM, type World } from './harness/world.js';
import { tramArticle as TRAM } from '../../support/tram-article.js';

const SECOND = 'Nobody will wait in the rain for a tram to the hospital again';

const ids = (msg: Json, action = 'onrecord_context') => buttonsOf(msg).filter((b) => b.action_id === action).map((b) => b.value);
const valueOf = (msg: Json, action: string) => buttonsOf(msg).find((b) => b.action_id === action)?.value;

describe('Slack: Share posts exactly what was shown', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await w.core.ingestDocument(TRAM(SECOND));
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });
  const ask = async (q: string): Promise<Json> => w.api.responseFor((await w.command(q)).responseId);

  it('after an ingest changed the answer, Share posts the quotes shown, and the private copy says it was shared', async () => {
    const shown = await ask('latest from Lindqvist');
    const shownIds = ids(shown);
    expect(shownIds).toHaveLength(3);
    const share = valueOf(shown, 'onrecord_share')!;
    // A newer article of the same speaker, richer in the question's words, now answers the question first.
    await w.core.ingestDocument({
      source: 'fixtures/library-late.md',
      content: `---
title: Library to open on Sundays
outlet: Example Metro
published: 2024-09-01
---
Tomas Lindqvist, the city librarian, spoke on Sunday.

"The library will open on Sundays, because the library belongs to everyone who needs a library," Lindqvist said.

"A library card will be free for every child in the city library," Lindqvist added.
`,
    });
    const now = ids(await ask('latest from Lindqvist'));
    expect(now).not.toEqual(shownIds);

    const click = await w.click('onrecord_share', share, { user: 'U0SHARER' });
    const posted = await w.api.responseFor(click.responseId, 1);
    expect(posted.response_type).toBe('in_channel');
    expect(ids(posted)).toEqual(shownIds);
    expect(textOf(posted)).not.toContain('Sundays');
    expect(textOf(posted)).toContain('shared by <@U0SHARER>');
    expect(pings(posted, ['U0SHARER'])).toEqual([]);

    // The private copy is replaced: it says who shared it and offers no second Share.
    const copy = await w.api.responseFor(click.responseId, 2);
    expect(copy.replace_original).toBe(true);
    expect(copy.response_type).toBe('ephemeral');
    expect(textOf(copy)).toContain('Shared in the channel by <@U0SHARER>');
    expect(ids(copy)).toEqual(shownIds);
    expect(buttonsOf(copy).map((b) => b.action_id)).not.toContain('onrecord_share');
    expect(buttonsOf(copy).map((b) => b.action_id)).toContain('onrecord_cite');
    expect(limitViolations(copy)).toEqual([]);
  });

  it('a quote removed since is said so, never replaced by another', async () => {
    const shown = await ask('what did Marchetti say about the tram');
    expect(ids(shown)).toHaveLength(2);
    const share = valueOf(shown, 'onrecord_share')!;
    // The article is updated in place without its second quote.
    await w.core.ingestDocument(TRAM(null));
    const survives = await Promise.all(ids(shown).map(async (id) => (await w.core.getQuote(id!)) !== null));
    const first = ids(shown)[survives.indexOf(true)];
    const second = ids(shown)[survives.indexOf(false)];
    expect(survives.filter(Boolean)).toHaveLength(1);

    const click = await w.click('onrecord_share', share);
    const posted = await w.api.responseFor(click.responseId, 1);
    expect(posted.response_type).toBe('in_channel');
    expect(ids(posted)).toEqual([first]);
    expect(ids(posted)).not.toContain(second);
    expect(textOf(posted)).not.toContain('rain');
    const copy = await w.api.responseFor(click.responseId, 2);
    expect(copy.replace_original).toBe(true);
    expect(textOf(copy)).toContain('Shared in the channel by <@U0REPORTER>');
    expect(textOf(copy)).toContain('One quote that answer showed is no longer in the index as shown (removed or changed since), so it was not shared.');
    expect(buttonsOf(copy).map((b) => b.action_id)).not.toContain('onrecord_share');
  });

  it('a quote reworded in place (same id, other words) is not shared; with nothing left nothing is posted', async () => {
    const shown = await ask('what did Marchetti say about the tram');
    const [id] = ids(shown);
    expect(ids(shown)).toHaveLength(1);
    // Same length, same offsets: the quote keeps its id but no longer says what was shown.
    await w.core.ingestDocument(TRAM(null, 'timeplans'));
    expect((await w.core.getQuote(id!))?.text).toContain('The new timeplans puts');

    const click = await w.click('onrecord_share', valueOf(shown, 'onrecord_share')!);
    const reply = await w.api.responseFor(click.responseId, 1);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.replace_original).toBe(false);
    expect(textOf(reply)).toContain('None of the quotes that answer showed is in the index any more');
    await new Promise((r) => setTimeout(r, 200));
    expect(w.api.responses.filter((r) => r.id === click.responseId)).toHaveLength(1);
  });

  it('a shared "who said" answer keeps its comparison with the pasted words', async () => {
    const shown = await ask('who said "this agreement protects night-shift pay and pensions for every crane worker"');
    expect(textOf(shown)).toContain('Closest real quote');
    const click = await w.click('onrecord_share', valueOf(shown, 'onrecord_share')!);
    const posted = await w.api.responseFor(click.responseId, 1);
    expect(posted.response_type).toBe('in_channel');
    expect(ids(posted)).toEqual(ids(shown));
    // The same verdict and word differences as the private answer showed.
    const verdict = (m: Json) => (m.blocks as { text?: { text: string } }[])[0]!.text!.text;
    expect(verdict(posted)).toBe(verdict(shown));
    expect(verdict(posted)).toContain('~worker~');
  });

  it('another workspace clicking Share or Copy citation reveals nothing and posts nothing', async () => {
    const shown = await ask('what did Adeyemi say about pensions');
    for (const action of ['onrecord_share', 'onrecord_cite']) {
      const click = await w.click(action, valueOf(shown, action)!, { team: SPORT_TEAM });
      const reply = await w.api.responseFor(click.responseId);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).not.toMatch(/pensions|Adeyemi/);
      await new Promise((r) => setTimeout(r, 100));
      expect(w.api.responses.filter((r) => r.id === click.responseId)).toHaveLength(1);
    }
    // And a sports-desk answer's value clicked in the newsroom's workspace cites nothing of the sports desk.
    const sport = await w.api.responseFor((await w.command('what did Balogun say about the velodrome', { team: SPORT_TEAM })).responseId);
    const cite = await w.click('onrecord_cite', valueOf(sport, 'onrecord_cite')!);
    expect(textOf(await w.api.responseFor(cite.responseId))).not.toMatch(/velodrome|Balogun/i);
  });

  it('a forged or old-style Share value is refused as expired, never answered with a fresh search', async () => {
    for (const value of ['{"q":"what did Adeyemi say","o":0}', '{"q":"x","o":0,"t":1,"s":["../etc~abcd"]}', 'nonsense']) {
      const click = await w.click('onrecord_share', value);
      expect(textOf(await w.api.responseFor(click.responseId))).toContain('no longer works');
    }
  });
});

describe('Slack: Copy citation', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });
  const ask = async (q: string): Promise<Json> => w.api.responseFor((await w.command(q)).responseId);

  it('shows each quote shown as a plain-text citation in the default format, privately, in a code block', async () => {
    const shown = await ask('what did Adeyemi say about pensions');
    const [id] = ids(shown);
    const click = await w.click('onrecord_cite', valueOf(shown, 'onrecord_cite')!);
    const reply = await w.api.responseFor(click.responseId);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.replace_original).toBe(false);
    const blocks = (reply.blocks as { type: string; text?: { text: string } }[]).filter((b) => b.text?.text.startsWith('```'));
    expect(blocks.length).toBe(ids(shown).length);
    const first = blocks[0]!.text!.text;
    expect(first).toMatch(/^```“This agreement protects night-shift pay &amp; pensions for every crane operator,?” — Grace Adeyemi, [^`]+\. Example Wire, 2024-04-18\. https:\/\/wire\.example\.net\/2024\/04\/port-strike```$/);
    // Exactly the core's citation of that quote, escaped for Slack and nothing else.
    const hit = (await w.core.getQuote(id!))!;
    expect(first).toBe(`\`\`\`${escapeMrkdwn(citationText(hit, parseCitationTemplate(DEFAULT_CITATION_TEMPLATE)))}\`\`\``);
    expect(pings(reply)).toEqual([]);
  });

  it('a hostile quote pings nobody, links nothing and keeps every limit; a very long one is cut to fit', async () => {
    const shown = await ask('what did Szabo say');
    const reply = await w.api.responseFor((await w.click('onrecord_cite', valueOf(shown, 'onrecord_cite')!)).responseId);
    const text = textOf(reply);
    expect(pings(reply)).toEqual([]);
    expect(text).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@U0BADBAD1&gt; @\u200beveryone');
    expect(text).not.toMatch(/<https?:/);
    expect(text).toMatch(/budget\d+…” — Victor Szabo/);
    expect(limitViolations(reply)).toEqual([]);
  });

  it('follows the newsroom’s template', async () => {
    const custom = await startWorld({ citationTemplate: parseCitationTemplate('{outlet} ({date}): {speaker}[ ({role})] said {quote}[ <{url}>]') });
    try {
      const shown = await custom.api.responseFor((await custom.command('what did Adeyemi say about pensions')).responseId);
      const reply = await custom.api.responseFor((await custom.click('onrecord_cite', valueOf(shown, 'onrecord_cite')!)).responseId);
      expect(textOf(reply)).toMatch(/```Example Wire \(2024-04-18\): Grace Adeyemi \([^)]+\) said “This agreement protects night-shift pay &amp; pensions for every crane operator,?” &lt;https:\/\/wire\.example\.net\/2024\/04\/port-strike&gt;```/);
      expect(pings(reply)).toEqual([]);
    } finally {
      await custom.close();
    }
  });
});
