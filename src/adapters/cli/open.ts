import path from 'node:path';
import { openOnRecord } from '../../bootstrap.js';
import { loadCoreConfig, processEnv } from '../../config/index.js';
import type { OnRecord, QuoteStore } from '../../core/index.js';
import { syncArticleFolder } from '../../seed.js';
import type { CliArgs } from './args.js';

/**
 * Opens the core for a CLI command: `--data` wins over DATA_DIR; DATABASE_URL selects PostgreSQL. When the
 * data folder holds an `articles/` folder (the embedded default), the index is brought up to date with it.
 */
export async function openForCli(args: CliArgs): Promise<{ core: OnRecord; store: QuoteStore; collection: string }> {
  const config = loadCoreConfig(processEnv());
  const dataDir = args.data ?? config.DATA_DIR;
  const { core, store } = await openOnRecord({ dataDir, env: processEnv(), ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}) });
  if (!config.DATABASE_URL || !args.data) await syncArticleFolder(core, store, path.resolve(dataDir), (line) => process.stderr.write(`onrecord: ${line}\n`));
  return { core, store, collection: args.collection ?? config.DEFAULT_COLLECTION };
}

