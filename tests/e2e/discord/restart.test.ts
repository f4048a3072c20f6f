import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { postgresHarness } from '../../store/harness.js';
import { World, messageOf } from './harness/world.js';

/**
 * Buttons outlive the bot process: their question is kept in the store, so after a restart (a deploy, a crash)
 * yesterday's More results and Share still work, on SQLite and on PostgreSQL.
 */
const pgUrl = inject('pgUrl');
const q = (value: string) => ({ name: 'question', type: 3, value });
const buttonsOf = (msg: any) => (msg.components ?? []).flatMap((r: any) => r.components.map((b: any) => ({ label: b.label, id: b.custom_id, action: decodeButton(b.custom_id) })));

for (const { name, skip, openStore } of [
  { name: 'sqlite', skip: false, openStore: undefined },
  { name: 'postgres', skip: !pgUrl, openStore: () => postgresHarness(pgUrl) },
]) {
  describe.skipIf(skip)(`buttons after a restart (${name})`, () => {
    let w: World;
    beforeAll(async () => {
      w = await World.start(openStore ? { openStore } : {});
    }, 60_000);
    afterAll(async () => {
      await w?.close();
    });

    test('More results on an answer given before the restart pages it; a memory-only bot would say it is too old', async () => {
      const token = w.slash('quote', [q('what did Okafor say')]);
      const first = messageOf(await w.callback(token));
      const more = buttonsOf(first).find((b: any) => b.label === 'More results');
      expect(more.action).toMatchObject({ kind: 'more', offset: 3 });

      await w.restartBot();
      const page2 = messageOf(await w.callback(w.click(more.id, w.rest.originals.get(token))));
      expect(page2.embeds[0].footer.text).toMatch(/^Result 4 of \d+/);

      // The control: the same click on a bot that keeps button state in process memory only.
      await w.restartBot({ withoutStore: true });
      const stale = messageOf(await w.callback(w.click(more.id, w.rest.originals.get(token))));
      expect(stale.embeds[0].description).toContain('too old');
    }, 60_000);
  });
}
