import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { OnRecordError } from '../../core/errors.js';

/** Seen ids kept per feed beyond those still listed in it; old ones are forgotten first. */
export const MAX_SEEN_PER_FEED = 5000;

const fileSchema = z.object({
  version: z.literal(1),
  feeds: z.record(
    z.string(),
    z.object({
      /** item id -> when it was settled (ingested, or given up on) */
      seen: z.record(z.string(), z.string()),
      /** item id -> failed attempts so far (transient failures are retried on later polls) */
      attempts: z.record(z.string(), z.number().int().nonnegative()).default({}),
    }),
  ),
});
/** In memory, Maps: ids come from untrusted feeds, and a guid of "__proto__" must stay a plain key. */
interface FeedEntry {
  seen: Map<string, string>;
  attempts: Map<string, number>;
}
type State = Map<string, FeedEntry>;

/** A message sink for the state store (pino's `warn(obj, msg)` fits). */
export interface StateLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Remembers, per feed, which items are settled, in a small JSON file written atomically (temp file, fsync,
 * rename), so a crash or kill mid-write leaves the previous state intact and nothing is ingested twice.
 */
export class FeedState {
  private constructor(
    private readonly file: string,
    private readonly data: State,
  ) {}

  /**
   * Loads the state file (a missing file is an empty state). A file that is not valid state is moved aside
   * to `<file>.corrupt-<time>` with a warning and the worker starts afresh: re-ingesting updates articles in
   * place, so that costs time, not correctness.
   */
  static async open(file: string, logger?: StateLogger): Promise<FeedState> {
    let raw: string;
    try {
      raw = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new FeedState(file, new Map());
      throw new OnRecordError('STORE_FAILED', `feed state ${file}: cannot read (${(err as Error).message})`, { cause: err });
    }
    try {
      const parsed = fileSchema.parse(JSON.parse(raw));
      const data: State = new Map();
      for (const [key, f] of Object.entries(parsed.feeds)) {
        data.set(key, { seen: new Map(Object.entries(f.seen)), attempts: new Map(Object.entries(f.attempts)) });
      }
      return new FeedState(file, data);
    } catch {
      const aside = `${file}.corrupt-${Date.now()}`;
      await fs.rename(file, aside).catch(() => undefined);
      logger?.warn({ file, movedTo: aside }, 'feed state file was unreadable; starting with an empty state');
      return new FeedState(file, new Map());
    }
  }

  /** True when the item was ingested (or given up on) before. */
  has(feedKey: string, itemId: string): boolean {
    return this.data.get(feedKey)?.seen.has(itemId) ?? false;
  }

  /** Marks an item settled: it will not be fetched again. */
  settle(feedKey: string, itemId: string, at: Date): void {
    const f = this.entry(feedKey);
    f.seen.set(itemId, at.toISOString());
    f.attempts.delete(itemId);
  }

  /** Counts one more failed attempt and returns the total. */
  recordAttempt(feedKey: string, itemId: string): number {
    const f = this.entry(feedKey);
    const n = (f.attempts.get(itemId) ?? 0) + 1;
    f.attempts.set(itemId, n);
    return n;
  }

  /**
   * Forgets the oldest seen ids beyond `max`, never one still listed in the feed (`current`), and attempt
   * counts of items no longer listed, so the file stays small on a feed that runs for years.
   */
  prune(feedKey: string, current: ReadonlySet<string>, max = MAX_SEEN_PER_FEED): void {
    const f = this.data.get(feedKey);
    if (!f) return;
    for (const id of [...f.attempts.keys()]) if (!current.has(id)) f.attempts.delete(id);
    if (f.seen.size <= max) return;
    const old = [...f.seen].filter(([id]) => !current.has(id)).sort((a, b) => a[1].localeCompare(b[1]));
    for (const [id] of old.slice(0, f.seen.size - max)) f.seen.delete(id);
  }

  /** Writes the state atomically: a temp file in the same folder, flushed to disk, renamed over the old one. */
  async save(): Promise<void> {
    const dir = path.dirname(this.file);
    const tmp = path.join(dir, `.${path.basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await fs.mkdir(dir, { recursive: true });
      const fh = await fs.open(tmp, 'w', 0o644);
      try {
        await fh.writeFile(`${JSON.stringify(this.toJson())}\n`, 'utf8');
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fs.rename(tmp, this.file);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw new OnRecordError('STORE_FAILED', `feed state ${this.file}: cannot write (${(err as Error).message})`, { cause: err });
    }
  }

  private entry(feedKey: string): FeedEntry {
    let f = this.data.get(feedKey);
    if (!f) {
      f = { seen: new Map(), attempts: new Map() };
      this.data.set(feedKey, f);
    }
    return f;
  }

  private toJson(): object {
    // defineProperty-free: JSON.stringify of Object.fromEntries keeps "__proto__" as an own key.
    const feeds: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, f] of this.data) {
      feeds[key] = { seen: Object.fromEntries(f.seen), attempts: Object.fromEntries(f.attempts) };
    }
    return { version: 1, feeds };
  }
}
