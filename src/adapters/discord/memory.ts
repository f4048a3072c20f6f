import { randomBytes } from 'node:crypto';
import type { ExpiringState } from '../../core/index.js';

/** What a button needs to re-ask a question: the words, how it was asked, by whom and where. */
export interface AskedQuestion {
  kind: 'ask' | 'verify';
  question: string;
  speakerId?: string;
  /** The guild it was asked in: a click from another guild is refused (tenancy). */
  guildId: string;
  userId: string;
  private: boolean;
  /** One of several passages a "Verify quote" checked (1-based): sharing it keeps the other passages' answers. */
  passage?: number;
}

/** How long a button keeps working when the store holds its question: yesterday's answers still page. */
export const SHARED_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const PREFIX = 'discord:q:';

/**
 * Remembers questions under short random keys so buttons (More results, Share) can carry a key in their
 * 100-character custom_id instead of the question (up to 500 characters, with guild, user and speaker ids: it
 * does not fit). With a shared store the question is kept there too (`discord:q:<key>`, 30 days), so a button
 * still works after a restart, or when a click reaches another process; a small in-process cache (bounded in
 * size and age) saves the read for recent answers. Without a store, memory alone: a restart forgets.
 */
export class QuestionMemory {
  readonly #items = new Map<string, { q: AskedQuestion; at: number }>();
  constructor(
    private readonly max = 2000,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
    private readonly shared?: ExpiringState,
    /** Told when the store cannot be written or read; the answer goes on from memory. */
    private readonly onStoreError: (err: unknown) => void = () => undefined,
  ) {}

  /** Stores a question and returns its key. */
  async remember(q: AskedQuestion): Promise<string> {
    const key = randomBytes(9).toString('base64url');
    this.#cache(key, q);
    if (this.shared) await this.shared.putState(PREFIX + key, JSON.stringify(q), SHARED_TTL_MS).catch(this.onStoreError);
    return key;
  }

  /** The question under `key`, if still remembered here or in the store. */
  async recall(key: string): Promise<AskedQuestion | undefined> {
    const item = this.#items.get(key);
    if (item && this.now() - item.at <= this.ttlMs) return item.q;
    this.#items.delete(key);
    if (!this.shared) return undefined;
    const raw = await this.shared.getState(PREFIX + key).catch((err: unknown) => (this.onStoreError(err), null));
    const q = raw === null ? undefined : parseAsked(raw);
    if (q) this.#cache(key, q);
    return q;
  }

  get size(): number {
    return this.#items.size;
  }

  #cache(key: string, q: AskedQuestion): void {
    this.#items.set(key, { q, at: this.now() });
    // Map keeps insertion order: the first entries are the oldest.
    while (this.#items.size > this.max) {
      const oldest = this.#items.keys().next().value;
      if (oldest === undefined) break;
      this.#items.delete(oldest);
    }
  }
}

/** A stored question, checked field by field (a row written by another version is not trusted blindly). */
function parseAsked(raw: string): AskedQuestion | undefined {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const o = v as Partial<AskedQuestion> | null;
  if (!o || (o.kind !== 'ask' && o.kind !== 'verify') || typeof o.question !== 'string' || typeof o.guildId !== 'string' || typeof o.userId !== 'string' || typeof o.private !== 'boolean') return undefined;
  if (o.speakerId !== undefined && typeof o.speakerId !== 'string') return undefined;
  if (o.passage !== undefined && !(Number.isInteger(o.passage) && o.passage >= 1 && o.passage <= 99)) return undefined;
  return {
    kind: o.kind,
    question: o.question,
    guildId: o.guildId,
    userId: o.userId,
    private: o.private,
    ...(o.speakerId !== undefined ? { speakerId: o.speakerId } : {}),
    ...(o.passage !== undefined ? { passage: o.passage } : {}),
  };
}
