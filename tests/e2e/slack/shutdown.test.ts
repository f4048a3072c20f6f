import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runEntry } from '../../support/process.js';
import { pageHtml } from './harness/articles.js';
import { textOf } from './harness/payload.js';
import { commandForm, sendSigned } from './harness/signed.js';
import { SlackStandIn } from './harness/slack-api.js';

/**
 * `npm run slack` as a process under a supervisor: a readiness line, /healthz, and a SIGTERM that arrives while
 * an answer is being worked on (`/quote add` of a page that is slow to come) still delivers that answer.
 */
const SECRET = 'abcdef0123456789abcdef0123456789';

describe('npm run slack: readiness, health and graceful shutdown', () => {
  const api = new SlackStandIn('T0NEWSROOM');
  let dir = '';
  let pages: http.Server;
  let pageUrl = '';
  let pageRequested: () => void = () => {};
  const requested = new Promise<void>((r) => (pageRequested = r));
  beforeAll(async () => {
    await api.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-slack-stop-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    // The page takes 1.5 s to come: the SIGTERM lands while the ingest waits for it.
    pages = http.createServer((_req, res) => {
      pageRequested();
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(pageHtml('Harbour dredging starts in spring', 'Ingrid Solberg', 'The channel will be deep enough for the ferry by April, whatever the weather,'));
      }, 1500);
    });
    await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
    pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/dredging`;
  });
  afterAll(async () => {
    await api.close();
    pages.closeAllConnections();
    await new Promise((r) => pages.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says ready, answers /healthz, and on SIGTERM finishes the answer in flight before exiting 0', async () => {
    const port = await freePort();
    const p = runEntry('src/adapters/slack/main.ts', {
      DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-1234567890-abc',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: String(port),
      SLACK_API_URL: api.apiUrl,
      ONRECORD_FETCH_ALLOW: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    try {
      await p.until(/"ready":"slack-http"/, 30_000);
      const ready = p.out().split('\n').find((l) => l.includes('"ready"'));
      expect(JSON.parse(ready ?? '{}')).toMatchObject({ app: 'onrecord-slack', ready: 'slack-http', port, msg: 'ready' });
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok', mode: 'slack-http' } });

      const body = commandForm({ team_id: 'T0NEWSROOM', user_id: 'U0EDITOR', channel_id: 'C0NEWSDESK', command: '/quote', text: `add <${pageUrl}>`, response_url: api.responseUrl('stop1') });
      expect((await sendSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, body, 'application/x-www-form-urlencoded')).status).toBe(200);
      await requested;
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      // The answer was delivered before the process exited, and the log says how the stop went.
      const delivered = api.responses.filter((r) => r.id === 'stop1');
      expect(delivered).toHaveLength(1);
      expect(textOf(delivered[0]!.body)).toContain('Harbour dredging starts in spring');
      expect(p.out()).toMatch(/"signal":"SIGTERM","inflight":1.*stopping: no new work/);
      expect(p.out()).toContain('"msg":"stopped"');
    } finally {
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
    }
  }, 60_000);
});
