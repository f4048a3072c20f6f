import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { ExtractThread } from '../../src/adapters/cli/commands/extract-thread-start.js';
import { loadExtractCommand } from '../../src/adapters/cli/extract-loader.js';

/** A held second thread as ./main.ts hands it over: a claim counter at 0, let go by `release`. */
function heldThread(): ExtractThread & { release: Mock<() => void> } {
  const { port1 } = new MessageChannel();
  port1.unref();
  return { counter: new Int32Array(new SharedArrayBuffer(8)), port: port1, exited: new Promise(() => {}), tuned: Promise.resolve(false), release: vi.fn<() => void>() };
}

describe('loading extract with an early second thread', () => {
  it('when its own bundle fails to load, leaves the thread no file to claim before letting it go, and reports the failure', async () => {
    // Run from sources there is no bundle beside the loader: loading it fails as a damaged or missing build would.
    const files = Array.from({ length: 30 }, (_, i) => `harbour-${i}.txt`);
    const thread = heldThread();
    await expect(loadExtractCommand(files, thread)).rejects.toThrow(/extract\.bundle\.cjs/);
    expect(thread.release).toHaveBeenCalledOnce();
    // The thread claims with Atomics.add and stops at files.length: it extracts nothing nobody would read.
    expect(Atomics.load(thread.counter, 0)).toBe(files.length);
  });
});
