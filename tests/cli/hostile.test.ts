import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test starts the CLI as a process (a TypeScript load each time): slow on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The CLI under conditions an unlucky operator meets: a busy index, a failing index, hostile article text. */
const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'src/adapters/cli/main.ts');
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' };
let tmp: string;

const ARTICLE = `Reyes keeps faith with young squad

Harbour City coach Mark Reyes said he would not panic after a third straight defeat.

"These players are learning every week and the results will come," Reyes said after the match on Saturday.
`;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, input, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter((l) => l.trim()) };
}

/** A data folder whose `articles/` holds the given files, synced once by a first `ask`. */
function dataDir(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'articles', f), text);
  const first = cli(['ask', '--data', dir, '--json', 'what did Reyes say about the players']);
  expect(first.code, first.err).toBe(0);
  return dir;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-hostile-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('ask beside a long write', () => {
  it('answers while another connection holds the write lock, when no article changed', () => {
    const dir = dataDir('locked', { 'reyes.txt': ARTICLE });
    const other = new Database(path.join(dir, 'onrecord.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = cli(['ask', '--data', dir, '--json', 'what did Reyes say about the players']);
      expect(r.err).not.toMatch(/locked/);
      expect(r.code).toBe(0);
      const answer = JSON.parse(r.lines[0] as string);
      expect(answer.status).toBe('found');
      expect(answer.answers[0].speaker).toBe('Mark Reyes');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('still brings a changed article in (taking the lock only then)', () => {
    const dir = dataDir('changed', { 'reyes.txt': ARTICLE });
    fs.appendFileSync(path.join(dir, 'articles', 'reyes.txt'), '\n"We will fight for the cup," Reyes said of the final.\n');
    const r = cli(['ask', '--data', dir, '--json', 'what did Reyes say about the cup']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.lines[0] as string).answers[0].text).toBe('We will fight for the cup,');
  });
});

describe('a batch on standard input', () => {
  it('reports a question that fails on the index and answers the rest', async () => {
    const dir = dataDir('failing', { 'reyes.txt': ARTICLE });
    const db = new Database(path.join(dir, 'onrecord.db'));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'ask', '--data', dir, '--json'], { cwd: root, env });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const lines = () => out.split('\n').filter((l) => l.trim());
    const waitFor = async (n: number) => {
      for (let i = 0; i < 1200 && lines().length < n && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
      expect(lines().length, err).toBeGreaterThanOrEqual(n);
    };
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const question = 'what did Reyes say about the players\n';
    child.stdin.write(question);
    await waitFor(1);
    // A real database error for the next question: the table its answer is read from is gone.
    db.exec('ALTER TABLE paragraphs RENAME TO paragraphs_away');
    child.stdin.write(question);
    await waitFor(2);
    db.exec('ALTER TABLE paragraphs_away RENAME TO paragraphs');
    child.stdin.write(question);
    child.stdin.end();
    const code = await exited;
    db.close();
    const [first, second, third] = lines().map((l) => JSON.parse(l));
    expect(first).toMatchObject({ status: 'found' });
    expect(second).toMatchObject({ question: question.trim(), status: 'error' });
    expect(second.error).toMatch(/paragraphs/);
    expect(third).toMatchObject({ status: 'found' });
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(/^onrecord: question 2 failed: .*paragraphs/)]);
    expect(code).toBe(1);
  });
});

describe('hostile article text on a terminal', () => {
  it('prints no control sequence or direction override from an article', () => {
    const evil = `Reyes keeps faith\n\n"These players \u001b[2J\u001b]0;pwned\u0007are \u009b31mlearning\u202e every week," Reyes said.\r\n`;
    const dir = dataDir('escape', { 'reyes.txt': ARTICLE, 'evil.txt': evil });
    // The question's words are words both quotes hold: the escape glued to "learning" makes it another word, and a
    // quote lacking a rarer question word that another "Reyes" holds is no answer (answers/pointed-elsewhere.ts).
    const r = cli(['ask', '--data', dir, '--limit', '5', 'what did Reyes say about the players every week']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('These players [2J]0;pwnedare 31mlearning every week');
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
