import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOnRecordError } from '../../../src/core/errors.js';
import { createFetchPolicy, safeFetch, type FetchPolicyOptions } from '../../../src/io/fetch/index.js';
import { redirect, serve, startLocalServer, type LocalServer } from './local-server.js';

let site: LocalServer;
const PAGE = '<!doctype html><html><head><title>Council vote</title></head><body><p>"We will vote," she said.</p></body></html>';

beforeAll(async () => {
  site = await startLocalServer();
  site.route('/story', serve(PAGE));
  site.route('/to-story', redirect('/story'));
  site.route('/to-private', redirect('http://10.0.0.7/admin'));
  site.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
  site.route('/to-v6-loopback', redirect(`http://[::1]:${'80'}/`));
  site.route('/to-file', redirect('file:///etc/passwd'));
  site.route('/pdf', serve(Buffer.from('%PDF-1.4'), 'application/pdf'));
  site.route('/no-type', (_q, res) => {
    res.removeHeader('content-type');
    res.end('hello');
  });
  site.route('/missing', serve('gone', 'text/html', 404));
  site.route('/big', serve('x'.repeat(2 * 1024 * 1024), 'text/plain'));
  site.route('/endless', (_q, res) => {
    // No Content-Length and no end: only a cap enforced while streaming can stop this.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = 'y'.repeat(64 * 1024);
    const pump = (): void => {
      while (res.write(chunk)) {
        /* fill the buffer */
      }
    };
    res.on('drain', pump);
    pump();
  });
  site.route('/bomb', serve(gzipSync(Buffer.alloc(8 * 1024 * 1024, 32)), 'text/html', 200, { 'content-encoding': 'gzip' }));
  site.route('/gzipped', serve(gzipSync(Buffer.from(PAGE)), 'text/html', 200, { 'content-encoding': 'gzip' }));
  site.route('/hang', () => {
    /* never answers */
  });
  site.route('/trickle', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const t = setInterval(() => res.write('<p>.</p>'), 50);
    res.on('close', () => clearInterval(t));
  });
  site.route('/latin1', serve(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'text/plain; charset=iso-8859-1'));
  site.route('/meta-charset', serve(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93, 0x48, 0x69, 0x94]), Buffer.from('</p></body></html>')]), 'text/html'));
  for (let i = 0; i < 7; i++) site.route(`/hop${i}`, redirect(`/hop${i + 1}`, 301));
  site.route('/hop7', serve(PAGE));
});
afterAll(() => site.close());

const local = (extra: FetchPolicyOptions = {}) => createFetchPolicy({ allow: ['127.0.0.1'], ...extra });

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    if (isOnRecordError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected the fetch to fail');
}

