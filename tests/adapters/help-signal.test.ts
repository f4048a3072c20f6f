import { describe, expect, it } from 'vitest';
import { askHelp, askPage, type SlackDeps } from '../../src/adapters/slack/service.js';
import type { Tenant } from '../../src/config/tenancy.js';
import type { Answer } from '../../src/core/index.js';

/*
 * Issue 14 item 5: an AbortSignal reaches the store so that a timed-out chat answer stops its work. The help answer
 * reads the store too (each top speaker's quotes for the example topic); before session 19 the core's `help` took no
 * signal and Slack's deadline left it running. The core side is in tests/core/answers/help-topic.test.ts.
 */
describe('Slack: help runs under the answer deadline like a question', () => {
  it('passes the deadline\'s signal to the core, as a question does', async () => {
    const seen: { help?: AbortSignal; ask?: AbortSignal } = {};
    const answer = { status: 'help', hits: [], examples: [] } as unknown as Answer;
    const core = {
      help: async (o?: { signal?: AbortSignal }) => ((seen.help = o?.signal), answer),
      ask: async (_q: string, o?: { signal?: AbortSignal }) => ((seen.ask = o?.signal), answer),
    };
    const deps = { core, answerTimeoutMs: 5000, pageSize: 3 } as unknown as SlackDeps;
    const tenant = { read: ['default'] } as unknown as Tenant;
    await askHelp(deps, tenant);
    await askPage(deps, 'what did Varga say', tenant);
    expect(seen.ask).toBeInstanceOf(AbortSignal);
    expect(seen.help).toBeInstanceOf(AbortSignal);
  });
});
