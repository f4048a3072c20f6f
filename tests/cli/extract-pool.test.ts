import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractFile, type FileResult } from '../../src/adapters/cli/commands/extract-file.js';
import { extractInTwoThreads } from '../../src/adapters/cli/commands/extract-pool.js';
import { startExtractThread } from '../../src/adapters/cli/commands/extract-thread-start.js';
import { spawnThread } from '../../src/ingest-worker/spawn.js';

// A worker thread loads the extractor through tsx: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

let tmp: string;
let files: string[];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-extract-pool-'));
  files = Array.from({ length: 30 }, (_, i) => {
    const f = path.join(tmp, `harbour-${String(i).padStart(2, '0')}.txt`);
    // Articles of very different lengths, so the two threads finish files out of order.
    const filler = 'The ferry left Port Vellan on time. '.repeat(i % 7 === 0 ? 400 : 1);
    fs.writeFileSync(f, `Harbour notes ${i}\n\n${filler}\n"We will reopen pier ${i} in May," said Mara Quell${i}, the harbour master.\n`);
    return f;
  });
  files.splice(11, 0, path.join(tmp, 'missing.txt'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Holds this thread for `ms`, as a long article would, so the second thread gets files to do. */
function hold(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('extract over two threads', () => {
  it('prints the files the second thread did in their place', async () => {
    const got: FileResult[] = [];
    const thread = new URL('./support/marking-extract-thread.mjs', import.meta.url);
    await extractInTwoThreads(files, (r) => got.push(r) === 1 && hold(1000), thread);
    expect(got).toHaveLength(files.length);
    const byThread = got.flatMap((r, i) => ('line' in r && r.line.startsWith('thread ') ? [[i, r.line]] : []));
    expect(byThread.length).toBeGreaterThan(0);
    for (const [i, line] of byThread) expect(line).toBe(`thread ${i}`);
    for (const [i, r] of got.entries()) if (!byThread.some(([t]) => t === i)) expect(r).toEqual(extractFile(files[i]!));
  });

  it('uses a thread its caller started before loading the extractor (the bundled CLI), in the same order', async () => {
    const got: FileResult[] = [];
    const started = startExtractThread(files, new URL('./support/marking-extract-thread.mjs', import.meta.url), spawnThread);
    // Held until the thread has done files: it runs from before this thread extracts anything.
    hold(1000);
    await extractInTwoThreads(files, (r) => got.push(r), new URL('./support/dying-extract-thread.ts', import.meta.url), started);
    expect(got).toHaveLength(files.length);
    const byThread = got.flatMap((r, i) => ('line' in r && r.line.startsWith('thread ') ? [[i, r.line]] : []));
    expect(byThread.length).toBeGreaterThan(0);
    for (const [i, line] of byThread) expect(line).toBe(`thread ${i}`);
    for (const [i, r] of got.entries()) if (!byThread.some(([t]) => t === i)) expect(r).toEqual(extractFile(files[i]!));
  });

  it('answers every file once, in file order, the same as one thread', async () => {
    const got: FileResult[] = [];
    // Held after the first file, so the real thread (slow to load under tsx) does some of the files.
    await extractInTwoThreads(files, (r) => got.push(r) === 1 && hold(8000));
    expect(got).toEqual(files.map(extractFile));
    expect(got[11]).toEqual({ error: `onrecord: ${files[11]}: no such file` });
    expect(got.filter((r) => 'line' in r && r.line.includes('Mara Quell'))).toHaveLength(30);
  });

  it('does the files of a thread that died itself', async () => {
    const got: FileResult[] = [];
    await extractInTwoThreads(files, (r) => got.push(r), new URL('./support/dying-extract-thread.ts', import.meta.url));
    expect(got).toEqual(files.map(extractFile));
  });
});
