import { randomBytes } from 'node:crypto';

/** What a button needs to re-ask a question: the words, how it was asked, by whom and where. */
export interface AskedQuestion {
  kind: 'ask' | 'verify';
  question: string;
  speakerId?: string;
  /** The guild it was asked in: a click from another guild is refused (tenancy). */
  guildId: string;
  userId: string;
  private: boolean;
}

/**
 * Remembers recent questions under short random keys so buttons (More results, Share) can carry a key in
 * their 100-character custom_id instead of the question. Bounded in size and age; a click on an expired
 * answer is told to ask again.
 */
export class QuestionMemory {
  readonly #items = new Map<string, { q: AskedQuestion; at: number }>();
  constructor(
    private readonly max = 2000,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a question and returns its key. */
  remember(q: AskedQuestion): string {
    const key = randomBytes(9).toString('base64url');
    this.#items.set(key, { q, at: this.now() });
    // Map keeps insertion order: the first entries are the oldest.
    while (this.#items.size > this.max) {
      const oldest = this.#items.keys().next().value;
      if (oldest === undefined) break;
      this.#items.delete(oldest);
    }
    return key;
  }

  /** The question under `key`, if still remembered. */
  recall(key: string): AskedQuestion | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (this.now() - item.at > this.ttlMs) {
      this.#items.delete(key);
      return undefined;
    }
    return item.q;
  }

  get size(): number {
    return this.#items.size;
  }
}