describe('safeFetch: pages from an allowed local server', () => {
  it('returns the decoded body, media type and final URL', async () => {
    const r = await safeFetch(`${site.origin}/story`, local());
    expect(r.content).toBe(PAGE);
    expect(r.contentType).toBe('text/html');
    expect(r.finalUrl).toBe(`${site.origin}/story`);
  });

  it('follows a relative redirect and reports the final URL', async () => {
    const r = await safeFetch(`${site.origin}/to-story`, local());
    expect(r.finalUrl).toBe(`${site.origin}/story`);
    expect(r.content).toContain('Council vote');
  });

  it('decompresses gzip bodies', async () => {
    expect((await safeFetch(`${site.origin}/gzipped`, local())).content).toBe(PAGE);
  });

  it('decodes the charset from the header or the page', async () => {
    expect((await safeFetch(`${site.origin}/latin1`, local())).content).toBe('Café');
    expect((await safeFetch(`${site.origin}/meta-charset`, local())).content).toContain('\u201cHi\u201d');
  });

  it('connects to the address it checked, keeping the host name (no second DNS look-up)', async () => {
    let lookups = 0;
    const policy = createFetchPolicy({
      allow: ['newsroom.test'],
      resolve: async (host) => {
        lookups++;
        expect(host).toBe('newsroom.test');
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const before = site.requests.length;
    const r = await safeFetch(`http://newsroom.test:${site.port}/story`, policy);
    expect(r.content).toBe(PAGE);
    expect(lookups).toBe(1);
    expect(site.requests[before]?.host).toBe(`newsroom.test:${site.port}`);
  });
});

describe('safeFetch: SSRF refusals', () => {
  it('refuses loopback when the allow-list does not name it, without connecting', async () => {
    const before = site.requests.length;
    const r = await refusal(safeFetch(`${site.origin}/story`, createFetchPolicy()));
    expect(r.code).toBe('FETCH_REFUSED');
    expect(r.message).toMatch(/loopback/);
    expect(site.requests.length).toBe(before);
  });

  it.each([
    ['http://10.0.0.1/', /private/],
    ['http://172.16.5.4/', /private/],
    ['http://192.168.1.1/', /private/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://[::1]/', /loopback/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fd00::1]/', /unique-local/],
    ['http://[::ffff:127.0.0.1]/', /IPv4-mapped/],
    ['http://[::127.0.0.1]/', /IPv4-compatible IPv6 address embedding a loopback address/],
    ['http://[64:ff9b::10.0.0.1]/', /NAT64 address embedding a private/],
    ['http://[2002:7f00:1::1]/', /6to4 address embedding a loopback/],
    ['http://0.0.0.0/', /unspecified/],
    ['http://2130706433/', /loopback/], // 127.0.0.1 written as one number
  ])('refuses %s', async (url, why) => {
    const r = await refusal(safeFetch(url, createFetchPolicy({ timeoutMs: 2000 })));
    expect(r.code).toBe('FETCH_REFUSED');
    expect(r.message).toMatch(why);
    expect(r.message).not.toMatch(/redirect/); // the URL as typed, even when the parser rewrites it
  });

  it('refuses a host name that resolves to a private address', async () => {
    const policy = createFetchPolicy({ resolve: async () => [{ address: '10.20.30.40', family: 4 }] });
    const r = await refusal(safeFetch('https://intranet.example/', policy));
    expect(r).toEqual({ code: 'FETCH_REFUSED', message: expect.stringMatching(/intranet\.example resolves to 10\.20\.30\.40, a private network address/) });
  });

  it('refuses a host name with one public and one private address', async () => {
    const policy = createFetchPolicy({ resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    expect((await refusal(safeFetch('http://mixed.example/', policy))).code).toBe('FETCH_REFUSED');
  });

  it('localhost resolves to loopback and is refused', async () => {
    expect((await refusal(safeFetch(`http://localhost:${site.port}/story`, createFetchPolicy()))).code).toBe('FETCH_REFUSED');
  });

  it.each([
    ['/to-private', /redirect to http:\/\/10\.0\.0\.7\/admin.*private/],
    ['/to-metadata', /redirect to http:\/\/169\.254\.169\.254.*link-local/],
    ['/to-v6-loopback', /redirect to http:\/\/\[::1\].*loopback/],
    ['/to-file', /only http and https/],
  ])('checks redirect targets too: %s', async (path, why) => {
    const r = await refusal(safeFetch(`${site.origin}${path}`, local()));
    expect(r.code).toBe('FETCH_REFUSED');
    expect(r.message).toMatch(why);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'gopher://example.com/', 'not a url', 'http://user:pw@example.com/'])(
    'refuses %s',
    async (url) => {
      expect((await refusal(safeFetch(url, createFetchPolicy()))).code).toBe('FETCH_REFUSED');
    },
  );
});

describe('safeFetch: limits', () => {
  it('follows 5 redirects and refuses the 6th', async () => {
    // hop2 -> ... -> hop7 is five redirects; hop1 -> ... -> hop7 is six.
    expect((await safeFetch(`${site.origin}/hop2`, local())).finalUrl).toBe(`${site.origin}/hop7`);
    const r = await refusal(safeFetch(`${site.origin}/hop1`, local()));
    expect(r).toEqual({ code: 'FETCH_REFUSED', message: expect.stringMatching(/more than 5 redirects/) });
  });

  it('honours a lower redirect cap', async () => {
    expect((await refusal(safeFetch(`${site.origin}/hop5`, local({ maxRedirects: 1 })))).message).toMatch(/more than 1 redirects/);
  });

  it('refuses a body over the size cap (declared length)', async () => {
    const r = await refusal(safeFetch(`${site.origin}/big`, local({ maxBytes: 1024 * 1024 })));
    expect(r).toEqual({ code: 'FETCH_REFUSED', message: expect.stringMatching(/larger than the 1 MB limit/) });
  });

  it('stops an endless body while streaming', async () => {
    const r = await refusal(safeFetch(`${site.origin}/endless`, local({ maxBytes: 512 * 1024, timeoutMs: 10_000 })));
    expect(r.code).toBe('FETCH_REFUSED');
  });

  it('caps the decompressed size (gzip bomb)', async () => {
    expect((await refusal(safeFetch(`${site.origin}/bomb`, local({ maxBytes: 1024 * 1024 })))).message).toMatch(/larger than/);
  });

  it('times out a server that never answers, and one that trickles', async () => {
    const a = await refusal(safeFetch(`${site.origin}/hang`, local({ timeoutMs: 300 })));
    expect(a).toEqual({ code: 'FETCH_FAILED', message: expect.stringMatching(/timed out after 0.3 s/) });
    const b = await refusal(safeFetch(`${site.origin}/trickle`, local({ timeoutMs: 300 })));
    expect(b.code).toBe('FETCH_FAILED');
  });

  it('stops when the caller aborts', async () => {
    const ctrl = new AbortController();
    const p = safeFetch(`${site.origin}/hang`, local({ timeoutMs: 10_000 }), ctrl.signal);
    setTimeout(() => ctrl.abort(), 50);
    expect(await refusal(p)).toEqual({ code: 'FETCH_FAILED', message: expect.stringMatching(/cancelled/) });
  });

  it('refuses content types other than HTML or text', async () => {
    const r = await refusal(safeFetch(`${site.origin}/pdf`, local()));
    expect(r).toEqual({ code: 'FETCH_REFUSED', message: expect.stringMatching(/content type application\/pdf/) });
    expect((await refusal(safeFetch(`${site.origin}/no-type`, local()))).message).toMatch(/no content type/);
  });

  it('reports HTTP errors as FETCH_FAILED', async () => {
    expect(await refusal(safeFetch(`${site.origin}/missing`, local()))).toEqual({ code: 'FETCH_FAILED', message: expect.stringMatching(/HTTP 404/) });
  });
});

describe('createFetchPolicy', () => {
  it.each([{ allow: ['not a host!'] }, { allow: ['10.0.0.0/99'] }, { maxRedirects: 6 }, { maxBytes: 0 }, { timeoutMs: -1 }, { contentTypes: ['html'] }])(
    'rejects %j with CONFIG_INVALID',
    (opts) => {
      expect(() => createFetchPolicy(opts)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    },
  );

  it('lets an allow-listed range through and nothing else', async () => {
    const policy = createFetchPolicy({ allow: ['127.0.0.0/8'] });
    expect((await safeFetch(`${site.origin}/story`, policy)).content).toBe(PAGE);
    expect((await refusal(safeFetch('http://10.0.0.1/', policy))).code).toBe('FETCH_REFUSED');
  });
});
