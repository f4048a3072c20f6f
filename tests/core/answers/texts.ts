import { createOnRecord, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

/** A core over a private in-memory index of the given article texts (written in the test that uses them). */
export async function coreOf(articles: Record<string, string>, now = new Date('2024-06-01T12:00:00Z')): Promise<OnRecord> {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 0, now: () => now });
  for (const [source, content] of Object.entries(articles)) await core.ingestDocument({ content, source }, { collection: 'default' });
  return core;
}
