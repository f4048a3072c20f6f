import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test starts the CLI as a process (a TypeScript load each time): slow on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * The CLI contract the evaluation tooling relies on, run as a real process (through tsx, the same sources the
 * package script compiles): JSON shapes, standard-input batches, exit codes and one-line errors.
 */
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/articles');
let tmp: string;

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/adapters/cli/main.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter((l) => l.trim()) };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('extract --json', () => {
  it('prints one object per file with verbatim quote texts', () => {
    const files = ['budget.md', 'football.txt'].map((f) => path.join(fixtures, f));
    const r = cli(['extract', '--json', ...files]);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    for (const [i, line] of r.lines.entries()) {
      const o = JSON.parse(line);
      expect(o.file).toBe(files[i]);
      expect(o.quotes.length).toBeGreaterThan(0);
      const source = fs.readFileSync(files[i] as string, 'utf8');
      for (const q of o.quotes) {
        expect(['direct', 'indirect']).toContain(q.kind);
        expect(typeof q.text).toBe('string');
        expect(source).toContain(q.text);
        expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
      }
    }
    const budget = JSON.parse(r.lines[0] as string);
    expect(budget.quotes.find((q: { text: string }) => q.text.startsWith('This government')).speaker).toBe('Anna Lindqvist');
  });

  it('names a missing file on one line, exits 2, and still prints the others', () => {
    const r = cli(['extract', '--json', path.join(tmp, 'nope.txt'), path.join(fixtures, 'football.txt')]);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/nope\.txt: no such file/);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a binary file with a clear reason', () => {
    const bin = path.join(tmp, 'image.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = cli(['extract', '--json', bin]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/image\.txt: binary/);
  });

  it('reads a UTF-16 file with a byte-order mark and names a symlink loop as one', () => {
    const utf16 = path.join(tmp, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ferry strike\n\n“The ferries stop at noon,” said union leader Rita Moss.\n', 'utf16le')]));
    const loop = path.join(tmp, 'loop-extract.txt');
    fs.symlinkSync('loop-extract.txt', loop);
    const r = cli(['extract', '--json', utf16, loop]);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    const [q] = JSON.parse(r.lines[0]!).quotes;
    expect(q).toMatchObject({ text: 'The ferries stop at noon,', speaker: 'Rita Moss' });
    expect(r.err.trim()).toBe(`onrecord: ${loop}: symlink loop (the link leads back to itself)`);
  });
});

describe('ingest', () => {
  it('ingests files and folders, then reports duplicates as unchanged', () => {
    const data = path.join(tmp, 'twice');
    const first = cli(['ingest', '--data', data, fixtures]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/4 added, 0 updated, 0 unchanged/);
    const again = cli(['ingest', '--data', data, fixtures]);
    expect(again.out).toMatch(/0 added, 0 updated, 4 unchanged/);
  });

  it('ingests the good files beside a bad one and names the bad one', () => {
    const dir = path.join(tmp, 'mixed');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(fixtures, 'budget.md'), path.join(dir, 'budget.md'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    const r = cli(['ingest', '--data', path.join(tmp, 'mixed-index'), dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty\.txt: empty/);
    expect(r.out).toMatch(/1 added.*1 failed/);
  });

  it('re-ingests near-duplicate articles as unchanged, keeps both, and names a symlink loop', () => {
    // Same body under two headlines (a story run twice), and a byte-identical copy of one of them: each once
    // overwrote the other, so every re-ingest said "updated".
    const dir = path.join(tmp, 'near');
    fs.mkdirSync(dir);
    const body = '"We will reopen the pool in June," said council leader Mary Okafor.\nThe pool closed last year after a roof leak.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), `Pool to reopen in June\n\n${body}`);
    fs.writeFileSync(path.join(dir, 'b.txt'), `Council sets pool date\n\n${body}`);
    fs.copyFileSync(path.join(dir, 'a.txt'), path.join(dir, 'c.txt'));
    const loop = path.join(tmp, 'loop-ingest.txt');
    fs.symlinkSync('loop-ingest.txt', loop);
    const data = path.join(tmp, 'near-index');
    const first = cli(['ingest', '--data', data, dir, loop]);
    expect(first.code).toBe(2);
    expect(first.err.trim()).toBe(`onrecord: ${loop}: symlink loop (the link leads back to itself)`);
    expect(first.out).toMatch(/2 added, 0 updated, 1 unchanged.*1 failed/);
    const again = cli(['ingest', '--data', data, dir]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 added, 0 updated, 3 unchanged/);
  });
});

describe('bulk ingest', () => {
  it('extracts a large folder in worker threads: every file counted once, a bad one named, answers from the right article', () => {
    // 64 files or more go through the document threads; each article names its own speaker and street.
    const dir = path.join(tmp, 'bulk');
    fs.mkdirSync(dir);
    for (let n = 1; n <= 70; n++) {
      fs.writeFileSync(
        path.join(dir, `street-${n}.txt`),
        `Street ${n} to close for repairs\n\n"Number ${n} Mill Lane will be shut for eleven days from March," said highways officer Tomasz Brennan${n}.\nResidents were told on Friday.\n`,
      );
    }
    fs.writeFileSync(path.join(dir, 'blank.txt'), '  \n');
    const data = path.join(tmp, 'bulk-index');
    const r = cli(['ingest', '--data', data, dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/blank\.txt: empty/);
    expect(r.out).toMatch(/70 added, 0 updated, 0 unchanged.*1 failed; 70 quotes written/);
    const a = cli(['ask', '--data', data, '--json', 'what did Brennan41 say about Mill Lane']);
    expect(a.code).toBe(0);
    const text = a.lines.join('\n');
    expect(text).toContain('Number 41 Mill Lane will be shut');
    expect(text).not.toContain('Number 14 Mill Lane');
  });
});

describe('ask', () => {
  beforeAll(() => {
    const r = cli(['ingest', '--quiet', '--data', path.join(tmp, 'index'), fixtures]);
    if (r.code !== 0) throw new Error(`could not build the test index: ${r.err}`);
  });

  it('answers one question as JSON with the documented fields', () => {
    const r = cli(['ask', '--data', path.join(tmp, 'index'), '--json', 'what did Okafor say about the bridge']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.lines[0] as string);
    expect(o.question).toBe('what did Okafor say about the bridge');
    expect(typeof o.took_ms).toBe('number');
    const a = o.answers[0];
    expect(a).toMatchObject({ speaker: 'Helen Okafor', kind: 'direct' });
    // The same words ran in two outlets: one answer, both sources.
    expect([a.article.outlet, ...a.also_in.map((s: { url: string }) => (s.url.includes('wire') ? 'Example Wire' : 'Example Gazette'))].sort()).toEqual(['Example Gazette', 'Example Wire']);
    expect(a.text).toContain('blank cheque');
    for (const key of ['id', 'role', 'organisation', 'said_on', 'context', 'score', 'also_in']) expect(a).toHaveProperty(key);
  });

  it('answers each line of standard input on its own line, in order', () => {
    const qs = ['what did Lindqvist say about nurses', 'who said "the prime minister is spending money she does not have"', 'what did Nobodyknows say about anything'];
    const r = cli(['ask', '--data', path.join(tmp, 'index'), '--json'], qs.join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(3);
    const objs = r.lines.map((l) => JSON.parse(l));
    expect(objs.map((o) => o.question)).toEqual(qs);
    expect(objs[0].answers[0].speaker).toBe('Anna Lindqvist');
    expect(objs[1].answers[0].speaker).toBe('Tomas Berg');
    expect(objs[2].answers).toEqual([]);
    expect(objs[2].status).toBe('not_found');
  });

  it('prints the Slack and Discord payloads the bots send', () => {
    const slack = JSON.parse(cli(['ask', '--data', path.join(tmp, 'index'), '--format', 'slack', 'Okafor on the bridge']).lines[0] as string);
    expect(Array.isArray(slack.blocks)).toBe(true);
    expect(JSON.stringify(slack.blocks)).toContain('Helen Okafor');
    const discord = JSON.parse(cli(['ask', '--data', path.join(tmp, 'index'), '--format', 'discord', 'Okafor on the bridge']).lines[0] as string);
    expect(discord.allowedMentions).toMatchObject({ parse: [] });
    expect(JSON.stringify(discord.embeds)).toContain('Helen Okafor');
  });

  it('prints readable text by default', () => {
    const r = cli(['ask', '--data', path.join(tmp, 'index'), 'Okafor on the bridge']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/“We will not sign a blank cheque/);
    expect(r.out).toMatch(/Helen Okafor/);
    expect(r.out).toMatch(/Source: .* · Example (Gazette|Wire) · 2024-03-14 · https:\/\//);
    expect(r.out).toMatch(/Also in: /);
  });
});

describe('attribution uncertain (ATTRIBUTION_UNCERTAIN_BELOW)', () => {
  const index = () => path.join(tmp, 'index');
  it('is said in text, Slack and Discord answers for quotes under the configured threshold, and kept in --json', () => {
    // The index of the describe block above; a threshold of 1 makes every attribution (confidence < 1) uncertain.
    const sure = { ATTRIBUTION_UNCERTAIN_BELOW: '1' };
    expect(cli(['ask', '--data', index(), 'Okafor on the bridge'], undefined, sure).out).toMatch(/Helen Okafor.*\(attribution uncertain, confidence 0\.\d\d\)/);
    expect(cli(['ask', '--data', index(), '--format', 'slack', 'Okafor on the bridge'], undefined, sure).out).toContain('attribution uncertain');
    expect(cli(['ask', '--data', index(), '--format', 'discord', 'Okafor on the bridge'], undefined, sure).out).toContain('(attribution uncertain)');
    const json = JSON.parse(cli(['ask', '--data', index(), '--json', 'Okafor on the bridge'], undefined, { ATTRIBUTION_UNCERTAIN_BELOW: '0' }).lines[0] as string);
    expect(json.answers[0].confidence).toBeGreaterThan(0);
    expect(json.answers[0].attribution_uncertain).toBe(false);
    // Under the threshold the same answer says it is uncertain and still carries its confidence, unchanged.
    const unsure = JSON.parse(cli(['ask', '--data', index(), '--json', 'Okafor on the bridge'], undefined, sure).lines[0] as string);
    expect(unsure.answers[0].attribution_uncertain).toBe(true);
    expect(unsure.answers[0].confidence).toBe(json.answers[0].confidence);
  });

  it('refuses a threshold that is not a probability, with one line naming the variable', () => {
    const r = cli(['ask', '--data', index(), 'Okafor on the bridge'], undefined, { ATTRIBUTION_UNCERTAIN_BELOW: '2' });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/ATTRIBUTION_UNCERTAIN_BELOW/);
  });
});

describe('bad usage exits 2 with one line', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask', '--limit', '0', 'x'], /--limit must be a whole number/],
    [['ask', '--format', 'xml', 'x'], /--format must be/],
    [['ask', '--collection', 'a b', 'x'], /--collection/],
    [['extract'], /extract needs at least one FILE/],
    [['ingest', '--data', '/tmp/x'], /ingest needs at least one PATH/],
    [['ask', '--bogus'], /bogus/],
  ])('%j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
