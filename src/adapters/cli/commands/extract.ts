import { extractFile, type FileResult } from './extract-file.js';
import { extractInTwoThreads } from './extract-pool.js';
import { worthTwoThreads, type ExtractThread } from './extract-thread-start.js';

export { quoteToJson, readableReason } from './extract-file.js';

/**
 * `extract --json FILE...`: one line per file, in order. A file that cannot be read or parsed gets one line
 * on stderr and the exit code 2; the other files are still printed. Many files are read on two threads (`thread`:
 * the second one, when the caller started it already).
 */
export async function runExtract(files: string[], out: (line: string) => void, err: (line: string) => void, thread?: ExtractThread): Promise<number> {
  let code = 0;
  const emit = (r: FileResult) => {
    if ('line' in r) out(r.line);
    else {
      err(r.error);
      code = 2;
    }
  };
  if (thread || worthTwoThreads(files)) await extractInTwoThreads(files, emit, undefined, thread);
  else for (const file of files) emit(extractFile(file));
  return code;
}
