import { availableParallelism } from 'node:os';
import { listArticleFiles, readArticleFile } from '../../../io/files.js';
import { describeError } from '../../../core/errors.js';
import type { DocumentInput, IngestOutcome } from '../../../core/api.js';
import { displayPath } from '../../../seed.js';
import type { CliArgs } from '../args.js';
import { openForCli } from '../open.js';
import { Progress } from '../progress.js';

/**
 * From this many files on, documents are extracted in worker threads (one per core, at most 4) while this
 * thread writes: starting a thread costs about as much as extracting a few dozen articles.
 */
const THREADED_FROM_FILES = 64;
const MAX_THREADS = 4;

/**
 * Files per store batch, and the most text read ahead for one (whichever comes first). Fewer, larger commits keep
 * the writing thread (the bottleneck once extraction is threaded) busy, and a page that several articles of a
 * batch change is written once: 1M archive 313.7 s at 200 files / 4 MB, 271.6 s at 1,000 / 16 MB (quiet machine);
 * the writing thread's CPU for the last 100k quotes of a million 16.2-17.1 s at 1,000 / 16 MB, 14.1-14.5 s at
 * 2,000 / 32 MB (docs/BENCH.md).
 */
const BATCH_FILES = 2000;
const BATCH_BYTES = 32 * 1024 * 1024;

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/**
 * `ingest PATH|URL...`: files, folders (recursively) and web pages into the index. Every input is tried; a bad
 * one gets one line on stderr naming it and why, and the exit code 2 at the end. Ends with a summary.
 */
export async function runIngest(args: CliArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const urls = args.positionals.filter(isUrl);
  const { files, missing, unreadable } = await listArticleFiles(args.positionals.filter((p) => !isUrl(p)));
  const failed: string[] = [];
  for (const u of unreadable) {
    err(`onrecord: ${u.path}: ${u.reason}`);
    failed.push(u.path);
  }
  const documentThreads = files.length >= THREADED_FROM_FILES ? Math.min(availableParallelism(), MAX_THREADS) : 0;
  const { core, collection } = await openForCli(args, documentThreads ? { documentThreads } : {});
  const tally = { added: 0, updated: 0, unchanged: 0, quotes: 0 };
  const progress = new Progress(files.length + urls.length);
  let done = 0;
  const record = (r: { status: 'added' | 'updated' | 'unchanged'; quotes: number }) => {
    tally[r.status]++;
    if (r.status !== 'unchanged') tally.quotes += r.quotes;
  };
  const report = (outcomes: IngestOutcome[]) => {
    for (const o of outcomes) {
      if (o.ok) record(o.result);
      else {
        failed.push(o.source);
        progress.done();
        err(`onrecord: ${reason(o.error, o.source)}`);
      }
    }
  };
  let pending: Promise<IngestOutcome[]> | undefined;
  try {
    // Files go in batches: one store commit per batch rather than per article (several times faster on a
    // large index); each file is still indexed all or nothing, and a bad one is reported alone.
    for (let i = 0; i < files.length; ) {
      const batch: DocumentInput[] = [];
      let bytes = 0;
      for (; i < files.length && batch.length < BATCH_FILES && bytes < BATCH_BYTES; i++) {
        const file = files[i] as string;
        progress.tick(done++, file);
        try {
          const content = await readArticleFile(file);
          bytes += content.length;
          batch.push({ content, source: displayPath(file) });
        } catch (e) {
          failed.push(file);
          progress.done();
          err(`onrecord: ${reason(e, file)}`);
        }
      }
      // The core extracts this batch now and writes it after the previous one; that one's outcomes are
      // reported meanwhile, so a database store writes one batch while the next is being extracted.
      const next = core.ingestDocuments(batch, { collection });
      next.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      if (pending) report(await pending);
      pending = next;
    }
    if (pending) report(await pending);
    for (const url of urls) {
      progress.tick(done++, url);
      try {
        record(await core.ingestUrl(url, { collection }));
      } catch (e) {
        failed.push(url);
        progress.done();
        err(`onrecord: ${reason(e, url)}`);
      }
    }
  } finally {
    await pending?.catch(() => undefined);
    progress.done();
    await core.close();
  }
  if (!args.quiet) {
    out(`ingested ${files.length + urls.length - (failed.length - missing.length)} of ${files.length + urls.length} inputs into "${collection}": ${tally.added} added, ${tally.updated} updated, ${tally.unchanged} unchanged (duplicates skipped), ${failed.length} failed; ${tally.quotes} quotes written`);
  }
  return failed.length ? 2 : 0;
}

function reason(e: unknown, input: string): string {
  const msg = describeError(e);
  return msg.includes(input) ? msg : `${input}: ${msg}`;
}
