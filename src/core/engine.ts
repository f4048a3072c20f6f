import { SpeakerDirectory } from './speakers/scope.js';
import { SpeakerRegistry } from './speakers/registry.js';
import { Vocabulary } from './search/vocabulary.js';
import type { QuoteStore } from './store/port.js';

/** Registries kept per set of collections (one per tenant in practice); the oldest is dropped beyond this. */
const MAX_SCOPES = 32;

/**
 * The hot in-memory structures a question needs (speaker registry, vocabulary with document frequencies),
 * loaded from the store and reloaded when its revision changes, so a quote ingested by another process is
 * answered without a restart. The revision check is one cheap query, at most every `checkEveryMs`.
 *
 * The speaker registry is built per set of collections the asker reads, from those collections' profiles
 * alone: names, roles and organisations of another newsroom are not in it, so no look-up, suggestion or
 * answer can show or match them. Each is built on its scope's first question after a reload.
 */
export class IndexCache {
  private directory?: SpeakerDirectory;
  private readonly registries = new Map<string, SpeakerRegistry>();
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

  /** The registry of the speakers quoted in `collections` (as seen from them) and the vocabulary. */
  async current(collections: readonly string[]): Promise<{ registry: SpeakerRegistry; vocab: Vocabulary }> {
    const now = Date.now();
    if (!this.directory || !this.vocab || now - this.checkedAt >= this.checkEveryMs) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = undefined;
      });
      await this.loading;
    }
    return { registry: this.registryFor(collections), vocab: this.vocab as Vocabulary };
  }

  private registryFor(collections: readonly string[]): SpeakerRegistry {
    // Sorted, so the same set in any order is one registry with one order of entries (the same answers).
    const sorted = [...new Set(collections)].sort();
    const key = sorted.join('\u0000');
    let registry = this.registries.get(key);
    if (!registry) {
      registry = new SpeakerRegistry((this.directory as SpeakerDirectory).scoped(sorted));
      if (this.registries.size >= MAX_SCOPES) this.registries.delete(this.registries.keys().next().value as string);
      this.registries.set(key, registry);
    }
    return registry;
  }

  private async refresh(): Promise<void> {
    const rev = await this.store.revision();
    this.checkedAt = Date.now();
    if (rev === this.revision && this.directory && this.vocab) return;
    const [speakers, stats] = await Promise.all([this.store.listSpeakers(), this.store.termStats()]);
    this.directory = new SpeakerDirectory(speakers);
    this.registries.clear();
    this.vocab = new Vocabulary(stats);
    this.revision = rev;
  }
}
