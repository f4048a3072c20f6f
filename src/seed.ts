import fs from 'node:fs';
import path from 'node:path';
import type { OnRecord } from './core/api.js';
import { listArticleFiles, readArticleFile } from './io/files.js';
import { isOnRecordError } from './core/errors.js';
import type { QuoteStore } from './core/store/port.js';

/**
 * Keeps the index in `dataDir` in step with the articles in `dataDir/articles` (the embedded default):
 * built on first use, rebuilt when an article changes, and articles whose files are gone are removed.
 * Unchanged files cost a read and an extraction, and neither a write nor the write lock (the store tells an
 * unchanged article by a plain read), so `ask` answers beside a long ingest. Returns how many articles changed.
 */
export async function syncArticleFolder(core: OnRecord, store: QuoteStore, dataDir: string, warn: (line: string) => void = () => {}): Promise<number> {
  const dir = path.join(dataDir, 'articles');
  if (!fs.existsSync(dir)) return 0;
  const { files } = await listArticleFiles([dir]);
  let changed = 0;
  const present = new Set<string>();
  for (const file of files) {
    const source = displayPath(file);
    present.add(source);
    try {
      const r = await core.ingestDocument({ content: await readArticleFile(file), source });
      if (r.status !== 'unchanged') changed++;
    } catch (err) {
      // A bad article in the folder must not stop questions; a failing index must.
      if (!isOnRecordError(err, 'BAD_ARTICLE') && !isOnRecordError(err, 'NOT_FOUND')) throw err;
      warn(`skipped ${source}: ${err.message}`);
    }
  }
  for (const a of await store.listArticleSources(displayPath(dir) + path.sep)) {
    if (!present.has(a.source) && (await store.deleteArticle(a.id))) changed++;
  }
  return changed;
}

/** Paths inside the working folder are shown relative to it ("data/articles/x.txt"), others in full. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file);
}
