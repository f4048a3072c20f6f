import type { ExpiringState } from '../../core/index.js';

/**
 * Remembers recently seen deliveries so a retried event (Slack resends when it did not see an ack in time,
 * with `X-Slack-Retry-Num`) or the same message arriving as both `app_mention` and `message.im` is answered
 * once. In memory and bounded: entries expire after `ttlMs` and the oldest go first past `max`.
 */
export class SeenSet {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time `key` is offered within the window; false for every repeat. */
  first(key: string): boolean {
    const t = this.now();
    this.prune(t);
    const at = this.seen.get(key);
    if (at !== undefined && t - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, t);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(t: number): void {
    // Map keeps insertion order: the oldest entries come first.
    for (const [key, at] of this.seen) {
      if (t - at < this.ttlMs && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
  }
}

/** How long a delivery is remembered: Slack retries within minutes (after about 1 s, 1 min and 5 min). */
export const DELIVERY_TTL_MS = 10 * 60_000;

/**
 * Answers each delivery once across every replica of the app: the in-process set first (cheap, and enough for
 * one process), then a claim in the shared store (`slack:seen:<key>`), which exactly one replica wins. If the
 * store cannot be reached the delivery is answered (a rare duplicate beats a question left unanswered).
 */
export class DeliveryDedupe {
  constructor(
    private readonly shared?: ExpiringState,
    private readonly onStoreError: (err: unknown) => void = () => undefined,
    private readonly local = new SeenSet(DELIVERY_TTL_MS),
  ) {}

  /** True the first time `key` is offered, here or on any replica sharing the store. */
  async first(key: string): Promise<boolean> {
    if (!this.local.first(key)) return false;
    if (!this.shared) return true;
    try {
      return await this.shared.claimState(`slack:seen:${key}`, DELIVERY_TTL_MS);
    } catch (err) {
      this.onStoreError(err);
      return true;
    }
  }
}
