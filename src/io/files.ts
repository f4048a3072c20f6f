import fs from 'node:fs/promises';
import path from 'node:path';
import { OnRecordError } from '../core/errors.js';

/** File extensions read as articles when a folder is ingested; other files in the folder are skipped. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/** Largest file read as an article (bytes): bigger files are refused with a clear message. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Expands paths into article files: files as given, folders recursively (article extensions only, hidden
 * entries skipped), sorted so every run ingests in the same order.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const entries = await fs.readdir(p, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(p, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Reads one article file as UTF-8, refusing folders and oversized files with a clear message. */
export async function readArticleFile(file: string): Promise<string> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (err) {
    throw new OnRecordError('NOT_FOUND', `${file}: no such file`, { cause: err });
  }
  if (!st.isFile()) throw new OnRecordError('BAD_ARTICLE', `${file}: not a file`);
  if (st.size > MAX_FILE_BYTES) throw new OnRecordError('BAD_ARTICLE', `${file}: too large (${st.size} bytes, at most ${MAX_FILE_BYTES})`);
  const buf = await fs.readFile(file);
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}
