import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every step starts the CLI as a process (a TypeScript load each time): slow on a busy two-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

/**
 * The corrections part of the CLI contract, as a real process: `correct`, `corrections`, `correct --undo`,
 * the corrected answer in text and JSON, and a correction kept through a re-ingest of a changed article.
 */
const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/adapters/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter((l) => l.trim()) };
}

const ARTICLE = `---
title: Spending plan
url: https://gazette.example/politics/spending
published: 2024-05-02
---
Prime Minister Anna Lindqvist defended her spending plan in parliament on Thursday.

"The nurses will get their pay rise this spring," Lindqvist told MPs.

Opposition leader Tomas Berg said the plan was built on optimistic forecasts.
`;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cli-correct-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('correct / corrections', () => {
  it('corrects a speaker, keeps it through a changed re-ingest, logs it, and undoes it', () => {
    const data = path.join(tmp, 'data');
    const file = path.join(tmp, 'spending.md');
    fs.writeFileSync(file, ARTICLE);
    expect(cli(['ingest', '--data', data, '--quiet', file]).code).toBe(0);
    const asked = JSON.parse(cli(['ask', '--data', data, '--json', 'what did Lindqvist say about nurses']).lines[0] as string);
    const hit = asked.answers[0];
    expect(hit).toMatchObject({ speaker: 'Anna Lindqvist', corrected: false });

    // Misuse is one line on stderr and exit 2.
    const bad = cli(['correct', '--data', data, hit.id, '--speaker', 'Tomas Berg']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--by WHO/);
    expect(cli(['correct', '--data', data, 'no-such-quote', '--not-a-quote', '--by', 'ed']).err).toMatch(/no quote no-such-quote/);

    const done = cli(['correct', '--data', data, hit.id, '--speaker', 'Tomas Berg', '--by', 'Ana (politics desk)', '--reason', 'Berg read it out', '--json']);
    expect(done.code).toBe(0);
    const c = JSON.parse(done.lines[0] as string);
    expect(c).toMatchObject({ status: 'active', quote_id: hit.id, before: { speaker: 'Anna Lindqvist' }, after: { speaker: 'Tomas Berg', not_a_quote: false }, by: 'Ana (politics desk)', reason: 'Berg read it out' });

    // The article changes elsewhere and is ingested again: the correction holds.
    fs.writeFileSync(file, ARTICLE.replace('on Thursday', 'on Thursday afternoon'));
    cli(['ingest', '--data', data, '--quiet', file]);
    const text = cli(['ask', '--data', data, 'what did Berg say about nurses']);
    expect(text.out).toContain('— Tomas Berg, Opposition leader (speaker corrected by an editor)');
    expect(text.out).toMatch(/Quote id: [0-9a-f]+/);
    const json = JSON.parse(cli(['ask', '--data', data, '--json', 'what did Berg say about nurses']).lines[0] as string);
    expect(json.answers[0]).toMatchObject({ text: hit.text, speaker: 'Tomas Berg', corrected: true });

    const log = cli(['corrections', '--data', data]);
    expect(log.out).toContain(`${c.id} · `);
    expect(log.out).toContain('Anna Lindqvist, Prime Minister -> Tomas Berg · by Ana (politics desk): Berg read it out');

    const undo = cli(['correct', '--data', data, '--undo', c.id, '--by', 'chief']);
    expect(undo.code).toBe(0);
    const back = JSON.parse(cli(['ask', '--data', data, '--json', 'what did Lindqvist say about nurses']).lines[0] as string);
    expect(back.answers[0]).toMatchObject({ text: hit.text, speaker: 'Anna Lindqvist', corrected: false });
    const after = cli(['corrections', '--data', data, '--json']).lines.map((l) => JSON.parse(l));
    expect(after).toEqual([expect.objectContaining({ id: c.id, status: 'undone', undone_by: 'chief' })]);
    expect(cli(['correct', '--data', data, '--undo', c.id]).err).toMatch(/not active/);
  });
});
