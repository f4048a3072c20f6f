/**
 * Run as a separate process by the PostgreSQL tests: ingests one document into the store at
 * argv[2] (connection string) / argv[3] (schema), as the feed worker would (argv[6]: the collection, optional). Prints the ingest result as JSON.
 */
import { createOnRecord } from '../../src/core/index.js';
import { PostgresQuoteStore } from '../../src/core/store/postgres/store.js';

const [url, schema, content, source, collection] = process.argv.slice(2);
if (!url || !schema || !content || !source) throw new Error('usage: ingest-child.ts URL SCHEMA CONTENT SOURCE');
const store = new PostgresQuoteStore({ connectionString: url, schema, poolSize: 1 });
await store.init();
try {
  const core = createOnRecord({ store });
  process.stdout.write(`${JSON.stringify(await core.ingestDocument({ content, source }, collection ? { collection } : {}))}\n`);
} finally {
  await store.close();
}
