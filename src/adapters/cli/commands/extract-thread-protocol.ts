import type { MessagePort } from 'node:worker_threads';
import type { FileResult } from './extract-file.js';

/** What the extract thread is started with: the files, the shared counter both threads claim files from, its port. */
export interface ExtractThreadData {
  files: string[];
  claim: SharedArrayBuffer;
  port: MessagePort;
}

/** One file done by the thread: its index in `files` and its outcome. */
export interface ExtractThreadResult {
  at: number;
  result: FileResult;
}
