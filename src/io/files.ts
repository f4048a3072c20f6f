// `fs.promises` rather than `node:fs/promises`: Node loads the promise API (and the readline and watcher modules it
// pulls in) on first use, so `extract`, which reads synchronously, never loads it: 15M instructions per thread under
// the CLI's V8 flags (docs/EXTRACTION.md, session 21).
import fs from 'node:fs';
import path from 'node:path';
import { describeError, OnRecordError } from '../core/errors.js';

/** File extensions read as articles when a folder is ingested; other files in the folder are skipped. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/** Largest file read as an article (bytes): bigger files are refused with a clear message. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Why a path cannot be read, in a few words, from a file-system error: a symlink loop is named as one (it is
 * no missing file), and so are the other common failures. Undefined when the error is none of these.
 */
export function fileErrorReason(err: unknown): string | undefined {
  switch ((err as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'ELOOP':
      return 'symlink loop (the link leads back to itself)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENAMETOOLONG':
      return 'name too long';
    default:
      return undefined;
  }
}

/**
 * Expands paths into article files: files as given, folders recursively (article extensions only, hidden
 * entries skipped), sorted so every run ingests in the same order. Paths that cannot be read are returned in
 * `missing` with the reason.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; missing: string[]; unreadable: { path: string; reason: string }[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const walk = async (p: string): Promise<void> => {
    const entries = await fs.promises.readdir(p, { withFileTypes: true });
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
      st = await fs.promises.stat(p);
    } catch (err) {
      missing.push(p);
      unreadable.push({ path: p, reason: fileErrorReason(err) ?? describeError(err) });
      continue;
    }
    if (st.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing, unreadable };
}

/**
 * Article bytes as text: UTF-16 (little- or big-endian) when it starts with its byte-order mark, else UTF-8
 * (a UTF-8 byte-order mark is dropped). Newsroom tools on Windows save UTF-16; without the mark its NUL bytes
 * would be refused as binary.
 */
export function decodeArticleBytes(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return new TextDecoder('utf-8').decode(buf);
}

/** Reads one article file (UTF-8, or UTF-16 with its mark), refusing folders and oversized files with a clear message. */
export async function readArticleFile(file: string): Promise<string> {
  let st;
  try {
    st = await fs.promises.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const known = fileErrorReason(err);
    if (code === 'ENOENT' || code === 'ENOTDIR' || !known) throw new OnRecordError('NOT_FOUND', `${file}: no such file`, { cause: err });
    throw new OnRecordError('BAD_ARTICLE', `${file}: ${known}`, { cause: err });
  }
  if (!st.isFile()) throw new OnRecordError('BAD_ARTICLE', `${file}: not a file`);
  if (st.size > MAX_FILE_BYTES) throw new OnRecordError('BAD_ARTICLE', `${file}: too large (${st.size} bytes, at most ${MAX_FILE_BYTES})`);
  return decodeArticleBytes(await fs.promises.readFile(file));
}
