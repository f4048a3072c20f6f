/**
 * An index of the whole corpus opened for a developer tool (`scripts/fit-rank.ts --data DIR` builds one): the core
 * that answers, the registry and vocabulary it answers from, and the ids of an article's stored quotes.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { IndexCache } from '../src/core/engine.js';
import { createOnRecord } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';

export async function openIndexedCore(dataDir: string) {
  const store = new SqliteQuoteStore({ dir: dataDir });
  await store.init();
  const core = createOnRecord({ store, refreshMs: 3_600_000 });
  await core.warm();
  // The store's port has no "quotes of one article" read: the tool reads the ids straight from the file.
  const db = new Database(path.join(dataDir, 'onrecord.db'), { readonly: true });
  const idsOf = db.prepare<[string], { id: string }>('SELECT q.id AS id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.source LIKE ?');
  const { registry, vocab } = await new IndexCache(store, 3_600_000).current(['default']);
  return { store, core, idsOf, registry, vocab, filter: { collections: ['default'] }, close: () => db.close() };
}
