/**
 * The corpus as the census scripts read it: the files a list names (one path a line), PolNeAR dev left out (its
 * figures are read, never its rows), each file read and parsed once; a file that cannot be read is passed over.
 */
import fs from 'node:fs';
import { parseDocument } from '../src/core/articles/load.js';

export function tuningFiles(listPath: string): string[] {
  return fs.readFileSync(listPath, 'utf8').split('\n').filter((f) => f.trim() && !/\/polnear\/.*\/dev\//.test(f));
}

export function* corpusDocuments(files: readonly string[]): Generator<{ file: string; doc: ReturnType<typeof parseDocument> }> {
  for (const file of files) {
    let content: string;
    try { content = fs.readFileSync(file, 'utf8'); } catch { continue; }
    yield { file, doc: parseDocument({ content, source: file }) };
  }
}
