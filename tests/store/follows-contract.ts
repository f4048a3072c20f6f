import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveryKey, type FollowRecord, type QuoteStore } from '../../src/core/store/port.js';
import type { StoreHarness } from './contract.js';
import { articleWith } from './fixtures.js';

/** A follow as a channel asks for it. */
function follow(over: Partial<Omit<FollowRecord, 'id'>> = {}): Omit<FollowRecord, 'id'> {
  return {
    platform: 'slack',
    tenant: 'T1',
    channel: 'C1',
    speakerId: 'john-kirby',
    speakerName: 'John Kirby',
    topic: '',
    createdBy: 'U1',
    createdAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

/** An article written at `ingestedAt` (the delivery's clock), into `collection`. */
function writtenAt(id: string, ingestedAt: string, specs: Parameters<typeof articleWith>[1], collection = 'default') {
  const a = articleWith(id, specs, { collection });
  a.article.ingestedAt = ingestedAt;
  return a;
}

/** The store's part of follows: the same on SQLite and PostgreSQL (run from sqlite.test.ts and postgres.test.ts). */
export function followsContract(name: string, open: () => Promise<StoreHarness>, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip ?? false)(`Follow store contract: ${name}`, () => {
    let h: StoreHarness;
    let store: QuoteStore;
    beforeEach(async () => {
      h = await open();
      store = h.store;
    });
    afterEach(async () => {
      await h?.dispose();
    });

    it('adds a follow once per channel, speaker and topic, lists and removes them, and keeps them for another handle', async () => {
      const a = await store.addFollow(follow());
      expect(a.created).toBe(true);
      expect(a.follow).toMatchObject(follow());
      const again = await store.addFollow(follow({ createdBy: 'U2', createdAt: '2025-01-01T00:00:00.000Z' }));
      expect(again).toEqual({ follow: a.follow, created: false });
      const topical = await store.addFollow(follow({ topic: 'aleppo' }));
      await store.addFollow(follow({ channel: 'C2' }));
      await store.addFollow(follow({ platform: 'discord', tenant: 'G1', channel: 'D1' }));
      const other = await h.another();
      expect((await other.listFollows({ platform: 'slack', tenant: 'T1', channel: 'C1' })).map((f) => f.id)).toEqual([a.follow.id, topical.follow.id].sort((x, y) => (x < y ? -1 : 1)));
      expect(await other.listFollows({ platform: 'slack' })).toHaveLength(3);
      expect(await other.listFollows({ platform: 'discord' })).toHaveLength(1);
      expect(await store.removeFollows({ platform: 'slack', tenant: 'T1', channel: 'C1', speakerId: 'john-kirby', topic: 'aleppo' })).toBe(1);
      expect((await store.listFollows({ platform: 'slack', channel: 'C1' })).map((f) => f.topic)).toEqual(['']);
      await store.addFollow(follow({ topic: 'nusra' }));
      expect(await store.removeFollows({ platform: 'slack', tenant: 'T1', channel: 'C1', speakerId: 'john-kirby' })).toBe(2);
      expect(await store.listFollows({ platform: 'slack', channel: 'C1' })).toEqual([]);
      expect(await store.listFollows({ platform: 'slack', channel: 'C2' })).toHaveLength(1);
    });

    it('reads the quotes of articles written since a time, oldest first, for the given speakers and collections only', async () => {
      const old = writtenAt('old', '2024-01-01T00:00:00.000Z', [{ text: 'Old words on Aleppo.' }]);
      const first = writtenAt('n1', '2024-02-01T00:00:00.000Z', [{ text: 'The ceasefire must hold.' }, { text: 'Corridors are open.', speaker: 'Sergey Lavrov' }]);
      const second = writtenAt('n2', '2024-02-02T00:00:00.000Z', [{ text: 'Nusra is a spoiler.' }]);
      const sport = writtenAt('s1', '2024-02-03T00:00:00.000Z', [{ text: 'The velodrome is ready.' }], 'sport');
      for (const x of [old, second, first, sport]) await store.replaceArticle(x.article, x.quotes);
      const got = await store.quotesIngestedSince(['john-kirby'], ['default'], '2024-01-15T00:00:00.000Z', 10);
      expect(got.map((q) => [q.text, q.ingestedAt])).toEqual([
        ['The ceasefire must hold.', '2024-02-01T00:00:00.000Z'],
        ['Nusra is a spoiler.', '2024-02-02T00:00:00.000Z'],
      ]);
      expect(got[0]).toMatchObject({ ...first.quotes[0], ingestedAt: '2024-02-01T00:00:00.000Z' });
      expect((await store.quotesIngestedSince(['john-kirby', 'sergey-lavrov'], ['default', 'sport'], '2024-01-15T00:00:00.000Z', 10)).map((q) => q.articleId)).toEqual(['n1', 'n1', 'n2', 's1']);
      expect(await store.quotesIngestedSince(['john-kirby'], ['default'], '2024-01-15T00:00:00.000Z', 1)).toHaveLength(1);
      expect(await store.quotesIngestedSince(['john-kirby'], [], '2000-01-01', 10)).toEqual([]);
      // A rewritten article counts from its new write.
      const updated = writtenAt('old', '2024-03-01T00:00:00.000Z', [{ text: 'Old words on Aleppo, revised.' }]);
      updated.article.contentHash = 'changed';
      await store.replaceArticle(updated.article, updated.quotes);
      expect((await store.quotesIngestedSince(['john-kirby'], ['default'], '2024-02-15T00:00:00.000Z', 10)).map((q) => q.text)).toEqual(['Old words on Aleppo, revised.']);
    });

    it('claims each delivery for one caller, marks it sent for good, releases it on failure, and lets a lapsed claim be taken again', async () => {
      const f = (await store.addFollow(follow())).follow;
      const g = (await store.addFollow(follow({ channel: 'C2' }))).follow;
      const d1 = { followId: f.id, fingerprint: 'fp1', quoteId: 'q1' };
      const d2 = { followId: f.id, fingerprint: 'fp2', quoteId: 'q2' };
      const d1g = { followId: g.id, fingerprint: 'fp1', quoteId: 'q1' };
      const other = await h.another();
      expect(await store.claimDeliveries([d1, d2, d1], 60_000)).toEqual([d1, d2]);
      expect(await other.claimDeliveries([d1, d2, d1g], 60_000)).toEqual([d1g]);
      expect(await other.takenDeliveries([d1, d2, { ...d1, fingerprint: 'fp9' }])).toEqual(new Set([deliveryKey(d1), deliveryKey(d2)]));
      await store.finishDeliveries([d1], true);
      await store.finishDeliveries([d2], false);
      expect(await other.takenDeliveries([d1, d2])).toEqual(new Set([deliveryKey(d1)]));
      expect(await other.claimDeliveries([d1, d2], 60_000)).toEqual([d2]);
      // A claim whose lease ran out unconfirmed (its process died) is taken again; a sent one never is.
      const d3 = { followId: f.id, fingerprint: 'fp3', quoteId: 'q3' };
      expect(await store.claimDeliveries([d3], 1)).toEqual([d3]);
      await new Promise((r) => setTimeout(r, 20));
      expect(await other.takenDeliveries([d3])).toEqual(new Set());
      expect(await other.claimDeliveries([d3, d1], 60_000)).toEqual([d3]);
      // An unfollow takes its deliveries with it, and a claim for a removed follow wins nothing.
      await store.removeFollows({ platform: 'slack', tenant: 'T1', channel: 'C1', speakerId: 'john-kirby' });
      expect(await other.claimDeliveries([{ followId: f.id, fingerprint: 'fp4', quoteId: 'q4' }], 60_000)).toEqual([]);
      expect(await other.takenDeliveries([d1])).toEqual(new Set());
    });

    it('gives each delivery to exactly one of several racing claimers', async () => {
      const f = (await store.addFollow(follow())).follow;
      const items = Array.from({ length: 20 }, (_, i) => ({ followId: f.id, fingerprint: `fp${i}`, quoteId: `q${i}` }));
      const handles = [store, await h.another(), await h.another()];
      const won = await Promise.all(handles.map((s, i) => s.claimDeliveries(i % 2 ? [...items].reverse() : items, 60_000)));
      const all = won.flat().map(deliveryKey);
      expect(all.sort()).toEqual(items.map(deliveryKey).sort());
    });
  });
}
