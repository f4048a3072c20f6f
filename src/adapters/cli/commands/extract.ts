import fs from 'node:fs';
import { decodeArticleBytes, fileErrorReason } from '../../../io/files.js';
import { describeError } from '../../../core/errors.js';
import { extractDocument, type ExtractedQuote } from '../../../core/extract.js';

/** The JSON shape of one quote on the `extract --json` line (the evaluation contract). */
export function quoteToJson(q: ExtractedQuote): Record<string, unknown> {
  return {
    text: q.text,
    speaker: q.speaker?.name ?? null,
    kind: q.kind,
    role: q.speaker?.role ?? null,
    organisation: q.speaker?.organisation ?? null,
    speaker_is_organisation: q.speaker?.isOrganisation ?? false,
    anonymous: q.speaker?.anonymous ?? false,
    cue: q.cue ?? null,
    audience: q.audience ?? null,
    setting: q.setting ?? null,
    said_on: q.saidOn ? { text: q.saidOn.text, date: q.saidOn.date ?? null } : null,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    confidence: Math.round(q.confidence * 1000) / 1000,
  };
}

/**
 * `extract --json FILE...`: one line per file, in order. A file that cannot be read or parsed gets one line
 * on stderr and the exit code 2; the other files are still printed.
 */
export async function runExtract(files: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let code = 0;
  for (const file of files) {
    try {
      // Synchronous on purpose: one file at a time anyway, and the promise machinery costs more than the reads.
      const content = decodeArticleBytes(fs.readFileSync(file));
      const { article, quotes } = extractDocument({ content, source: file });
      out(JSON.stringify({ file, title: article.meta.title ?? null, quotes: quotes.map(quoteToJson) }));
    } catch (e) {
      err(`onrecord: ${file}: ${readableReason(e, file)}`);
      code = 2;
    }
  }
  return code;
}

/** Maps file-system errors to a short reason; drops the file name that article errors already carry. */
export function readableReason(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  const known = fileErrorReason(e);
  if (known) return known;
  const msg = describeError(e);
  return msg.startsWith(`${file}: `) ? msg.slice(file.length + 2) : msg;
}
