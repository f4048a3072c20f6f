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
