import fs from 'node:fs';
import { decodeArticleBytes, fileErrorReason } from '../../../io/files.js';
import { describeError } from '../../../core/errors.js';
import { extractDocument, type ExtractedQuote } from '../../../core/extract.js';

/** One file's outcome: its `extract --json` line, or the one-line error that goes to stderr. */
export type FileResult = { line: string } | { error: string };

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

/** Reads, parses and extracts one file. Synchronous on purpose: the promise machinery costs more than the read. */
export function extractFile(file: string): FileResult {
  try {
    const content = decodeArticleBytes(fs.readFileSync(file));
    const { article, quotes } = extractDocument({ content, source: file });
    return { line: JSON.stringify({ file, title: article.meta.title ?? null, quotes: quotes.map(quoteToJson) }) };
  } catch (e) {
    return { error: `onrecord: ${file}: ${readableReason(e, file)}` };
  }
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
