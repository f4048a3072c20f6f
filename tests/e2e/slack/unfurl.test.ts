import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf } from './harness/payload.js';
import { startWorld, type World } from './harness/world.js';

/**
 * Link previews are off for every message the app posts: slash replies, help, shared answers, page turns,
 * mentions and direct messages (the harness checks the same in every Slack world when it closes).
 */
describe('Slack never unfurls a link', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  it('on every path that posts', async () => {
    const answer = await w.api.responseFor((await w.command('what did Lindqvist say')).responseId);
    await w.api.responseFor((await w.command('help')).responseId);
    await w.api.responseFor((await w.command('what did Nobodyatall say about ferries')).responseId);
    for (const id of ['onrecord_share', 'onrecord_more', 'onrecord_context']) {
      const value = buttonsOf(answer).find((b) => b.action_id === id)?.value;
      expect(value, id).toBeDefined();
      await w.api.responseFor((await w.click(id, value!)).responseId);
    }
    await w.event({ type: 'app_mention', channel: 'C0NEWSDESK', user: 'U0REPORTER', ts: '1700000900.000100', text: `<@${w.api.botUserId}> what did Adeyemi say about pensions` });
    await w.event({ type: 'message', channel_type: 'im', channel: 'D0UNFURL1', user: 'U0REPORTER', ts: '1700000900.000200', text: 'what did Adeyemi say' });
    await w.api.waitFor(() => (w.api.callsOf('chat.postMessage').length >= 2 ? true : undefined), 10_000, 'two posted answers');
    expect(w.api.postedCount()).toBeGreaterThanOrEqual(8);
    expect(w.api.previewing()).toEqual([]);
  });
});
