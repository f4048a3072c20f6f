import fs from 'node:fs';
import path from 'node:path';
import { createOnRecord, type OnRecord } from '../../src/core/index.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';

const root = path.resolve(import.meta.dirname, '../..');
/** Articles the team wrote for tests, plus the seed article. */
export const FIXTURES = path.join(root, 'tests/fixtures/articles');
export const SEED = path.join(root, 'data/articles/syria-nusra.txt');

/**
 * A real core over a private in-memory SQLite index, holding the given article files (default: every fixture
 * and the seed) in the given collection. `now` pins the clock for time questions.
 */
export async function coreWith(options: { files?: string[]; collection?: string; now?: Date; uncertainBelow?: number } = {}): Promise<OnRecord> {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 0, ...(options.now ? { now: () => options.now as Date } : {}), ...(options.uncertainBelow !== undefined ? { uncertainBelow: options.uncertainBelow } : {}) });
  const files = options.files ?? [...fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)), SEED];
  for (const file of files) {
    await core.ingestDocument({ content: fs.readFileSync(file, 'utf8'), source: path.relative(root, file) }, { collection: options.collection ?? 'default' });
  }
  return core;
}
