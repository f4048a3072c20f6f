import path from 'node:path';
import { openOnRecord } from '../../bootstrap.js';
import { loadCoreConfig, processEnv } from '../../config/index.js';
import type { OnRecord } from '../../core/api.js';
import type { QuoteStore } from '../../core/store/port.js';
import { syncArticleFolder } from '../../seed.js';
import type { CliArgs } from './args.js';

/**
 * Opens the core for a CLI command: `--data` wins over DATA_DIR; DATABASE_URL selects PostgreSQL. When the
 * data folder holds an `articles/` folder (the embedded default), the index is brought up to date with it.
 */
export async function openForCli(args: CliArgs): Promise<{ core: OnRecord; store: QuoteStore; collection: string }> {
  const config = loadCoreConfig(processEnv());
  const dataDir = args.data ?? config.DATA_DIR;
  const fetchPage = await loadFetcher();
  const { core, store } = await openOnRecord({ dataDir, ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}), ...(fetchPage ? { fetchPage } : {}) });
  if (!config.DATABASE_URL || !args.data) await syncArticleFolder(core, store, path.resolve(dataDir));
  return { core, store, collection: args.collection ?? config.DEFAULT_COLLECTION };
}

/** The SSRF-safe page fetcher, when the ingestion module provides one. */
async function loadFetcher() {
  try {
    const mod = (await import('../../core/fetch/index.js')) as { createPageFetcher?: (env: Record<string, string | undefined>) => import('../../core/index.js').PageFetcher };
    return mod.createPageFetcher?.(processEnv());
  } catch {
    return undefined;
  }
}
