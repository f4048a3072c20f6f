import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test starts the CLI as a process (a TypeScript load each time): slow on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * `onrecord ingest URL` against a local HTTP server standing in for a news site: the page is fetched through the
 * SSRF-safe fetcher (loopback allowed only by the allow-list switch) and parsed as HTML with its metadata.
 */
const root = path.resolve(import.meta.dirname, '../..');
const page = fs.readFileSync(path.join(root, 'tests/fixtures/pages/ferry-strike.html'), 'utf8');
let server: http.Server;
let base: string;
let tmp: string;

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(root, 'src/adapters/cli/main.ts'), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: String(out), err: String(err) });
    });
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-url-'));
  server = http.createServer((req, res) => {
    if (req.url === '/news/ferry-strike') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else if (req.url === '/logo.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('ingest URL', () => {
  it('refuses a loopback address unless the allow-list names it', async () => {
    const r = await cli(['ingest', '--data', path.join(tmp, 'refused'), `${base}/news/ferry-strike`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/127\.0\.0\.1/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('fetches, parses and indexes a page with its metadata, and answers from it', async () => {
    const data = path.join(tmp, 'index');
    const env = { ONRECORD_FETCH_ALLOW: '127.0.0.1' };
    const r = await cli(['ingest', '--data', data, `${base}/news/ferry-strike`, `${base}/logo.png`], env);
    expect(r.code).toBe(2); // the image is refused, the page still goes in
    expect(r.err).toMatch(/logo\.png/);
    expect(r.out).toMatch(/1 added/);
    const a = await cli(['ask', '--data', data, '--json', 'what did Haddad say about shifts'], env);
    const o = JSON.parse(a.out.trim().split('\n')[0] as string);
    expect(o.answers[0]).toMatchObject({ speaker: 'Fatima Haddad', article: { title: 'Ferry crews walk out over rosters', url: 'https://gazette.example/news/ferry-strike', published: expect.stringMatching(/^2024-07-09/) } });
    expect(o.answers[0].text).toContain('sixteen-hour shifts');
    // The same page again is the same article (its canonical URL): nothing changes.
    const again = await cli(['ingest', '--data', data, `${base}/news/ferry-strike`], env);
    expect(again.out).toMatch(/0 added, 0 updated, 1 unchanged/);
  });
});
