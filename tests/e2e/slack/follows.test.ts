import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from './harness/payload.js';
import { startWorld, type World } from './harness/world.js';

// Follows through the real Bolt app on the embedded SQLite index (the PostgreSQL, other-process and replica
// cases are in follows-postgres.test.ts): a mention sets a follow, the digest escapes hostile quotes, and a
// channel gets at most one digest per gap.
const CHANNEL = 'C0NEWSDESK';

/** An invented story quoting the fixtures' librarian, with words built to ping and link. */
const library = (words: string, n: number) => ({
  source: `fixtures/library-${n}.txt`,
  content: `Library news ${n}\n\nCity librarian Tomas Lindqvist spoke on Tuesday.\n\n"${words}," Lindqvist said.\n`,
});

describe('Slack follows (SQLite)', () => {
  let w: World;
  beforeEach(async () => {
    w = await startWorld({ follows: { intervalMs: 0, channelGapMs: 60_000 } });
  }, 60_000);
  afterEach(async () => {
    await w?.close();
  });

  it('a mention follows; the digest escapes what the quote says; a second digest waits for the channel\'s gap', async () => {
    await w.event({ type: 'app_mention', channel: CHANNEL, user: 'U0REPORTER', ts: '1700000100.000100', text: `<@${w.api.botUserId}> follow lindqvist` });
    const note = await w.api.waitFor(() => w.api.callsOf('chat.postEphemeral').find((c) => c.args.channel === CHANNEL), 10_000, 'the private reply');
    expect(textOf(note.args)).toMatch(/This channel now follows \*Tomas Lindqvist\*/);
    expect(await w.app.follows.runNow()).toMatchObject({ digests: 0 });

    await w.core.ingestDocument(library('Tell <!channel> and <@U0BOSS> the reading room opens at <https://evil.example|nine>', 1));
    expect(await w.app.follows.runNow()).toMatchObject({ digests: 1, quotes: 1 });
    const posts = w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === CHANNEL);
    expect(posts).toHaveLength(1);
    const text = textOf(posts[0]!.args);
    expect(text).toContain('reading room opens');
    expect(text).not.toMatch(/<!channel>|<@U0BOSS>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(String(posts[0]!.args.link_names ?? 'false')).toBe('false');

    await w.core.ingestDocument(library('Late opening continues through the summer', 2));
    expect(await w.app.follows.runNow()).toMatchObject({ digests: 0, waiting: 1 });
    expect(w.api.callsOf('chat.postMessage').filter((c) => c.args.channel === CHANNEL)).toHaveLength(1);
  });
});
