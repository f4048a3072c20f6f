import type { MessagePort } from 'node:worker_threads';
import type { FileResult } from './extract-file.js';

/** What the extract thread is started with: the files, the shared counter both threads claim files from, its port. */
export interface ExtractThreadData {
  files: string[];
  /** Two 32-bit words: the counter (word 0), and the word a held bundle thread waits on (`GO`, ./extract-thread-start.ts). */
  claim: SharedArrayBuffer;
  port: MessagePort;
}

/** One file done by the thread: its index in `files` and its outcome. */
export interface ExtractThreadResult {
  at: number;
  result: FileResult;
}
