import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { StoreHarness } from './contract.js';
import { postgresHarness, sqliteHarness } from './harness.js';

/**
 * The ExpiringState part of the store port (chat button state, delivery dedupe), on both stores: values outlive
 * a handle (a restart, another replica), expire, and a claim is won by exactly one of many racing handles.
 */
const pgUrl = inject('pgUrl');
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));


for (const { name, open, skip } of [
  { name: 'sqlite', open: () => sqliteHarness('onrecord-state-'), skip: false },
  { name: 'postgres', open: () => postgresHarness(pgUrl), skip: !pgUrl },
]) {
  describe.skipIf(skip)(`ExpiringState contract: ${name}`, () => {
    let h: StoreHarness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => {
      await h?.dispose();
    });

    it('a value put by one handle is read by another (a restart, a replica), replaced, and gone once expired', async () => {
      await h.store.putState('discord:q:abc', '{"question":"what did Kirby say"}', 60_000);
      const other = await h.another();
      expect(await other.getState('discord:q:abc')).toBe('{"question":"what did Kirby say"}');
      expect(await other.getState('discord:q:none')).toBeNull();
      await other.putState('discord:q:abc', 'v2', 60_000);
      expect(await h.store.getState('discord:q:abc')).toBe('v2');
      await h.store.putState('discord:q:short', 'soon gone', 150);
      expect(await other.getState('discord:q:short')).toBe('soon gone');
      await later(400);
      expect(await other.getState('discord:q:short')).toBeNull();
    });

    it('a value put without expiry stays until it is deleted', async () => {
      await h.store.putState('slack:install:T:T0A', 'kept', null);
      const other = await h.another();
      expect(await other.getState('slack:install:T:T0A')).toBe('kept');
      expect(await other.deleteState('slack:install:T:T0A')).toBe(true);
      expect(await h.store.getState('slack:install:T:T0A')).toBeNull();
      expect(await h.store.deleteState('slack:install:T:T0A')).toBe(false);
    });

    it('a claim is won once while it lasts, by one handle only, and can be won again after it expires', async () => {
      const other = await h.another();
      expect(await h.store.claimState('slack:seen:Ev1', 60_000)).toBe(true);
      expect(await h.store.claimState('slack:seen:Ev1', 60_000)).toBe(false);
      expect(await other.claimState('slack:seen:Ev1', 60_000)).toBe(false);
      expect(await other.claimState('slack:seen:Ev2', 60_000)).toBe(true);
      expect(await h.store.claimState('slack:seen:brief', 150)).toBe(true);
      await later(400);
      expect(await other.claimState('slack:seen:brief', 60_000)).toBe(true);
    });

    it('many handles racing for one claim: exactly one wins', async () => {
      const handles = [h.store, await h.another(), await h.another()];
      const tries = Array.from({ length: 24 }, (_, i) => handles[i % handles.length]!.claimState('slack:seen:race', 60_000));
      const won = (await Promise.all(tries)).filter(Boolean);
      expect(won).toHaveLength(1);
    });
  });
}
