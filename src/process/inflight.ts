/**
 * Counts the work a long-running process has in flight (answers being computed and sent), so a shutdown can
 * wait for it: `drain` resolves once nothing is left, or after a bound so a stuck answer never blocks a stop.
 */
export class InFlight {
  #count = 0;
  #idle = new Set<() => void>();

  get count(): number {
    return this.#count;
  }

  /** Runs `work`, counted until it settles (its result or error passes through untouched). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    try {
      return await work();
    } finally {
      this.#count--;
      if (this.#count === 0) for (const wake of [...this.#idle]) wake();
    }
  }

  /** Waits until no work is left or `ms` pass; resolves with what is still running (0 when all finished). */
  drain(ms: number): Promise<number> {
    if (this.#count === 0) return Promise.resolve(0);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#idle.delete(done);
        resolve(this.#count);
      };
      const timer = setTimeout(done, ms);
      this.#idle.add(done);
    });
  }
}
