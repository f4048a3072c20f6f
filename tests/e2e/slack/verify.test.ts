import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, limitViolations, pings, textOf, type Json } from './harness/payload.js';
import { interactionForm, sendSigned } from './harness/signed.js';
import { SECRET, SPORT_TEAM, TEAM, startWorld, type World } from './harness/world.js';

/**
 * "Verify quote", the message shortcut, end to end: a signed `message_action` payload as Slack sends it reaches
 * the real Bolt app, which answers through the shortcut's response_url (or the Web API) of the local stand-in.
 */
describe('Slack "Verify quote" message shortcut', () => {
  let w: World;
  let seq = 0;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  interface Target {
    text?: string;
    user?: string;
    bot_id?: string;
    subtype?: string;
    attachments?: unknown[];
    blocks?: unknown[];
  }

  /** Sends the shortcut on a message; returns the ack and the response_url id it carries. */
  async function shortcut(message: Target, o: { team?: string; channel?: string; user?: string; callbackId?: string } = {}) {
    const responseId = `sc${++seq}`;
    const payload = {
      type: 'message_action',
      token: 'legacy',
      action_ts: '1700000100.000100',
      team: { id: o.team ?? TEAM, domain: 'newsroom' },
      user: { id: o.user ?? 'U0REPORTER', name: 'reporter', team_id: o.team ?? TEAM },
      channel: { id: o.channel ?? 'C0NEWSDESK', name: 'newsdesk' },
      is_enterprise_install: false,
      callback_id: o.callbackId ?? 'onrecord_verify',
      trigger_id: `trigger.sc${seq}`,
      response_url: w.api.responseUrl(responseId),
      message_ts: '1700000000.000900',
      message: { type: 'message', ts: '1700000000.000900', user: 'U0COLLEAGUE', ...message },
    };
    const res = await sendSigned(w.eventsUrl, SECRET, interactionForm(payload), 'application/x-www-form-urlencoded');
    return { ...res, responseId };
  }
  const verify = async (message: Target, o: Parameters<typeof shortcut>[1] = {}): Promise<Json> => {
    const sent = await shortcut(message, o);
    expect(sent.status).toBe(200);
    return w.api.responseFor(sent.responseId);
  };

  it('a misquote: privately, the real words, the speaker, the source and how the words differ', async () => {
    const answer = await verify({ text: 'Kirby at the briefing: “We recognise Al-Nusra as a spoiler and we are concerned” <@U0DESK> can we use this?' });
    expect(answer.response_type).toBe('ephemeral');
    const text = textOf(answer);
    expect(text).toContain('Verify quote');
    expect(text).toContain('Closest real quote');
    expect(text).toContain('*John Kirby*');
    // The real words, in full (the whole quotation: the seed splits it at "Kirby said." and both pieces are shown,
    // joined by an ellipsis), and the differences: struck words are the paste's, bold ones the quote's.
    expect(text).toContain('“The only thing that stands between where we are now');
    expect(text).toContain('supporters … We recognize Al-Nusra as a spoiler, we have concerns about co-mingling, I’ve talked about this ad nauseam.”');
    expect(text).toContain('~recognise~ *recognize*');
    expect(text).toContain('~are concerned~');
    expect(text).toContain('syria-nusra.txt');
    // Only the quoted words were checked: the mention and the question around them are not in the comparison.
    expect(text).not.toContain('U0DESK');
    expect(answer.unfurl_links).toBe(false);
    expect(limitViolations(answer)).toEqual([]);
    expect(pings(answer)).toEqual([]);
    // Its buttons are the usual ones: Share in channel re-asks the same verification.
    const share = buttonsOf(answer).find((b) => b.action_id === 'onrecord_share');
    expect(JSON.parse(share!.value!).q).toBe('who said "We recognise Al-Nusra as a spoiler and we are concerned"');
    const log = await w.api.waitFor(() => w.logs.requests('verify').at(-1));
    expect(log).toMatchObject({ kind: 'verify', team: TEAM, from: 'quoted', passages: 1, found: 1, exact: 0, via: 'response_url' });
  });

  it('an exact quote from a block quote, as Slack encodes it: who said it, in exactly these words', async () => {
    const answer = await verify({ text: 'is this right?\n&gt; Nobody on the islands should be cut off because the weather turns' });
    const text = textOf(answer);
    expect(text).toContain('*Who said it:* *Maria Kirby*');
    expect(text).toContain('in exactly these words');
    expect(text).toContain('Harbour ferries to run through winter');
    expect(text).not.toMatch(/~[^~\n]+~/);
  });

  it('words nobody on record said: "not on record", with nothing else attributed', async () => {
    const answer = await verify({ text: 'The mayor told us "we will paint every bridge in the city purple by the spring"' });
    const text = textOf(answer);
    expect(text).toContain('No quote found');
    expect(text).toContain('not on record');
    expect(buttonsOf(answer).filter((b) => b.action_id === 'onrecord_context')).toEqual([]);
  });

  it("another newsroom's quote never answers: collections come from the workspace, not the payload", async () => {
    const line = { text: '“The velodrome roof no longer leaks onto the boards, so the juniors can train again”' };
    const here = textOf(await verify(line));
    expect(here).toContain('No quote found');
    expect(here).not.toContain('Balogun');
    expect(here).not.toContain('sport.example.net');
    // The same message from the sports desk, whose collection it is, finds it: the refusal above is tenancy.
    const there = textOf(await verify(line, { team: SPORT_TEAM }));
    expect(there).toContain('*Henrik Balogun*');
    expect(there).toContain('in exactly these words');
    // A workspace tenancy does not cover is refused, whatever the payload says.
    expect(textOf(await verify(line, { team: 'T0STRANGER' }))).toContain('not set up');
  });

  it('several quoted passages are checked one by one, each with its closest real quote', async () => {
    const answer = await verify({ text: 'Two lines from the ferry story: "The ferry subsidy costs less than one new bridge would" and "we will paint every bridge purple by the spring"' });
    const text = textOf(answer);
    expect(text).toContain('the 2 quoted passages');
    expect(text).toContain('*1.* “The ferry subsidy costs less than one new bridge would”');
    expect(text).toContain('*2.* “we will paint every bridge purple by the spring”');
    expect(text).toContain('*Maria Kirby*');
    expect(text).toContain('No quote found');
    expect(text).toContain('Verify quote: 2 passages checked, 1 on record.');
    expect(limitViolations(answer)).toEqual([]);
  });

  it("several passages: Share of one posts that passage's quote and keeps the private answer with every passage", async () => {
    const answer = await verify({ text: 'Two lines: "The ferry subsidy costs less than one new bridge would" and "we will paint every bridge purple by the spring"' });
    const block = (answer.blocks as Json[]).find((b) => b.type === 'actions');
    expect(block?.block_id).toBe('onrecord_passage_1');
    const share = buttonsOf({ blocks: [block] } as Json).find((b) => b.action_id === 'onrecord_share')!;
    const click = await w.click('onrecord_share', share.value!, { blockId: block!.block_id as string });
    const posted = await w.api.responseFor(click.responseId, 1);
    expect(posted.response_type).toBe('in_channel');
    expect(textOf(posted)).toContain('The ferry subsidy costs less than one new bridge would');
    expect(textOf(posted)).not.toContain('purple');
    const kept = await w.api.responseFor(click.responseId, 2);
    expect(kept.replace_original).toBe(false);
    expect(textOf(kept)).toContain('Passage 1 was shared in the channel');
  });

  it('hostile messages: markup never pings or breaks, huge text is capped with a note, empty text is told so', async () => {
    const marked = await verify({ text: '<!channel> <!here> <@U0BADBAD1> *“we will paint <!everyone> every bridge purple by spring &amp; <https://evil.example|today>”* `code`' });
    expect(pings(marked)).toEqual([]);
    expect(limitViolations(marked)).toEqual([]);
    expect(textOf(marked)).not.toContain('https://evil.example');

    const huge = await verify({ text: `“Nobody on the islands should be cut off because the weather turns” ${'and more words '.repeat(3000)}` });
    expect(textOf(huge)).toContain('only its first 4,000 characters were read');
    expect(textOf(huge)).toContain('*Maria Kirby*');
    expect(limitViolations(huge)).toEqual([]);

    const hugeQuote = await verify({ text: `“${'budget '.repeat(2000)}”` });
    expect(textOf(hugeQuote)).toContain('Only the first 480 characters of the passage were checked');

    for (const text of ['', '   ', '“ ”', '*_~ ``` ~_*', '<@U0DESK> <!here>']) {
      expect(textOf(await verify({ text }))).toContain('That message has no words to check');
    }
  });

  it("a bot's message is checked from its attachments; OnRecord's own answer is not checked again", async () => {
    const wire = await verify({ bot_id: 'B0WIREBOT', subtype: 'bot_message', text: '', attachments: [{ fallback: 'Wire', text: 'Adeyemi: “We never wanted the ships to wait, but we could not accept the first offer”' }] });
    expect(textOf(wire)).toContain('*Grace Adeyemi*');
    const own = await verify({ bot_id: 'BBOT0001', user: w.api.botUserId, text: 'Who said it: John Kirby' });
    expect(textOf(own)).toContain('That is an OnRecord answer');
  });

  it('an expired response_url falls back to chat.postEphemeral; a conversation the bot is not in gets a DM saying why', async () => {
    const seqBefore = seq;
    w.api.expiredResponses.add(`sc${seqBefore + 1}`);
    await shortcut({ text: '“Nobody on the islands should be cut off because the weather turns”' }, { channel: 'C0ELSEWHERE', user: 'U0ASKER' });
    const eph = await w.api.waitFor(() => w.api.callsOf('chat.postEphemeral').find((c) => c.args.channel === 'C0ELSEWHERE'));
    expect(eph.args.user).toBe('U0ASKER');
    expect(textOf(eph.args as Json)).toContain('*Maria Kirby*');

    w.api.expiredResponses.add(`sc${seqBefore + 2}`);
    w.api.channelErrors.set('D0OTHERSDM', 'channel_not_found');
    await shortcut({ text: '“Nobody on the islands should be cut off because the weather turns”' }, { channel: 'D0OTHERSDM', user: 'U0ASKER' });
    const dm = await w.api.waitFor(() => w.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'U0ASKER'));
    expect(textOf(dm.args as Json)).toContain('cannot post in the conversation where you used Verify quote');
    expect(textOf(dm.args as Json)).toContain('*Maria Kirby*');
    const log = await w.api.waitFor(() => w.logs.requests('verify').find((l) => l.channel === 'D0OTHERSDM'));
    expect(log.via).toBe('dm');
  });
});
