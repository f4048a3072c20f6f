import { SpeakerRegistry } from './speakers/registry.js';
import { Vocabulary } from './search/vocabulary.js';
import type { QuoteStore } from './store/port.js';

/**
 * The hot in-memory structures a question needs (speaker registry, vocabulary with document frequencies),
 * loaded from the store and reloaded when its revision changes, so a quote ingested by another process is
 * answered without a restart. The revision check is one cheap query, at most every `checkEveryMs`.
 */
export class IndexCache {
  private registry?: SpeakerRegistry;
  private vocab?: Vocabulary;
  private revision = -1;
  private checkedAt = 0;
  private loading?: Promise<void>;

  constructor(
    private readonly store: QuoteStore,
    private readonly checkEveryMs = 500,
  ) {}

  /** Marks the cache stale (after this process wrote), so the next question reloads. */
  invalidate(): void {
    this.checkedAt = 0;
    this.revision = -1;
  }

  async current(): Promise<{ registry: SpeakerRegistry; vocab: Vocabulary }> {
    const now = Date.now();
    if (!this.registry || !this.vocab || now - this.checkedAt >= this.checkEveryMs) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = undefined;
      });
      await this.loading;
    }
    return { registry: this.registry as SpeakerRegistry, vocab: this.vocab as Vocabulary };
  }

  private async refresh(): Promise<void> {
    const rev = await this.store.revision();
    this.checkedAt = Date.now();
    if (rev === this.revision && this.registry && this.vocab) return;
    const [speakers, stats] = await Promise.all([this.store.listSpeakers(), this.store.termStats()]);
    this.registry = new SpeakerRegistry(speakers);
    this.vocab = new Vocabulary(stats);
    this.revision = rev;
  }
}
