import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOnRecord, type FollowDigest, type OnRecord } from '../../../src/core/index.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';

const SEED = fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/articles/syria-nusra.txt'), 'utf8');
const CHANNEL = { platform: 'slack', tenant: 'T1', channel: 'C1' };

/** A news story quoting Lavrov, as a wire would send it (invented copy). */
function story(words: string, extra = ''): string {
  return `Lavrov speaks again\n\nRussian Foreign Minister Sergey Lavrov spoke in Moscow on Monday.\n\n"${words}," Lavrov told reporters.\n${extra}`;
}

describe('follows in the core', () => {
  let core: OnRecord;
  let clock: number;
  let posted: FollowDigest[];
  const tenants: Record<string, string[]> = { T1: ['default'], T2: ['sport'] };
  const deliver = (o: { fail?: boolean; gap?: number } = {}) =>
    core.deliverFollows({
      platform: 'slack',
      collectionsOf: (t) => tenants[t],
      post: async (d) => {
        if (o.fail) throw new Error('channel gone');
        posted.push(d);
      },
      channelGapMs: o.gap ?? 0,
    });
  const later = () => (clock += 60_000);

  beforeEach(async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    clock = Date.parse('2024-05-01T10:00:00Z');
    core = createOnRecord({ store, now: () => new Date(clock), refreshMs: 0 });
    await core.ingestDocument({ source: 'seed.txt', content: SEED });
    posted = [];
  });

  it('resolves the speaker in the tenant\'s collections, refuses an unknown one with the nearest, lists and removes', async () => {
    later();
    const f = await core.follow({ ...CHANNEL, speaker: 'lavrof', topic: 'Aleppo', by: 'U1', collections: ['default'] });
    expect(f).toMatchObject({ status: 'followed', follow: { speakerName: 'Sergey Lavrov', topic: 'aleppo', createdBy: 'U1' } });
    expect(await core.follow({ ...CHANNEL, speaker: 'Sergey Lavrov', topic: ' aleppo ', by: 'U2', collections: ['default'] })).toMatchObject({ status: 'already' });
    const unknown = await core.follow({ ...CHANNEL, speaker: 'Putin', by: 'U1', collections: ['default'] });
    expect(unknown.status).toBe('unknown_speaker');
    expect(unknown.status === 'unknown_speaker' && unknown.suggestions.length).toBeGreaterThan(0);
    // Known in the default collection, unknown to a tenant reading only "sport".
    expect((await core.follow({ ...CHANNEL, tenant: 'T2', speaker: 'Lavrov', by: 'U1', collections: ['sport'] })).status).toBe('unknown_speaker');
    expect((await core.following(CHANNEL)).map((x) => x.speakerName)).toEqual(['Sergey Lavrov']);
    expect(await core.unfollow({ ...CHANNEL, speaker: 'Kirby', collections: ['default'] })).toMatchObject({ status: 'not_following' });
    expect(await core.unfollow({ ...CHANNEL, speaker: 'lavrov', collections: ['default'] })).toMatchObject({ status: 'removed', removed: [{ topic: 'aleppo' }] });
    expect(await core.following(CHANNEL)).toEqual([]);
  });

  it('delivers new quotes only: each once, syndicated copies once, on topic, as one digest', async () => {
    later();
    await core.follow({ ...CHANNEL, speaker: 'Lavrov', topic: 'Aleppo', by: 'U1', collections: ['default'] });
    expect(await deliver()).toMatchObject({ digests: 0 });
    later();
    await core.ingestDocument({ source: 'wire/a.txt', content: story('Aleppo needs a real ceasefire now', 'He also said: "The weather in Moscow is fine," Lavrov added.') });
    await core.ingestDocument({ source: 'paper/a.txt', content: `Second headline\n\n${story('Aleppo needs a real ceasefire now')}` });
    await core.ingestDocument({ source: 'wire/b.txt', content: story('Aid convoys to Aleppo must be protected') });
    later();
    const r = await deliver();
    expect(r).toMatchObject({ digests: 1, quotes: 2 });
    expect(posted).toHaveLength(1);
    const texts = posted[0]!.items.map((i) => i.hit.text);
    expect(texts).toEqual(['Aleppo needs a real ceasefire now,', 'Aid convoys to Aleppo must be protected,']);
    expect(posted[0]!.items[0]!.hit.alsoIn).toHaveLength(1);
    expect(posted[0]!.items[0]!.follows).toEqual([{ speakerName: 'Sergey Lavrov', topic: 'aleppo' }]);
    // Nothing again; a re-ingest of a changed copy does not bring the same words back.
    later();
    await core.ingestDocument({ source: 'wire/b.txt', content: story('Aid convoys to Aleppo must be protected', 'Updated at noon.') });
    later();
    expect(await deliver()).toMatchObject({ digests: 0 });
    expect(posted).toHaveLength(1);
  });

  it('never delivers a quote from a collection the tenant cannot read', async () => {
    later();
    await core.follow({ ...CHANNEL, speaker: 'Lavrov', by: 'U1', collections: ['default'] });
    later();
    await core.ingestDocument({ source: 'sport/a.txt', content: story('Football in Aleppo resumes next week') }, { collection: 'sport' });
    later();
    expect(await deliver()).toMatchObject({ digests: 0 });
    await core.ingestDocument({ source: 'news/a.txt', content: story('Talks on Aleppo resume next week') });
    later();
    await deliver();
    expect(posted.flatMap((d) => d.items.map((i) => i.hit.text))).toEqual(['Talks on Aleppo resume next week,']);
  });

  it('keeps a channel to one digest per gap, and retries a failed post later', async () => {
    later();
    await core.follow({ ...CHANNEL, speaker: 'Lavrov', by: 'U1', collections: ['default'] });
    later();
    await core.ingestDocument({ source: 'a.txt', content: story('First new words on Syria') });
    later();
    const pause = () => new Promise((r) => setTimeout(r, 80));
    // The rate claim lives in the store on its own clock: a failed post keeps it, so the retry waits a gap.
    expect(await deliver({ fail: true, gap: 50 })).toMatchObject({ failed: 1, digests: 0 });
    expect(await deliver({ gap: 50 })).toMatchObject({ waiting: 1, digests: 0 });
    await pause();
    expect(await deliver({ gap: 50 })).toMatchObject({ digests: 1, quotes: 1 });
    await pause();
    await core.ingestDocument({ source: 'b.txt', content: story('Second new words on Syria') });
    expect(await deliver({ gap: 60_000 })).toMatchObject({ digests: 1 });
    await core.ingestDocument({ source: 'c.txt', content: story('Third new words on Syria') });
    expect(await deliver({ gap: 60_000 })).toMatchObject({ waiting: 1, digests: 0 });
    expect(posted.map((d) => d.items.map((i) => i.hit.text))).toEqual([['First new words on Syria,'], ['Second new words on Syria,']]);
  });
});
