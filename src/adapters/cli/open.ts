import { answerOptions, openOnRecord, storeOptions, type OpenOptions } from '../../bootstrap.js';
import { loadCoreConfig, processEnv } from '../../config/index.js';
import type { OnRecord, QuoteStore } from '../../core/index.js';
import type { CliArgs } from './args.js';

/**
 * Opens the core for a CLI command: `--data` wins over DATA_DIR; DATABASE_URL selects PostgreSQL. For `ask`, an
 * embedded index is first brought up to date with its `articles/` folder (the seed, on a fresh clone).
 */
export async function openForCli(args: CliArgs, extra: Pick<OpenOptions, 'documentThreads'> = {}): Promise<{ core: OnRecord; store: QuoteStore; collection: string }> {
  const env = processEnv();
  const config = loadCoreConfig(env);
  const dataDir = args.data ?? config.DATA_DIR;
  const { core, store } = await openOnRecord({
    ...storeOptions(config, dataDir),
    ...answerOptions(config),
    env,
    prepare: args.command === 'ask' || args.command === 'correct',
    warn: (line) => process.stderr.write(`onrecord: ${line}\n`),
    ...extra,
  });
  return { core, store, collection: args.collection ?? config.DEFAULT_COLLECTION };
}
