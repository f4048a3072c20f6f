/**
 * One corpus run (`extract --json`, a JSON document per line) read as documents: the census scripts' shared reader
 * (developer tools; session 41). `skipDev` leaves PolNeAR dev out: its examples are never read, only its figures.
 */
import fs from 'node:fs';

export interface RunQuote { text: string; speaker: string | null; role?: string | null; kind: string; start: number; end: number; confidence: number }
export interface RunDocument { file: string; quotes: RunQuote[] }

export function* corpusRunDocuments(runFile: string, skipDev: boolean): Generator<RunDocument> {
  for (const line of fs.readFileSync(runFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as RunDocument;
    if (skipDev && doc.file.includes('polnear/data/dev/')) continue;
    yield doc;
  }
}
