import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, startLocalServer, type LocalServer } from '../io/fetch/local-server.js';

// The real entry point, run as `npm run worker` would, but from source through tsx (no build step).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(root, 'src/worker/main.ts');

function runWorker(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let site: LocalServer;
let dir: string;
beforeAll(async () => {
  site = await startLocalServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-worker-main-'));
  site.route(
    '/news/vote',
    serve(`<html><head><meta property="og:title" content="Vote delayed"></head><body><article>
      <p>The vote on the new stadium was delayed by a week after a procedural dispute on Monday night.</p>
      <p>"We need more time to read the contract," said Councillor Jo Park, who asked for the delay.</p>
      <p>Supporters of the stadium said the delay would cost the city money and urged a quick decision.</p></article></body></html>`),
  );
  site.route('/rss', serve(`<rss version="2.0"><channel><item><link>${site.origin}/news/vote</link></item></channel></rss>`, 'application/rss+xml'));
});
afterAll(async () => {
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run worker (src/worker/main.ts)', () => {
  it('--once polls the configured feeds, ingests the item and records it', async () => {
    const env = { DATA_DIR: dir, ONRECORD_FEEDS: `${site.origin}/rss, ${site.origin}/missing-feed`, ONRECORD_FETCH_ALLOW: '127.0.0.1' };
    const r = await runWorker(['--once'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'item ingested')).toMatchObject({ url: `${site.origin}/news/vote`, status: 'added', title: 'Vote delayed' });
    expect(lines.find((l) => l.msg === 'feed skipped')).toMatchObject({ feed: `${site.origin}/missing-feed`, error: expect.stringMatching(/HTTP 404/) });
    expect(lines.find((l) => l.msg === 'poll done')).toMatchObject({ ingested: 1, feedsFailed: 1 });
    const state = JSON.parse(fs.readFileSync(path.join(dir, 'feeds-state.json'), 'utf8')) as { feeds: Record<string, { seen: Record<string, string> }> };
    expect(Object.keys(state.feeds[`default ${site.origin}/rss`]?.seen ?? {})).toEqual([`${site.origin}/news/vote`]);

    const again = await runWorker(['--once'], env);
    expect(again.stdout).not.toContain('item ingested');
  }, 60_000);

  it('exits 2 with one clear line when no feed is configured', async () => {
    const none = await runWorker(['--once'], { DATA_DIR: dir });
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('onrecord worker: no feeds configured; set ONRECORD_FEEDS to feed URLs (see docs/INGESTION.md)');
  }, 60_000);
});
