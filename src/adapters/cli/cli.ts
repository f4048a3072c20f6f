import { describeError, isOnRecordError } from '../../core/errors.js';
import { parseCliArgs } from './args.js';
import { loadExtractCommand } from './extract-loader.js';
import type { ExtractThread } from './commands/extract-thread-start.js';
import { USAGE } from './usage.js';

/**
 * The `onrecord` command (started by ./main.ts). Heavy modules (store, SDK renderers) load only for the commands that
 * need them, so `extract` starts fast when the evaluation calls it hundreds of times. `early`: `extract`'s second
 * thread, when ./main.ts started it already (./extract-early.ts).
 */
async function main(argv: string[], early: ExtractThread | undefined): Promise<number> {
  const out = (line: string) => process.stdout.write(line + '\n');
  const err = (line: string) => process.stderr.write(line + '\n');
  const args = parseCliArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'extract': {
      const runExtract = await loadExtractCommand(args.positionals, early);
      return runExtract(out, err);
    }
    case 'ingest': {
      const { runIngest } = await import('./commands/ingest.js');
      return runIngest(args, out, err);
    }
    case 'correct':
    case 'corrections': {
      const { runCorrect, runCorrections } = await import('./commands/correct.js');
      return args.command === 'correct' ? runCorrect(args, out) : runCorrections(args, out);
    }
    case 'ask': {
      const { runAsk } = await import('./commands/ask.js');
      return runAsk(args, out, err);
    }
  }
}

/** Runs the command line `argv` (without node and script); sets the exit code. */
export function runCli(argv: string[], early?: ExtractThread): void {
  // `onrecord ask ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(argv, early).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // User errors get one line and exit 2; anything else is a bug and keeps its stack for the report.
      if (isOnRecordError(e) && e.code !== 'STORE_FAILED') {
        process.stderr.write(`onrecord: ${e.message}\n`);
        process.exitCode = 2;
      } else if (isOnRecordError(e)) {
        process.stderr.write(`onrecord: ${describeError(e)}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`onrecord: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
